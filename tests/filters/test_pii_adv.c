/*
 * test_pii_adv.c - the PII engine fails closed on hostile input: a pcre2
 * match or depth limit withholds (or blocks) the whole message on every
 * path that scans (pii_scan, pii_redact, pii_apply, pii_pci_cut, the
 * split detector), whatever the policy says for the category; and every
 * adversarial shape of "parleyctl redact --adversarial" at 1 MiB returns
 * with the personal data inside it masked, at the right offsets.
 *
 * No timing here: speed is measured by the benchmark only.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE		/* memmem */
#endif
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parley/pii.h"

#define WITHHELD "[message withheld]"
#define MIB (1u << 20)

static struct pii_engine *eng;	/* default limits */
static struct pii_engine *tiny;	/* match limit 1: any pattern call fails */

static int group_setup(void **state)
{
	struct pii_options opt = {.match_limit = 1};

	(void)state;
	if (pii_engine_new(NULL, &eng))
		return -1;
	return pii_engine_new(&opt, &tiny);
}

static int group_teardown(void **state)
{
	(void)state;
	pii_engine_free(tiny);
	pii_engine_free(eng);
	return 0;
}

/* Texts whose personal data is found through a pcre2 pattern. */
static const struct {
	const char *text, *value;
} via_pattern[] = {
	{"mail lee.wang@example.com now", "lee.wang@example.com"},
	{"lee dot wang at gmail dot com", "wang at gmail"},
	{"see https://shop.example.com/lee?id=7 today", "shop.example.com"},
	{"add me on wechat: lee_wang88 thanks", "lee_wang88"},
	{"ship to 221B Baker Street, London NW1 6XE", "Baker Street"},
};

/*
 * The message that hit a limit: pii_redact gives 0, PII_OUT_LIMIT and the
 * whole text withheld; blocked as well when the policy says so.
 */
static void assert_withheld(const struct pii_redacted *o, bool blocked)
{
	assert_true(o->flags & PII_OUT_LIMIT);
	assert_int_equal(!!(o->flags & PII_OUT_BLOCKED), blocked);
	assert_string_equal(o->text, WITHHELD);
	assert_int_equal(o->len, strlen(WITHHELD));
}

static void test_limit_every_pattern(void **state)
{
	struct pii_policy def, mask, pass;
	struct pii_redacted o;
	struct pii_result r;

	(void)state;
	pii_policy_default(&def);
	pii_policy_default(&mask);
	assert_int_equal(pii_policy_parse(&mask, "limit=mask", NULL, 0), 0);
	/* a policy that lets every contact detail through still may not
	 * pass a text it could not scan */
	pii_policy_default(&pass);
	assert_int_equal(pii_policy_parse(&pass, "*=pass limit=mask", NULL, 0),
			 0);
	pii_result_init(&r);
	pii_redacted_init(&o);
	for (size_t i = 0; i < sizeof(via_pattern) / sizeof(via_pattern[0]);
	     i++) {
		const char *t = via_pattern[i].text;
		size_t n = strlen(t);
		char *out = (char *)"x";
		size_t on = 0;

		/* the default engine finds it: the pattern does run */
		assert_int_equal(pii_redact(eng, &def, PII_STAGE_INQUIRY,
					    PII_DIR_BUYER_TO_SELLER, t, n, &o), 0);
		assert_null(strstr(o.text, via_pattern[i].value));

		assert_int_equal(pii_scan(tiny, t, n, &r), -ERANGE);
		assert_true(r.flags & PII_SCAN_LIMIT);
		/* pii_apply on that result withholds too */
		assert_int_equal(pii_apply(&pass, PII_STAGE_ORDERED,
					   PII_DIR_SELLER_TO_BUYER, t, n, &r, &o),
				 0);
		assert_withheld(&o, false);

		assert_int_equal(pii_redact(tiny, &def, PII_STAGE_INQUIRY,
					    PII_DIR_BUYER_TO_SELLER, t, n, &o), 0);
		assert_withheld(&o, true);
		assert_int_equal(pii_redact(tiny, &mask, PII_STAGE_ORDERED,
					    PII_DIR_SELLER_TO_BUYER, t, n, &o), 0);
		assert_withheld(&o, false);
		assert_int_equal(pii_redact(tiny, &pass, PII_STAGE_ORDERED,
					    PII_DIR_BUYER_TO_SELLER, t, n, &o), 0);
		assert_withheld(&o, false);

		/* nothing of it may be kept either */
		assert_int_equal(pii_pci_cut(tiny, t, n, &out, &on), -ERANGE);
		assert_null(out);
	}
	pii_redacted_deinit(&o);
	pii_result_deinit(&r);
}

