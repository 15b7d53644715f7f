/*
 * ctl_redact.c - "parleyctl redact": JSON lines {"id":…,"text":…} on stdin,
 * {"id":…,"spans":[{"start":…,"end":…,"type":…}],"text":"<redacted>"} per
 * line on stdout (code-point offsets, end exclusive).
 *
 *   parleyctl redact [--policy STR] [--stage inquiry|ordered]
 *                    [--dir b2s|s2b]
 *   parleyctl redact --bench FILE [--seconds N] [--diag]
 *   parleyctl redact --adversarial [--max BYTES] [--reps N] [--shape S]
 *
 * Input lines are parsed with a small hand-written reader for the common
 * shape (falls back to jansson for anything else); output is written by
 * hand with JSON escaping. Single-threaded.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "parley/pii.h"
#include "parley/util.h"
#include "ctl.h"

struct obuf {
	char *p;
	size_t n, cap;
};

static void ob_reserve(struct obuf *o, size_t more)
{
	if (o->n + more <= o->cap)
		return;
	o->cap = (o->n + more) * 2 + 4096;
	o->p = realloc(o->p, o->cap);
	if (!o->p) {
		fprintf(stderr, "redact: out of memory\n");
		exit(1);
	}
}

static void ob_add(struct obuf *o, const char *s, size_t n)
{
	if (!n)
		return;	/* s may be NULL: an empty text */
	ob_reserve(o, n);
	memcpy(o->p + o->n, s, n);
	o->n += n;
}

static void ob_str(struct obuf *o, const char *s)
{
	ob_add(o, s, strlen(s));
}

/* A string literal, into room reserved before. */
#define OB_LIT(o, lit) do {						\
		memcpy((o)->p + (o)->n, (lit), sizeof(lit) - 1);	\
		(o)->n += sizeof(lit) - 1;				\
	} while (0)

