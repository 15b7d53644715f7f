/*
 * pii_validate.c - check-digit validators for the PII engine: Luhn,
 * ISO 13616 mod 97 with per-country IBAN lengths, China resident ID
 * (ISO 7064 mod 11-2), Verhoeff (Aadhaar), US SSN rules, UK NINO, ABA
 * routing, Bitcoin and TRON base58check (own SHA-256) and bech32/bech32m.
 *
 * Pure functions, no state: any thread.
 */
#include <stdbool.h>
#include <stddef.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "parley/pii.h"
#include "pii_internal.h"

bool pii_luhn_valid(const char *d, size_t n)
{
	unsigned sum = 0;
	bool dbl = false;

	if (n < 2)
		return false;
	for (size_t i = n; i-- > 0;) {
		unsigned v;

		if (d[i] < '0' || d[i] > '9')
			return false;
		v = (unsigned)(d[i] - '0');
		if (dbl) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		sum += v;
		dbl = !dbl;
	}
	return sum % 10 == 0;
}

/* ISO 13616 lengths per country (SWIFT IBAN registry). */
static const struct {
	char cc[3];
	uint8_t len;
} iban_len[] = {
	{"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28},
	{"BA", 20}, {"BE", 16}, {"BG", 22}, {"BH", 22}, {"BI", 27},
	{"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28},
	{"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28},
	{"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18},
	{"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23},
	{"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28},
	{"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
	{"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
	{"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25},
	{"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
	{"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18},
	{"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28}, {"PS", 29},
	{"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33},
	{"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19},
	{"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
	{"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22},
	{"VG", 24}, {"XK", 20}, {"YE", 30},
};

static uint8_t iban_tab[26 * 26];	/* iban_len as a table */
static pthread_once_t iban_once = PTHREAD_ONCE_INIT;

static void iban_tab_init(void)
{
	for (size_t i = 0; i < sizeof(iban_len) / sizeof(iban_len[0]); i++) {
		unsigned x = (unsigned)(iban_len[i].cc[0] - 'A');
		unsigned y = (unsigned)(iban_len[i].cc[1] - 'A');

		if (!iban_tab[x * 26 + y])
			iban_tab[x * 26 + y] = (uint8_t)iban_len[i].len;
	}
}

int pii_iban_country_len(const char *cc)
{
	unsigned a = (unsigned)(cc[0] - 'A'), b = (unsigned)(cc[1] - 'A');

	if (a >= 26 || b >= 26)
		return 0;
	pthread_once(&iban_once, iban_tab_init);
	return iban_tab[a * 26 + b];
}

bool pii_iban_valid(const char *s, size_t n)
{
	unsigned rem = 0;

	if (n < 15 || n > 34 || pii_iban_country_len(s) != (int)n)
		return false;
	if (s[2] < '0' || s[2] > '9' || s[3] < '0' || s[3] > '9')
		return false;
	for (size_t k = 0; k < n; k++) {
		char c = s[(k + 4) % n];

		if (c >= '0' && c <= '9')
			rem = (rem * 10 + (unsigned)(c - '0')) % 97;
		else if (c >= 'A' && c <= 'Z')
			rem = (rem * 100 + (unsigned)(c - 'A' + 10)) % 97;
		else
			return false;
	}
	return rem == 1;
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static int num2(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* A calendar date that could be a birth date of a living person. */
static bool plausible_birth(const char *s)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
				    30, 31};
	int y = num2(s) * 100 + num2(s + 2), m = num2(s + 4), d = num2(s + 6);

	if (y < 1900 || y > 2030 || m < 1 || m > 12 || d < 1)
		return false;
	return d <= mdays[m - 1];
}

bool pii_cnid_valid(const char *s, size_t n)
{
	static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5,
				  8, 4, 2};
	static const char chk[] = "10X98765432";
	int sum = 0;
	char c;

	if (n != 18 || !all_digits(s, 17))
		return false;
	if (s[0] < '1' || s[0] > '9' || !plausible_birth(s + 6))
		return false;
	for (int i = 0; i < 17; i++)
		sum += (s[i] - '0') * w[i];
	c = s[17] == 'x' ? 'X' : s[17];
	return chk[sum % 11] == c;
}

bool pii_verhoeff_valid(const char *s, size_t n)
{
	static const uint8_t d[10][10] = {
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
		{2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
		{4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
		{8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
	};
	static const uint8_t p[8][10] = {
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
		{5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
		{9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
	};
	unsigned c = 0;

	if (n < 2 || !all_digits(s, n))
		return false;
	for (size_t i = 0; i < n; i++)
		c = d[c][p[i % 8][s[n - 1 - i] - '0']];
	return c == 0;
}

bool pii_ssn_valid(const char *s)
{
	int area, group, serial;

	if (!all_digits(s, 9))
		return false;
	area = (s[0] - '0') * 100 + num2(s + 1);
	group = num2(s + 3);
	serial = num2(s + 5) * 100 + num2(s + 7);
	if (area == 0 || area == 666 || area >= 900 || group == 0 ||
	    serial == 0)
		return false;
	/* Published examples that are not anyone's number. */
	if (!memcmp(s, "078051120", 9) || !memcmp(s, "219099999", 9) ||
	    !memcmp(s, "123456789", 9))
		return false;
	/* Runs of one digit (111-11-1111) are test values, not numbers. */
	for (int i = 1; i < 9; i++)
		if (s[i] != s[0])
			return true;
	return false;
}

bool pii_nino_valid(const char *s, size_t n)
{
	static const char *bad_prefix[] = {"BG", "GB", "KN", "NK", "NT", "TN",
					   "ZZ"};
	char a, b;

	if (n != 9 && n != 8)
		return false;
	a = s[0];
	b = s[1];
	if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z')
		return false;
	if (strchr("DFIQUV", a) || strchr("DFIOQUV", b))
		return false;
	for (size_t i = 0; i < 7; i++)
		if (bad_prefix[i][0] == a && bad_prefix[i][1] == b)
			return false;
	if (!all_digits(s + 2, 6))
		return false;
	if (n == 9 && (s[8] < 'A' || s[8] > 'D'))
		return false;
	return true;
}

/*
 * ISO 6346 container number "CSQU3054383": owner code, category
 * (U, J or Z), six digits, check digit. Letters count 10..38 without
 * the multiples of 11; each of the ten characters is weighted 2^i; the
 * sum mod 11 (10 read as 0) is the check digit.
 */
bool pii_iso6346_valid(const char *s)
{
	unsigned sum = 0;

	for (int i = 0; i < 4; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return false;
	if (s[3] != 'U' && s[3] != 'J' && s[3] != 'Z')
		return false;
	if (!all_digits(s + 4, 7))
		return false;
	for (int i = 0; i < 10; i++) {
		unsigned v;

		if (i < 4) {
			v = (unsigned)(s[i] - 'A') + 10;
			v += v >= 11 ? 1 + (v - 11) / 10 : 0;	/* 11, 22, 33 skipped */
		} else {
			v = (unsigned)(s[i] - '0');
		}
		sum += v << i;
	}
	return sum % 11 % 10 == (unsigned)(s[10] - '0');
}

bool pii_aba_valid(const char *s)
{
	int p, sum;

	if (!all_digits(s, 9))
		return false;
	/* The Federal Reserve prefix ranges (00-12, 21-32, 61-72, 80) are
	 * not enforced: numbers are only taken after "ABA"/"routing" or in
	 * the 4-4-1 form. */
	p = num2(s);
	(void)p;
	sum = 3 * (s[0] - '0' + s[3] - '0' + s[6] - '0') +
	      7 * (s[1] - '0' + s[4] - '0' + s[7] - '0') +
	      (s[2] - '0' + s[5] - '0' + s[8] - '0');
	if (sum == 0)
		return false;
	return sum % 10 == 0;
}

/* ---- SHA-256 (FIPS 180-4), enough for base58check ---- */

static const uint32_t sha_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(uint32_t h[8], const uint8_t *p)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh;

	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^
			      (w[i - 15] >> 3);
		uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^
			      (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = h[0]; b = h[1]; c = h[2]; d = h[3];
	e = h[4]; f = h[5]; g = h[6]; hh = h[7];
	for (int i = 0; i < 64; i++) {
		uint32_t t1 = hh + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +
			      ((e & f) ^ (~e & g)) + sha_k[i] + w[i];
		uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +
			      ((a & b) ^ (a & c) ^ (b & c));
		hh = g; g = f; f = e; e = d + t1;
		d = c; c = b; b = a; a = t1 + t2;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d;
	h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#define SHA_NI 1

/*
 * The block function with the x86 SHA extensions where the CPU has them
 * (a runtime check, like the AVX2 bitmaps in pii.c; the build stays
 * x86-64 baseline): four rounds per sha256rnds2 pair, the message
 * schedule by sha256msg1/msg2. Same result as sha256_block.
 */
#define SHA_NI_FN __attribute__((target("sha,sse4.1,ssse3")))

static bool sha_ni;
static pthread_once_t sha_once = PTHREAD_ONCE_INIT;

static void sha_ni_init(void)
{
	unsigned a, b, c, d;

	if (pii_simd_cap() == PII_SIMD_GENERIC)
		return;
	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) ||
	    !(c & bit_SSSE3))
		return;
	if (__get_cpuid_max(0, NULL) < 7)
		return;
	__cpuid_count(7, 0, a, b, c, d);
	sha_ni = (b & bit_SHA) != 0;
}

/* w[g] of the schedule from the four groups before it */
#define SHA_NEXT(w0, w1, w2, w3) _mm_sha256msg2_epu32(_mm_add_epi32( \
	_mm_sha256msg1_epu32((w0), (w1)), _mm_alignr_epi8((w3), (w2), 4)), (w3))

/* four rounds with message words w and constants sha_k[k..k+4) */
#define SHA_ROUNDS4(w, k) do {						\
		__m128i m_ = _mm_add_epi32((w), _mm_loadu_si128(	\
			(const __m128i *)(sha_k + (k))));		\
		s1 = _mm_sha256rnds2_epu32(s1, s0, m_);			\
		s0 = _mm_sha256rnds2_epu32(s0, s1,			\
					   _mm_shuffle_epi32(m_, 0x0e));	\
	} while (0)

static SHA_NI_FN void sha256_block_ni(uint32_t h[8], const uint8_t *p)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bll,
					     0x0405060700010203ll);
	__m128i t = _mm_loadu_si128((const __m128i *)h);
	__m128i s1 = _mm_loadu_si128((const __m128i *)(h + 4));
	__m128i s0, save0, save1, w0, w1, w2, w3;

	/* (A B C D) (E F G H) into the instructions' (A B E F) (C D G H) */
	t = _mm_shuffle_epi32(t, 0xb1);
	s1 = _mm_shuffle_epi32(s1, 0x1b);
	s0 = _mm_alignr_epi8(t, s1, 8);
	s1 = _mm_blend_epi16(s1, t, 0xf0);
	save0 = s0;
	save1 = s1;
	w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)p), bswap);
	w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16)), bswap);
	w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 32)), bswap);
	w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 48)), bswap);
	SHA_ROUNDS4(w0, 0);
	SHA_ROUNDS4(w1, 4);
	SHA_ROUNDS4(w2, 8);
	SHA_ROUNDS4(w3, 12);
	for (int k = 16; k < 64; k += 16) {
		w0 = SHA_NEXT(w0, w1, w2, w3);
		SHA_ROUNDS4(w0, k);
		w1 = SHA_NEXT(w1, w2, w3, w0);
		SHA_ROUNDS4(w1, k + 4);
		w2 = SHA_NEXT(w2, w3, w0, w1);
		SHA_ROUNDS4(w2, k + 8);
		w3 = SHA_NEXT(w3, w0, w1, w2);
		SHA_ROUNDS4(w3, k + 12);
	}
	s0 = _mm_add_epi32(s0, save0);
	s1 = _mm_add_epi32(s1, save1);
	/* back to (A B C D) (E F G H) */
	t = _mm_shuffle_epi32(s0, 0x1b);
	s1 = _mm_shuffle_epi32(s1, 0xb1);
	s0 = _mm_blend_epi16(t, s1, 0xf0);
	s1 = _mm_alignr_epi8(s1, t, 8);
	_mm_storeu_si128((__m128i *)h, s0);
	_mm_storeu_si128((__m128i *)(h + 4), s1);
}
#endif

static void sha256_blocks(uint32_t h[8], const uint8_t *p, size_t blocks)
{
#ifdef SHA_NI
	pthread_once(&sha_once, sha_ni_init);
	if (sha_ni) {
		for (size_t b = 0; b < blocks; b++)
			sha256_block_ni(h, p + 64 * b);
		return;
	}
#endif
	for (size_t b = 0; b < blocks; b++)
		sha256_block(h, p + 64 * b);
}

/* SHA-256 of a message of at most 119 bytes (two blocks). */
void pii_sha256_short(const uint8_t *m, size_t n, uint8_t out[32])
{
	uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
			 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	uint8_t buf[128];
	size_t blocks = n + 9 > 64 ? 2 : 1;
	uint64_t bits = (uint64_t)n * 8;

	memset(buf, 0, sizeof(buf));
	memcpy(buf, m, n);
	buf[n] = 0x80;
	for (int i = 0; i < 8; i++)
		buf[blocks * 64 - 1 - i] = (uint8_t)(bits >> (8 * i));
	sha256_blocks(h, buf, blocks);
	for (int i = 0; i < 8; i++) {
		out[4 * i] = (uint8_t)(h[i] >> 24);
		out[4 * i + 1] = (uint8_t)(h[i] >> 16);
		out[4 * i + 2] = (uint8_t)(h[i] >> 8);
		out[4 * i + 3] = (uint8_t)h[i];
	}
}

/* Value of each base-58 digit, -1 for other bytes (0 O I l ...). */
static const int8_t b58_tab[256] = {
	['1'] = 1, ['2'] = 2, ['3'] = 3, ['4'] = 4, ['5'] = 5, ['6'] = 6,
	['7'] = 7, ['8'] = 8, ['9'] = 9,
	['A'] = 10, ['B'] = 11, ['C'] = 12, ['D'] = 13, ['E'] = 14,
	['F'] = 15, ['G'] = 16, ['H'] = 17, ['J'] = 18, ['K'] = 19,
	['L'] = 20, ['M'] = 21, ['N'] = 22, ['P'] = 23, ['Q'] = 24,
	['R'] = 25, ['S'] = 26, ['T'] = 27, ['U'] = 28, ['V'] = 29,
	['W'] = 30, ['X'] = 31, ['Y'] = 32, ['Z'] = 33,
	['a'] = 34, ['b'] = 35, ['c'] = 36, ['d'] = 37, ['e'] = 38,
	['f'] = 39, ['g'] = 40, ['h'] = 41, ['i'] = 42, ['j'] = 43,
	['k'] = 44, ['m'] = 45, ['n'] = 46, ['o'] = 47, ['p'] = 48,
	['q'] = 49, ['r'] = 50, ['s'] = 51, ['t'] = 52, ['u'] = 53,
	['v'] = 54, ['w'] = 55, ['x'] = 56, ['y'] = 57, ['z'] = 58,
};	/* value + 1; 0 = not a digit */

/*
 * s[0..n) as base58check: 25 bytes, a version byte, a 20-byte hash and
 * four bytes of double SHA-256 over the first 21. The version byte in
 * *ver; false when the text is no such thing.
 */
static bool base58check25(const char *s, size_t n, uint8_t *ver)
{
	/* 25 bytes as seven 32-bit limbs, most significant first; the top
	 * limb holds one byte, so the number is < 2^200 while top < 256 */
	uint32_t limb[7] = {0};
	uint8_t bin[25], h1[32], h2[32];
	size_t zeros = 0, lz;

	if (n < 26 || n > 35)
		return false;
	/* Decode big-endian base-58 into 25 bytes. */
	for (size_t i = 0; i < n; i++) {
		int v = b58_tab[(unsigned char)s[i]] - 1;
		uint64_t carry;

		if (v < 0)
			return false;
		carry = (uint64_t)v;
		for (int j = 6; j >= 0; j--) {
			carry += 58u * (uint64_t)limb[j];
			limb[j] = (uint32_t)carry;
			carry >>= 32;
		}
		if (carry || limb[0] > 0xff)
			return false;	/* more than 25 bytes */
	}
	bin[0] = (uint8_t)limb[0];
	for (int j = 1; j < 7; j++) {
		bin[4 * j - 3] = (uint8_t)(limb[j] >> 24);
		bin[4 * j - 2] = (uint8_t)(limb[j] >> 16);
		bin[4 * j - 1] = (uint8_t)(limb[j] >> 8);
		bin[4 * j] = (uint8_t)limb[j];
	}
	while (zeros < n && s[zeros] == '1')
		zeros++;
	/* Leading '1's are exactly the leading zero bytes. */
	for (lz = 0; lz < 25 && bin[lz] == 0; lz++)
		;
	if (lz != zeros)
		return false;
	pii_sha256_short(bin, 21, h1);
	pii_sha256_short(h1, 32, h2);
	*ver = bin[0];
	return memcmp(h2, bin + 21, 4) == 0;
}

bool pii_base58check_valid(const char *s, size_t n)
{
	uint8_t v;

	return base58check25(s, n, &v) && (v == 0x00 || v == 0x05);
}

/* TRON: 'T' and 33 more, version byte 0x41 (USDT on TRC20 is paid to
 * these in trade chat as often as to Bitcoin addresses) */
bool pii_tron_valid(const char *s, size_t n)
{
	uint8_t v;

	return n == 34 && s[0] == 'T' && base58check25(s, n, &v) && v == 0x41;
}


static uint32_t bech32_polymod_step(uint32_t pre)
{
	uint8_t b = (uint8_t)(pre >> 25);

	return ((pre & 0x1ffffff) << 5) ^ (-((b >> 0) & 1) & 0x3b6a57b2UL) ^
	       (-((b >> 1) & 1) & 0x26508e6dUL) ^
	       (-((b >> 2) & 1) & 0x1ea119faUL) ^
	       (-((b >> 3) & 1) & 0x3d4233ddUL) ^
	       (-((b >> 4) & 1) & 0x2a1462b3UL);
}

bool pii_bech32_valid(const char *s, size_t n)
{
	static const char charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
	uint32_t chk = 1;
	size_t sep = 0;
	bool lower = false, upper = false;

	if (n < 14 || n > 90)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			lower = true;
		if (s[i] >= 'A' && s[i] <= 'Z')
			upper = true;
		if (s[i] == '1')
			sep = i;
	}
	if ((lower && upper) || sep < 1 || sep + 7 > n)
		return false;
	for (size_t i = 0; i < sep; i++)
		chk = bech32_polymod_step(chk) ^ ((uint8_t)(s[i] | 0x20) >> 5);
	chk = bech32_polymod_step(chk);
	for (size_t i = 0; i < sep; i++)
		chk = bech32_polymod_step(chk) ^ ((uint8_t)(s[i] | 0x20) & 31);
	for (size_t i = sep + 1; i < n; i++) {
		const char *p = strchr(charset, s[i] | 0x20);

		if (!p || !s[i])
			return false;
		chk = bech32_polymod_step(chk) ^ (uint32_t)(p - charset);
	}
	/* bech32 (segwit v0) or bech32m (v1+, taproot) */
	return chk == 1 || chk == 0x2bc830a3;
}