/* The same on a long message: the limit is hit deep inside 1 MiB. */
static void test_limit_long_text(void **state)
{
	static const char pii[] = " \nmail lee.wang@example.com now\n ";
	struct pii_policy p;
	struct pii_redacted o;
	char *t = malloc(MIB);

	(void)state;
	assert_non_null(t);
	for (size_t i = 0; i < MIB; i++)
		t[i] = "one two "[i % 8];
	memcpy(t + MIB - 4096, pii, sizeof(pii) - 1);
	pii_policy_default(&p);
	pii_redacted_init(&o);
	assert_int_equal(pii_redact(tiny, &p, PII_STAGE_INQUIRY,
				    PII_DIR_BUYER_TO_SELLER, t, MIB, &o), 0);
	assert_withheld(&o, true);
	pii_redacted_deinit(&o);
	free(t);
}

/* Split over two messages: the joined scan hits the limit. */
static void test_limit_split(void **state)
{
	const char *m1 = "my mail is lee.wang";
	const char *m2 = "at gmail dot com";
	struct pii_split_state st;
	struct pii_policy p;
	struct pii_redacted o;
	struct pii_result r;

	(void)state;
	pii_split_init(&st);
	pii_result_init(&r);
	pii_policy_default(&p);
	pii_redacted_init(&o);
	assert_int_equal(pii_split_feed(tiny, &st, m1, strlen(m1), 1000, 60000,
					&r), 0);
	/* this message alone has nothing for a pattern ... */
	assert_int_equal(pii_scan(tiny, m2, strlen(m2), &r), 0);
	/* ... joined to the last one it does, and the limit is hit */
	assert_int_equal(pii_split_feed(tiny, &st, m2, strlen(m2), 2000, 60000,
					&r), -ERANGE);
	assert_true(r.flags & PII_SCAN_LIMIT);
	assert_int_equal(pii_apply(&p, PII_STAGE_INQUIRY,
				   PII_DIR_BUYER_TO_SELLER, m2, strlen(m2), &r,
				   &o), 0);
	assert_withheld(&o, true);
	pii_redacted_deinit(&o);
	pii_result_deinit(&r);
}

/*
 * Depth limit alone (the interpreter honours it; pcre2's JIT has no
 * depth limit and runs the patterns in full): either way the data does
 * not pass.
 */
static void test_depth_limit(void **state)
{
	struct pii_options opt = {.depth_limit = 1};
	struct pii_engine *shallow;
	struct pii_policy p;
	struct pii_redacted o;

	(void)state;
	assert_int_equal(pii_engine_new(&opt, &shallow), 0);
	pii_policy_default(&p);
	pii_redacted_init(&o);
	for (size_t i = 0; i < sizeof(via_pattern) / sizeof(via_pattern[0]);
	     i++) {
		const char *t = via_pattern[i].text;

		assert_int_equal(pii_redact(shallow, &p, PII_STAGE_INQUIRY,
					    PII_DIR_BUYER_TO_SELLER, t,
					    strlen(t), &o), 0);
		if (o.flags & PII_OUT_LIMIT)
			assert_withheld(&o, true);
		else
			assert_null(strstr(o.text, via_pattern[i].value));
	}
	pii_redacted_deinit(&o);
	pii_engine_free(shallow);
}

/*
 * The shapes of "parleyctl redact --adversarial" (tools/ctl_redact.c,
 * adv_shapes; keep in step).
 */