static void ob_uint(struct obuf *o, unsigned long v)
{
	char t[24];
	int k = 0;

	do {
		t[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	ob_reserve(o, (size_t)k);
	while (k)
		o->p[o->n++] = t[--k];
}

/*
 * Length of the run of bytes at s[0..n) that a JSON string holds as they
 * are: everything but '"', '\\' and control bytes (< 0x20). Sixteen
 * bytes at a time with SSE2, else eight (the lowest flagged byte of each
 * test is always a real one).
 */
static size_t plain_run(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull;
	const uint64_t high = 0x8080808080808080ull;
	size_t i = 0;

#ifdef __SSE2__
	const __m128i quote = _mm_set1_epi8('"'), bsl = _mm_set1_epi8('\\');
	/* bytes < 0x20: max(x, 0x1f) == 0x1f, unsigned */
	const __m128i c1f = _mm_set1_epi8(0x1f);

	while (i + 16 <= n) {
		__m128i x = _mm_loadu_si128((const __m128i *)(s + i));
		__m128i t = _mm_or_si128(
			_mm_or_si128(_mm_cmpeq_epi8(x, quote),
				     _mm_cmpeq_epi8(x, bsl)),
			_mm_cmpeq_epi8(_mm_max_epu8(x, c1f), c1f));
		unsigned m = (unsigned)_mm_movemask_epi8(t);

		if (m)
			return i + (size_t)__builtin_ctz(m);
		i += 16;
	}
#endif
	while (i + 8 <= n) {
		uint64_t w, q, b, t;

		memcpy(&w, s + i, 8);
		q = w ^ (ones * '"');
		b = w ^ (ones * '\\');
		t = (((q - ones) & ~q) | ((b - ones) & ~b) |
		     ((w - ones * 0x20) & ~w)) & high;
		if (t)
			return i + (size_t)(__builtin_ctzll(t) >> 3);
		i += 8;
	}
	while (i < n && (unsigned char)s[i] >= 0x20 && s[i] != '"' &&
	       s[i] != '\\')
		i++;
	return i;
}

/* A JSON string literal of UTF-8 s[0..n). */
static void ob_json_str(struct obuf *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0;

	ob_reserve(o, n * 6 + 2);
	o->p[o->n++] = '"';
	while (i < n) {
		size_t j = i + plain_run(s + i, n - i);

		memcpy(o->p + o->n, s + i, j - i);
		o->n += j - i;
		if (j == n)
			break;
		o->p[o->n++] = '\\';
		switch (s[j]) {
		case '"': o->p[o->n++] = '"'; break;
		case '\\': o->p[o->n++] = '\\'; break;
		case '\n': o->p[o->n++] = 'n'; break;
		case '\r': o->p[o->n++] = 'r'; break;
		case '\t': o->p[o->n++] = 't'; break;
		case '\b': o->p[o->n++] = 'b'; break;
		case '\f': o->p[o->n++] = 'f'; break;
		default:
			o->p[o->n++] = 'u';
			o->p[o->n++] = '0';
			o->p[o->n++] = '0';
			o->p[o->n++] = hex[(unsigned char)s[j] >> 4];
			o->p[o->n++] = hex[(unsigned char)s[j] & 15];
		}
		i = j + 1;
	}
	o->p[o->n++] = '"';
}

/* ---- input: a fast reader for {"id":…,"text":"…", …} ---- */

static inline const char *skip_ws(const char *p, const char *e)
{
	/* ' ', '\t', '\r', '\n' as bits of one mask: two tests a byte */
	const uint64_t ws = 1ull << ' ' | 1ull << '\t' | 1ull << '\r' |
			    1ull << '\n';

	while (p < e && (unsigned char)*p <= ' ' &&
	       ((ws >> (unsigned char)*p) & 1))
		p++;
	return p;
}

/*
 * The first '"' or '\\' of [p, e), or e. Keys are short: eight bytes
 * at a time, so that most take one step (the lowest flagged byte of the
 * zero-byte test is always a real one).
 */
static const char *key_end(const char *p, const char *e)
{
	const uint64_t ones = 0x0101010101010101ull;

	while (e - p >= 8) {
		uint64_t w, q, b, t;

		memcpy(&w, p, 8);
		q = w ^ (ones * '"');
		b = w ^ (ones * '\\');
		t = (((q - ones) & ~q) | ((b - ones) & ~b)) &
		    0x8080808080808080ull;
		if (t)
			return p + (__builtin_ctzll(t) >> 3);
		p += 8;
	}
	while (p < e && *p != '"' && *p != '\\')
		p++;
	return p;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

static int hex4(const char *p)
{
	int v = 0;

	for (int i = 0; i < 4; i++) {
		int h = hexval(p[i]);

		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

static void put_utf8(struct obuf *o, unsigned cp)
{
	ob_reserve(o, 4);
	if (cp < 0x80) {
		o->p[o->n++] = (char)cp;
	} else if (cp < 0x800) {
		o->p[o->n++] = (char)(0xc0 | cp >> 6);
		o->p[o->n++] = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		o->p[o->n++] = (char)(0xe0 | cp >> 12);
		o->p[o->n++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		o->p[o->n++] = (char)(0x80 | (cp & 0x3f));
	} else {
		o->p[o->n++] = (char)(0xf0 | cp >> 18);
		o->p[o->n++] = (char)(0x80 | ((cp >> 12) & 0x3f));
		o->p[o->n++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		o->p[o->n++] = (char)(0x80 | (cp & 0x3f));
	}
}

/*
 * p at the 'u' of a \u escape: reads its code point (with the low half
 * after a high surrogate) into *cp. Returns the last byte read, or NULL for
 * bad hex or a lone surrogate.
 */
static const char *u_escape(const char *p, const char *e, int *cp)
{
	int v, w;

	if (e - p < 5 || (v = hex4(p + 1)) < 0)
		return NULL;
	p += 4;
	if (v >= 0xd800 && v < 0xdc00) {
		if (e - p < 7 || p[1] != '\\' || p[2] != 'u' ||
		    (w = hex4(p + 3)) < 0xdc00 || w > 0xdfff)
			return NULL;
		v = 0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00);
		p += 6;
	} else if (v >= 0xdc00 && v < 0xe000) {
		return NULL;
	}
	*cp = v;
	return p;
}

/*
 * Parses a JSON string at p (at the opening quote) into o (reset).
 * Returns the position after the closing quote, or NULL.
 */
static const char *parse_str(const char *p, const char *e, struct obuf *o)
{
	o->n = 0;
	if (p >= e || *p != '"')
		return NULL;
	p++;
	while (p < e) {
		const char *q = p + plain_run(p, (size_t)(e - p));

		ob_add(o, p, (size_t)(q - p));
		p = q;
		if (p >= e || (unsigned char)*p < 0x20)
			return NULL;
		if (*p == '"')
			return p + 1;
		if (++p >= e)
			return NULL;
		switch (*p) {
		case '"': ob_add(o, "\"", 1); break;
		case '\\': ob_add(o, "\\", 1); break;
		case '/': ob_add(o, "/", 1); break;
		case 'b': ob_add(o, "\b", 1); break;
		case 'f': ob_add(o, "\f", 1); break;
		case 'n': ob_add(o, "\n", 1); break;
		case 'r': ob_add(o, "\r", 1); break;
		case 't': ob_add(o, "\t", 1); break;
		case 'u': {
			int v;

			if (!(p = u_escape(p, e, &v)))
				return NULL;
			put_utf8(o, (unsigned)v);
			break;
		}
		default:
			return NULL;
		}
		p++;
	}
	return NULL;
}

/*
 * Is s[0..n) valid UTF-8? Runs of ASCII, the common case, eight bytes
 * at a time. (The text itself is left to pii_scan, which refuses
 * malformed UTF-8 with an error line of its own.)
 */
static bool utf8_ok(const char *s, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
	}
	for (; i < n && !((unsigned char)s[i] & 0x80); i++)
		;
	return i == n || utf8_valid(s + i, n - i);
}

/*
 * Steps over a JSON string at p (at the opening quote) with the checks
 * of parse_str and of its UTF-8, keeping nothing. Returns the position after the closing
 * quote, or NULL where parse_str would.
 */
/* skip_str from p, inside the string: plain runs, escapes, UTF-8. */
static __attribute__((noinline)) const char *skip_str_rest(const char *p,
							 const char *e)
{
	while (p < e) {
		const char *q = p + plain_run(p, (size_t)(e - p));

		if (!utf8_ok(p, (size_t)(q - p)))
			return NULL;
		p = q;
		if (p >= e || (unsigned char)*p < 0x20)
			return NULL;
		if (*p == '"')
			return p + 1;
		if (++p >= e)
			return NULL;
		switch (*p) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n':
		case 'r': case 't':
			break;
		case 'u': {
			int v;

			if (!(p = u_escape(p, e, &v)))
				return NULL;
			break;
		}
		default:
			return NULL;
		}
		p++;
	}
	return NULL;
}

static inline const char *skip_str(const char *p, const char *e)
{
	const uint64_t ones = 0x0101010101010101ull;

	if (p >= e || *p != '"')
		return NULL;
	p++;
	/* ASCII without escapes, the common case: eight bytes a step to
	 * the first '"', '\\', control byte or byte >= 0x80 (the lowest
	 * flagged byte of each test is always a real one) */
	while (e - p >= 8) {
		uint64_t w, q, b, t;

		memcpy(&w, p, 8);
		q = w ^ (ones * '"');
		b = w ^ (ones * '\\');
		t = (((q - ones) & ~q) | ((b - ones) & ~b) |
		     ((w - ones * 0x20) & ~w) | w) & 0x8080808080808080ull;
		if (t) {
			p += __builtin_ctzll(t) >> 3;
			if (*p == '"')
				return p + 1;
			break;
		}
		p += 8;
	}
	return skip_str_rest(p, e);
}

/* Steps over a JSON number; NULL when p holds none. */
static const char *skip_number(const char *p, const char *e)
{
	const char *d;

	if (p < e && *p == '-')
		p++;
	if (p < e && *p == '0')
		p++;
	else if (p < e && *p >= '1' && *p <= '9')
		while (p < e && *p >= '0' && *p <= '9')
			p++;
	else
		return NULL;
	if (p < e && *p == '.') {
		for (d = ++p; p < e && *p >= '0' && *p <= '9'; p++)
			;
		if (p == d)
			return NULL;
	}
	if (p < e && (*p | 0x20) == 'e') {
		if (++p < e && (*p == '+' || *p == '-'))
			p++;
		for (d = p; p < e && *p >= '0' && *p <= '9'; p++)
			;
		if (p == d)
			return NULL;
	}
	return p;
}

/* Bit masks of 64 bytes of a line, one bit a byte: quotes, backslashes,
 * control bytes, bytes >= 0x80, white space, '{' or '[', '}' or ']'. */
struct jmask {
	uint64_t q, bs, ctl, hi, ws, op, cl;
};

#ifdef __SSE2__
static inline void jmasks(const char *p, struct jmask *m)
{
	const __m128i quote = _mm_set1_epi8('"'), bsl = _mm_set1_epi8('\\');
	const __m128i c20 = _mm_set1_epi8(0x20), c1f = _mm_set1_epi8(0x1f);
	const __m128i open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}');
	const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
	const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');

	memset(m, 0, sizeof(*m));
	for (int k = 0; k < 4; k++) {
		__m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * k));
		/* '[' and ']' | 0x20 are '{' and '}' */
		__m128i y = _mm_or_si128(x, c20);
		unsigned sh = 16u * (unsigned)k;

#define JM(v) ((uint64_t)(unsigned)_mm_movemask_epi8(v) << sh)
		m->q |= JM(_mm_cmpeq_epi8(x, quote));
		m->bs |= JM(_mm_cmpeq_epi8(x, bsl));
		m->ctl |= JM(_mm_cmpeq_epi8(_mm_max_epu8(x, c1f), c1f));
		m->hi |= JM(x);
		m->ws |= JM(_mm_or_si128(
			_mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, tab)),
			_mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr))));
		m->op |= JM(_mm_cmpeq_epi8(y, open));
		m->cl |= JM(_mm_cmpeq_epi8(y, close));
