/*
 * pii_policy.c - what happens to each category of personal data in each
 * context (conversation stage x direction), the redacted text, and the
 * PCI cut of payment cards before an original is encrypted.
 *
 * Pure; any thread. A struct pii_policy is plain data: parse it once,
 * then share it read-only.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parley/pii.h"
#include "pii_internal.h"

static const char *const action_names[] = {
	[PII_PASS] = "pass", [PII_FLAG] = "flag", [PII_MASK] = "mask",
	[PII_BLOCK] = "block",
};

/* Categories that may never be passed or only flagged. */
static bool always_masked(int t)
{
	return t == PII_PAYMENT_CARD || t == PII_IBAN ||
	       t == PII_BANK_ACCOUNT || t == PII_NATIONAL_ID;
}

void pii_policy_default(struct pii_policy *p)
{
	memset(p, 0, sizeof(*p));
	for (int t = 0; t < PII_TYPE_COUNT; t++)
		for (int s = 0; s < PII_STAGE_COUNT; s++)
			for (int d = 0; d < PII_DIR_COUNT; d++)
				p->action[t][s][d] = PII_MASK;
	p->on_limit = PII_BLOCK;
}

enum pii_action pii_policy_action(const struct pii_policy *p,
				  enum pii_type t, enum pii_stage stage,
				  enum pii_direction dir)
{
	if ((unsigned)t >= PII_TYPE_COUNT || (unsigned)stage >= PII_STAGE_COUNT ||
	    (unsigned)dir >= PII_DIR_COUNT)
		return PII_BLOCK;
	return (enum pii_action)p->action[t][stage][dir];
}

static void seterr(char *err, size_t errlen, const char *fmt, const char *a,
		   size_t alen)
{
	if (err && errlen)
		snprintf(err, errlen, fmt, (int)alen, a);
}

static bool tok_eq(const char *a, size_t n, const char *lit)
{
	return strlen(lit) == n && !strncasecmp(a, lit, n);
}

/* One rule "target=action" in s[0..n) applied to q. */
static int rule_apply(struct pii_policy *q, const char *s, size_t n,
		      char *err, size_t errlen)
{
	const char *eq = memchr(s, '=', n), *f[3];
	size_t fl[3], nf = 0, i = 0;
	uint32_t cats = 0;
	int st0 = 0, st1 = PII_STAGE_COUNT - 1, d0 = 0, d1 = PII_DIR_COUNT - 1;
	int act = -1;
	const char *av;
	size_t al;

	if (!eq) {
		seterr(err, errlen, "rule '%.*s' has no '='", s, n);
		return -EINVAL;
	}
	av = eq + 1;
	al = n - (size_t)(av - s);
	for (int a = 0; a < 4; a++)
		if (tok_eq(av, al, action_names[a]))
			act = a;
	if (act < 0) {
		seterr(err, errlen,
		       "unknown action '%.*s' (pass, flag, mask, block)", av, al);
		return -EINVAL;
	}
	/* split target on '.' */
	while (i < (size_t)(eq - s)) {
		size_t j = i;

		while (j < (size_t)(eq - s) && s[j] != '.')
			j++;
		if (nf == 3) {
			seterr(err, errlen, "target '%.*s' has too many parts",
			       s, (size_t)(eq - s));
			return -EINVAL;
		}
		f[nf] = s + i;
		fl[nf++] = j - i;
		i = j + 1;
	}
	if (nf == 0 || fl[0] == 0) {
		seterr(err, errlen, "rule '%.*s' has no category", s, n);
		return -EINVAL;
	}
	if (tok_eq(f[0], fl[0], "limit")) {
		if (nf != 1 || (act != PII_MASK && act != PII_BLOCK)) {
			seterr(err, errlen, "'%.*s': limit takes mask or block",
			       s, n);
			return -EINVAL;
		}
		q->on_limit = (uint8_t)act;
		return 0;
	}
	if (tok_eq(f[0], fl[0], "*")) {
		cats = (1u << PII_TYPE_COUNT) - 1;
	} else if (tok_eq(f[0], fl[0], "contact")) {
		cats = 1u << PII_EMAIL | 1u << PII_PHONE | 1u << PII_URL |
		       1u << PII_MESSENGER_HANDLE | 1u << PII_POSTAL_ADDRESS;
	} else if (tok_eq(f[0], fl[0], "financial")) {
		cats = 1u << PII_PAYMENT_CARD | 1u << PII_IBAN |
		       1u << PII_BANK_ACCOUNT | 1u << PII_CRYPTO_WALLET;
	} else {
		enum pii_type t;

		if (pii_type_parse(f[0], fl[0], &t)) {
			seterr(err, errlen, "unknown category '%.*s'", f[0],
			       fl[0]);
			return -EINVAL;
		}
		cats = 1u << t;
	}
	if (nf >= 2 && !tok_eq(f[1], fl[1], "*")) {
		if (tok_eq(f[1], fl[1], "inquiry")) {
			st0 = st1 = PII_STAGE_INQUIRY;
		} else if (tok_eq(f[1], fl[1], "ordered")) {
			st0 = st1 = PII_STAGE_ORDERED;
		} else {
			seterr(err, errlen,
			       "unknown stage '%.*s' (inquiry, ordered, *)",
			       f[1], fl[1]);
			return -EINVAL;
		}
	}
	if (nf == 3 && !tok_eq(f[2], fl[2], "*")) {
		if (tok_eq(f[2], fl[2], "b2s")) {
			d0 = d1 = PII_DIR_BUYER_TO_SELLER;
		} else if (tok_eq(f[2], fl[2], "s2b")) {
			d0 = d1 = PII_DIR_SELLER_TO_BUYER;
		} else {
			seterr(err, errlen,
			       "unknown direction '%.*s' (b2s, s2b, *)", f[2],
			       fl[2]);
			return -EINVAL;
		}
	}
	for (int t = 0; t < PII_TYPE_COUNT; t++) {
		if (!(cats & (1u << t)))
			continue;
		if (always_masked(t) && act < PII_MASK) {
			/* A wildcard skips them; naming one is an error. */
			if (cats == (1u << t)) {
				seterr(err, errlen,
				       "'%.*s': card, IBAN, bank and ID numbers "
				       "are always masked (mask or block)", s, n);
				return -EINVAL;
			}
			continue;
		}
		for (int st = st0; st <= st1; st++)
			for (int d = d0; d <= d1; d++)
				q->action[t][st][d] = (uint8_t)act;
	}
	return 0;
}