static const char *const shapes[] = {
	"1", "@", ".", "a@b.", "@.", "a.b", "1 ", "w e c h a t ",
	"a [at] b [dot] ", "one two ",
	"f o u r [at] \xe4\xb8\x80\xe4\xb8\x89\xe5\x85\xab "
	"\xef\xbd\x87\xef\xbd\x8d\xef\xbd\x81\xef\xbd\x89\xef\xbd\x8c "
	"[dot] c\xe2\x80\x8bo\xe2\x80\x8bm one-three-eight ",
	"+86 (0) ", "x.com/", "No. 1 A B C D Road, ",
	"\xe4\xb8\x80\xe4\xba\x8c", "\xef\xbc\x91\xe2\x80\x8b",
	("g\xe2\x80\x8bm\xe2\x80\x8b" "a\xe2\x80\x8bi\xe2\x80\x8bl "),
	"gm\xd0\xb0il.c\xd0\xbem ", "wechat: a_", "wxid_", "1:a::",
	"a @ b . c . ", "Via Roma 1, 20121 Milano, ", "1 2 3 4  5 6 7 8  ",
	"\xd0\xb7\xd0\xb0@\xd0\xbe\xd0\xbf.\xd1\x80\xd1\x84 ",
	"\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd\x20\xd0\xb4\xd0\xb2\xd0\xb0 tr\xc3\xaas ",
	"\xd1\x83\xd0\xbb. \xd0\x9b\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd\xd0\xb0, \xd0\xb4. 5, ",
	"Flat B, 24/F, Wing On Plaza, ", "4111\n13 8\n",
	"Address: 12 Rue, Paris Lyon, ", "btc 1a2b 3c4d\n", "tel 12 and 345 y ",
	"12\xe2\xad\x90" "34\xf0\x9f\x94\xa5\xef\xb8\x8f",
	"x arroba y punto z \xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0 w "
	"\xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0 ",
	"1|2/3_4,5..6 \xf0\x9f\x99\x82 7,", "1O2l 3I o4 ",
	/* a艾特b点c点 */
	"a\xe8\x89\xbe\xe7\x89\xb9" "b\xe7\x82\xb9" "c\xe7\x82\xb9",
	/* 東京都1丁目 서울특별시 가1로 1 1 ถนนก แขวงข เขตค 10 شارع ا، ب، 1 मकान नं. 1, क, */
	"\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd" "1\xe4\xb8\x81\xe7\x9b\xae \xec\x84\x9c\xec\x9a\xb8\xed\x8a\xb9\xeb\xb3\x84\xec\x8b\x9c \xea\xb0\x80" "1\xeb\xa1\x9c 1 1 \xe0\xb8\x96\xe0\xb8\x99\xe0\xb8\x99\xe0\xb8\x81 \xe0\xb9\x81\xe0\xb8\x82\xe0\xb8\xa7\xe0\xb8\x87\xe0\xb8\x82 \xe0\xb9\x80\xe0\xb8\x82\xe0\xb8\x95\xe0\xb8\x84 10 \xd8\xb4\xd8\xa7\xd8\xb1\xd8\xb9 \xd8\xa7\xd8\x8c \xd8\xa8\xd8\x8c 1 \xe0\xa4\xae\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xa8 \xe0\xa4\xa8\xe0\xa4\x82. 1, \xe0\xa4\x95, ",
	/* a table: a messenger's name heading tab-separated columns */
	"WeChat\tab_12\n",
};

/* Code points in t[0..n). */
static size_t cps(const char *t, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)t[i] & 0xc0) != 0x80;
	return c;
}

/* Fills t[0..n) with unit, whole units only, the rest spaces. */
static void fill(char *t, size_t n, const char *unit)
{
	size_t l = strlen(unit), i = 0;

	while (i + l <= n) {
		memcpy(t + i, unit, l);
		i += l;
	}
	while (i < n)
		t[i++] = ' ';
}

/* Is [s, e) (code points) inside an item of type ty that is not FLAG? */
static bool masked(const struct pii_redacted *o, enum pii_type ty, size_t s,
		   size_t e)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->items[i].type == ty && o->items[i].start <= s &&
		    o->items[i].end >= e && o->items[i].action != PII_FLAG)
			return true;
	return false;
}

