/*
 * test_util.c - tables for the UTF-8 checker, base64 / base64url, the
 * constant-time compare and RFC 3339 formatting. Single-threaded.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "parley/util.h"

struct utf8_case {
	const char *name;
	const char *s;
	size_t len;	/* 0: strlen(s) */
	bool valid;
	size_t count;	/* code points, when valid */
};

#define U(n, str, ok, cnt) { n, str, sizeof(str) - 1, ok, cnt }

static const struct utf8_case utf8_cases[] = {
	U("empty", "", true, 0),
	U("ascii", "hello", true, 5),
	U("nul byte is valid", "a\0b", true, 3),
	U("2-byte e-acute", "caf\xc3\xa9", true, 4),
	U("3-byte euro", "\xe2\x82\xac", true, 1),
	U("4-byte emoji", "\xf0\x9f\x98\x80", true, 1),
	U("cjk", "\xe4\xbd\xa0\xe5\xa5\xbd", true, 2),
	U("U+0080 lowest 2-byte", "\xc2\x80", true, 1),
	U("U+07FF highest 2-byte", "\xdf\xbf", true, 1),
	U("U+0800 lowest 3-byte", "\xe0\xa0\x80", true, 1),
	U("U+D7FF before surrogates", "\xed\x9f\xbf", true, 1),
	U("U+E000 after surrogates", "\xee\x80\x80", true, 1),
	U("U+FFFF", "\xef\xbf\xbf", true, 1),
	U("U+10000 lowest 4-byte", "\xf0\x90\x80\x80", true, 1),
	U("U+10FFFF highest", "\xf4\x8f\xbf\xbf", true, 1),
	U("lone continuation", "\x80", false, 0),
	U("continuation after ascii", "a\xbf", false, 0),
	U("overlong slash C0 AF", "\xc0\xaf", false, 0),
	U("overlong nul C0 80", "\xc0\x80", false, 0),
	U("overlong C1 BF", "\xc1\xbf", false, 0),
	U("overlong 3-byte E0 80 AF", "\xe0\x80\xaf", false, 0),
	U("overlong 3-byte E0 9F BF", "\xe0\x9f\xbf", false, 0),
	U("overlong 4-byte F0 80 80 AF", "\xf0\x80\x80\xaf", false, 0),
	U("overlong 4-byte F0 8F BF BF", "\xf0\x8f\xbf\xbf", false, 0),
	U("surrogate D800", "\xed\xa0\x80", false, 0),
	U("surrogate DFFF", "\xed\xbf\xbf", false, 0),
	U("surrogate pair in CESU-8", "\xed\xa0\xbd\xed\xb8\x80", false, 0),
	U("above U+10FFFF F4 90", "\xf4\x90\x80\x80", false, 0),
	U("F5 lead", "\xf5\x80\x80\x80", false, 0),
	U("FE byte", "\xfe", false, 0),
	U("FF byte", "\xff", false, 0),
	U("truncated 2-byte", "\xc3", false, 0),
	U("truncated 3-byte", "\xe2\x82", false, 0),
	U("truncated 4-byte", "\xf0\x9f\x98", false, 0),
	U("truncated then ascii", "\xe2\x82" "a", false, 0),
	U("bad continuation 2nd", "\xe2\x28\xa1", false, 0),
	U("bad continuation 3rd", "\xe2\x82\x28", false, 0),
	U("bad continuation 4th", "\xf0\x9f\x98\x28", false, 0),
	U("5-byte form", "\xf8\x88\x80\x80\x80", false, 0),
	U("latin-1 not utf-8", "caf\xe9", false, 0),
};

static void test_utf8_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(utf8_cases); i++) {
		const struct utf8_case *c = &utf8_cases[i];
		bool got = utf8_valid(c->s, c->len);

		if (got != c->valid)
			fail_msg("utf8 case '%s': got %d want %d", c->name,
				 got, c->valid);
		if (c->valid && utf8_count(c->s, c->len) != c->count)
			fail_msg("utf8 case '%s': count %zu want %zu", c->name,
				 utf8_count(c->s, c->len), c->count);
	}
}

/* Every code point encodes to valid UTF-8 except the surrogates. */
static void test_utf8_exhaustive(void **state)
{
	(void)state;
	for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
		unsigned char b[4];
		size_t n;

		if (cp < 0x80) {
			b[0] = (unsigned char)cp;
			n = 1;
		} else if (cp < 0x800) {
			b[0] = (unsigned char)(0xC0 | (cp >> 6));
			b[1] = (unsigned char)(0x80 | (cp & 0x3F));
			n = 2;
		} else if (cp < 0x10000) {
			b[0] = (unsigned char)(0xE0 | (cp >> 12));
			b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
			b[2] = (unsigned char)(0x80 | (cp & 0x3F));
			n = 3;
		} else {
			b[0] = (unsigned char)(0xF0 | (cp >> 18));
			b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
			b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
			b[3] = (unsigned char)(0x80 | (cp & 0x3F));
			n = 4;
		}
		bool want = !(cp >= 0xD800 && cp <= 0xDFFF);

		if (utf8_valid((const char *)b, n) != want)
			fail_msg("code point U+%04X", cp);
		/* Every proper prefix of a multi-byte form is truncated. */
		for (size_t k = 1; k < n; k++)
			if (utf8_valid((const char *)b, k))
				fail_msg("prefix %zu of U+%04X", k, cp);
	}
}

struct b64_case {
	const char *plain;
	const char *url;	/* base64url, no padding */
	const char *std;	/* base64 with padding */
};