int pii_policy_parse(struct pii_policy *p, const char *s, char *err,
		     size_t errlen)
{
	struct pii_policy q = *p;
	size_t i = 0, n = strlen(s);

	while (i < n) {
		size_t j;
		int rc;

		while (i < n && (s[i] == ',' || s[i] == ';' || s[i] == ' ' ||
				 s[i] == '\t' || s[i] == '\n'))
			i++;
		j = i;
		while (j < n && s[j] != ',' && s[j] != ';' && s[j] != ' ' &&
		       s[j] != '\t' && s[j] != '\n')
			j++;
		if (j > i) {
			rc = rule_apply(&q, s + i, j - i, err, errlen);
			if (rc)
				return rc;
		}
		i = j;
	}
	*p = q;
	return 0;
}

/* ---- redaction ---- */

static const char *const mask_text[PII_TYPE_COUNT] = {
	[PII_EMAIL] = "[email removed]",
	[PII_PHONE] = "[phone removed]",
	[PII_URL] = "[link removed]",
	[PII_MESSENGER_HANDLE] = "[messenger id removed]",
	[PII_PAYMENT_CARD] = "[card removed]",
	[PII_IBAN] = "[IBAN removed]",
	[PII_BANK_ACCOUNT] = "[bank account removed]",
	[PII_NATIONAL_ID] = "[ID number removed]",
	[PII_IP_ADDRESS] = "[IP address removed]",
	[PII_CRYPTO_WALLET] = "[wallet removed]",
	[PII_POSTAL_ADDRESS] = "[address removed]",
};

#define WITHHELD "[message withheld]"
#define DOTS "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"	/* •••• */

void pii_redacted_init(struct pii_redacted *o)
{
	memset(o, 0, sizeof(*o));
}

void pii_redacted_deinit(struct pii_redacted *o)
{
	free(o->text);
	free(o->items);
	memset(o, 0, sizeof(*o));
}