#undef JM
	}
}
#else
static inline void jmasks(const char *p, struct jmask *m)
{
	memset(m, 0, sizeof(*m));
	for (unsigned j = 0; j < 64; j++) {
		unsigned char c = (unsigned char)p[j];
		uint64_t bit = 1ull << j;

		m->q |= c == '"' ? bit : 0;
		m->bs |= c == '\\' ? bit : 0;
		m->ctl |= c < 0x20 ? bit : 0;
		m->hi |= c >= 0x80 ? bit : 0;
		m->ws |= c == ' ' || c == '\t' || c == '\n' || c == '\r' ? bit : 0;
		m->op |= c == '{' || c == '[' ? bit : 0;
		m->cl |= c == '}' || c == ']' ? bit : 0;
	}
}
#endif

/* Set bits of a 64-bit mask, without a popcnt instruction. */
static inline unsigned pop64(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

/*
 * Steps over an array or object at p ('[' or '{'), 64 bytes at a time:
 * the masks of a block give its strings (quotes not escaped, a prefix
 * XOR), and outside them the brackets, counted, and walked one by one
 * only where the depth may come back to zero. Checked as a parser
 * would: strings (escapes, control bytes, UTF-8), and no control byte
 * but white space, no backslash and no byte >= 0x80 outside them. Not
 * checked: commas, colons and numbers inside (what a label array
 * holds is not read, and a parser's walk of it would cost the reader a
 * tenth of its speed). Returns the position after the close, or NULL.
 */
static const char *skip_nested(const char *p0, const char *e)
{
	const char *p = p0, *ue = p0;	/* escapes checked up to ue */
	uint64_t in_str = 0, esc_next = 0;
	int depth = 0;
	bool hi = false;

	while (p < e) {
		size_t avail = (size_t)(e - p);
		uint64_t valid = avail >= 64 ? ~0ull : (1ull << avail) - 1;
		uint64_t esc = esc_next, rq, instr, out, bo, bc;
		struct jmask m;

		if (avail >= 64) {
			jmasks(p, &m);
		} else {
			char tmp[64];

			memset(tmp, ' ', sizeof(tmp));
			memcpy(tmp, p, avail);
			jmasks(tmp, &m);
		}
		/* a backslash escapes the next byte unless it is escaped */
		esc_next = 0;
		for (uint64_t b = m.bs & valid; b; b &= b - 1) {
			unsigned j = (unsigned)__builtin_ctzll(b);

			if ((esc >> j) & 1)
				continue;
			if (j == 63)
				esc_next = 1;
			else
				esc |= 1ull << (j + 1);
		}
		rq = m.q & ~esc & valid;
		instr = rq ^ (rq << 1);
		instr ^= instr << 2;
		instr ^= instr << 4;
		instr ^= instr << 8;
		instr ^= instr << 16;
		instr ^= instr << 32;
		instr ^= in_str;
		in_str = 0 - (instr >> 63);
		out = ~instr & ~rq & valid;
		if (((m.ctl & instr) | (m.ctl & out & ~m.ws) |
		     (m.bs & ~esc & out) | (m.hi & out)) & valid)
			return NULL;
		hi |= (m.hi & instr & valid) != 0;
		/* each escape: one of "\/bfnrt or \u and four hex digits, a
		 * surrogate with its pair (u_escape) */
		for (uint64_t x = esc & instr & valid; x; x &= x - 1) {
			const char *c = p + __builtin_ctzll(x);
			int v;

			if (c < ue)
				continue;
			switch (*c) {
			case '"': case '\\': case '/': case 'b': case 'f':
			case 'n': case 'r': case 't':
				break;
			case 'u':
				c = u_escape(c, e, &v);
				if (!c)
					return NULL;
				ue = c + 1;
				break;
			default:
				return NULL;
			}
		}
		bo = m.op & out;
		bc = m.cl & out;
		if ((int)pop64(bc) < depth) {
			depth += (int)pop64(bo) - (int)pop64(bc);
			p += 64;
			continue;
		}
		for (uint64_t x = bo | bc; x; x &= x - 1) {
			unsigned j = (unsigned)__builtin_ctzll(x);

			if ((bo >> j) & 1) {
				depth++;
			} else if (--depth == 0) {
				const char *end = p + j + 1;

				return hi && !utf8_ok(p0, (size_t)(end - p0)) ?
				       NULL : end;
			}
		}
		p += 64;
	}
	return NULL;
}

/*
 * Steps over any JSON value at p: a string as skip_str, a number, one
 * of the three literals, an array or object as skip_nested. Returns the
 * position after it, or NULL where it is none.
 */
static const char *skip_value(const char *p, const char *e)
{
	if (p >= e)
		return NULL;
	switch (*p) {
	case '"':
		return skip_str(p, e);
	case '{':
	case '[':
		return skip_nested(p, e);
	case 't':
		return e - p >= 4 && !memcmp(p, "true", 4) ? p + 4 : NULL;
	case 'f':
		return e - p >= 5 && !memcmp(p, "false", 5) ? p + 5 : NULL;
	case 'n':
		return e - p >= 4 && !memcmp(p, "null", 4) ? p + 4 : NULL;
	default:
		return skip_number(p, e);
	}
}

struct line {
	struct obuf id;		/* id as JSON text, ready to print */
	struct obuf text;	/* decoded text */
};

/* Fast path; returns 0, or -1 to let jansson try. */
static int parse_fast(const char *p, const char *e, struct line *L)
{
	bool have_text = false, have_id = false;

	p = skip_ws(p, e);
	if (p >= e || *p != '{')
		return -1;
	p = skip_ws(p + 1, e);
	while (p < e && *p != '}') {
		const char *ks;
		size_t kl;
		const char *vs;

		if (*p != '"')
			return -1;
		/* a key has no escapes */
		ks = p + 1;
		p = key_end(ks, e);
		if (p >= e || *p != '"')
			return -1;
		kl = (size_t)(p - ks);
		if (!utf8_ok(ks, kl))
			return -1;
		p = skip_ws(p + 1, e);
		if (p >= e || *p != ':')
			return -1;
		p = skip_ws(p + 1, e);
		vs = p;
		if (p < e && *p == '"') {
			/* only the text is decoded; other strings are checked
			 * as parse_str would and passed over */
			bool text = kl == 4 && !memcmp(ks, "text", 4);

			p = text ? parse_str(p, e, &L->text) : skip_str(p, e);
			if (!p)
				return -1;
			have_text |= text;
		} else {
			p = skip_value(p, e);
			if (!p)
				return -1;
		}
		if (kl == 2 && !memcmp(ks, "id", 2)) {
			/* copied as it is into the output: an array or
			 * object, whose inside skip_nested does not check
			 * all of, goes to jansson */
			if (*vs == '[' || *vs == '{')
				return -1;
			L->id.n = 0;
			ob_add(&L->id, vs, (size_t)(p - vs));
			have_id = true;
		}
		/* a comma and the next key, or the end */
		p = skip_ws(p, e);
		if (p < e && *p == ',') {
			p = skip_ws(p + 1, e);
			if (p >= e || *p != '"')
				return -1;
		} else if (p >= e || *p != '}') {
			return -1;
		}
	}
	if (p >= e || !have_text || skip_ws(p + 1, e) != e)
		return -1;
	if (!have_id)
		ob_str(&L->id, "null");
	return 0;
}

static int parse_slow(const char *p, size_t n, struct line *L)
{
	json_error_t err;
	json_t *j = json_loadb(p, n, JSON_DECODE_ANY, &err), *id, *tx;
	char *ids;

	if (!j || !json_is_object(j)) {
		json_decref(j);
		return -1;
	}
	tx = json_object_get(j, "text");
	id = json_object_get(j, "id");
	if (!json_is_string(tx)) {
		json_decref(j);
		return -1;
	}
	L->text.n = 0;
	ob_add(&L->text, json_string_value(tx), json_string_length(tx));
	L->id.n = 0;
	ids = id ? json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
	ob_str(&L->id, ids ? ids : "null");
	free(ids);
	json_decref(j);
	return 0;
}

struct opts {
	struct pii_policy pol;
	enum pii_stage stage;
	enum pii_direction dir;
};

/* Processes one input line into out. */
static void do_line(const struct pii_engine *eng, const struct opts *op,
		    const char *p, size_t n, struct line *L,
		    struct pii_result *r, struct pii_redacted *red,
		    struct obuf *out)
{
	int rc;

	L->id.n = 0;
	if (parse_fast(p, p + n, L) && parse_slow(p, n, L)) {
		ob_str(out, "{\"id\":null,\"error\":\"bad JSON line\"}\n");
		return;
	}
	rc = pii_scan(eng, L->text.p ? L->text.p : "", L->text.n, r);
	if (rc && rc != -ERANGE) {
		ob_str(out, "{\"id\":");
		ob_add(out, L->id.p, L->id.n);
		ob_str(out, ",\"error\":\"");
		ob_str(out, rc == -EILSEQ ? "malformed UTF-8" :
			    rc == -E2BIG ? "text too long" : "scan failed");
		ob_str(out, "\",\"spans\":[],\"text\":\"[message withheld]\"}\n");
		return;
	}
	if (pii_apply(&op->pol, op->stage, op->dir, L->text.p, L->text.n, r,
		      red)) {
		fprintf(stderr, "redact: out of memory\n");
		exit(1);
	}
	/* one reservation for the whole line, then plain stores */
	ob_reserve(out, L->id.n + 96 + 64 * r->n + 6 * red->len);
	OB_LIT(out, "{\"id\":");
	memcpy(out->p + out->n, L->id.p, L->id.n);
	out->n += L->id.n;
	OB_LIT(out, ",\"spans\":[");
	if (r->flags & PII_SCAN_LIMIT) {
		/* fail closed: the whole text is one span */
		size_t cps = 0;

		for (size_t i = 0; i < L->text.n; i++)
			cps += ((unsigned char)L->text.p[i] & 0xc0) != 0x80;
		OB_LIT(out, "{\"start\":0,\"end\":");
		ob_uint(out, cps);
		OB_LIT(out, ",\"type\":\"LIMIT\"}");
	}
	for (size_t i = 0; i < r->n; i++) {
		const char *tn = pii_type_name(r->spans[i].type);
		size_t tl = strlen(tn);

		if (i)
			out->p[out->n++] = ',';
		OB_LIT(out, "{\"start\":");
		ob_uint(out, r->spans[i].cp_start);
		OB_LIT(out, ",\"end\":");
		ob_uint(out, r->spans[i].cp_end);
		OB_LIT(out, ",\"type\":\"");
		memcpy(out->p + out->n, tn, tl);
		out->n += tl;
		OB_LIT(out, "\"}");
	}
	OB_LIT(out, "],\"text\":");
	ob_json_str(out, red->text, red->len);
	ob_reserve(out, 24);
	if (red->flags & PII_OUT_BLOCKED)
		OB_LIT(out, ",\"blocked\":true");
	OB_LIT(out, "}\n");
}

static double now_s(clockid_t c)
{
	struct timespec ts;

	clock_gettime(c, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(FILE *f, size_t *n)
{
	size_t cap = 1 << 20, len = 0;
	char *b = malloc(cap);

	while (b) {
		size_t r = fread(b + len, 1, cap - len, f);

		len += r;
		if (r == 0)
			break;
		if (len == cap) {
			char *t = realloc(b, cap *= 2);

			if (!t) {
				free(b);
				return NULL;
			}
			b = t;
		}
	}
	*n = len;
	return b;
}

static void run_lines(const struct pii_engine *eng, const struct opts *op,
		      const char *in, size_t n, struct obuf *out, FILE *to)
{
	struct line L;
	struct pii_result r;
	struct pii_redacted red;
	size_t i = 0;

	memset(&L, 0, sizeof(L));
	pii_result_init(&r);
	pii_redacted_init(&red);
	while (i < n) {
		const char *nl = memchr(in + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - in) : n;

		if (e > i && !(e == i + 1 && in[i] == '\r'))
			do_line(eng, op, in + i, e - i, &L, &r, &red, out);
		i = e + 1;
		if (to && out->n > (1 << 16)) {
			fwrite(out->p, 1, out->n, to);
			out->n = 0;
		}
	}
	if (to && out->n) {
		fwrite(out->p, 1, out->n, to);
		out->n = 0;
	}
	free(L.id.p);
	free(L.text.p);
	pii_result_deinit(&r);
	pii_redacted_deinit(&red);
}

#define OUT_FLUSH (64u << 10)	/* output held back up to this much */

/*
 * stdin to stdout: lines are redacted as they arrive (read(2) in large
 * chunks), so that the work overlaps with the writer of the input; the
 * output is written in large pieces (OUT_FLUSH, and at the end), not a
 * line at a time.
 */
static int run_stream(const struct pii_engine *eng, const struct opts *op,
		      int fd, FILE *to)
{
	size_t cap = 1 << 20, len = 0;
	char *in = malloc(cap);
	struct obuf out = {0};
	struct line L;
	struct pii_result r;
	struct pii_redacted red;
	bool eof = false;
	int rc = 0;

	if (!in)
		return 1;
	memset(&L, 0, sizeof(L));
	pii_result_init(&r);
	pii_redacted_init(&red);
	while (!eof) {
		ssize_t k;
		size_t i = 0;

		if (len == cap) {
			char *t = realloc(in, cap * 2);

			if (!t) {
				rc = 1;
				break;
			}
			in = t;
			cap *= 2;
		}
		k = read(fd, in + len, cap - len);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "redact: stdin: %s\n", strerror(errno));
			rc = 1;
			break;
		}
		if (k == 0)
			eof = true;
		len += (size_t)k;
		/* every complete line; at the end the last one too */
		for (;;) {
			const char *nl = memchr(in + i, '\n', len - i);
			size_t e = nl ? (size_t)(nl - in) : len;

			if (!nl && !eof)
				break;
			if (e > i && !(e == i + 1 && in[i] == '\r'))
				do_line(eng, op, in + i, e - i, &L, &r, &red,
					&out);
			i = nl ? e + 1 : len;
			if (i >= len)
				break;
		}
		memmove(in, in + i, len - i);
		len -= i;
		if (out.n >= OUT_FLUSH || eof) {
			if (out.n && fwrite(out.p, 1, out.n, to) != out.n)
				rc = 1;
			out.n = 0;
		}
	}
	fflush(to);
	free(in);
	free(out.p);
	free(L.id.p);
	free(L.text.p);
	pii_result_deinit(&r);
	pii_redacted_deinit(&red);
	return rc;
}

static int bench(const struct pii_engine *eng, const struct opts *op,
		 const char *file, double secs, bool diag)
{
	FILE *f = fopen(file, "rb");
	size_t n, ntext = 0, cnt = 0, text_bytes = 0;
	char *in;
	struct line L;
	char **texts = NULL;
	size_t *lens = NULL;
	struct pii_result r;
	struct pii_redacted red;
	struct obuf out = {0};
	double t0, t1, c0, c1;
	unsigned long iters;

	if (!f) {
		fprintf(stderr, "redact: %s: %s\n", file, strerror(errno));
		return 1;
	}
	in = slurp(f, &n);
	fclose(f);
	if (!in)
		return 1;
	memset(&L, 0, sizeof(L));
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(in + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - in) : n;

		if (e > i && (!parse_fast(in + i, in + e, &L) ||
			      !parse_slow(in + i, e - i, &L))) {
			if (cnt == ntext) {
				ntext = ntext ? 2 * ntext : 1024;
				texts = realloc(texts, ntext * sizeof(*texts));
				lens = realloc(lens, ntext * sizeof(*lens));
				if (!texts || !lens)
					return 1;
			}
			texts[cnt] = malloc(L.text.n + 1);
			if (!texts[cnt])
				return 1;
			memcpy(texts[cnt], L.text.p, L.text.n);
			lens[cnt] = L.text.n;
			text_bytes += L.text.n;
			cnt++;
		}
		i = e + 1;
	}
	pii_result_init(&r);
	pii_redacted_init(&red);
	printf("corpus: %s, %zu messages, %zu bytes of text\n", file, cnt,
	       text_bytes);

	/* 1: scan only */
	iters = 0;
	t0 = now_s(CLOCK_MONOTONIC);
	c0 = now_s(CLOCK_PROCESS_CPUTIME_ID);
	do {
		for (size_t i = 0; i < cnt; i++)
			(void)pii_scan(eng, texts[i], lens[i], &r);
		iters++;
		t1 = now_s(CLOCK_MONOTONIC);
	} while (t1 - t0 < secs);
	c1 = now_s(CLOCK_PROCESS_CPUTIME_ID);
	printf("scan:            %8.1f MB/s (cpu %.1f MB/s), %.2f us/message, %lu passes\n",
	       iters * text_bytes / 1e6 / (t1 - t0),
	       iters * text_bytes / 1e6 / (c1 - c0),
	       (t1 - t0) * 1e6 / (double)(iters * cnt), iters);

	/* 2: scan + policy + redacted text */
	iters = 0;
	t0 = now_s(CLOCK_MONOTONIC);
	c0 = now_s(CLOCK_PROCESS_CPUTIME_ID);
	do {
		for (size_t i = 0; i < cnt; i++)
			(void)pii_redact(eng, &op->pol, op->stage, op->dir,
					 texts[i], lens[i], &red);
		iters++;
		t1 = now_s(CLOCK_MONOTONIC);
	} while (t1 - t0 < secs);
	c1 = now_s(CLOCK_PROCESS_CPUTIME_ID);
	printf("scan+redact:     %8.1f MB/s (cpu %.1f MB/s)\n",
	       iters * text_bytes / 1e6 / (t1 - t0),
	       iters * text_bytes / 1e6 / (c1 - c0));

	/* 3: the whole JSON-lines pipeline, in memory */
	iters = 0;
	t0 = now_s(CLOCK_MONOTONIC);
	c0 = now_s(CLOCK_PROCESS_CPUTIME_ID);
	do {
		out.n = 0;
		run_lines(eng, op, in, n, &out, NULL);
		iters++;
		t1 = now_s(CLOCK_MONOTONIC);
	} while (t1 - t0 < secs);
	c1 = now_s(CLOCK_PROCESS_CPUTIME_ID);
	printf("jsonl pipeline:  %8.1f MB/s of message text (cpu %.1f MB/s), %.1f MB/s of input\n",
	       iters * text_bytes / 1e6 / (t1 - t0),
	       iters * text_bytes / 1e6 / (c1 - c0),
	       iters * n / 1e6 / (t1 - t0));
	fflush(stdout);

	/* 4: the yardstick, in turns with the scan */
	int rc = ctl_redact_reference(eng, texts, lens, cnt, text_bytes, secs,
				      diag);

	for (size_t i = 0; i < cnt; i++)
		free(texts[i]);
	free(texts);
	free(lens);
	free(in);
	free(out.p);
	free(L.id.p);
	free(L.text.p);
	pii_result_deinit(&r);
	pii_redacted_deinit(&red);
	return rc;
}