static void test_adversarial_1mib(void **state)
{
	static const char mail[] = "lee.wang@example.com";
	static const char phone[] = "+86 138 0013 8000";
	struct pii_policy p;
	struct pii_redacted o;
	char *t = malloc(MIB);

	(void)state;
	assert_non_null(t);
	pii_policy_default(&p);
	pii_redacted_init(&o);
	for (size_t k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
		/* the shape alone, then with data in the middle and at the
		 * end, apart from the shape by a line break */
		for (int where = 0; where < 3; where++) {
			char ins[96];
			size_t at, il, ms, ps;

			fill(t, MIB, shapes[k]);
			il = (size_t)snprintf(ins, sizeof(ins),
					      "\nmail %s or call %s\n", mail,
					      phone);
			at = where == 1 ? MIB / 2 : MIB - il;
			/* not inside a multi-byte character of the shape */
			while (at > 0 && ((unsigned char)t[at] & 0xc0) == 0x80)
				at--;
			if (where) {
				memcpy(t + at, ins, il);
				/* nor leave half of one after it */
				for (size_t j = at + il; j < MIB &&
				     ((unsigned char)t[j] & 0xc0) == 0x80; j++)
					t[j] = ' ';
			}
			assert_int_equal(pii_redact(eng, &p, PII_STAGE_INQUIRY,
						    PII_DIR_BUYER_TO_SELLER, t,
						    MIB, &o), 0);
			if (o.flags & PII_OUT_LIMIT) {
				assert_withheld(&o, true);
				continue;
			}
			if (!where)
				continue;
			assert_null(memmem(o.text, o.len, mail,
					   sizeof(mail) - 1));
			assert_null(memmem(o.text, o.len, "138 0013 8000", 13));
			/* masked as what it is, at its own offsets */
			ms = cps(t, at) + 6;
			ps = ms + strlen(mail) + 9;
			assert_true(masked(&o, PII_EMAIL, ms,
					   ms + strlen(mail)));
			assert_true(masked(&o, PII_PHONE, ps,
					   ps + strlen(phone)));
		}
	}
	pii_redacted_deinit(&o);
	free(t);
}

/*
 * Personal data right after (or right before) a run of one of the
 * shapes, at every alignment of the shape: every byte of it is inside
 * a span, or the scan hits a limit (and the message is withheld). The
 * finders work in windows with bounded tries; a run of look-alikes must
 * not leave the data after it unread, nor cut it short.
 */
static void test_data_beside_shapes(void **state)
{
	static const char *const items[][2] = {
		{"mail ", "lee.wang@example.com"},
		{"call ", "+86 138 0013 8000"},
		{"see ", "https://shop.example.com/p/123"},
		{"see ", "www.example.com/cat"},
		{"IBAN ", "GB82 WEST 1234 5698 7654 32"},
		{"card ", "4111 1111 1111 1111"},
		{"server ", "203.0.113.77"},
		{"wechat: ", "lily_8823"},
		{"btc ", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"},
		{"SSN ", "536-22-9174"},
		{"ship to ", "2667 Elm Street, Edison, NJ 08841"},
		{"tel ", "(415) 555-0132"},
	};
	static const size_t bases[] = {300, 3000, 40000};
	char *t = malloc(50000);
	struct pii_result r;

	(void)state;
	assert_non_null(t);
	pii_result_init(&r);
	for (size_t k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
		size_t sl = strlen(shapes[k]);

		for (size_t it = 0; it < sizeof(items) / sizeof(items[0]); it++)
		for (size_t bi = 0; bi < 3; bi++)
		/* the long runs at every alignment for an address and an
		 * e-mail only, the finders with the longest windows */
		for (size_t off = 0; off < sl && (bi < 2 || it == 0 || it == 10);
		     off++)
		for (int after = 0; after < 2; after++) {
			size_t n = 0, vs, ve, L = bases[bi] + off;
			int rc;

			if (!after) {
				fill(t, L, shapes[k]);
				n = L;
				/* no half character before the data */
				while (n > 0 && ((unsigned char)t[n - 1] & 0xc0) == 0x80)
					n--;
				if (n > 0 && (unsigned char)t[n - 1] >= 0xc0)
					n--;
			}
			n += (size_t)sprintf(t + n, "\n%s", items[it][0]);
			vs = n;
			n += (size_t)sprintf(t + n, "%s", items[it][1]);
			ve = n;
			n += (size_t)sprintf(t + n, " ok\n");
			if (after) {
				fill(t + n, L, shapes[k]);
				n += L;
			}
			rc = pii_scan(eng, t, n, &r);
			if (rc == -ERANGE)
				continue;	/* a limit: withheld whole */
			assert_int_equal(rc, 0);
			for (size_t q = vs; q < ve; q++) {
				bool in = t[q] == ' ' || t[q] == ',';

				for (size_t j = 0; j < r.n && !in; j++)
					in = r.spans[j].start <= q && q < r.spans[j].end;
				if (!in)
					fail_msg("shape %zu, %s at %zu + %zu (%s): "
						 "byte %zu unmasked", k,
						 items[it][1], bases[bi], off,
						 after ? "before" : "after", q - vs);
			}
		}
	}
	pii_result_deinit(&r);
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_limit_every_pattern),
		cmocka_unit_test(test_limit_long_text),
		cmocka_unit_test(test_limit_split),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_adversarial_1mib),
		cmocka_unit_test(test_data_beside_shapes),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