/* The last four digits (ASCII or folded) of a card span, or 0. */
static int last4(const char *t, size_t a, size_t z, char out[5])
{
	int k = 4;

	out[4] = '\0';
	while (z > a && k > 0) {
		unsigned char c = (unsigned char)t[z - 1];

		if (c >= '0' && c <= '9') {
			out[--k] = (char)c;
			z--;
		} else if (c == 0x99 && z >= a + 3 &&
			   (unsigned char)t[z - 3] == 0xef &&
			   (unsigned char)t[z - 2] == 0xbc) {
			/* full-width ０..９ = EF BC 90..99 */
			out[--k] = '9';
			z -= 3;
		} else if (c >= 0x90 && c < 0x99 && z >= a + 3 &&
			   (unsigned char)t[z - 3] == 0xef &&
			   (unsigned char)t[z - 2] == 0xbc) {
			out[--k] = (char)('0' + c - 0x90);
			z -= 3;
		} else {
			z--;
		}
	}
	return k == 0;
}

struct buf {
	char *p;
	size_t n, cap;
};

static int buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t nc = (b->n + n + 1) * 2;
		char *t = realloc(b->p, nc);

		if (!t)
			return -ENOMEM;
		b->p = t;
		b->cap = nc;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
	return 0;
}

/*
 * Words that already name a category when they stand right before its
 * span ("card 4111 ...", "my Visa: 4111 ...", "卡号 4111 ..."). A mask with
 * a label of its own ("card ••••4242") leaves the label out after one
 * of them, so that the text does not read "card card ••••4242".
 * Lower-case ASCII (compared case-insensitively) or UTF-8.
 */
static const char *const card_labels[] = {
	"card", "visa", "mastercard", "amex", "maestro", "discover", "jcb",
	"unionpay", "debit", "credit", "tarjeta", "karte", "kreditkarte",
	"cart\xc3\xa3o", "carte", "carta",
	"\xd0\xba\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0",	/* карта */
	"\xd0\x9a\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0",	/* Карта */
	"\xe5\x8d\xa1\xe5\x8f\xb7",	/* 卡号 */
	"\xe5\x8d\xa1",			/* 卡 */
};

/* Fillers between a label and its number: "card no. 4111", "card #". */
static const char *const label_fillers[] = {
	"no", "nr", "num", "number", "is", "n\xc2\xba", "nummer", "numero",
	"n\xc3\xbamero", "\xe6\x98\xaf",	/* 是 */
};

/* One separator ending at z (space, NBSP, ideographic space, ':', '：',
 * '#', '-', '=', '.', tab); its byte length, or 0. */
static size_t sep_before(const char *t, size_t z)
{
	unsigned char c;

	if (z == 0)
		return 0;
	c = (unsigned char)t[z - 1];
	if (c == ' ' || c == '\t' || c == ':' || c == '#' || c == '-' ||
	    c == '=' || c == '.')
		return 1;
	if (z >= 2 && (unsigned char)t[z - 2] == 0xc2 && c == 0xa0)
		return 2;			/* NBSP */
	if (z >= 3 && ((!memcmp(t + z - 3, "\xe3\x80\x80", 3)) ||	/* 　 */
		       !memcmp(t + z - 3, "\xef\xbc\x9a", 3)))	/* ： */
		return 3;
	return 0;
}

/* Does t[a..z) end with word w (ASCII case-insensitively), starting at
 * a word boundary and not before a? Returns the word's start or SIZE_MAX. */
static size_t word_ends(const char *t, size_t a, size_t z, const char *w)
{
	size_t l = strlen(w), st;

	if (z - a < l)
		return SIZE_MAX;
	st = z - l;
	if (strncasecmp(t + st, w, l))
		return SIZE_MAX;
	/* an ASCII word must not be the tail of a longer one */
	if ((unsigned char)w[0] < 0x80 && st > 0 &&
	    (((t[st - 1] | 0x20) >= 'a' && (t[st - 1] | 0x20) <= 'z') ||
	     (t[st - 1] >= '0' && t[st - 1] <= '9')))
		return SIZE_MAX;
	return st;
}

/*
 * Is the span at start preceded (in t[from..start), the part of the text
 * that is copied as it is) by one of labels, with separators and at most
 * one filler word in between?
 */
static bool label_before(const char *t, size_t from, size_t start,
			 const char *const *labels, size_t nl)
{
	size_t z = start, k;
	int fillers = 0;

	for (;;) {
		size_t seps = 0;

		while (z > from && (k = sep_before(t, z)) != 0 && seps < 8) {
			z -= k;
			seps++;
		}
		for (size_t i = 0; i < nl; i++)
			if (word_ends(t, from, z, labels[i]) != SIZE_MAX)
				return true;
		if (fillers++ == 1)
			return false;
		k = SIZE_MAX;
		for (size_t i = 0;
		     i < sizeof(label_fillers) / sizeof(label_fillers[0]) &&
		     k == SIZE_MAX; i++)
			k = word_ends(t, from, z, label_fillers[i]);
		if (k == SIZE_MAX)
			return false;
		z = k;
	}
}

