/*
 * pii_normalize.c - turns a message into the form the PII patterns match
 * on, keeping for every output byte the original byte range it came
 * from, so that spans found on the normalised text map back exactly.
 *
 * Two passes, both linear: (1) decode UTF-8 and fold code points
 * (full-width, zero-width, dashes, spaces, other-script digits, CJK
 * digits next to digits, homoglyphs inside Latin words); (2) on the
 * folded ASCII, turn runs of spelled digits into digits and join
 * spaced-out single characters.
 *
 * Pure; any thread.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pii_internal.h"

/*
 * Strict UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above
 * U+10FFFF) as an automaton with no branch that depends on the text,
 * where a chain of tests per character mispredicts on mixed scripts.
 * u8_class sorts the bytes; u8_row[class] holds the next state of all
 * nine states, six bits each, and a state is its own bit offset, so a
 * step is one shift: the chain from byte to byte is a shift, not a table
 * load.
 */
enum {
	U8_ASCII, U8_C80, U8_C90, U8_CA0,	/* 00-7f, 80-8f, 90-9f, a0-bf */
	U8_BAD,		/* c0 c1 f5-ff */
	U8_L2,		/* c2-df */
	U8_E0, U8_L3, U8_ED,	/* e0, e1-ec ee ef, ed */
	U8_F0, U8_L4, U8_F4,	/* f0, f1-f3, f4 */
	U8_NCLASS
};

#define U8_R4(c) c, c, c, c
#define U8_R16(c) U8_R4(c), U8_R4(c), U8_R4(c), U8_R4(c)

static const uint8_t u8_class[256] = {
	U8_R16(U8_ASCII), U8_R16(U8_ASCII), U8_R16(U8_ASCII), U8_R16(U8_ASCII),
	U8_R16(U8_ASCII), U8_R16(U8_ASCII), U8_R16(U8_ASCII), U8_R16(U8_ASCII),
	U8_R16(U8_C80), U8_R16(U8_C90), U8_R16(U8_CA0), U8_R16(U8_CA0),
	U8_BAD, U8_BAD, U8_L2, U8_L2, U8_R4(U8_L2), U8_R4(U8_L2), U8_R4(U8_L2),
	U8_R16(U8_L2),
	U8_E0, U8_L3, U8_L3, U8_L3, U8_R4(U8_L3), U8_R4(U8_L3),
	U8_L3, U8_ED, U8_L3, U8_L3,
	U8_F0, U8_L4, U8_L4, U8_L4, U8_F4, U8_BAD, U8_BAD, U8_BAD,
	U8_R4(U8_BAD), U8_R4(U8_BAD),
};

/*
 * States (offset 6 * k): 0 accept, 1/2/3 continuation bytes to come,
 * 4 the second byte after e0 (a0-bf), 5 after ed (80-9f), 6 after f0
 * (90-bf), 7 after f4 (80-8f), 8 reject. Next states, by class:
 *
 *         ASCII C80 C90 CA0 BAD L2 E0 L3 ED F0 L4 F4
 *   0       0    8   8   8   8   1  4  2  5  6  3  7
 *   1       8    0   0   0   8   8  8  8  8  8  8  8
 *   2       8    1   1   1   8   8  8  8  8  8  8  8
 *   3       8    2   2   2   8   8  8  8  8  8  8  8
 *   4       8    8   8   1   8   8  8  8  8  8  8  8
 *   5       8    1   1   8   8   8  8  8  8  8  8  8
 *   6       8    8   2   2   8   8  8  8  8  8  8  8
 *   7       8    2   8   8   8   8  8  8  8  8  8  8
 *   8       8    8   8   8   8   8  8  8  8  8  8  8
 *
 * packed: bits 6k..6k+5 of u8_row[class] are 6 * next(k, class).
 */
static const uint64_t u8_row[U8_NCLASS] = {
	[U8_ASCII] = 0x0030c30c30c30c00ull,
	[U8_C80] = 0x00303301b0306030ull,
	[U8_C90] = 0x0030c0c1b0306030ull,
	[U8_CA0] = 0x0030c0cc06306030ull,
	[U8_BAD] = 0x0030c30c30c30c30ull,
	[U8_L2] = 0x0030c30c30c30c06ull,
	[U8_E0] = 0x0030c30c30c30c18ull,
	[U8_L3] = 0x0030c30c30c30c0cull,
	[U8_ED] = 0x0030c30c30c30c1eull,
	[U8_F0] = 0x0030c30c30c30c24ull,
	[U8_L4] = 0x0030c30c30c30c12ull,
	[U8_F4] = 0x0030c30c30c30c2aull,
};

bool pii_utf8_check(const char *str, size_t n, bool *ascii)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	uint64_t st = 0;	/* the state in bits 0-5; the rest is noise */
	unsigned hi = 0;

	/* a leading ASCII run eight bytes at a time */
	while (i + 8 <= n) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
		i += 8;
	}
	/* x86 shifts mask the count to six bits themselves: the "& 63"
	 * costs nothing there, and the chain is one shift a byte */
	for (; i < n; i++) {
		hi |= s[i];
		st = u8_row[u8_class[s[i]]] >> (st & 63);
	}
	*ascii = hi < 0x80;
	return (st & 63) == 0;
}

bool pii_utf8_valid(const char *s, size_t n)
{
	bool ascii;

	return pii_utf8_check(s, n, &ascii);
}

