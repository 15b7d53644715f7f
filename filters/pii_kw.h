/*
 * pii_kw.h - context words of the PII engine (internal to filters/).
 */
#ifndef PARLEY_FILTERS_PII_KW_H
#define PARLEY_FILTERS_PII_KW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KW_PHONE	0x000001u	/* tel, phone, 电话, whatsapp ... */
#define KW_MSG		0x000002u	/* a messenger name */
#define KW_QQ		0x000004u	/* messenger whose ids are numbers */
#define KW_EMAIL	0x000008u
#define KW_CARD		0x000010u
#define KW_CVV		0x000020u
#define KW_EXP		0x000040u
#define KW_IBAN		0x000080u
#define KW_ACCT		0x000100u	/* account, a/c, 账号 */
#define KW_SWIFT	0x000200u
#define KW_ABA		0x000400u
#define KW_SSN		0x000800u
#define KW_NINO		0x001000u
#define KW_AADHAAR	0x002000u
#define KW_ID		0x004000u	/* id, 身份证 */
#define KW_IP		0x008000u
#define KW_CRYPTO	0x010000u
#define KW_ADDR		0x020000u
#define KW_NEG		0x040000u	/* order, tracking, invoice, sku ... */
#define KW_VER		0x080000u	/* version, firmware */
#define KW_CONTACT	0x100000u
#define KW_BANK		0x200000u
#define KW_STREET	0x400000u	/* Road, Str., Room, 号 ... */
#define KW_NUM		0x800000u	/* a spelled digit: four, cinco */
#define KW_AT		0x1000000u	/* "@" spelled: arroba, arobase, собака */
#define KW_ADDR_X	0x2000000u	/* Via, Calle, Rua, rue, ул. ... */
#define KW_DOTW		0x4000000u	/* "." spelled: dot, punto, точка */
#define KW_ADDR_Y	0x8000000u	/* Jalan, -ku, -ro, ul., Cad. ... */
#define KW_ADDR_Z	0x20000000u	/* 丁目, 광역시, แขวง, شارع, मकान */
#define KW_UNIT		0x10000000u	/* Room, Unit, Floor, No: with KW_STREET,
					 * before a street, never one */

struct pii_kwhit {
	uint32_t s, e;		/* normalised byte range of the word */
	uint32_t cls;		/* KW_* */
};

/* Hits of one message, in text order; reused across scans. */
struct pii_kwhits {
	struct pii_kwhit *v;
	size_t n, cap;
	struct pii_kwhit *inline_v;	/* caller's array, never freed */
	uint32_t all;		/* union of every hit's class */
};

/* Builds the word table; call once before threads start. */
void pii_kw_init(void);

/* Finds every context word in b[0..n). 0 or -ENOMEM. */
int pii_kw_scan(const char *b, size_t n, struct pii_kwhits *h);

/*
 * The same with the pre-scan's bitmaps (pii.c), one bit per byte and
 * zero past n: letters (ASCII letters; may be NULL) give the words and
 * their ends, words (letters and bytes >= 0x80; may be NULL) skip what
 * starts no word in any text. ascii: b is pure ASCII (one step per word
 * through letters alone).
 */
int pii_kw_scan_bits(const char *b, size_t n, const uint64_t *letters,
		     const uint64_t *words, bool ascii, struct pii_kwhits *h);

/* Number of hits that start before p (hits are in text order). */
size_t pii_kw_count_before(const struct pii_kwhits *h, size_t p);

/*
 * Class of the nearest word ending at most dist bytes before p whose
 * class intersects mask (0 when none); *kw_end its end when found.
 */
uint32_t pii_kw_near(const struct pii_kwhits *h, size_t p, size_t dist,
		     uint32_t mask, size_t *kw_end);

/* Union of the classes of all words ending within dist before p. */
uint32_t pii_kw_any(const struct pii_kwhits *h, size_t p, size_t dist);

/*
 * The same two given lo = pii_kw_count_before(h, p), for callers that
 * ask several questions about one position.
 */
uint32_t pii_kw_near_from(const struct pii_kwhits *h, size_t lo, size_t p,
			  size_t dist, uint32_t mask, size_t *kw_end);
uint32_t pii_kw_any_from(const struct pii_kwhits *h, size_t lo, size_t p,
			 size_t dist);

#endif
