/*
 * pii_split.c - numbers and addresses split over consecutive messages of
 * one sender in one conversation ("+86 138" / "0013" / "8000").
 *
 * The caller keeps a small fixed-size struct pii_split_state per
 * (sender, conversation); this file only reads and rewrites it. Each
 * message leaves its fragment-like tail (digits, separators, e-mail
 * characters, and the words just before them) in the state; the next
 * message's head is scanned together with the remembered tails, and a
 * span that starts in an earlier message and ends in this one is a
 * split. Only the part in this message can still be masked: it is added
 * to this message's result with PII_SPAN_SPLIT, and the result flagged.
 *
 * Pure functions over caller-owned state; any thread.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "parley/pii.h"
#include "pii_internal.h"

#define HEAD_MAX 64	/* bytes of the new message joined to the tails */

void pii_split_init(struct pii_split_state *st)
{
	memset(st, 0, sizeof(*st));
}

static bool frag_char(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
	       c == '+' || c == '-' || c == ' ' || c == '(' || c == ')' ||
	       c == '.' || c == '@' || c == '_' || c == ':';
}

/*
 * Is the character u[0..l) part of a fragment? frag_char, or what the
 * normaliser reads as one: full-width digits, '+', '-', parentheses and
 * space, and CJK numerals ("１３８", "一三八").
 */
static bool frag_at(const unsigned char *u, size_t l)
{
	uint32_t cp;

	if (l == 1)
		return frag_char(u[0]);
	if (l != 3)
		return false;
	cp = (uint32_t)(u[0] & 0x0f) << 12 | (uint32_t)(u[1] & 0x3f) << 6 |
	     (u[2] & 0x3f);
	return (cp >= 0xff10 && cp <= 0xff19) || cp == 0xff0b ||
	       cp == 0xff0d || cp == 0xff08 || cp == 0xff09 ||
	       cp == 0x3000 || pii_norm_cjk_digit(cp) != 0;
}

/* Start of the fragment-like tail of t[0..n) (at most PII_SPLIT_TAIL
 * bytes, whole characters). */
static size_t tail_start(const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t s = n;
	bool cut = false;

	while (s > 0) {
		size_t p = s - 1;

		while (p > 0 && (u[p] & 0xc0) == 0x80)
			p--;
		if (!frag_at(u + p, s - p))
			break;
		if (n - p > PII_SPLIT_TAIL) {
			cut = true;
			break;
		}
		s = p;
	}
	/* Do not start in the middle of a word when the run was cut. */
	if (cut)
		while (s < n && t[s] != ' ')
			s++;
	return s;
}

static bool split_type(enum pii_type t)
{
	return t == PII_PHONE || t == PII_EMAIL || t == PII_PAYMENT_CARD ||
	       t == PII_IBAN || t == PII_BANK_ACCOUNT || t == PII_NATIONAL_ID;
}

static void push_tail(struct pii_split_state *st, const char *t, size_t n,
		      int64_t ts)
{
	size_t s = tail_start(t, n);

	if (st->n == PII_SPLIT_SLOTS) {
		memmove(&st->slot[0], &st->slot[1],
			sizeof(st->slot[0]) * (PII_SPLIT_SLOTS - 1));
		st->n--;
	}
	st->slot[st->n].ts_ms = ts;
	st->slot[st->n].len = (uint8_t)(n - s);
	memcpy(st->slot[st->n].tail, t + s, n - s);
	st->n++;
}

/* Adds span [0, cut) of type t to r, replacing what it overlaps. */
static int add_split(struct pii_result *r, enum pii_type t, uint32_t cut,
		     const char *text, size_t len)
{
	size_t k = 0;
	uint32_t end = cut;

	/* Spans overlapping [0, cut) merge into the new one. */
	while (k < r->n && r->spans[k].start < end) {
		if (r->spans[k].end > end)
			end = r->spans[k].end;
		k++;
	}
	if (k == 0) {
		if (r->n == r->cap) {
			size_t nc = r->cap ? 2 * r->cap : 4;
			struct pii_span *x = realloc(r->spans, nc * sizeof(*x));

			if (!x)
				return -ENOMEM;
			r->spans = x;
			r->cap = nc;
		}
		memmove(r->spans + 1, r->spans, r->n * sizeof(*r->spans));
		r->n++;
	} else if (k > 1) {
		memmove(r->spans + 1, r->spans + k, (r->n - k) * sizeof(*r->spans));
		r->n -= k - 1;
	}
	r->spans[0] = (struct pii_span){
		.type = t, .start = 0, .end = end, .score = 80,
		.flags = PII_SPAN_SPLIT,
	};
	r->flags |= PII_SCAN_SPLIT;
	pii_fill_cp(text, len, r->spans, r->n);
	return 0;
}

int pii_split_feed(const struct pii_engine *e, struct pii_split_state *st,
		   const char *text, size_t len, int64_t ts_ms,
		   int64_t window_ms, struct pii_result *r)
{
	char joined[PII_SPLIT_SLOTS * (PII_SPLIT_TAIL + 1) + HEAD_MAX + 1];
	struct pii_result jr;
	size_t jn = 0, cur, head = len < HEAD_MAX ? len : HEAD_MAX;
	int rc = 0;

	if (!pii_utf8_valid(text, len))
		return -EILSEQ;
	/* forget what is too old, or from the future (clock change) */
	while (st->n > 0 && (ts_ms - st->slot[0].ts_ms > window_ms ||
			     ts_ms < st->slot[0].ts_ms)) {
		memmove(&st->slot[0], &st->slot[1],
			sizeof(st->slot[0]) * (PII_SPLIT_SLOTS - 1));
		st->n--;
	}
	/* cut the head on a code-point boundary */
	while (head < len && head > 0 &&
	       ((unsigned char)text[head] & 0xc0) == 0x80)
		head--;
	for (size_t i = 0; i < st->n; i++) {
		if (!st->slot[i].len)
			continue;
		memcpy(joined + jn, st->slot[i].tail, st->slot[i].len);
		jn += st->slot[i].len;
		joined[jn++] = ' ';
	}
	if (jn == 0) {
		push_tail(st, text, len, ts_ms);
		return 0;
	}
	cur = jn;
	memcpy(joined + jn, text, head);
	jn += head;
	pii_result_init(&jr);
	rc = pii_scan_bytes(e, joined, jn, &jr);
	if (rc == 0) {
		for (size_t i = 0; i < jr.n; i++) {
			const struct pii_span *sp = &jr.spans[i];

			if (!split_type(sp->type) || sp->start >= cur ||
			    sp->end <= cur)
				continue;
			/* Starts in an earlier message, ends in this one.
			 * The tails stay: the number may go on in the
			 * next message ("+86 138" / "0013" / "8000"), whose
			 * part is then masked too. */
			rc = add_split(r, sp->type, (uint32_t)(sp->end - cur),
				       text, len);
			pii_result_deinit(&jr);
			if (rc == 0)
				push_tail(st, text, len, ts_ms);
			return rc;
		}
	}
	pii_result_deinit(&jr);
	if (rc == -ERANGE) {
		r->flags |= PII_SCAN_LIMIT;
		return rc;
	}
	push_tail(st, text, len, ts_ms);
	return rc;
}