/*
 * Adversarial inputs: a unit repeated to the size asked (the rest
 * spaces). tests/filters/test_pii_adv.c runs the same shapes at 1 MiB
 * for correctness; keep the two lists in step.
 */
static const struct {
	const char *name, *unit;
} adv_shapes[] = {
	{"digit run", "1"},
	{"@@@@", "@"},
	{"dots", "."},
	{"a@b.", "a@b."},
	{"@.@.", "@."},
	{"a.b token", "a.b"},			/* one token of n dots */
	{"spaced digits", "1 "},
	{"spaced letters", "w e c h a t "},
	{"[at] [dot]", "a [at] b [dot] "},
	{"spelled digits", "one two "},
	/* f o u r [at] 一三八 ｇｍａｉｌ [dot] c<ZW>o<ZW>m one-three-eight */
	{"nested mix", "f o u r [at] \xe4\xb8\x80\xe4\xb8\x89\xe5\x85\xab "
		       "\xef\xbd\x87\xef\xbd\x8d\xef\xbd\x81\xef\xbd\x89"
		       "\xef\xbd\x8c [dot] c\xe2\x80\x8bo\xe2\x80\x8bm "
		       "one-three-eight "},
	{"+86 (0)", "+86 (0) "},
	{"x.com/", "x.com/"},
	{"address parts", "No. 1 A B C D Road, "},
	{"CJK digits", "\xe4\xb8\x80\xe4\xba\x8c"},		/* 一二 */
	{"fullwidth+ZW", "\xef\xbc\x91\xe2\x80\x8b"},		/* １ ZW */
	{"ZW in words", "g\xe2\x80\x8bm\xe2\x80\x8b" "a\xe2\x80\x8bi"
			"\xe2\x80\x8bl "},
	{"homoglyphs", "gm\xd0\xb0il.c\xd0\xbem "},		/* Cyrillic а о */
	{"wechat: a_", "wechat: a_"},
	{"wxid_ run", "wxid_"},
	{"1:a::", "1:a::"},
	{"a @ b . c .", "a @ b . c . "},
	/* x arroba y punto z собака w точка */
	{"Via parts", "Via Roma 1, 20121 Milano, "},
	{"spaced in groups", "1 2 3 4  5 6 7 8  "},
	/* закупки@оптторг.рф */
	{"Cyrillic e-mails", "\xd0\xb7\xd0\xb0@\xd0\xbe\xd0\xbf.\xd1\x80\xd1\x84 "},
	{"spelled ru/pt", "\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd\x20\xd0\xb4\xd0\xb2\xd0\xb0 tr\xc3\xaas "},	/* один два три */
	/* ул. Ленина, д. 5, */
	{"ul. d. parts", "\xd1\x83\xd0\xbb. \xd0\x9b\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd\xd0\xb0, "
			 "\xd0\xb4. 5, "},
	{"Flat B, 24/F,", "Flat B, 24/F, Wing On Plaza, "},
	{"digits a line", "4111\n13 8\n"},
	{"address labels", "Address: 12 Rue, Paris Lyon, "},
	{"wallet groups", "btc 1a2b 3c4d\n"},
	{"and between", "tel 12 and 345 y "},
	{"emoji between", "12\xe2\xad\x90" "34\xf0\x9f\x94\xa5\xef\xb8\x8f"},
	{"spelled @ .", "x arroba y punto z \xd1\x81\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xba\xd0\xb0 w "
			"\xd1\x82\xd0\xbe\xd1\x87\xd0\xba\xd0\xb0 "},
	{"odd separators", "1|2/3_4,5..6 \xf0\x9f\x99\x82 7,"},
	{"letters as digits", "1O2l 3I o4 "},
	/* a艾特b点c点 */
	{"Chinese @ .", "a\xe8\x89\xbe\xe7\x89\xb9" "b\xe7\x82\xb9" "c\xe7\x82\xb9"},	/* 東京都1丁目 서울특별시 가1로 1 1 ถนนก แขวงข เขตค 10 شارع ا، ب، 1 मकान नं. 1, क, */
	{"addresses of scripts", "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd" "1\xe4\xb8\x81\xe7\x9b\xae \xec\x84\x9c\xec\x9a\xb8\xed\x8a\xb9\xeb\xb3\x84\xec\x8b\x9c \xea\xb0\x80" "1\xeb\xa1\x9c 1 1 \xe0\xb8\x96\xe0\xb8\x99\xe0\xb8\x99\xe0\xb8\x81 \xe0\xb9\x81\xe0\xb8\x82\xe0\xb8\xa7\xe0\xb8\x87\xe0\xb8\x82 \xe0\xb9\x80\xe0\xb8\x82\xe0\xb8\x95\xe0\xb8\x84 10 \xd8\xb4\xd8\xa7\xd8\xb1\xd8\xb9 \xd8\xa7\xd8\x8c \xd8\xa8\xd8\x8c 1 \xe0\xa4\xae\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xa8 \xe0\xa4\xa8\xe0\xa4\x82. 1, \xe0\xa4\x95, "},
	/* a table: a messenger's name heading tab-separated columns */
	{"table of ids", "WeChat\tab_12\n"},
};