/* Room for n more bytes (and a NUL) in o->text. */
static int text_reserve(struct pii_redacted *o, size_t n)
{
	size_t need = o->len + n + 1;
	char *t;

	if (need <= o->text_cap)
		return 0;
	if (need < 2 * o->text_cap)
		need = 2 * o->text_cap;
	t = realloc(o->text, need);
	if (!t)
		return -ENOMEM;
	o->text = t;
	o->text_cap = need;
	return 0;
}

static void text_put(struct pii_redacted *o, const char *s, size_t n)
{
	if (!n)
		return;	/* an empty text: no buffer yet, s may be NULL */
	memcpy(o->text + o->len, s, n);
	o->len += n;
}

int pii_apply(const struct pii_policy *p, enum pii_stage stage,
	      enum pii_direction dir, const char *text, size_t len,
	      const struct pii_result *r, struct pii_redacted *o)
{
	size_t pos = 0, ni = 0;

	/* Buffers of an earlier call are reused; a caller may have taken
	 * text (set it to NULL), then a new one is allocated. */
	if (!o->text)
		o->text_cap = 0;
	if (!o->items)
		o->items_cap = 0;
	o->len = 0;
	o->n = 0;
	o->flags = 0;
	o->block_type = 0;
	if (r->flags & PII_SCAN_LIMIT) {
		if (text_reserve(o, strlen(WITHHELD)))
			goto nomem;
		text_put(o, WITHHELD, strlen(WITHHELD));
		o->text[o->len] = '\0';
		o->flags = PII_OUT_LIMIT |
			   (p->on_limit == PII_BLOCK ? PII_OUT_BLOCKED : 0);
		return 0;
	}
	if (r->n > o->items_cap) {
		struct pii_redaction *it = realloc(o->items,
						   r->n * sizeof(*it));

		if (!it)
			goto nomem;
		o->items = it;
		o->items_cap = r->n;
	}
	/* every mask is shorter than 32 bytes: one reservation */
	if (text_reserve(o, len + 32 * r->n))
		goto nomem;
	if (r->flags & PII_SCAN_SPLIT)
		o->flags |= PII_OUT_SPLIT | PII_OUT_FLAGGED;
	for (size_t i = 0; i < r->n; i++) {
		const struct pii_span *sp = &r->spans[i];
		enum pii_action a = pii_policy_action(p, sp->type, stage, dir);
		struct pii_redaction *it;
		const char *m;

		if (a == PII_PASS)
			continue;
		it = &o->items[ni++];
		it->type = sp->type;
		it->start = sp->cp_start;
		it->end = sp->cp_end;
		it->action = a;
		if (a == PII_FLAG) {
			o->flags |= PII_OUT_FLAGGED;
			continue;
		}
		if (a == PII_BLOCK && !(o->flags & PII_OUT_BLOCKED)) {
			o->flags |= PII_OUT_BLOCKED;
			o->block_type = sp->type;
		}
		if (sp->start < pos || sp->end > len)
			continue;
		text_put(o, text + pos, sp->start - pos);
		if (sp->type == PII_PAYMENT_CARD) {
			char l4[5];

			if (last4(text, sp->start, sp->end, l4)) {
				/* "card 4242...", "Visa: 4242 ...", "卡号
				 * 4242...": the text already says card */
				if (!label_before(text, pos, sp->start,
						  card_labels,
						  sizeof(card_labels) /
						  sizeof(card_labels[0])))
					text_put(o, "card ", 5);
				text_put(o, DOTS, strlen(DOTS));
				text_put(o, l4, 4);
				pos = sp->end;
				continue;
			}
		}
		m = mask_text[sp->type];
		text_put(o, m, strlen(m));
		pos = sp->end;
	}
	text_put(o, text + pos, len - pos);
	o->text[o->len] = '\0';
	o->n = ni;
	return 0;
nomem:
	pii_redacted_deinit(o);
	return -ENOMEM;
}

