/*
 * pii.h - the personal-data engine: find, classify and redact personal
 * data in one chat message, apply the per-category policy, cut payment
 * cards for PCI, and catch numbers split over several messages.
 *
 * Pure computation: no sockets, no SQL, no logging of message text.
 *
 * Threads: a struct pii_engine is built once (pii_engine_new) and is
 * immutable afterwards; every function taking a const engine may run on
 * any number of threads at once. Result structs belong to the caller and
 * are not shared.
 *
 * Offsets: spans carry both UTF-8 byte offsets and Unicode code-point
 * offsets into the ORIGINAL text (end exclusive), whatever the engine
 * normalised internally (full-width forms, zero-width characters,
 * spelled digits, "at"/"dot" ...).
 *
 * Fail closed: when a pattern reaches its match or depth limit the scan
 * returns -ERANGE and sets PII_SCAN_LIMIT; pii_redact then withholds the
 * whole message. Malformed UTF-8 is refused with -EILSEQ before any
 * pattern runs.
 */
#ifndef PARLEY_PII_H
#define PARLEY_PII_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Categories; the names are those of the corpus (pii_type_name). */
enum pii_type {
	PII_EMAIL,
	PII_PHONE,
	PII_URL,
	PII_MESSENGER_HANDLE,
	PII_PAYMENT_CARD,
	PII_IBAN,
	PII_BANK_ACCOUNT,
	PII_NATIONAL_ID,
	PII_IP_ADDRESS,
	PII_CRYPTO_WALLET,
	PII_POSTAL_ADDRESS,
	PII_TYPE_COUNT
};

/* "EMAIL", "PHONE", ...; NULL for an out-of-range value. */
const char *pii_type_name(enum pii_type t);

/* Parses a category name (case-insensitive); 0 or -EINVAL. */
int pii_type_parse(const char *name, size_t len, enum pii_type *out);

/* Engine options; zero fields take the defaults noted. */
struct pii_options {
	uint32_t match_limit;	/* pcre2 match limit per call (default 100000) */
	uint32_t depth_limit;	/* pcre2 depth limit per call (default 200) */
	size_t max_text;	/* longest text accepted, bytes (default 4 MiB) */
};

struct pii_engine;

/*
 * Compiles every pattern (pcre2 with JIT when available). opt may be NULL.
 * Returns 0 and *out (free with pii_engine_free), -ENOMEM, or -EINVAL
 * when a pattern fails to compile (a bug).
 */
int pii_engine_new(const struct pii_options *opt, struct pii_engine **out);
void pii_engine_free(struct pii_engine *e);

/* Span flags. */
#define PII_SPAN_OBFUSCATED	0x01	/* found only after de-obfuscation */
#define PII_SPAN_CONTEXT	0x02	/* confirmed by a context word */
#define PII_SPAN_CHECKSUM	0x04	/* confirmed by check digits */
#define PII_SPAN_SPLIT		0x08	/* completed across messages */

struct pii_span {
	enum pii_type type;
	uint32_t start, end;		/* UTF-8 byte offsets, original text */
	uint32_t cp_start, cp_end;	/* code-point offsets, original text */
	uint16_t score;			/* confidence 0..100 */
	uint16_t flags;			/* PII_SPAN_* */
};

/* Scan result flags. */
#define PII_SCAN_LIMIT		0x01	/* a pattern limit was hit: fail closed */
#define PII_SCAN_SPLIT		0x02	/* split detector completed a number */

/*
 * A scan result. Caller-owned; pii_result_init before first use, reuse it
 * for many scans (the span array grows and is kept), pii_result_deinit
 * frees the array.
 */
struct pii_result {
	struct pii_span *spans;	/* sorted by start, never overlapping */
	size_t n, cap;
	unsigned flags;		/* PII_SCAN_* */
};

void pii_result_init(struct pii_result *r);
void pii_result_deinit(struct pii_result *r);