/* Decodes one code point of valid UTF-8 at s; *len gets its size. */
static inline uint32_t utf8_get(const unsigned char *s, unsigned *len)
{
	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	if (s[0] < 0xe0) {
		*len = 2;
		return (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
	}
	if (s[0] < 0xf0) {
		*len = 3;
		return (uint32_t)(s[0] & 0x0f) << 12 |
		       (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
	}
	*len = 4;
	return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 |
	       (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
}

#define FOLD_DROP	(-1)
#define FOLD_RAW	(-2)

int pii_norm_cjk_digit(uint32_t cp)
{
	switch (cp) {
	case 0x3007: case 0x96f6: return '0';	/* 〇 零 */
	case 0x4e00: case 0x5e7a: case 0x58f9: return '1'; /* 一 幺 壹 */
	case 0x4e8c: case 0x8d30: return '2';	/* 二 贰 */
	case 0x4e09: case 0x53c1: return '3';	/* 三 叁 */
	case 0x56db: case 0x8086: return '4';	/* 四 肆 */
	case 0x4e94: case 0x4f0d: return '5';	/* 五 伍 */
	case 0x516d: case 0x9646: return '6';	/* 六 陆 */
	case 0x4e03: case 0x67d2: return '7';	/* 七 柒 */
	case 0x516b: case 0x634c: return '8';	/* 八 捌 */
	case 0x4e5d: case 0x7396: return '9';	/* 九 玖 */
	default: return 0;
	}
}

/* Cyrillic and Greek letters that look like Latin ones. */
static int homoglyph(uint32_t cp)
{
	static const struct {
		uint16_t cp;
		char c;
	} t[] = {
		{0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'},
		{0x0397, 'H'}, {0x0399, 'I'}, {0x039a, 'K'}, {0x039c, 'M'},
		{0x039d, 'N'}, {0x039f, 'O'}, {0x03a1, 'P'}, {0x03a4, 'T'},
		{0x03a5, 'Y'}, {0x03a7, 'X'}, {0x03b1, 'a'}, {0x03bf, 'o'},
		{0x03c1, 'p'}, {0x03bd, 'v'}, {0x0405, 'S'}, {0x0406, 'I'},
		{0x0408, 'J'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'},
		{0x041a, 'K'}, {0x041c, 'M'}, {0x041d, 'H'}, {0x041e, 'O'},
		{0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0425, 'X'},
		{0x0430, 'a'}, {0x0435, 'e'}, {0x043e, 'o'}, {0x0440, 'p'},
		{0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'},
		{0x0456, 'i'}, {0x0458, 'j'}, {0x0501, 'd'}, {0x04bb, 'h'},
		{0x04cf, 'l'},
	};

	if (cp < 0x0391 || cp > 0x0501)
		return 0;	/* CJK, Latin-1, ...: not in the table */

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (t[i].cp == cp)
			return t[i].c;
	return 0;
}

/* Context-free folding of one code point. */
static int fold(uint32_t cp)
{
	if (cp < 0x80)
		return (int)cp;
	if (cp >= 0xff01 && cp <= 0xff5e)
		return (int)(cp - 0xfee0);
	switch (cp) {
	case 0x00ad: case 0x180e: case 0x200b: case 0x200c: case 0x200d:
	case 0x200e: case 0x200f: case 0x2060: case 0x2061: case 0x2062:
	case 0x2063: case 0x2064: case 0xfeff: case 0x034f:
	case 0xfe0e: case 0xfe0f:	/* variation selectors */
		return FOLD_DROP;
	case 0x00a0: case 0x2007: case 0x202f: case 0x205f: case 0x3000:
		return ' ';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: case 0xfe58: case 0xfe63:
		return '-';
	case 0xfe6b:
		return '@';
	case 0x2024: case 0xfe52:
		return '.';
	/* brackets of other scripts, as the e-mail pattern's "<at>":
	 * «ät», 「Punkt」, 【点】 (never '[' or '(', which links take in) */
	case 0x00ab: case 0x2039: case 0x3008: case 0x300a: case 0x300c:
	case 0x300e: case 0x3010: case 0x3014: case 0x3016:
		return '<';
	case 0x00bb: case 0x203a: case 0x3009: case 0x300b: case 0x300d:
	case 0x300f: case 0x3011: case 0x3015: case 0x3017:
		return '>';
	default:
		break;
	}
	if (cp >= 0x2000 && cp <= 0x200a)
		return ' ';
	if (cp >= 0x2460 && cp <= 0x2468)	/* circled 1..9 */
		return (int)('1' + cp - 0x2460);
	if (cp >= 0x2780 && cp <= 0x2788)
		return (int)('1' + cp - 0x2780);
	if (cp == 0x24ea || cp == 0x24ff || cp == 0x1f10b || cp == 0x1f10c)
		return '0';			/* ⓪ ⓿ 🄋 🄌 */
	if (cp >= 0x2776 && cp <= 0x277e)	/* ❶..❾ */
		return (int)('1' + cp - 0x2776);
	if (cp >= 0x278a && cp <= 0x2792)	/* ➊..➒ */
		return (int)('1' + cp - 0x278a);
	if (cp >= 0x24f5 && cp <= 0x24fd)	/* ⓵..⓽ */
		return (int)('1' + cp - 0x24f5);
	if (cp >= 0x2474 && cp <= 0x247c)	/* ⑴..⑼ */
		return (int)('1' + cp - 0x2474);
	if (cp >= 0x0660 && cp <= 0x0669)	/* Arabic-Indic */
		return (int)('0' + cp - 0x0660);
	if (cp >= 0x06f0 && cp <= 0x06f9)
		return (int)('0' + cp - 0x06f0);
	if (cp >= 0x0966 && cp <= 0x096f)	/* Devanagari */
		return (int)('0' + cp - 0x0966);
	if (cp >= 0x09e6 && cp <= 0x1819) {
		/* the other decimal digits of South and Southeast Asia:
		 * Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
		 * Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer,
		 * Mongolian; each script's 0 to 9 in a row */
		static const uint16_t zero[] = {
			0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6,
			0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810,
		};

		for (size_t k = 0; k < sizeof(zero) / sizeof(zero[0]); k++)
			if (cp >= zero[k] && cp <= zero[k] + 9u)
				return (int)('0' + cp - zero[k]);
	}
	if (cp >= 0x1d7ce && cp <= 0x1d7ff)	/* mathematical digits */
		return (int)('0' + (cp - 0x1d7ce) % 10);
	return FOLD_RAW;
}

static inline bool is_alnum(int c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static inline bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* A character that may stand alone in a spaced-out word. */
static inline bool tokch(char c)
{
	return is_alnum(c) || c == '@' || c == '.' || c == '_' || c == '+';
}

/* A '.' at b[q] that ends a sentence: before a space or the end. */
static inline bool sent_end(const char *b, size_t n, size_t q)
{
	return b[q] == '.' && (q + 1 >= n || b[q + 1] == ' ' ||
			       b[q + 1] == '\n');
}

/*
 * Folding of the code point cp (len bytes) at s[i] of s[0..n), given the
 * last emitted byte prev and whether the last code point was a digit.
 */
/*
 * The ASCII look-alike of a Greek or Cyrillic letter cp at s[i] (len
 * bytes) next to a Latin letter, a digit, '@' or '.', else 0. The context
 * first: inside Cyrillic or Greek words it fails, and the table is a
 * linear search.
 */
static inline int homoglyph_at(const unsigned char *s, size_t n, size_t i,
			       uint32_t cp, unsigned len, int prev)
{
	if (is_alnum(prev) || prev == '@' || prev == '.' ||
	    (i + len < n && s[i + len] < 0x80 && is_alnum(s[i + len])))
		return homoglyph(cp);
	return 0;
}

/* Is s[i] (after at most one space) an ASCII letter or digit? */
static bool alnum_at(const unsigned char *s, size_t n, size_t i)
{
	if (i < n && s[i] == ' ')
		i++;
	return i < n && is_alnum(s[i]);
}

/* Does an '@', or 艾特, come before s[i] in the run of ASCII address
 * bytes and 点 it ends? A run of "www" before it counts too. */
static bool cn_address_before(const unsigned char *s, size_t i)
{
	size_t j = i, lim = i > 96 ? i - 96 : 0;

	while (j > lim) {
		unsigned char c = s[j - 1];

		if (c == '@')
			return true;
		if (is_alnum(c) || c == '.' || c == '_' || c == '-' ||
		    c == '+' || c == ' ') {
			j--;
			continue;
		}
		if (j >= 3 && s[j - 3] == 0xe7 && s[j - 2] == 0x82 &&
		    c == 0xb9) {			/* 点 */
			j -= 3;
			continue;
		}
		/* 特 after 艾 */
		if (j >= 6 && s[j - 6] == 0xe8 && s[j - 5] == 0x89 &&
		    s[j - 4] == 0xbe && s[j - 3] == 0xe7 &&
		    s[j - 2] == 0x89 && c == 0xb9)
			return true;
		break;
	}
	while (j < i && s[j] == ' ')
		j++;
	while (i > j && s[i - 1] == ' ')
		i--;
	return i - j == 3 && (s[j] | 0x20) == 'w' && (s[j + 1] | 0x20) == 'w' &&
	       (s[j + 2] | 0x20) == 'w';
}

/* Does an '@' or 艾特 follow s[i] in a run of ASCII address bytes and 点
 * ("wu点amy艾特qq点com")? */
static bool cn_at_after(const unsigned char *s, size_t n, size_t i)
{
	size_t lim = i + 64 < n ? i + 64 : n;

	while (i < lim) {
		if (s[i] == '@')
			return true;
		if (is_alnum(s[i]) || s[i] == '.' || s[i] == '_' || s[i] == '-' ||
		    s[i] == '+') {
			i++;
			continue;
		}
		if (i + 3 <= n && s[i] == 0xe7 && s[i + 1] == 0x82 && s[i + 2] == 0xb9) {
			i += 3;		/* 点 */
			continue;
		}
		return i + 6 <= n && s[i] == 0xe8 && s[i + 1] == 0x89 &&
		       s[i + 2] == 0xbe && s[i + 3] == 0xe7 && s[i + 4] == 0x89 &&
		       s[i + 5] == 0xb9;
	}
	return false;
}

/* Is s[i..) (after at most one space) a common top-level domain that
 * ends there? */
static bool cn_tld_at(const unsigned char *s, size_t n, size_t i)
{
	/* by length: two, three and four letters, one after another */
	static const char *const tld[5] = {
		[2] = "cnhktwmojpkrsgmyvnthinrudeukfritesnlbraucausiocome",
		[3] = "comnetorgbizedugov",
		[4] = "info",
	};
	size_t l = 0;

	if (i < n && s[i] == ' ')
		i++;
	while (i + l < n && l < 5 && ((s[i + l] | 0x20) >= 'a' &&
				      (s[i + l] | 0x20) <= 'z'))
		l++;
	if (l < 2 || l > 4 || (i + l < n && (is_alnum(s[i + l]) ||
					     s[i + l] == '-')))
		return false;
	for (const char *t = tld[l]; *t; t += l) {
		size_t m = 0;

		while (m < l && (s[i + m] | 0x20) == (unsigned char)t[m])
			m++;
		if (m == l)
			return true;
	}
	return false;
}

/* No capital letter in the ASCII labels right before and after the
 * character at s[i] (three bytes)? */
static bool cn_lower_around(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i;

	while (j > 0 && (is_alnum(s[j - 1]) || s[j - 1] == '-' || s[j - 1] == '.'))
		if (s[--j] >= 'A' && s[j] <= 'Z')
			return false;
	for (j = i + 3; j < n && (is_alnum(s[j]) || s[j] == '-' || s[j] == '.');
	     j++)
		if (s[j] >= 'A' && s[j] <= 'Z')
			return false;
	return true;
}

/* A dot of a host ('.', 。 or 点) in the run of labels that ends at
 * s[i] ("www。jinhua-textile。cn": the second 。)? */
static bool cn_dot_before(const unsigned char *s, size_t i)
{
	while (i > 0) {
		if (s[i - 1] == '.')
			return true;
		if (i >= 3 && ((s[i - 3] == 0xe3 && s[i - 2] == 0x80 && s[i - 1] == 0x82) ||
			       (s[i - 3] == 0xe7 && s[i - 2] == 0x82 && s[i - 1] == 0xb9)))
			return true;
		if (!is_alnum(s[i - 1]) && s[i - 1] != '-')
			return false;
		i--;
	}
	return false;
}

/* A letter in the ASCII label that ends at s[i]? */
static bool is_alpha_run_before(const unsigned char *s, size_t i)
{
	while (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '-')) {
		i--;
		if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
			return true;
	}
	return false;
}

/* Is s[i..) a dot of a host: '.', 点 or 。? Its length, or 0. */
static unsigned cn_dot_len(const unsigned char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '.')
		return 1;
	if (i + 3 <= n && ((s[i] == 0xe7 && s[i + 1] == 0x82 && s[i + 2] == 0xb9) ||
			   (s[i] == 0xe3 && s[i + 1] == 0x80 && s[i + 2] == 0x82)))
		return 3;
	return 0;
}

/* Is s[i..) (after at most one space) the rest of a host: labels apart
 * by dots of any kind, the last a common top-level domain ("taobao。com",
 * "sina点com点cn")? Four labels at most. */
static bool cn_host_after(const unsigned char *s, size_t n, size_t i)
{
	for (int k = 0; k < 4; k++) {
		size_t e;
		unsigned d;

		if (cn_tld_at(s, n, i))
			return true;
		if (i < n && s[i] == ' ')
			i++;
		e = i;
		while (e < n && (is_alnum(s[e]) || s[e] == '-'))
			e++;
		if (e == i)
			return false;
		if (e < n && s[e] == ' ' && cn_dot_len(s, n, e + 1) == 3)
			e++;
		d = cn_dot_len(s, n, e);
		if (!d)
			return false;
		i = e + d;
	}
	return false;
}

/* As cn_host_after, for 。: the top level of three letters or more
 * ("taobao。com"), or two dots in the host ("abc。co。uk") */
static bool cn_host_strict(const unsigned char *s, size_t n, size_t i)
{
	size_t e = i, l = 0;
	unsigned d;

	while (e < n && (is_alnum(s[e]) || s[e] == '-'))
		e++;
	if (e == i)
		return false;
	while (i + l < e && ((s[i + l] | 0x20) >= 'a' && (s[i + l] | 0x20) <= 'z'))
		l++;
	if (l == e - i && l >= 3 && cn_tld_at(s, n, i))
		return true;
	d = cn_dot_len(s, n, e);
	return d && cn_host_after(s, n, e + d);
}

/*
 * 艾特 and 点, the "at" and the "dot" of Chinese chat, inside an address
 * written in ASCII: "leewang艾特163点com". 艾 before 特 becomes '@' and
 * 特 goes, with a letter or digit on both sides (a space between
 * allowed); 点 becomes '.' after a letter or digit and before a host
 * label, when an '@' came before it in the address or a common
 * top-level domain follows ("qq点com"). Anywhere else they are words.
 */
/* A closing bracket at s[j] (ASCII, or one that folds to '>') before a
 * letter or digit: the end of "【点】", "[艾特]". */
static bool closer_at(const unsigned char *s, size_t n, size_t j)
{
	unsigned l;

	if (j >= n)
		return false;
	if (s[j] == ')' || s[j] == ']' || s[j] == '}' || s[j] == '>')
		return alnum_at(s, n, j + 1);
	return s[j] >= 0xc2 && fold(utf8_get(s + j, &l)) == '>' &&
	       alnum_at(s, n, j + l);
}

static inline bool is_opener(int c)
{
	return c == '(' || c == '[' || c == '{' || c == '<';
}

static int cn_at_dot(const unsigned char *s, size_t n, size_t i,
		     uint32_t cp, int prev)
{
	switch (cp) {
	case 0x827e:	/* 艾 */
		if (i + 6 <= n && s[i + 3] == 0xe7 && s[i + 4] == 0x89 &&
		    s[i + 5] == 0xb9 && i > 0 &&
		    (((is_alnum(prev) || (prev == ' ' && i >= 2 &&
					  is_alnum(s[i - 2]))) &&
		      alnum_at(s, n, i + 6)) ||
		     /* in brackets: "139『艾特』qq" */
		     (is_opener(prev) && closer_at(s, n, i + 6))))
			return '@';
		return FOLD_RAW;
	case 0x7279:	/* 特, after an 艾 that became '@' */
		return prev == '@' && i >= 3 && s[i - 3] == 0xe8 &&
		       s[i - 2] == 0x89 && s[i - 1] == 0xbe ? FOLD_DROP :
							     FOLD_RAW;
	default:	/* 点, and 。 written for a dot */
		/* 。 ends sentences: taken only between lower-case labels,
		 * a letter before it, and a host of three letters' top
		 * level or of two dots after it ("shop93277722。taobao。com";
		 * not "OK。Thanks", "9688。my", "x@y.com。10000") */
		if (cp == 0x3002)
			return cn_lower_around(s, n, i) && is_alpha_run_before(s, i) &&
			       (cn_host_strict(s, n, i + 3) ||
				(cn_dot_before(s, i) && cn_tld_at(s, n, i + 3))) ?
			       '.' : FOLD_RAW;
		if ((is_alnum(prev) || (prev == ' ' && i >= 2 &&
					is_alnum(s[i - 2]))) &&
		    alnum_at(s, n, i + 3) &&
		    (cn_host_after(s, n, i + 3) || cn_address_before(s, i) ||
		     cn_at_after(s, n, i + 3)))
			return '.';
		/* in brackets: "docs【点】google【点】com", "www{点}x{点}de"
		 * (the brackets stay: the word pass reads "<.>" as '.') */
		if (is_opener(prev) && closer_at(s, n, i + 3))
			return '.';
		return FOLD_RAW;
	}
}

static int fold_at(const unsigned char *s, size_t n, size_t i, uint32_t cp,
		   unsigned len, int prev, int prev_digit)
{
	int f = fold(cp);

	/* (not a symbol that is a digit itself: ①, ❶, ⓪) */
	if (prev_digit && i + len < n && !(f >= 0 && is_digit(f)) &&
	    (cp == 0x2022 || (cp >= 0x2190 && cp <= 0x2bff) ||
	     (cp >= 0x1f000 && cp <= 0x1faff))) {
		/* "5041⭐7507⭐0621", "610•110•803": a bullet, symbol or
		 * emoji between digits parts groups as '-' does (a
		 * variation selector or joiner after it goes) */
		size_t j = i + len;
		unsigned l2;
		uint32_t c2 = utf8_get(s + j, &l2);
		int f2;

		while ((c2 == 0xfe0f || c2 == 0xfe0e || c2 == 0x200d) &&
		       j + l2 < n) {
			j += l2;
			c2 = utf8_get(s + j, &l2);
		}
		f2 = fold(c2);
		if (f2 >= 0 && is_digit(f2))
			return '-';
	}
	if (prev_digit == 2 && (cp == 0xff0c || cp == 0x3001) && i + len < n) {
		/* "一五五，八七三三": a comma between spelled CJK digits
		 * parts groups, as a space does */
		unsigned l2;

		if (pii_norm_cjk_digit(utf8_get(s + i + len, &l2)))
			return ' ';
	}
	if (f == FOLD_RAW) {
		int d = pii_norm_cjk_digit(cp);

		if (d) {
			/* A CJK digit counts when another digit of any
			 * script touches it. */
			bool next_digit = false;

			if (i + len < n) {
				unsigned l2;
				uint32_t c2 = utf8_get(s + i + len, &l2);
				int f2 = fold(c2);

				next_digit = pii_norm_cjk_digit(c2) ||
					     (f2 >= 0 && is_digit(f2));
			}
			/* (or a '+' before it: "+一 四六九") */
			if (prev_digit || next_digit || prev == '+')
				f = d;
		} else if (cp == 0x827e || cp == 0x7279 || cp == 0x70b9 ||
			   cp == 0x3002) {
			f = cn_at_dot(s, n, i, cp, prev);
		} else if (cp >= 0x0391 && cp <= 0x0501) {
			int h = homoglyph_at(s, n, i, cp, len, prev);

			if (h)
				f = h;
		}
	}
	return f;
}

/*
 * Would pass 1 change anything? As fold_pass, stopping at the first code
 * point that folds (until then every byte is copied as it is, so prev is
 * simply the previous byte, or 0x80 after a multi-byte character).
 */
/* Low eight bits of the CJK digits (cjk_digit) and of 艾, 特 and 点
 * (cn_at_dot), one bit each. */
#define CJK_D(cp, w) ((((cp) >> 6 & 3) == (w)) ? 1ull << ((cp) & 63) : 0)
#define CJK_DIGITS(w)							\
	(CJK_D(0x3007, w) | CJK_D(0x96f6, w) | CJK_D(0x4e00, w) |	\
	 CJK_D(0x5e7a, w) | CJK_D(0x58f9, w) | CJK_D(0x4e8c, w) |	\
	 CJK_D(0x8d30, w) | CJK_D(0x4e09, w) | CJK_D(0x53c1, w) |	\
	 CJK_D(0x56db, w) | CJK_D(0x8086, w) | CJK_D(0x4e94, w) |	\
	 CJK_D(0x4f0d, w) | CJK_D(0x516d, w) | CJK_D(0x9646, w) |	\
	 CJK_D(0x4e03, w) | CJK_D(0x67d2, w) | CJK_D(0x516b, w) |	\
	 CJK_D(0x634c, w) | CJK_D(0x4e5d, w) | CJK_D(0x7396, w) |	\
	 CJK_D(0x827e, w) | CJK_D(0x7279, w) | CJK_D(0x70b9, w) |	\
	 CJK_D(0x3002, w))

/*
 * True for code points fold_at leaves alone whatever their neighbours:
 * Latin-1 and Latin Extended letters below the homoglyph table, and
 * CJK, kana and Hangul between U+3001 and U+FE51 unless the low byte is
 * that of a CJK digit or of 艾, 特, 点. Everything else goes through
 * fold_at.
 */
static inline bool never_folds(uint32_t cp)
{
	static const uint64_t cjk_low[4] = {
		CJK_DIGITS(0), CJK_DIGITS(1), CJK_DIGITS(2), CJK_DIGITS(3),
	};

	/* (、 parts groups of spelled CJK digits: fold_at decides) */
	if (cp >= 0x3002 && cp <= 0xfe51)
		return !(cjk_low[cp >> 6 & 3] >> (cp & 63) & 1) &&
		       (cp < 0x3008 || cp > 0x3017) &&
		       (cp < 0xfe0e || cp > 0xfe0f);
	return cp < 0x0391 && cp != 0x00a0 && cp != 0x00ad && cp != 0x034f &&
	       cp != 0x00ab && cp != 0x00bb;
}

#define IS_LITTLE_ENDIAN (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)

bool pii_norm_fold_needed(const char *src, size_t n)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0;
	int prev = ' ', prev_digit = 0;

	while (i < n) {
		unsigned len;
		uint32_t cp;

		if (s[i] < 0x80) {
			/* ASCII runs eight bytes at a time; prev is the
			 * last byte of the run */
			uint64_t w;

			while (i + 8 <= n) {
				uint64_t hi;

				memcpy(&w, s + i, 8);
				hi = w & 0x8080808080808080ull;
				if (hi) {
					/* the first byte >= 0x80 (little
					 * endian: the lowest bit set) */
					if (IS_LITTLE_ENDIAN)
						i += (size_t)__builtin_ctzll(hi) / 8;
					break;
				}
				i += 8;
			}
			while (i < n && s[i] < 0x80)
				i++;
			prev = s[i - 1];
			prev_digit = is_digit(prev);
			continue;
		}
		cp = utf8_get(s + i, &len);
		if (cp - 0x0391u <= 0x0501u - 0x0391u) {
			/* Greek and Cyrillic: fold and cjk_digit leave them
			 * alone, fold_at folds only a homoglyph in context */
			if (homoglyph_at(s, n, i, cp, len, prev))
				return true;
		} else if (!never_folds(cp) &&
			   fold_at(s, n, i, cp, len, prev, prev_digit) !=
			   FOLD_RAW) {
			return true;
		}
		prev = 0x80;
		prev_digit = 0;
		i += len;
	}
	return false;
}

/* Where the offset walk is (see walk_to). */
struct norm_walk {
	size_t si;		/* next byte of the original */
	size_t p1;		/* bytes of pass 1's text so far */
	size_t idx;		/* output bytes begun; the last is idx - 1 */
	uint32_t os, oe;	/* original range of byte idx - 1, so far */
	uint32_t poe;		/* original end of byte idx - 2 */
	uint32_t raw_os;	/* a character kept whole, being walked */
	uint8_t raw_len, raw_left;
};

/*
 * What pii_norm_build keeps after the text (nm->priv), followed by the
 * bit arrays it points to, n / 64 + 1 words each.
 */
struct norm_priv {
	struct norm_walk walk;
	uint64_t *folded, *dropped;	/* pass 1, by byte of the original */
	uint64_t *drop, *join;		/* pass 2, by byte of pass 1's text */
};

#define NP(nm) ((struct norm_priv *)(nm)->priv)

/* Fold context carried from one code point to the next. */
struct fold_st {
	int prev;		/* last emitted byte, for homoglyph context */
	int prev_digit;		/* last code point was a digit of any script
				 * (2: a CJK one) */
};

/*
 * Pass 1 on the code point at s[i] (>= 0x80, *len bytes): FOLD_DROP,
 * FOLD_RAW (kept as it is) or the one ASCII byte it becomes; st moves
 * on.
 */
static inline int fold_next(const unsigned char *s, size_t n, size_t i,
			    unsigned *len, struct fold_st *st)
{
	uint32_t cp = utf8_get(s + i, len);
	int f = never_folds(cp) ? FOLD_RAW :
		fold_at(s, n, i, cp, *len, st->prev, st->prev_digit);

	if (f == FOLD_RAW)
		st->prev = 0x80;
	else if (f != FOLD_DROP)
		st->prev = f;
	/* 2: a CJK digit */
	st->prev_digit = f >= 0 && is_digit(f) ? 1 + !!pii_norm_cjk_digit(cp) : 0;
	return f;
}

/* Bytes < 0x80 from s[i] on, looking no further than s[lim]. */
static size_t ascii_run(const unsigned char *s, size_t lim, size_t i)
{
	size_t j = i;

	while (j + 8 <= lim) {
		uint64_t w;

		memcpy(&w, s + j, 8);
		w &= 0x8080808080808080ull;
		if (w)
			return j + (size_t)(__builtin_ctzll(w) >> 3) - i;
		j += 8;
	}
	while (j < lim && s[j] < 0x80)
		j++;
	return j - i;
}

/*
 * Pass 1: decode and fold src into nm->buf (capacity n + 1). Each
 * non-ASCII character that is folded or dropped gets a bit at its first
 * byte in the folded or dropped bits (zeroed by the caller), so that
 * the offset walk knows what became of it without folding again.
 */
static void fold_pass(const char *src, size_t n, struct pii_norm *nm)
{
	const unsigned char *s = (const unsigned char *)src;
	char *b = nm->buf;
	uint64_t *folded = NP(nm)->folded, *dropped = NP(nm)->dropped;
	struct fold_st st = {' ', 0};
	size_t i = 0, w = 0;

	while (i < n) {
		unsigned len;
		int f;

		if (s[i] < 0x80) {
			/* Fast path: runs of ASCII, eight bytes at a time
			 * (b has room: w <= i). */
			while (i + 8 <= n) {
				uint64_t x;

				memcpy(&x, s + i, 8);
				if (x & 0x8080808080808080ull)
					break;
				memcpy(b + w, &x, 8);
				w += 8;
				i += 8;
			}
			while (i < n && s[i] < 0x80)
				b[w++] = (char)s[i++];
			st.prev = s[i - 1];
			st.prev_digit = is_digit(st.prev);
			continue;
		}
		f = fold_next(s, n, i, &len, &st);
		if (f == FOLD_RAW) {
			for (unsigned k = 0; k < len; k++)
				b[w + k] = (char)s[i + k];
			w += len;
		} else {
			if (f != FOLD_DROP) {
				b[w++] = (char)f;
				folded[i >> 6] |= 1ull << (i & 63);
			} else {
				dropped[i >> 6] |= 1ull << (i & 63);
			}
			nm->changed = true;
		}
		i += len;
	}
	nm->len = w;
}

/* numword's values beside the digits */
#define NW_DOUBLE	12
#define NW_TRIPLE	13
#define NW_PLUS		14

static const char *const numwords[][10] = {
	{"zero", "one", "two", "three", "four", "five", "six", "seven",
	 "eight", "nine"},
	{"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete",
	 "ocho", "nueve"},
	{"null", "eins", "zwei", "drei", "vier", "funf", "sechs", "sieben",
	 "acht", "neun"},
	{"zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete",
	 "oito", "nove"},
	/* French, Italian, Indonesian and Malay, Turkish (its dotless i,
	 * s and g with cedilla and breve read as i, s, g) */
	{"zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
	 "huit", "neuf"},
	{"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette",
	 "otto", "nove"},
	{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
	 "delapan", "sembilan"},
	{"sifir", "bir", "iki", "uc", "dort", "bes", "alti", "yedi", "sekiz",
	 "dokuz"},
	/* Vietnamese, its letters folded to their base (không một hai …) */
	{"khong", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam",
	 "chin"},
};

/* Spoken forms beside numwords[]: Brazilian "meia" (half a dozen),
 * Portuguese "duas", German "zwo". */
static const struct {
	const char *w;
	int d;
} numwords_more[] = {
	{"meia", 6}, {"duas", 2}, {"zwo", 2},
	/* "double eight" is 88; "plus" starts an international number */
	{"double", NW_DOUBLE}, {"doble", NW_DOUBLE}, {"triple", NW_TRIPLE},
	{"plus", NW_PLUS}, {"mais", NW_PLUS}, {"mas", NW_PLUS},
	{"piu", NW_PLUS}, {"arti", NW_PLUS},	/* più, artı */
};

/* Russian, lower case (UTF-8): ноль один два три четыре пять шесть семь
 * восемь девять */
static const char *const numwords_ru[10] = {
	"\xd0\xbd\xd0\xbe\xd0\xbb\xd1\x8c", "\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd",
	"\xd0\xb4\xd0\xb2\xd0\xb0", "\xd1\x82\xd1\x80\xd0\xb8",
	"\xd1\x87\xd0\xb5\xd1\x82\xd1\x8b\xd1\x80\xd0\xb5",
	"\xd0\xbf\xd1\x8f\xd1\x82\xd1\x8c",
	"\xd1\x88\xd0\xb5\xd1\x81\xd1\x82\xd1\x8c",
	"\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c",
	"\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c",
	"\xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c",
};

/*
 * Bytes of the letter at b[i] for the word tokens of the spelled-digit
 * rule: an ASCII letter or digit (1), a Latin-1 letter (2: "três",
 * "fünf") or a Cyrillic one (2); 0 for anything else.
 */
static inline size_t word_letter(const char *b, size_t n, size_t i)
{
	unsigned char c = (unsigned char)b[i], d;

	if (is_alnum(c))
		return 1;
	if (i + 1 >= n)
		return 0;
	d = (unsigned char)b[i + 1];
	if ((d & 0xc0) != 0x80)
		return 0;
	if (c == 0xc3 && d != 0x97 && d != 0xb7)	/* not × ÷ */
		return 2;
	if (c == 0xd0 || c == 0xd1 || c == 0xc4 || c == 0xc5 || c == 0xc6)
		return 2;	/* Cyrillic; Latin Extended-A and B: ı ş ğ đ ơ ư */
	if (c >= 0xd8 && c <= 0xdb)
		return 2;	/* Arabic */
	if (i + 2 < n && ((unsigned char)b[i + 2] & 0xc0) == 0x80 &&
	    ((c == 0xe0 && (d == 0xa4 || d == 0xa5)) ||	/* Devanagari */
	     (c == 0xe1 && d >= 0xb8 && d <= 0xbb)))	/* Vietnamese ộ ả … */
		return 3;
	return 0;
}

/* A Latin-1 letter (after 0xc3) as its ASCII base letter, lower case. */
static char latin1_base(unsigned char d)
{
	static const char base[64] =
		"aaaaaaaceeeeiiii" "dnooooo" "o" "ouuuuy" "ts"
		"aaaaaaaceeeeiiii" "dnooooo" "o" "ouuuuy" "ty";

	return base[d & 0x3f];
}

/* A word that joins groups of spelled digits: "and", "then", "poi",
 * "dann", "puis", "luego", "depois", "sonra", "lalu", потом */
static bool connector(const char *w, size_t n)
{
	static const char *const cw[] = {
		"and", "then", "poi", "dann", "puis", "luego", "depois",
		"sonra", "lalu", "\xd0\xbf\xd0\xbe\xd1\x82\xd0\xbe\xd0\xbc",
	};

	for (size_t k = 0; k < sizeof(cw) / sizeof(cw[0]); k++)
		if (strlen(cw[k]) == n && !strncasecmp(cw[k], w, n))
			return true;
	return false;
}

static int numword(const char *w, size_t n);

/* The end of the word at b[i..) (i when none) */
static size_t word_at(const char *b, size_t n, size_t i)
{
	size_t l;

	while (i < n && (l = word_letter(b, n, i)) != 0)
		i += l;
	return i;
}

/* Does a digit or a spelled digit word come next after b[i] (spaces and
 * commas between)? */
static bool digit_next(const char *b, size_t n, size_t i)
{
	size_t e;

	while (i < n && (b[i] == ' ' || b[i] == ','))
		i++;
	if (i < n && is_digit(b[i]))
		return true;
	e = word_at(b, n, i);
	return e > i && numword(b + i, e - i) >= 0;
}

/* The first letters of numwords[] and numwords_more[], a bit each */
#define NW_FIRST (1u << ('z' - 'a') | 1u << ('o' - 'a') | 1u << ('t' - 'a') | \
		  1u << ('f' - 'a') | 1u << ('s' - 'a') | 1u << ('e' - 'a') | \
		  1u << ('n' - 'a') | 1u << ('c' - 'a') | 1u << ('u' - 'a') | \
		  1u << ('d' - 'a') | 1u << ('q' - 'a') | 1u << ('a' - 'a') | \
		  1u << ('v' - 'a') | 1u << ('m' - 'a') | 1u << ('p' - 'a') | \
		  1u << ('h' - 'a') | 1u << ('b' - 'a') | 1u << ('i' - 'a') | \
		  1u << ('l' - 'a') | 1u << ('y' - 'a') | 1u << ('k' - 'a'))

/* Hindi and Arabic digit words, as written (UTF-8), with their digit */
static const struct {
	const char *w;
	int d;
} numwords_raw[] = {
	{"\xe0\xa4\xb6\xe0\xa5\x82\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf", 0}, {"\xe0\xa4\x9c\xe0\xa4\xbc\xe0\xa5\x80\xe0\xa4\xb0\xe0\xa5\x8b", 0}, {"\xe0\xa4\x9c\xe0\xa4\xbc\xe0\xa5\x80\xe0\xa4\xb0\xe0\xa5\x8b", 0},	/* शून्य ज़ीरो ज़ीरो */
	{"\xe0\xa4\x8f\xe0\xa4\x95", 1}, {"\xe0\xa4\xa6\xe0\xa5\x8b", 2}, {"\xe0\xa4\xa4\xe0\xa5\x80\xe0\xa4\xa8", 3}, {"\xe0\xa4\x9a\xe0\xa4\xbe\xe0\xa4\xb0", 4},	/* एक दो तीन चार */
	{"\xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\x81\xe0\xa4\x9a", 5}, {"\xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\x82\xe0\xa4\x9a", 5},			/* पाँच पांच */
	{"\xe0\xa4\x9b\xe0\xa4\xb9", 6}, {"\xe0\xa4\x9b\xe0\xa4\x83", 6}, {"\xe0\xa4\x9b\xe0\xa5\x87", 6},	/* छह छः छे */
	{"\xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\xa4", 7}, {"\xe0\xa4\x86\xe0\xa4\xa0", 8}, {"\xe0\xa4\xa8\xe0\xa5\x8c", 9},	/* सात आठ नौ */
	{"\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb2\xe0\xa4\xb8", NW_PLUS}, {"\xe0\xa4\xa1\xe0\xa4\xac\xe0\xa4\xb2", NW_DOUBLE},	/* प्लस डबल */
	{"\xd8\xb5\xd9\x81\xd8\xb1", 0}, {"\xd9\x88\xd8\xa7\xd8\xad\xd8\xaf", 1}, {"\xd8\xa7\xd8\xab\xd9\x86\xd8\xa7\xd9\x86", 2}, {"\xd8\xa7\xd8\xab\xd9\x86\xd9\x8a\xd9\x86", 2},	/* صفر واحد اثنان اثنين */
	{"\xd8\xab\xd9\x84\xd8\xa7\xd8\xab\xd8\xa9", 3}, {"\xd8\xa3\xd8\xb1\xd8\xa8\xd8\xb9\xd8\xa9", 4}, {"\xd8\xae\xd9\x85\xd8\xb3\xd8\xa9", 5}, {"\xd8\xb3\xd8\xaa\xd8\xa9", 6},	/* ثلاثة أربعة خمسة ستة */
	{"\xd8\xb3\xd8\xa8\xd8\xb9\xd8\xa9", 7}, {"\xd8\xab\xd9\x85\xd8\xa7\xd9\x86\xd9\x8a\xd8\xa9", 8}, {"\xd8\xaa\xd8\xb3\xd8\xb9\xd8\xa9", 9},	/* سبعة ثمانية تسعة */
	{"\xd8\xb2\xd8\xa7\xd8\xa6\xd8\xaf", NW_PLUS},			/* زائد */
};

/* The base letter of a Vietnamese letter U+1EA0..U+1EF9 (ạ ả ấ … ỹ) */
static char viet_base(uint32_t cp)
{
	if (cp >= 0x1ea0 && cp <= 0x1eb7)
		return 'a';
	if (cp >= 0x1eb8 && cp <= 0x1ec7)
		return 'e';
	if (cp >= 0x1ec8 && cp <= 0x1ecb)
		return 'i';
	if (cp >= 0x1ecc && cp <= 0x1ee3)
		return 'o';
	if (cp >= 0x1ee4 && cp <= 0x1ef1)
		return 'u';
	if (cp >= 0x1ef2 && cp <= 0x1ef9)
		return 'y';
	return 0;
}

/*
 * Numbers read as words beyond single digits, as people read a phone
 * number in pairs or hundreds ("zéro six, douze, trente-quatre",
 * "seiscientos cuarenta y nueve", "девятьсот девяносто три", "otuz
 * dört", "dreiunddreißig"): the tens, teens and hundreds of the
 * languages of numwords[], folded as numword folds (accents dropped,
 * ı ş as i s), the Russian ones as written in lower case.
 */
static const struct {
	const char *w;
	int v;
} cwords[] = {
	{"dix", 10}, {"onze", 11}, {"douze", 12}, {"treize", 13},
	{"quatorze", 14}, {"quinze", 15}, {"seize", 16}, {"vingt", 20},
	{"vingts", 20}, {"trente", 30}, {"quarante", 40}, {"cinquante", 50},
	{"soixante", 60}, {"cent", 100}, {"cents", 100}, {"diez", 10},
	{"once", 11}, {"doce", 12}, {"trece", 13}, {"catorce", 14},
	{"quince", 15}, {"dieciseis", 16}, {"diecisiete", 17},
	{"dieciocho", 18}, {"diecinueve", 19}, {"veinte", 20},
	{"veintiuno", 21}, {"veintidos", 22}, {"veintitres", 23},
	{"veinticuatro", 24}, {"veinticinco", 25}, {"veintiseis", 26},
	{"veintisiete", 27}, {"veintiocho", 28}, {"veintinueve", 29},
	{"treinta", 30}, {"cuarenta", 40}, {"cincuenta", 50},
	{"sesenta", 60}, {"setenta", 70}, {"ochenta", 80}, {"noventa", 90},
	{"cien", 100}, {"ciento", 100}, {"doscientos", 200},
	{"trescientos", 300}, {"cuatrocientos", 400}, {"quinientos", 500},
	{"seiscientos", 600}, {"setecientos", 700}, {"ochocientos", 800},
	{"novecientos", 900}, {"dez", 10}, {"doze", 12}, {"treze", 13},
	{"dezesseis", 16}, {"dezasseis", 16}, {"dezessete", 17},
	{"dezassete", 17}, {"dezoito", 18}, {"dezenove", 19},
	{"dezanove", 19}, {"vinte", 20}, {"trinta", 30}, {"quarenta", 40},
	{"sessenta", 60}, {"oitenta", 80}, {"cem", 100}, {"cento", 100},
	{"duzentos", 200}, {"trezentos", 300}, {"quatrocentos", 400},
	{"quinhentos", 500}, {"oitocentos", 800}, {"dieci", 10},
	{"undici", 11}, {"dodici", 12}, {"tredici", 13}, {"quattordici", 14},
	{"quindici", 15}, {"sedici", 16}, {"diciassette", 17},
	{"diciotto", 18}, {"diciannove", 19}, {"venti", 20}, {"trenta", 30},
	{"quaranta", 40}, {"sessanta", 60}, {"settanta", 70},
	{"ottanta", 80}, {"novanta", 90}, {"zehn", 10}, {"elf", 11},
	{"zwolf", 12}, {"dreizehn", 13}, {"vierzehn", 14}, {"funfzehn", 15},
	{"sechzehn", 16}, {"siebzehn", 17}, {"achtzehn", 18},
	{"neunzehn", 19}, {"zwanzig", 20}, {"dreisig", 30}, {"dreissig", 30},
	{"vierzig", 40}, {"funfzig", 50}, {"sechzig", 60}, {"siebzig", 70},
	{"achtzig", 80}, {"neunzig", 90}, {"hundert", 100}, {"ten", 10},
	{"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
	{"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
	{"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},
	{"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
	{"eighty", 80}, {"ninety", 90}, {"hundred", 100},
	{"yirmi", 20}, {"otuz", 30}, {"kirk", 40}, {"elli", 50},
	{"altmis", 60}, {"yetmis", 70}, {"seksen", 80}, {"doksan", 90},
	{"yuz", 100},
};

static const struct {
	const char *w;
	int v;
} cwords_ru[] = {
	{"\xd0\xb4\xd0\xb5\xd1\x81\xd1\x8f\xd1\x82\xd1\x8c", 10},	/* десять */
	{"\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 11},	/* одиннадцать */
	{"\xd0\xb4\xd0\xb2\xd0\xb5\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 12},	/* двенадцать */
	{"\xd1\x82\xd1\x80\xd0\xb8\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 13},	/* тринадцать */
	{"\xd1\x87\xd0\xb5\xd1\x82\xd1\x8b\xd1\x80\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 14},	/* четырнадцать */
	{"\xd0\xbf\xd1\x8f\xd1\x82\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 15},	/* пятнадцать */
	{"\xd1\x88\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 16},	/* шестнадцать */
	{"\xd1\x81\xd0\xb5\xd0\xbc\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 17},	/* семнадцать */
	{"\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 18},	/* восемнадцать */
	{"\xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd0\xbd\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 19},	/* девятнадцать */
	{"\xd0\xb4\xd0\xb2\xd0\xb0\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 20},	/* двадцать */
	{"\xd1\x82\xd1\x80\xd0\xb8\xd0\xb4\xd1\x86\xd0\xb0\xd1\x82\xd1\x8c", 30},	/* тридцать */
	{"\xd1\x81\xd0\xbe\xd1\x80\xd0\xbe\xd0\xba", 40},	/* сорок */
	{"\xd0\xbf\xd1\x8f\xd1\x82\xd1\x8c\xd0\xb4\xd0\xb5\xd1\x81\xd1\x8f\xd1\x82", 50},	/* пятьдесят */
	{"\xd1\x88\xd0\xb5\xd1\x81\xd1\x82\xd1\x8c\xd0\xb4\xd0\xb5\xd1\x81\xd1\x8f\xd1\x82", 60},	/* шестьдесят */
	{"\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\xd0\xb4\xd0\xb5\xd1\x81\xd1\x8f\xd1\x82", 70},	/* семьдесят */
	{"\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\xd0\xb4\xd0\xb5\xd1\x81\xd1\x8f\xd1\x82", 80},	/* восемьдесят */
	{"\xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe", 90},	/* девяносто */
	{"\xd1\x81\xd1\x82\xd0\xbe", 100},	/* сто */
	{"\xd0\xb4\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xb8", 200},	/* двести */
	{"\xd1\x82\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb0", 300},	/* триста */
	{"\xd1\x87\xd0\xb5\xd1\x82\xd1\x8b\xd1\x80\xd0\xb5\xd1\x81\xd1\x82\xd0\xb0", 400},	/* четыреста */
	{"\xd0\xbf\xd1\x8f\xd1\x82\xd1\x8c\xd1\x81\xd0\xbe\xd1\x82", 500},	/* пятьсот */
	{"\xd1\x88\xd0\xb5\xd1\x81\xd1\x82\xd1\x8c\xd1\x81\xd0\xbe\xd1\x82", 600},	/* шестьсот */
	{"\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\xd1\x81\xd0\xbe\xd1\x82", 700},	/* семьсот */
	{"\xd0\xb2\xd0\xbe\xd1\x81\xd0\xb5\xd0\xbc\xd1\x8c\xd1\x81\xd0\xbe\xd1\x82", 800},	/* восемьсот */
	{"\xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c\xd1\x81\xd0\xbe\xd1\x82", 900},	/* девятьсот */
};

/* Value (10..900) of a tens, teens or hundreds word w[0..n), or -1;
 * German "dreiunddreißig" (a unit, "und", tens) as one word too. */
static int cword(const char *w, size_t n)
{
	char low[40];
	size_t l = 0;

	if (n < 2 || n >= sizeof(low))
		return -1;
	if ((unsigned char)w[0] == 0xd0 || (unsigned char)w[0] == 0xd1) {
		for (size_t i = 0; i + 1 < n; i += 2) {
			unsigned char x = (unsigned char)w[i];
			unsigned char y = (unsigned char)w[i + 1];

			if (x == 0xd0 && y >= 0x90 && y <= 0x9f) {
				y += 0x20;
			} else if (x == 0xd0 && y >= 0xa0 && y <= 0xaf) {
				x = 0xd1;
				y -= 0x20;
			}
			low[l++] = (char)x;
			low[l++] = (char)y;
		}
		for (size_t k = 0; k < sizeof(cwords_ru) / sizeof(cwords_ru[0]); k++)
			if (cwords_ru[k].w[1] == low[1] &&
			    strlen(cwords_ru[k].w) == l &&
			    !memcmp(cwords_ru[k].w, low, l))
				return cwords_ru[k].v;
		return -1;
	}
	for (size_t i = 0; i < n && l < sizeof(low) - 1; i++) {
		unsigned char c = (unsigned char)w[i];

		if (c == 0xc3 && i + 1 < n) {
			low[l++] = latin1_base((unsigned char)w[++i]);
		} else if (c == 0xc4 && i + 1 < n &&
			   ((unsigned char)w[i + 1] & 0xfe) == 0xb0) {
			low[l++] = 'i';
			i++;
		} else if (c == 0xc5 && i + 1 < n &&
			   ((unsigned char)w[i + 1] & 0xfe) == 0x9e) {
			low[l++] = 's';
			i++;
		} else if (c >= 0x80) {
			return -1;
		} else {
			low[l++] = (char)(c | 0x20);
		}
	}
	for (size_t k = 0; k < sizeof(cwords) / sizeof(cwords[0]); k++)
		if (cwords[k].w[0] == low[0] && strlen(cwords[k].w) == l &&
		    !memcmp(cwords[k].w, low, l))
			return cwords[k].v;
	/* German: "dreiunddreißig", "einundzwanzig" */
	for (size_t u = 3; u + 3 < l; u++)
		if (!memcmp(low + u, "und", 3)) {
			int t = -1, d;

			for (size_t k = 0; k < sizeof(cwords) / sizeof(cwords[0]); k++)
				if (strlen(cwords[k].w) == l - u - 3 &&
				    !memcmp(cwords[k].w, low + u + 3, l - u - 3))
					t = cwords[k].v;
			d = u == 3 && !memcmp(low, "ein", 3) ? 1 : numword(low, u);
			if (t >= 20 && t <= 90 && d >= 1 && d <= 9)
				return t + d;
			break;
		}
	return -1;
}

/* A word joining the parts of a number: "cuarenta y nueve", "vinte e
 * cinco", "vingt et un" */
static bool num_conj(const char *w, size_t n)
{
	return (n == 1 && (w[0] == 'y' || w[0] == 'e')) ||
	       (n == 2 && w[0] == 'e' && w[1] == 't');
}

/*
 * A number of tens, teens and hundreds read as words from b[s] (the word
 * b[s..e0) first): its value in *val, its digits (2, or 3 with
 * hundreds) in *nd; returns its end, or s when there is none (units
 * alone are read one by one). Parts apart by one space or '-', or a
 * joining word.
 */
static size_t compound_at(const char *b, size_t n, size_t s, size_t e0,
			  int *val, int *nd)
{
	size_t e = e0, end = s;
	int acc = 0, last = 1000, hund = 0, nonunit = 0, unit_pending = -1;

	for (int parts = 0; parts < 6; parts++) {
		size_t ws = s, we = e0;
		int v;

		if (parts) {
			/* the next word, past one space or '-', or past a
			 * joining word and its space */
			if (e >= n || (b[e] != ' ' && b[e] != '-'))
				break;
			ws = e + 1;
			we = word_at(b, n, ws);
			if (we == ws)
				break;
			if (num_conj(b + ws, we - ws)) {
				if (we >= n || b[we] != ' ')
					break;
				ws = we + 1;
				we = word_at(b, n, ws);
				if (we == ws)
					break;
			}
		}
		v = cword(b + ws, we - ws);
		if (v < 0) {
			int d = numword(b + ws, we - ws);

			if (d < 1 || d > 9)
				break;
			if (parts == 0) {
				/* quatre(-vingt), deux (cents): waits for
				 * what it multiplies */
				unit_pending = d;
			} else if (unit_pending < 0 && last >= 10 &&
				   last != 1000 && acc % 10 == 0) {
				acc += d;	/* trente-quatre, cien dos */
				last = 1;
			} else {
				break;
			}
		} else if (v >= 100) {
			if (last != 1000 || hund)
				break;
			acc += unit_pending > 1 && v == 100 ? unit_pending * 100 : v;
			unit_pending = -1;
			hund = 1;
			last = 100;
			nonunit = 1;
		} else if (v == 20 && unit_pending == 4) {
			acc += 80;		/* quatre-vingt */
			unit_pending = -1;
			last = 10;
			nonunit = 1;
		} else if (unit_pending >= 0) {
			break;
		} else if (v >= 10 && v <= 19) {
			/* teens; after soixante or quatre-vingt too */
			int t = acc % 100;

			if (!(last >= 100 || ((t == 60 || t == 80) && last == 10)))
				break;
			acc += v;
			last = v == 10 ? 10 : 1;
			nonunit = 1;
		} else {
			if (last < 100)
				break;
			acc += v;
			last = v % 10 ? 1 : 10;
			nonunit = 1;
		}
		e = we;
		if (unit_pending < 0)
			end = we;
	}
	if (!nonunit || end == s || acc > 999)
		return s;
	*val = acc;
	*nd = hund ? 3 : 2;
	return end;
}

/* Digit value of a spelled digit word, or -1. */
static int numword(const char *w, size_t n)
{
	char low[16];
	size_t l = 0;
	char c0;

	if (n < 2 || n > 24)
		return -1;
	if ((unsigned char)w[0] == 0xe0 || ((unsigned char)w[0] >= 0xd8 &&
					    (unsigned char)w[0] <= 0xdb)) {
		for (size_t k = 0; k < sizeof(numwords_raw) / sizeof(numwords_raw[0]);
		     k++)
			if (strlen(numwords_raw[k].w) == n &&
			    !memcmp(numwords_raw[k].w, w, n))
				return numwords_raw[k].d;
		return -1;
	}
	if ((unsigned char)w[0] == 0xd0 || (unsigned char)w[0] == 0xd1) {
		/* Russian: lower-cased, then the table (its longest word
		 * has 12 bytes; low[] holds 16) */
		if (n > sizeof(low))
			return -1;
		for (size_t i = 0; i + 1 < n; i += 2) {
			unsigned char x = (unsigned char)w[i], y = (unsigned char)w[i + 1];

			if (x == 0xd0 && y >= 0x90 && y <= 0x9f) {
				y += 0x20;
			} else if (x == 0xd0 && y >= 0xa0 && y <= 0xaf) {
				x = 0xd1;
				y -= 0x20;
			} else if (x == 0xd0 && y == 0x81) {
				x = 0xd1;
				y = 0x91;
			}
			low[l++] = (char)x;
			low[l++] = (char)y;
		}
		for (int d = 0; d < 10; d++)
			if (strlen(numwords_ru[d]) == l &&
			    !memcmp(numwords_ru[d], low, l))
				return d;
		/* плюс */
		if (l == 8 && !memcmp(low, "\xd0\xbf\xd0\xbb\xd1\x8e\xd1\x81", 8))
			return NW_PLUS;
		return -1;
	}
	/* Latin: accents dropped ("três", "fünf"), lower case */
	for (size_t i = 0; i < n && l < sizeof(low) - 1; i++) {
		unsigned char c = (unsigned char)w[i];

		if (c == 0xc3 && i + 1 < n) {
			low[l++] = latin1_base((unsigned char)w[++i]);
		} else if ((c == 0xc4 || c == 0xc5 || c == 0xc6) && i + 1 < n) {
			/* ı İ ğ Ğ ş Ş: Turkish letters of digit words; ă
			 * đ ơ ư: Vietnamese ones */
			unsigned char d = (unsigned char)w[++i];

			if (c == 0xc4 && (d == 0xb1 || d == 0xb0))
				low[l++] = 'i';
			else if (c == 0xc4 && (d == 0x9f || d == 0x9e))
				low[l++] = 'g';
			else if (c == 0xc5 && (d == 0x9f || d == 0x9e))
				low[l++] = 's';
			else if (c == 0xc4 && (d == 0x83 || d == 0x82))
				low[l++] = 'a';
			else if (c == 0xc4 && (d == 0x91 || d == 0x90))
				low[l++] = 'd';
			else if (c == 0xc6 && (d == 0xa1 || d == 0xa0))
				low[l++] = 'o';
			else if (c == 0xc6 && (d == 0xb0 || d == 0xaf))
				low[l++] = 'u';
			else
				return -1;
		} else if (c == 0xe1 && i + 2 < n) {
			uint32_t cp = (uint32_t)(c & 0x0f) << 12 |
				      (uint32_t)((unsigned char)w[i + 1] & 0x3f) << 6 |
				      ((unsigned char)w[i + 2] & 0x3f);
			char v = viet_base(cp);

			if (!v)
				return -1;
			low[l++] = v;
			i += 2;
		} else if (c >= 0x80) {
			return -1;
		} else {
			low[l++] = (char)(c | 0x20);
		}
	}
	if (l < 2 || l > 8)
		return -1;
	w = low;
	n = l;
	c0 = low[0];
	/* first letters of every word in the tables */
	if (c0 < 'a' || c0 > 'z' || !((NW_FIRST >> (c0 - 'a')) & 1))
		return -1;
	for (size_t k = 0; k < sizeof(numwords_more) / sizeof(numwords_more[0]);
	     k++)
		if (numwords_more[k].w[0] == c0 &&
		    strlen(numwords_more[k].w) == l &&
		    !memcmp(numwords_more[k].w, low, l))
			return numwords_more[k].d;
	for (size_t t = 0; t < sizeof(numwords) / sizeof(numwords[0]); t++)
		for (int d = 0; d < 10; d++)
			if (numwords[t][d][0] == c0 &&
			    !strncmp(numwords[t][d], low, n) &&
			    numwords[t][d][n] == '\0')
				return d;
	if (n == 2 && low[0] == 'o' && low[1] == 'h')
		return 0;
	return -1;
}

/*
 * Pass 2 edits are marks on the folded text, two bits a byte: "drop"
 * (a separator that goes) and "join" (the tail of a spelled digit word,
 * whose first byte is overwritten with the digit). The two rules mark
 * disjoint bytes (separators are never alnum, words always are), so the
 * marks need no order and no list: memory is n / 4 bytes, whatever the
 * number of edits. The offset walk reads the same marks.
 */
static inline void bits_set(uint64_t *v, size_t a, size_t z)
{
	for (size_t q = a; q < z; q++)
		v[q >> 6] |= 1ull << (q & 63);
}

static inline bool bit_at(const uint64_t *v, size_t q)
{
	return (v[q >> 6] >> (q & 63)) & 1;
}

struct tok {
	uint32_t s, e;
	int kind;	/* 0 other, 1 digits, 2 number word */
	int val;
	int nd;		/* TOK_NUM: digits of val */
};

#define TOK_OTHER	0
#define TOK_DIGITS	1
#define TOK_WORD	2
#define TOK_MULT	3	/* "double", "triple": val copies */
#define TOK_PLUS	4	/* "plus", "mais", "плюс": '+' */
#define TOK_NUM		5	/* "trente-quatre", "cuarenta y nueve": nd digits */

/*
 * Pass 2: spelled digits and spaced-out characters, in place on nm. With
 * nm NULL it is a dry run over b[0..n): 1 as soon as an edit would be
 * made, 0 when the pass would leave the text as it is. spelled and
 * spaced (dry run only) skip a rule the caller knows cannot apply.
 */
/* A "dot" word at b[q..n): its bytes, or 0. */
static size_t dotword_len(const char *b, size_t n, size_t q)
{
	static const char *const w[] = {"dot", "punto", "ponto", "punkt",
					 "point", "punt", "titik", "nokta"};
	size_t l = 0;
	char c0 = (char)(q < n ? b[q] | 0x20 : 0);

	for (size_t k = 0; (c0 == 'd' || c0 == 'p' || c0 == 't' ||
			    c0 == 'n') &&
			   k < sizeof(w) / sizeof(w[0]) && !l; k++) {
		size_t wl = strlen(w[k]);

		if (q + wl <= n && c0 == w[k][0]) {
			l = wl;
			for (size_t i = 1; i < wl && l; i++)
				if ((b[q + i] | 0x20) != w[k][i])
					l = 0;
		}
	}
	/* точка, Точка */
	if (!l && q + 10 <= n &&
	    (!memcmp(b + q, "\xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0", 10) ||
	     !memcmp(b + q, "\xd0\xa2\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0", 10)))
		l = 10;
	/* a word of its own: not "dots", "pointer" */
	if (l && q + l < n && (is_alnum(b[q + l]) ||
			       (unsigned char)b[q + l] >= 0x80))
		l = 0;
	return l;
}

static inline bool dot_open(char c)
{
	return c == '[' || c == '(' || c == '{' || c == '<';
}

static inline bool dot_close(char c)
{
	return c == ']' || c == ')' || c == '}' || c == '>';
}

/* A spelled '.' between labels: b[fs..fe), the labels around it. */
struct dform {
	uint32_t ls, fs, fe, re;	/* left label, the form, right label */
	uint32_t he;			/* end of the host after re */
	bool strong;			/* in brackets: "[dot]", "(.)" */
	bool period;			/* a '.' set off by spaces: " . " */
};

static inline bool label_ch(char c)
{
	return is_alnum(c) || c == '-';
}

/*
 * A spelled '.' at b[k..) after a letter or digit: "[dot]", "(.)",
 * " dot ", " punto ", " . ". Fills f and returns true.
 */
static bool dot_form(const char *b, size_t n, size_t k, struct dform *f)
{
	size_t q = k, sp1 = 0, sp2 = 0, w;
	bool br = false;

	while (q < n && b[q] == ' ' && sp1 < 3) {
		q++;
		sp1++;
	}
	if (q < n && dot_open(b[q])) {
		br = true;
		q++;
		if (q < n && b[q] == ' ')
			q++;
	}
	if (q >= n)
		return false;
	w = b[q] == '.' ? 1 : dotword_len(b, n, q);
	if (!w || (w == 1 && !br && !sp1))
		return false;
	q += w;
	if (br) {
		if (q < n && b[q] == ' ')
			q++;
		if (q >= n || !dot_close(b[q]))
			return false;
		q++;
		if (sp1 && q < n && b[q] == ' ')
			q++;
	} else {
		while (q < n && b[q] == ' ' && sp2 < 3) {
			q++;
			sp2++;
		}
		if (!sp1 || !sp2 || (w == 1 && (sp1 > 2 || sp2 > 2)))
			return false;
	}
	if (q >= n || !is_alnum(b[q]))
		return false;
	f->fs = (uint32_t)k;
	f->fe = (uint32_t)q;
	f->strong = br;
	f->period = !br && w == 1;
	f->ls = (uint32_t)k;
	while (f->ls > 0 && label_ch(b[f->ls - 1]))
		f->ls--;
	f->re = (uint32_t)q;
	while (f->re < n && label_ch(b[f->re]))
		f->re++;
	/* the host goes on after real dots: "mail dot shop.com.cn" */
	f->he = f->re;
	while (f->he + 1 < n && b[f->he] == '.' && is_alnum(b[f->he + 1])) {
		f->he++;
		while (f->he < n && label_ch(b[f->he]))
			f->he++;
	}
	return true;
}

/* b[a..z) is one to three digits, 255 at most */
static bool octet(const char *b, size_t a, size_t z)
{
	unsigned v = 0;

	if (z <= a || z - a > 3)
		return false;
	for (size_t i = a; i < z; i++) {
		if (!is_digit(b[i]))
			return false;
		v = v * 10 + (unsigned)(b[i] - '0');
	}
	return v <= 255;
}

/* An "at" of an e-mail address at b[q..n): '@', at, ät, arroba,
 * arobase, собака? */
static bool at_form(const char *b, size_t n, size_t q)
{
	static const char *const w[] = {"at", "\xc3\xa4t", "arroba", "arobase",
					 "chiocciola",
					 "\xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0",
					 "\xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd1\x87\xd0\xba\xd0\xb0"};

	if (q < n && b[q] == '@')
		return true;
	for (size_t k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
		size_t l = strlen(w[k]), i;

		for (i = 0; i < l && q + i < n; i++)
			if ((b[q + i] | (w[k][i] >= 'a' ? 0x20 : 0)) != w[k][i])
				break;
		if (i == l && (q + l == n || !is_alnum(b[q + l])))
			return true;
	}
	return false;
}

/* Is the host or name b[ls..he) next to an e-mail's "at"? The e-mail
 * pattern reads its dot words itself. */
static bool by_at(const char *b, size_t n, size_t ls, size_t he)
{
	size_t q = he, k = 0;

	while (q < n && k < 3 && (b[q] == ' ' || dot_open(b[q]))) {
		q++;
		k++;
	}
	if (at_form(b, n, q))
		return true;
	q = ls;
	k = 0;
	while (q > 0 && k < 3 && (b[q - 1] == ' ' || dot_close(b[q - 1]))) {
		q--;
		k++;
	}
	if (q > 0 && b[q - 1] == '@')
		return true;
	/* a word ending at q */
	k = q;
	while (k > 0 && ((unsigned char)b[k - 1] >= 0x80 || is_alnum(b[k - 1])) &&
	       q - k < 12)
		k--;
	return k < q && at_form(b, q, k);
}

static int words_pass(const char *b, size_t n, struct pii_norm *nm,
		      bool spelled, bool spaced, bool dots)
{
	struct tok run[64];
	size_t nrun = 0;
	size_t i = 0;
	bool edited = false;

	/*
	 * Replacing a word's first letter by its digit in place (b is
	 * nm->buf) changes nothing either rule looks at later: both ask
	 * only whether a byte is alnum, and the spelled rule has passed it.
	 */
#define EDIT(p, l, r) do {						\
		if (!nm)						\
			return 1;					\
		if (r) {						\
			nm->buf[p] = (r);				\
			bits_set(NP(nm)->join, (p) + 1, (p) + (l));	\
		} else {						\
			bits_set(NP(nm)->drop, (p), (p) + (l));	\
		}							\
		edited = true;						\
	} while (0)

	/*
	 * Spelled digits: a run of >= 3 tokens that are digit groups or
	 * digit words, separated by spaces, '-' or ',', at least one a word.
	 */
	while (spelled && i <= n) {
		size_t s = i;
		struct tok t = {0, 0, TOK_OTHER, -1, 0};
		bool flush;

		if (i < n && word_letter(b, n, i)) {
			i = word_at(b, n, i);
			t.s = (uint32_t)s;
			t.e = (uint32_t)i;
			if (is_digit(b[s])) {
				t.kind = TOK_DIGITS;
				for (size_t k = s; k < i; k++)
					if (!is_digit(b[k]))
						t.kind = TOK_OTHER;
			} else if (nrun > 0 && connector(b + s, i - s) &&
				   digit_next(b, n, i)) {
				/* "one two and three four", "tre poi sei":
				 * a word between groups, as a separator */
				continue;
			} else {
				int cv = 0, cd = 0;
				size_t ce;

				t.val = numword(b + s, i - s);
				ce = t.val <= 9 ? compound_at(b, n, s, i, &cv, &cd) : s;
				if (ce > s && (ce > i || t.val < 0)) {
					/* tens, teens, hundreds */
					t.kind = TOK_NUM;
					t.val = cv;
					t.nd = cd;
					t.e = (uint32_t)ce;
					i = ce;
				} else if (t.val >= 0 && t.val <= 9) {
					t.kind = TOK_WORD;
				} else if (t.val == NW_DOUBLE ||
					   t.val == NW_TRIPLE) {
					t.kind = TOK_MULT;
					t.val = t.val == NW_DOUBLE ? 2 : 3;
				} else if (t.val == NW_PLUS) {
					t.kind = TOK_PLUS;
				}
			}
		} else if (i < n && (b[i] == ' ' || b[i] == '-' || b[i] == ',' ||
				      (b[i] == '/' && i > 0 && b[i - 1] == ' ' &&
				       i + 1 < n && b[i + 1] == ' ') ||
				      (b[i] == '.' && ((i + 1 < n && b[i + 1] == '.') ||
						       (i > 0 && b[i - 1] == '.'))))) {
			/* " / " too: "011 / 15 / dos dos"; and dots, two or
			 * more: "nine seven one ... five six" */
			i++;
			continue;
		} else {
			i++;
		}
		/* a "plus" starts a run */
		flush = t.kind == TOK_OTHER || nrun == 64 ||
			(t.kind == TOK_PLUS && nrun > 0);
		if (!flush)
			run[nrun++] = t;
		if (flush || i > n) {
			size_t words = 0;

			for (size_t k = 0; k < nrun; k++)
				words += run[k].kind == TOK_WORD ||
					 run[k].kind == TOK_NUM;
			/*
			 * Words next to each other are joined: "four one
			 * five" reads as "415". Where the writer parted
			 * groups (a comma, two spaces or more, a group of
			 * digits on either side) one space stays:
			 * "four one five, five five five" is "415 555".
			 */
			if (nrun >= 3 && words >= 4 && nm &&
			    nm->nspelled < PII_NORM_SPELLED) {
				/* in pass 1's offsets until the bytes go */
				nm->spelled[nm->nspelled][0] = run[0].s;
				nm->spelled[nm->nspelled++][1] = run[nrun - 1].e;
			}
			if (nrun >= 3 && words >= 1)
				for (size_t k = 0; k < nrun; k++) {
					struct tok *r = &run[k];
					bool glue = false;

					if (r->kind == TOK_WORD) {
						EDIT(r->s, r->e - r->s,
						     (char)('0' + r->val));
						glue = k + 1 < nrun &&
						       run[k + 1].kind >= TOK_WORD;
					} else if (r->kind == TOK_NUM &&
						   r->e - r->s >= (uint32_t)r->nd) {
						/* its digits in the words' own
						 * bytes, the rest joined to them */
						char dg[3] = {
							(char)('0' + r->val / 100),
							(char)('0' + r->val / 10 % 10),
							(char)('0' + r->val % 10),
						};
						const char *d = dg + 3 - r->nd;

						EDIT(r->s, r->e - r->s, d[0]);
						for (int j = 1; nm && j < r->nd; j++) {
							nm->buf[r->s + j] = d[j];
							NP(nm)->join[(r->s + j) >> 6] &=
								~(1ull << ((r->s + j) & 63));
						}
						glue = k + 1 < nrun &&
						       run[k + 1].kind >= TOK_WORD;
					} else if (r->kind == TOK_PLUS) {
						EDIT(r->s, r->e - r->s, '+');
						glue = true;
					} else if (r->kind == TOK_MULT &&
						   k + 1 < nrun &&
						   (run[k + 1].kind == TOK_WORD ||
						    (run[k + 1].kind == TOK_DIGITS &&
						     run[k + 1].e - run[k + 1].s == 1))) {
						/* the copies but one, in the
						 * word's own bytes */
						int d = run[k + 1].kind == TOK_WORD ?
							'0' + run[k + 1].val :
							b[run[k + 1].s];

						EDIT(r->s, r->e - r->s, (char)d);
						if (nm && r->val == 3) {
							nm->buf[r->s + 1] = (char)d;
							NP(nm)->join[(r->s + 1) >> 6] &=
								~(1ull << ((r->s + 1) & 63));
						}
						glue = true;
					}
					if (k + 1 < nrun) {
						uint32_t q = r->e, z = run[k + 1].s;
						bool part = !glue || z - q > 1;

						for (uint32_t x = q; x < z; x++)
							part |= b[x] == ',';
						if (r->kind == TOK_PLUS ||
						    r->kind == TOK_MULT)
							part = false;
						if (part && nm)
							nm->buf[q++] = ' ';
						else if (part)
							q++;
						for (; q < z; q++)
							EDIT(q, 1, 0);
					}
				}
			nrun = 0;
			if (t.kind != TOK_OTHER && flush)
				run[nrun++] = t;
		}
		if (i >= n && s >= n)
			break;
	}

	/*
	 * Spaced-out characters: >= 5 single-character tokens separated by
	 * one space (or one '-'), groups of them perhaps by two spaces
	 * ("E S 6 0  1 8 8 4"), groups of digits by " / ", " - ", " | " or
	 * " -- "; the separators go.
	 */
	{
		size_t k = 0;

		while (spaced && k < n) {
			size_t st = k, cnt = 1;
			char sep = 0;

			/* a '+' may lead the first digit: "+3 - 5 - 1" */
			bool lead = k > 0 && b[k - 1] == '+' && is_digit(b[k]) &&
				    (k < 2 || !tokch(b[k - 2]));

			if (!tokch(b[k]) || (k > 0 && !lead &&
					     (tokch(b[k - 1]) ||
					      b[k - 1] == '-')) ||
			    k + 1 >= n || (b[k + 1] != ' ' && b[k + 1] != '-')) {
				k++;
				continue;
			}
			while (k + 1 < n) {
				size_t w = (b[k + 1] == ' ' || b[k + 1] == '-') &&
					   (!sep || b[k + 1] == sep);

				if (w && b[k + 1] == ' ' && k + 2 < n &&
				    b[k + 2] == ' ')
					w = 2;
				/* between digits, groups set off by " / ",
				 * " - ", " | " or " -- " ("4 6 0 2 / 4 0 4 6",
				 * "+3 - 5 - 1 - 9") */
				if (w && b[k + 1] == ' ' && is_digit(b[k]) &&
				    k + 4 < n && (b[k + 2] == '/' ||
						  b[k + 2] == '-' ||
						  b[k + 2] == '|')) {
					size_t d = b[k + 2] == '-' &&
						   b[k + 3] == '-' ? 1 : 0;

					if (b[k + 3 + d] == ' ' && k + 4 + d < n &&
					    is_digit(b[k + 4 + d]))
						w = 3 + d;
				}
				if (!w || k + w + 1 >= n || !tokch(b[k + w + 1]) ||
				    (k + w + 2 < n && tokch(b[k + w + 2]) &&
				     !sent_end(b, n, k + w + 2)))
					break;
				sep = b[k + 1];
				k += w + 1;
				cnt++;
			}
			if (cnt >= 5)
				for (size_t q = st + 1; q < k; q++)
					if (!tokch(b[q]))
						EDIT(q, 1, 0);
			k++;
		}
	}

	/*
	 * Spelled dots: "huaxin-led[dot]cn", "85(dot)67(dot)82(dot)99",
	 * "www . facebook . com/…", "192 dot 168 dot 1 dot 20" become '.'.
	 * In brackets always; set off by spaces only in a chain of them
	 * that ends in a known TLD and looks like a host (two or more, a
	 * "www", a path, a digit or '-' in a label) or in an IPv4 address
	 * of four numbers. Bytes the rules above marked are left alone.
	 */
	if (dots) {
		struct dform f[16];
		size_t m = 0;

		for (size_t k = 1; k < n && m < 16; k++) {
			size_t q = k;
			unsigned char c;

			if (!is_alnum(b[k - 1]) ||
			    !(b[k] == ' ' || dot_open(b[k])))
				continue;
			while (q + 1 < n && q - k < 3 && b[q] == ' ')
				q++;
			/* what a form can go on with: '.', a bracket, the
			 * first letter of a dot word */
			c = (unsigned char)(b[q] == ' ' ? 0 : b[q]);
			if (!(c == '.' || dot_open((char)c) || (c | 0x20) == 'd' ||
			      (c | 0x20) == 'p' || c == 0xd0 || c == 0xd1))
				continue;
			if (dot_form(b, n, k, &f[m])) {
				k = f[m].fe;
				m++;
			}
		}
		for (size_t i = 0; i < m;) {
			size_t j = i, len;
			bool ip, hosty = false, tld;

			/* the chain f[i..j] */
			while (j + 1 < m && f[j].he == f[j + 1].fs)
				j++;
			len = j - i + 1;
			ip = len == 3 && octet(b, f[i].ls, f[i].fs);
			for (size_t c = i; c <= j; c++)
				ip = ip && f[c].he == f[c].re &&
				     octet(b, f[c].fe, f[c].re);
			{
				size_t t = f[j].he;

				while (t > f[j].fe && is_alnum(b[t - 1]) && !is_digit(b[t - 1]))
					t--;
				tld = (t == f[j].fe || b[t - 1] == '.') &&
				      pii_tld_ok(b + t, f[j].he - t);
			}
			/* a chain of " . " alone ("ok . com . it . is")
			 * is a sentence as often as a host */
			hosty = (len >= 2 && !f[i].period) ||
				(f[j].he < n && b[f[j].he] == '/') ||
				(f[i].ls >= 3 && b[f[i].ls - 1] == '/' &&
				 b[f[i].ls - 2] == '/' && b[f[i].ls - 3] == ':') ||
				(f[i].fs - f[i].ls == 3 &&
				 (b[f[i].ls] | 0x20) == 'w' &&
				 (b[f[i].ls + 1] | 0x20) == 'w' &&
				 (b[f[i].ls + 2] | 0x20) == 'w');
			for (size_t c = f[i].ls; c < f[j].he && !hosty; c++)
				hosty = is_digit(b[c]) || b[c] == '-';
			if (!ip && by_at(b, n, f[i].ls, f[j].he)) {
				i = j + 1;
				continue;
			}
			for (size_t c = i; c <= j; c++) {
				bool clean = true;

				if (!(f[c].strong || ip || (tld && hosty)))
					continue;
				for (size_t q = f[c].ls; nm && q < f[c].re; q++)
					if (bit_at(NP(nm)->drop, q) ||
					    bit_at(NP(nm)->join, q))
						clean = false;
				if (clean)
					EDIT(f[c].fs, f[c].fe - f[c].fs, '.');
			}
			i = j + 1;
		}
	}
#undef EDIT

	if (edited) {
		/* Drop the marked bytes, 64 at a time where none is. */
		char *bw = nm->buf;
		size_t w = 0;

		/* the spelled runs' ends, less the bytes that go before
		 * them */
		for (unsigned r = 0; r < nm->nspelled; r++)
			for (int j = 0; j < 2; j++) {
				uint32_t x = nm->spelled[r][j], gone = 0;

				for (uint32_t k = 0; 64 * k < x; k++) {
					uint64_t g = NP(nm)->drop[k] |
						     NP(nm)->join[k];

					if (64 * k + 64 > x)
						g &= (1ull << (x & 63)) - 1;
					gone += (uint32_t)__builtin_popcountll(g);
				}
				nm->spelled[r][j] = x - gone;
			}

		for (size_t k = 0; 64 * k < n; k++) {
			uint64_t gone = NP(nm)->drop[k] | NP(nm)->join[k];
			size_t r = 64 * k, e = r + 64 < n ? r + 64 : n;

			if (!gone) {
				memmove(bw + w, bw + r, e - r);
				w += e - r;
				continue;
			}
			for (; r < e; r++)
				if (!((gone >> (r & 63)) & 1))
					bw[w++] = bw[r];
		}
		nm->len = w;
		nm->changed = true;
		nm->buf[w] = '\0';
		nm->words = true;
	}
	return 0;
}

int pii_norm_words(struct pii_norm *nm, bool dots)
{
	size_t nw = nm->len / 64 + 1;
	int rc;

	/* once, on what pii_norm_build made (the marks index its text) */
	if (nm->words || !nm->priv)
		return -EINVAL;
	/* room: nw <= srclen / 64 + 1 */
	memset(NP(nm)->drop, 0, 2 * nw * sizeof(uint64_t));
	NP(nm)->join = NP(nm)->drop + nw;
	rc = words_pass(nm->buf, nm->len, nm, true, true, dots);
	return rc;
}

bool pii_norm_words_needed(const char *b, size_t n, bool spelled,
			   bool spaced, bool dots)
{
	return words_pass(b, n, NULL, spelled, spaced, dots) == 1;
}

static void walk_reset(struct pii_norm *nm)
{
	memset(&NP(nm)->walk, 0, sizeof(NP(nm)->walk));
}

int pii_norm_build(const char *s, size_t n, struct pii_norm *nm,
		   unsigned words, void *scratch, size_t scratch_len)
{
	size_t need = PII_NORM_MEM(n), nw = n / 64 + 1;
	struct norm_priv *np;
	char *mem;
	int rc;

	memset(nm, 0, sizeof(*nm));
	if (need <= scratch_len) {
		mem = scratch;
	} else {
		mem = malloc(need);
		if (!mem)
			return -ENOMEM;
		nm->mem = mem;
	}
	nm->src = s;
	nm->srclen = n;
	nm->buf = mem;
	/* after the text, 8-byte aligned: the walk, pass 1's bits, room
	 * for pass 2's */
	np = (struct norm_priv *)(((uintptr_t)mem + n + 1 + 7) &
				  ~(uintptr_t)7);
	nm->priv = np;
	memset(&np->walk, 0, sizeof(np->walk));
	np->folded = (uint64_t *)(np + 1);
	np->dropped = np->folded + nw;
	np->drop = np->dropped + nw;
	np->join = NULL;
	memset(np->folded, 0, 2 * nw * sizeof(uint64_t));
	fold_pass(s, n, nm);
	nm->buf[nm->len] = '\0';
	rc = words ? pii_norm_words(nm, (words & PII_NORM_DOTS) != 0) : 0;
	if (rc < 0) {
		pii_norm_free(nm);
		return rc;
	}
	return 0;
}

void pii_norm_free(struct pii_norm *nm)
{
	free(nm->mem);
	nm->mem = NULL;
	nm->buf = NULL;
	nm->len = 0;
	nm->priv = NULL;
}

/*
 * ---- offsets: the walk ----
 *
 * No per-byte map is kept (it was 8 bytes per byte of text, and for a
 * long message the fresh pages of that map cost more than the scan).
 * An offset is found by walking the original again: ASCII bytes stay,
 * a character pass 1 folded or dropped has its bit, any other is kept
 * whole; pass 2's marks then drop or join bytes. The walk only moves
 * forward, so the sorted span ends of one scan cost one pass over the
 * text up to the last span, at most.
 */

/* One byte of pass 1, from original bytes [os, oe), through pass 2. */
static inline void walk_byte(struct pii_norm *nm, size_t os, size_t oe)
{
	struct norm_walk *w = &NP(nm)->walk;
	size_t p = w->p1++;

	if (nm->words) {
		if (bit_at(NP(nm)->drop, p))
			return;
		if (bit_at(NP(nm)->join, p)) {
			w->oe = (uint32_t)oe;	/* a spelled word's tail */
			return;
		}
	}
	w->poe = w->oe;
	w->os = (uint32_t)os;
	w->oe = (uint32_t)oe;
	w->idx++;
}

/* Walks on until want output bytes have begun, or the original ends. */
static void walk_to(struct pii_norm *nm, size_t want)
{
	const unsigned char *s = (const unsigned char *)nm->src;
	size_t n = nm->srclen;
	struct norm_walk *w = &NP(nm)->walk;

	while (w->idx < want) {
		size_t i = w->si;
		unsigned len;

		if (w->raw_left && nm->words) {
			/* a multi-byte character kept as it is, in a text
			 * pass 2 edited: its bytes one at a time, for pass 2
			 * may drop or join them ("fünf", "пять") */
			walk_byte(nm, w->raw_os, w->raw_os + w->raw_len);
			w->raw_left--;
			continue;
		}
		if (w->raw_left) {
			/* a multi-byte character kept as it is: each of its
			 * bytes maps to all of it (pass 2 edited nothing) */
			size_t k = want - w->idx < w->raw_left ?
				   want - w->idx : w->raw_left;

			w->poe = k > 1 ? w->raw_os + w->raw_len : w->oe;
			w->os = w->raw_os;
			w->oe = w->raw_os + w->raw_len;
			w->idx += k;
			w->p1 += k;
			w->raw_left = (uint8_t)(w->raw_left - k);
			continue;
		}
		if (i >= n)
			break;
		if (s[i] < 0x80 && !nm->words) {
			/* one output byte per ASCII byte: jump */
			size_t lim = want - w->idx < n - i ? i + want - w->idx : n;
			size_t k = ascii_run(s, lim, i);

			w->poe = k > 1 ? (uint32_t)(i + k - 1) : w->oe;
			w->os = (uint32_t)(i + k - 1);
			w->oe = (uint32_t)(i + k);
			w->idx += k;
			w->p1 += k;
			w->si += k;
			continue;
		}
		if (s[i] < 0x80) {
			walk_byte(nm, i, i + 1);
			w->si++;
			continue;
		}
		len = s[i] < 0xe0 ? 2 : s[i] < 0xf0 ? 3 : 4;
		w->si += len;
		if (bit_at(NP(nm)->folded, i)) {
			walk_byte(nm, i, i + len);
		} else if (!bit_at(NP(nm)->dropped, i) && nm->words) {
			w->raw_os = (uint32_t)i;
			w->raw_len = (uint8_t)len;
			w->raw_left = (uint8_t)len;
		} else if (!bit_at(NP(nm)->dropped, i)) {
			/* kept whole: as above, the rest left for later */
			size_t k = want - w->idx < len ? want - w->idx : len;

			w->poe = k > 1 ? (uint32_t)(i + len) : w->oe;
			w->os = (uint32_t)i;
			w->oe = (uint32_t)(i + len);
			w->idx += k;
			w->p1 += k;
			w->raw_os = (uint32_t)i;
			w->raw_len = (uint8_t)len;
			w->raw_left = (uint8_t)(len - k);
		}
	}
}

uint32_t pii_norm_start(struct pii_norm *nm, size_t i)
{
	if (i >= nm->len)
		return (uint32_t)nm->srclen;
	if (NP(nm)->walk.idx > i + 1)
		walk_reset(nm);		/* asked out of order: start again */
	walk_to(nm, i + 1);
	return NP(nm)->walk.os;
}

uint32_t pii_norm_end(struct pii_norm *nm, size_t i)
{
	if (i >= nm->len)
		return (uint32_t)nm->srclen;
	if (NP(nm)->walk.idx > i + 2)
		walk_reset(nm);
	/* byte i is complete once byte i + 1 begins (or the text ends) */
	walk_to(nm, i + 2);
	return NP(nm)->walk.idx == i + 2 ? NP(nm)->walk.poe : NP(nm)->walk.oe;
}