int pii_redact(const struct pii_engine *e, const struct pii_policy *p,
	       enum pii_stage stage, enum pii_direction dir,
	       const char *text, size_t len, struct pii_redacted *o)
{
	struct pii_result r;
	int rc;

	pii_result_init(&r);
	rc = pii_scan(e, text, len, &r);
	if (rc && rc != -ERANGE) {
		pii_result_deinit(&r);
		return rc;
	}
	rc = pii_apply(p, stage, dir, text, len, &r, o);
	pii_result_deinit(&r);
	return rc;
}

/* ---- PCI: cut cards before the original is kept ---- */

static bool word_at(const char *t, size_t len, size_t i, const char *w)
{
	size_t l = strlen(w);

	return i + l <= len && !strncasecmp(t + i, w, l) &&
	       (i + l == len || !((t[i + l] | 0x20) >= 'a' &&
				  (t[i + l] | 0x20) <= 'z'));
}

/*
 * After a card ending at i: a CVV or an expiry date "right next to it",
 * optionally named. Returns the range [*vs, *ve) to drop, or false.
 */
static bool next_secret(const char *t, size_t len, size_t i, size_t *vs,
			size_t *ve)
{
	static const char *const labels[] = {
		"security code", "cvv2", "cvv", "cvc2", "cvc", "cid", "csc",
		"expiry date", "expiry", "expires", "expiration", "exp.",
		"exp", "valid thru", "valid until", "ccv", "code",
	};
	size_t j = i, k;
	int guard = 0;

	while (j < len && guard++ < 6) {
		bool lab = false;

		while (j < len && (t[j] == ' ' || t[j] == ',' || t[j] == ';' ||
				   t[j] == ':' || t[j] == '/' || t[j] == '-' ||
				   t[j] == '(' || t[j] == ')'))
			j++;
		for (size_t l = 0; l < sizeof(labels) / sizeof(labels[0]); l++)
			if (word_at(t, len, j, labels[l])) {
				j += strlen(labels[l]);
				lab = true;
				break;
			}
		if (!lab)
			break;
	}
	k = j;
	while (k < len && t[k] >= '0' && t[k] <= '9')
		k++;
	/* MM/YY, MM/YYYY, MM-YY */
	if (k - j >= 1 && k - j <= 2 && k + 2 < len &&
	    (t[k] == '/' || t[k] == '-') && t[k + 1] >= '0' && t[k + 1] <= '9') {
		size_t m = k + 1;

		while (m < len && t[m] >= '0' && t[m] <= '9')
			m++;
		if ((m - k - 1 == 2 || m - k - 1 == 4) &&
		    (m == len || !((t[m] | 0x20) >= 'a' && (t[m] | 0x20) <= 'z') ||
		     t[m] == ' ')) {
			*vs = j;
			*ve = m;
			return true;
		}
	}
	if ((k - j == 3 || k - j == 4) &&
	    (k == len || !(t[k] >= '0' && t[k] <= '9'))) {
		*vs = j;
		*ve = k;
		return true;
	}
	return false;
}

int pii_pci_cut(const struct pii_engine *e, const char *text, size_t len,
		char **out, size_t *out_len)
{
	struct pii_result r;
	struct buf b = {0};
	size_t pos = 0;
	int rc;

	*out = NULL;
	*out_len = 0;
	pii_result_init(&r);
	rc = pii_scan_bytes(e, text, len, &r);
	if (rc)
		goto done;
	for (size_t i = 0; i < r.n; i++) {
		const struct pii_span *sp = &r.spans[i];
		char l4[5];
		size_t vs, ve, q;

		if (sp->type != PII_PAYMENT_CARD || sp->start < pos)
			continue;
		if (buf_add(&b, text + pos, sp->start - pos))
			goto nomem;
		if (!last4(text, sp->start, sp->end, l4))
			memcpy(l4, "????", 5);
		if (buf_add(&b, DOTS, strlen(DOTS)) || buf_add(&b, l4, 4))
			goto nomem;
		pos = sp->end;
		/* up to two secrets next to it: expiry and CVV */
		q = pos;
		for (int k = 0; k < 2; k++) {
			if (!next_secret(text, len, q, &vs, &ve))
				break;
			if (i + 1 < r.n && ve > r.spans[i + 1].start)
				break;
			if (buf_add(&b, text + pos, vs - pos))
				goto nomem;
			pos = ve;
			q = ve;
		}
	}
	if (buf_add(&b, text + pos, len - pos))
		goto nomem;
	*out = b.p;
	*out_len = b.n;
	b.p = NULL;
done:
	free(b.p);
	pii_result_deinit(&r);
	return rc;
nomem:
	rc = -ENOMEM;
	goto done;
}