/*
 * Finds personal data in text[0..len) (UTF-8, NUL not required).
 * Returns 0 (r->spans filled, possibly none), -EILSEQ (malformed UTF-8),
 * -E2BIG (longer than max_text), -ENOMEM, or -ERANGE when a pattern limit
 * was hit (r->flags has PII_SCAN_LIMIT; the caller must block or mask the
 * whole message, never pass it on).
 */
int pii_scan(const struct pii_engine *e, const char *text, size_t len,
	     struct pii_result *r);

/* ---- policy ---- */

enum pii_action {
	PII_PASS,	/* leave as is */
	PII_FLAG,	/* leave as is, report it */
	PII_MASK,	/* replace by a placeholder ("[phone removed]") */
	PII_BLOCK,	/* refuse the whole message */
};

enum pii_stage {
	PII_STAGE_INQUIRY,	/* no order yet: keep business on the platform */
	PII_STAGE_ORDERED,	/* an order or contract exists */
	PII_STAGE_COUNT
};

enum pii_direction {
	PII_DIR_BUYER_TO_SELLER,
	PII_DIR_SELLER_TO_BUYER,
	PII_DIR_COUNT
};

struct pii_policy {
	uint8_t action[PII_TYPE_COUNT][PII_STAGE_COUNT][PII_DIR_COUNT];
	uint8_t on_limit;	/* PII_MASK or PII_BLOCK: scan limit hit */
};

/*
 * Safe defaults: contact details (EMAIL, PHONE, URL, MESSENGER_HANDLE,
 * POSTAL_ADDRESS, IP_ADDRESS, CRYPTO_WALLET) masked in every context;
 * PAYMENT_CARD, IBAN, BANK_ACCOUNT, NATIONAL_ID masked always; on_limit
 * BLOCK.
 */
void pii_policy_default(struct pii_policy *p);

/*
 * Applies a policy string on top of *p (start from pii_policy_default).
 * Grammar (docs/pii.md):
 *   policy := rule { (',' | ';' | whitespace) rule }
 *   rule   := target '=' action
 *   target := cat [ '.' stage [ '.' dir ] ] | 'limit'
 *   cat    := EMAIL | PHONE | ... | 'contact' | 'financial' | '*'
 *   stage  := inquiry | ordered | '*'
 *   dir    := b2s | s2b | '*'
 *   action := pass | flag | mask | block
 * Rules apply left to right. PAYMENT_CARD, IBAN, BANK_ACCOUNT and
 * NATIONAL_ID accept only mask or block. Returns 0, or -EINVAL with a
 * one-line reason in err (may be NULL) and *p unchanged.
 */
int pii_policy_parse(struct pii_policy *p, const char *s, char *err,
		     size_t errlen);

/* The action for one span type in one context. */
enum pii_action pii_policy_action(const struct pii_policy *p,
				  enum pii_type t, enum pii_stage stage,
				  enum pii_direction dir);

/* One entry of what was done to a message, for the sender's ack. */
struct pii_redaction {
	enum pii_type type;
	uint32_t start, end;	/* code points in the original text */
	enum pii_action action;	/* FLAG, MASK or BLOCK (PASS is not listed) */
};

/* Redact result flags. */
#define PII_OUT_BLOCKED		0x01	/* policy says block: do not deliver */
#define PII_OUT_FLAGGED		0x02	/* something was flagged */
#define PII_OUT_LIMIT		0x04	/* scan limit hit: whole text withheld */
#define PII_OUT_SPLIT		0x08	/* a split number was completed */

/*
 * Redacted text and the list of redactions. Caller-owned:
 * pii_redacted_init, then pii_redacted_deinit frees text and items.
 * Reuse one for many pii_apply calls: its buffers are kept and grown.
 */
struct pii_redacted {
	char *text;			/* NUL-terminated UTF-8 */
	size_t len;
	struct pii_redaction *items;
	size_t n;
	unsigned flags;			/* PII_OUT_* */
	enum pii_type block_type;	/* valid with PII_OUT_BLOCKED */
	/* private: allocated sizes of text and items, kept for reuse
	 * (a caller may take text and set it to NULL) */
	size_t text_cap, items_cap;
};

void pii_redacted_init(struct pii_redacted *o);
void pii_redacted_deinit(struct pii_redacted *o);