#define ADV_REPS_MAX 31

static void adv_gen(const char *u, char *b, size_t n)
{
	size_t l = strlen(u), i = 0;

	while (i + l <= n) {
		memcpy(b + i, u, l);
		i += l;
	}
	while (i < n)
		b[i++] = ' ';
}

static int dbl_cmp(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return a < b ? -1 : a > b;
}

double ctl_median(double *v, size_t n)
{
	qsort(v, n, sizeof(v[0]), dbl_cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/*
 * Seconds per scan of b[0..n): after one scan to warm up, the median of
 * reps samples, each timing enough scans to cover 256 KiB (one scan of
 * a longer text). *rc gets the last scan's return.
 */
static double adv_time(const struct pii_engine *eng, const char *b,
		       size_t n, int reps, struct pii_result *r, int *rc)
{
	double t[ADV_REPS_MAX];
	size_t inner = n >= 262144 ? 1 : 262144 / n;

	*rc = pii_scan(eng, b, n, r);
	for (int k = 0; k < reps; k++) {
		double t0 = now_s(CLOCK_MONOTONIC);

		for (size_t i = 0; i < inner; i++)
			*rc = pii_scan(eng, b, n, r);
		t[k] = (now_s(CLOCK_MONOTONIC) - t0) / (double)inner;
	}
	qsort(t, (size_t)reps, sizeof(t[0]), dbl_cmp);
	return t[reps / 2];
}

/*
 * The table: per shape (those whose name contains only, when not NULL),
 * the median time of one scan (microseconds) at 1 KiB, 4 KiB ... max;
 * ns/byte as the median over 1-64 KiB and at max; growth = ns/byte at
 * max over ns/byte at 1-64 KiB (1.0 is linear).
 */
static int adversarial(const struct pii_engine *eng, size_t max, int reps,
		       const char *only)
{
	const size_t nshapes = sizeof(adv_shapes) / sizeof(adv_shapes[0]);
	struct pii_result r;
	char *b;

	if (max < 1024)
		max = 1024;
	if (reps < 1 || reps > ADV_REPS_MAX)
		reps = 5;
	b = malloc(max);
	if (!b)
		return 1;
	pii_result_init(&r);
	printf("median of %d; time per scan in us\n", reps);
	printf("%-15s", "input \\ bytes");
	for (size_t sz = 1024; sz <= max; sz *= 4)
		printf(" %9zu", sz);
	printf("  ns/B<=64K  ns/B@max  growth  rc\n");
	for (size_t k = 0; k < nshapes; k++) {
		double small[4], last = 0, base;
		size_t ns = 0;
		int rc = 0;

		if (only && !strstr(adv_shapes[k].name, only))
			continue;
		printf("%-15s", adv_shapes[k].name);
		for (size_t sz = 1024; sz <= max; sz *= 4) {
			adv_gen(adv_shapes[k].unit, b, sz);
			last = adv_time(eng, b, sz, reps, &r, &rc);
			if (sz <= 65536)
				small[ns++] = last * 1e9 / (double)sz;
			printf(" %9.1f", last * 1e6);
			fflush(stdout);
			if (sz * 4 > max)
				last = last * 1e9 / (double)sz;
		}
		base = ctl_median(small, ns);
		printf("  %9.2f  %8.2f  %6.2f  %d\n", base, last,
		       last / base, rc);
	}
	free(b);
	pii_result_deinit(&r);
	return 0;
}

int ctl_redact_main(int argc, char **argv)
{
	struct pii_engine *eng = NULL;
	struct opts op;
	const char *bench_file = NULL;
	bool adv = false, diag = false;
	double secs = 3;
	size_t adv_max = 1 << 20;
	int adv_reps = 5;
	const char *adv_only = NULL;
	char err[160];
	int rc = 0;

	pii_policy_default(&op.pol);
	op.stage = PII_STAGE_INQUIRY;
	op.dir = PII_DIR_BUYER_TO_SELLER;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "--bench") && v) {
			bench_file = v;
			i++;
		} else if (!strcmp(a, "--seconds") && v) {
			secs = atof(v);
			i++;
		} else if (!strcmp(a, "--diag")) {
			diag = true;
		} else if (!strcmp(a, "--adversarial")) {
			adv = true;
		} else if (!strcmp(a, "--max") && v) {
			adv_max = strtoul(v, NULL, 10);
			i++;
		} else if (!strcmp(a, "--reps") && v) {
			adv_reps = atoi(v);
			i++;
		} else if (!strcmp(a, "--shape") && v) {
			adv_only = v;
			i++;
		} else if (!strcmp(a, "--policy") && v) {
			if (pii_policy_parse(&op.pol, v, err, sizeof(err))) {
				fprintf(stderr, "redact: policy: %s\n", err);
				return 2;
			}
			i++;
		} else if (!strcmp(a, "--stage") && v) {
			if (!strcmp(v, "inquiry"))
				op.stage = PII_STAGE_INQUIRY;
			else if (!strcmp(v, "ordered"))
				op.stage = PII_STAGE_ORDERED;
			else {
				fprintf(stderr, "redact: --stage inquiry|ordered\n");
				return 2;
			}
			i++;
		} else if (!strcmp(a, "--dir") && v) {
			if (!strcmp(v, "b2s"))
				op.dir = PII_DIR_BUYER_TO_SELLER;
			else if (!strcmp(v, "s2b"))
				op.dir = PII_DIR_SELLER_TO_BUYER;
			else {
				fprintf(stderr, "redact: --dir b2s|s2b\n");
				return 2;
			}
			i++;
		} else {
			fprintf(stderr,
				"usage: parleyctl redact [--policy STR] [--stage inquiry|ordered] [--dir b2s|s2b]\n"
				"       parleyctl redact --bench FILE [--seconds N] [--diag]\n"
				"       parleyctl redact --adversarial [--max BYTES] [--reps N] [--shape S]\n");
			return 2;
		}
	}
	if (pii_engine_new(NULL, &eng)) {
		fprintf(stderr, "redact: cannot build the PII engine\n");
		return 1;
	}
	if (bench_file) {
		rc = bench(eng, &op, bench_file, secs, diag);
	} else if (adv) {
		rc = adversarial(eng, adv_max, adv_reps, adv_only);
	} else {
		rc = run_stream(eng, &op, 0, stdout);
	}
	pii_engine_free(eng);
	return rc;
}