/* RFC 4648 section 10 vectors plus bytes that differ between alphabets. */
static const struct b64_case b64_cases[] = {
	{ "", "", "" },
	{ "f", "Zg", "Zg==" },
	{ "fo", "Zm8", "Zm8=" },
	{ "foo", "Zm9v", "Zm9v" },
	{ "foob", "Zm9vYg", "Zm9vYg==" },
	{ "fooba", "Zm9vYmE", "Zm9vYmE=" },
	{ "foobar", "Zm9vYmFy", "Zm9vYmFy" },
	{ "\xfb\xff", "-_8", "+/8=" },
	{ "\xff\xff\xfe", "___-", "///+" },
};

static void test_base64_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(b64_cases); i++) {
		const struct b64_case *c = &b64_cases[i];
		size_t n = strlen(c->plain);
		char enc[64];
		uint8_t dec[64];
		long got;

		assert_int_equal(base64url_encoded_len(n), strlen(c->url));
		assert_int_equal(base64url_encode((const uint8_t *)c->plain, n,
						  enc),
				 strlen(c->url));
		assert_string_equal(enc, c->url);
		got = base64url_decode(c->url, strlen(c->url), dec);
		assert_int_equal(got, n);
		assert_memory_equal(dec, c->plain, n);
		got = base64_decode(c->std, strlen(c->std), dec);
		assert_int_equal(got, n);
		assert_memory_equal(dec, c->plain, n);
	}
}

static void test_base64url_roundtrip(void **state)
{
	uint8_t in[300], dec[300];
	char enc[512];

	(void)state;
	for (size_t i = 0; i < sizeof(in); i++)
		in[i] = (uint8_t)(i * 37 + 11);
	for (size_t n = 0; n <= sizeof(in); n++) {
		size_t e = base64url_encode(in, n, enc);

		assert_int_equal(e, base64url_encoded_len(n));
		assert_int_equal(strlen(enc), e);
		assert_int_equal(base64url_decode(enc, e, dec), n);
		assert_memory_equal(dec, in, n);
	}
}

static const char *const b64url_bad[] = {
	"Z",		/* one symbol holds fewer than 8 bits */
	"Zm9vY",	/* 5 symbols: same */
	"Zg==",		/* padding is not part of base64url */
	"Zm+v",		/* standard alphabet */
	"Zm/v",
	"Zm9 v",
	"Zm9v\n",
	"Zh",		/* non-zero trailing bits: not canonical */
	"Zm9",		/* canonical is Zm8 */
	"\xc3\xa9\xc3\xa9",
};

static const char *const b64_bad[] = {
	"Zg",		/* padding required */
	"Zg=",
	"Zg===",
	"Z===",
	"====",
	"Zm9v====",
	"Zg=A",
	"-_8=",		/* url alphabet */
	"Zh==",		/* non-canonical trailing bits */
	"Zm 9v",
};

static void test_base64_bad(void **state)
{
	uint8_t out[64];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(b64url_bad); i++)
		if (base64url_decode(b64url_bad[i], strlen(b64url_bad[i]),
				     out) != -EINVAL)
			fail_msg("base64url accepted '%s'", b64url_bad[i]);
	for (size_t i = 0; i < ARRAY_SIZE(b64_bad); i++)
		if (base64_decode(b64_bad[i], strlen(b64_bad[i]), out) !=
		    -EINVAL)
			fail_msg("base64 accepted '%s'", b64_bad[i]);
}

static void test_base64_key(void **state)
{
	/* A 32-byte master key as an operator would write it. */
	const char *key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
	uint8_t out[64];

	(void)state;
	assert_int_equal(base64_decode(key, strlen(key), out), 32);
	for (int i = 0; i < 32; i++)
		assert_int_equal(out[i], i);
}

static void test_ct_equal(void **state)
{
	const char a[] = "0123456789abcdef";
	char b[sizeof(a)];

	(void)state;
	memcpy(b, a, sizeof(a));
	assert_true(ct_equal(a, b, sizeof(a)));
	assert_true(ct_equal(a, b, 0));
	for (size_t i = 0; i < sizeof(a); i++) {
		b[i] ^= 1;
		assert_false(ct_equal(a, b, sizeof(a)));
		b[i] ^= 1;
	}
}

struct time_case {
	int64_t usec;
	const char *want;
};

static const struct time_case time_cases[] = {
	{ 0, "1970-01-01T00:00:00.000Z" },
	{ 999, "1970-01-01T00:00:00.000Z" },	/* truncated, not rounded */
	{ 1000, "1970-01-01T00:00:00.001Z" },
	{ 1795930464123456LL, "2026-11-29T05:34:24.123Z" },
	{ 951782400000000LL, "2000-02-29T00:00:00.000Z" },
	{ 4102444799999999LL, "2099-12-31T23:59:59.999Z" },
	{ -1000, "1969-12-31T23:59:59.999Z" },
};

static void test_rfc3339(void **state)
{
	char buf[32];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(time_cases); i++) {
		time_format_rfc3339(time_cases[i].usec, buf, sizeof(buf));
		assert_string_equal(buf, time_cases[i].want);
	}
}

static void test_clocks(void **state)
{
	int64_t m1 = mono_usec(), m2;
	int64_t w = now_usec();

	(void)state;
	/* After 2020 and before 2100: the unit is microseconds. */
	assert_true(w > 1577836800LL * 1000000);
	assert_true(w < 4102444800LL * 1000000);
	m2 = mono_usec();
	assert_true(m2 >= m1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_table),
		cmocka_unit_test(test_utf8_exhaustive),
		cmocka_unit_test(test_base64_table),
		cmocka_unit_test(test_base64url_roundtrip),
		cmocka_unit_test(test_base64_bad),
		cmocka_unit_test(test_base64_key),
		cmocka_unit_test(test_ct_equal),
		cmocka_unit_test(test_rfc3339),
		cmocka_unit_test(test_clocks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