/*
 * Applies policy p in context (stage, dir) to the spans r of text and
 * writes the text the counterpart sees into o. Masked spans read as
 * "[phone removed]", "card ••••4242", ... With PII_SCAN_LIMIT in r the
 * whole text becomes "[message withheld]" and PII_OUT_LIMIT is set
 * (PII_OUT_BLOCKED too when p->on_limit is BLOCK). Returns 0 or -ENOMEM.
 */
int pii_apply(const struct pii_policy *p, enum pii_stage stage,
	      enum pii_direction dir, const char *text, size_t len,
	      const struct pii_result *r, struct pii_redacted *o);

/*
 * pii_scan + pii_apply. A scan error other than -ERANGE is returned as
 * is (o untouched); -ERANGE is turned into a withheld message and 0.
 */
int pii_redact(const struct pii_engine *e, const struct pii_policy *p,
	       enum pii_stage stage, enum pii_direction dir,
	       const char *text, size_t len, struct pii_redacted *o);

/*
 * The form of the original that may be encrypted and kept (PCI DSS):
 * text with every payment card cut to "••••" + its last four digits, and
 * a CVV/CVC/security code or expiry date right after it dropped; every
 * other byte unchanged. *out is malloc'd, NUL-terminated, freed by the
 * caller. Returns 0, -EILSEQ, -E2BIG, -ENOMEM or -ERANGE (limit hit: the
 * caller must not keep the original at all).
 */
int pii_pci_cut(const struct pii_engine *e, const char *text, size_t len,
		char **out, size_t *out_len);

/* ---- numbers split across messages ---- */

#define PII_SPLIT_SLOTS		4	/* earlier messages remembered */
#define PII_SPLIT_TAIL		48	/* bytes kept of each */

/*
 * Per (sender, conversation) state, owned and stored by the caller
 * (fixed size, no pointers: it may be copied or kept in a hash table).
 * Zero it or call pii_split_init before first use.
 */
struct pii_split_state {
	struct {
		int64_t ts_ms;			/* message time */
		uint8_t len;			/* bytes in tail */
		char tail[PII_SPLIT_TAIL];	/* fragment-like tail */
	} slot[PII_SPLIT_SLOTS];
	uint8_t n;				/* slots in use, oldest first */
};

void pii_split_init(struct pii_split_state *st);

/*
 * Feeds one message of the sender (time ts_ms) to the detector. Earlier
 * fragments older than window_ms are forgotten. When the fragments of
 * the previous messages and the head of this one together form a PHONE,
 * EMAIL, PAYMENT_CARD, IBAN, BANK_ACCOUNT or NATIONAL_ID, a span of type
 * with flag PII_SPAN_SPLIT covering this message's part is added to r
 * (kept sorted and non-overlapping), r->flags gets PII_SCAN_SPLIT, and
 * the state is cleared. r must hold this message's pii_scan result.
 * Returns 0, -EILSEQ, -ENOMEM or -ERANGE (as pii_scan).
 */
int pii_split_feed(const struct pii_engine *e, struct pii_split_state *st,
		   const char *text, size_t len, int64_t ts_ms,
		   int64_t window_ms, struct pii_result *r);

/* ---- small validators, exported for tests and other modules ---- */

bool pii_luhn_valid(const char *digits, size_t n);
bool pii_iban_valid(const char *s, size_t n);		/* compact, upper */
bool pii_cnid_valid(const char *s, size_t n);		/* 18 chars */
bool pii_verhoeff_valid(const char *digits, size_t n);
bool pii_ssn_valid(const char *digits9);
bool pii_nino_valid(const char *s, size_t n);		/* compact, upper */
bool pii_aba_valid(const char *digits9);
bool pii_iso6346_valid(const char *s11);		/* container, upper */
bool pii_base58check_valid(const char *s, size_t n);	/* BTC 1.../3... */
bool pii_tron_valid(const char *s, size_t n);		/* TRON T... */
bool pii_bech32_valid(const char *s, size_t n);		/* bc1... */

#endif
