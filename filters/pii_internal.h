/*
 * pii_internal.h - shared between the filters/pii*.c files only; not a
 * contract for other modules (that is include/parley/pii.h).
 */
#ifndef PARLEY_FILTERS_PII_INTERNAL_H
#define PARLEY_FILTERS_PII_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parley/pii.h"

/*
 * Normalised text. buf is valid UTF-8 and never longer than the original:
 * full-width forms, homoglyphs inside Latin words, other-script digits
 * and spelled digits become ASCII, zero-width characters disappear,
 * spaced-out characters ("w e c h a t") are joined. Byte i of buf came
 * from original bytes [pii_norm_start(i), pii_norm_end(i)).
 *
 * No per-byte map is stored: besides buf there are four bits a byte
 * (what pass 1 did to each character, what pass 2 did to each byte),
 * and offsets are found by walking the original again with them
 * (pii_normalize.c). The original must outlive the struct.
 */
#define PII_NORM_SPELLED 8

struct pii_norm {
	char *buf;		/* NUL-terminated */
	size_t len;
	size_t srclen;		/* bytes of the original */
	bool changed;		/* buf differs from the original */
	/* buf[spelled[k][0]..spelled[k][1]) holds digits spelled as words
	 * ("four one five" -> "415"), the first PII_NORM_SPELLED runs */
	uint32_t spelled[PII_NORM_SPELLED][2];
	unsigned nspelled;
	/* private to pii_normalize.c */
	bool words;		/* pass 2 changed the text */
	const char *src;	/* the original */
	void *priv;		/* the walk and the marks, after buf */
	void *mem;		/* buf and priv, when not in scratch */
};

/* Bytes pii_norm_build needs for a text of n bytes. */
#define PII_NORM_MEM(n) ((n) + 128 + 32 * ((n) / 64 + 1))

/*
 * s must be valid UTF-8 (checked by the caller) and stay valid while nm
 * is used. Uses scratch when it holds PII_NORM_MEM(n) bytes, else
 * allocates. Returns 0 or -ENOMEM; pii_norm_free releases what was
 * allocated.
 */
int pii_norm_build(const char *s, size_t n, struct pii_norm *nm,
		   unsigned words, void *scratch, size_t scratch_len);

/* pii_norm_build's words: pass 2 too (PII_NORM_WORDS), with its dot
 * rule (| PII_NORM_DOTS) */
#define PII_NORM_WORDS	1u
#define PII_NORM_DOTS	2u

/*
 * Original byte offsets of byte i of nm->buf: where it starts, where it
 * ends (exclusive); i == len gives srclen. Cheapest when called with
 * non-decreasing i, start before end (a forward walk); any order is
 * correct.
 */
uint32_t pii_norm_start(struct pii_norm *nm, size_t i);
uint32_t pii_norm_end(struct pii_norm *nm, size_t i);

/*
 * Pass 2 alone (spelled digits, spaced characters; spelled dots when
 * dots), at most once, on what pii_norm_build(..., 0, ...) made; 0 or
 * -EINVAL.
 */
int pii_norm_words(struct pii_norm *nm, bool dots);

/* The digit ('0'..'9') a CJK numeral stands for (一, 幺, 壹, 〇 ...),
 * or 0. */
int pii_norm_cjk_digit(uint32_t cp);

/* Would pass 1 (folding) change s[0..n) at all? */
bool pii_norm_fold_needed(const char *s, size_t n);

/*
 * Would pass 2 change b[0..n)? spelled: try the spelled-digit rule (a
 * context scan saw a digit word); spaced: try the spacing rule
 * (the pre-scan's bitmaps saw the same separator at k, k+2, k+4, k+6);
 * dots: try the dot rule (the context scan saw a "dot" word).
 */
bool pii_norm_words_needed(const char *b, size_t n, bool spelled,
			   bool spaced, bool dots);

/* Is t[0..n) a top-level domain Parley knows (pii.c)? */
bool pii_tld_ok(const char *t, size_t n);

/* Well-formed UTF-8? *ascii tells whether every byte is < 0x80. */
bool pii_utf8_check(const char *s, size_t n, bool *ascii);
void pii_norm_free(struct pii_norm *nm);

/* True when s[0..n) is well-formed UTF-8 (no overlongs, surrogates). */
bool pii_utf8_valid(const char *s, size_t n);

int pii_iban_country_len(const char *cc);
void pii_sha256_short(const uint8_t *m, size_t n, uint8_t out[32]);

/*
 * The widest CPU extensions the engine may use, from PARLEY_PII_SIMD:
 * "generic" none (plain C, no SHA extensions), "avx2" up to AVX2, unset or
 * anything else all the CPU has. The unit tests run once per cap, so that
 * each path is checked on a CPU that would otherwise take only the widest.
 */
enum pii_simd_cap { PII_SIMD_GENERIC, PII_SIMD_AVX2, PII_SIMD_ALL };
enum pii_simd_cap pii_simd_cap(void);

/* Internal scan entry that also fills spans' byte offsets only. */
int pii_scan_bytes(const struct pii_engine *e, const char *text, size_t len,
		   struct pii_result *r);

/* Adds code-point offsets to spans sorted by start. */
void pii_fill_cp(const char *text, size_t len, struct pii_span *s, size_t n);

#endif
