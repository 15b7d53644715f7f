/*
 * fuzz_pii.c - libFuzzer target for the PII engine: scan, redact, PCI
 * cut and the split detector on arbitrary bytes. Checks the contract:
 * spans sorted, non-overlapping, inside the text, on code-point
 * boundaries; malformed UTF-8 refused; redacted text valid UTF-8.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parley/pii.h"

bool pii_utf8_valid(const char *s, size_t n);

static struct pii_engine *eng;
static struct pii_policy pol;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (pii_engine_new(NULL, &eng))
		abort();
	pii_policy_default(&pol);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *t = (const char *)data;
	struct pii_result r;
	struct pii_redacted o;
	struct pii_split_state st;
	char *cut;
	size_t cn;
	int rc;

	pii_result_init(&r);
	rc = pii_scan(eng, t, size, &r);
	if (!pii_utf8_valid(t, size) && rc != -EILSEQ)
		abort();
	if (rc == 0) {
		for (size_t i = 0; i < r.n; i++) {
			const struct pii_span *s = &r.spans[i];

			if (s->start >= s->end || s->end > size)
				abort();
			if (i && s->start < r.spans[i - 1].end)
				abort();
			if ((s->start < size && (data[s->start] & 0xc0) == 0x80) ||
			    (s->end < size && (data[s->end] & 0xc0) == 0x80))
				abort();
		}
		pii_redacted_init(&o);
		if (pii_apply(&pol, PII_STAGE_INQUIRY, PII_DIR_BUYER_TO_SELLER,
			      t, size, &r, &o) == 0 &&
		    !pii_utf8_valid(o.text, o.len))
			abort();
		pii_redacted_deinit(&o);
		if (pii_pci_cut(eng, t, size, &cut, &cn) == 0) {
			if (!pii_utf8_valid(cut, cn))
				abort();
			free(cut);
		}
		/* the same text as three consecutive messages */
		pii_split_init(&st);
		for (int k = 0; k < 3; k++) {
			size_t a = size * (size_t)k / 3, b = size * (size_t)(k + 1) / 3;

			while (a > 0 && a < size && (data[a] & 0xc0) == 0x80)
				a--;
			while (b < size && (data[b] & 0xc0) == 0x80)
				b++;
			if (pii_scan(eng, t + a, b - a, &r) == 0)
				(void)pii_split_feed(eng, &st, t + a, b - a,
						     k * 1000, 60000, &r);
		}
	}
	pii_result_deinit(&r);
	return 0;
}
