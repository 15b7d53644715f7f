/*
 * ctl_redact_ref.c - the yardstick of "parleyctl redact --bench": ten
 * typical PII regexes run one after another over each text with pcre2
 * JIT (every match found), timed in turns with the engine's scan so that
 * both see the same state of the machine. On a shared VM the speed of
 * the CPU moves by a third from one minute to the next; the ratio of the
 * two moves much less and says how the engine stands.
 *
 * With --diag two more figures, to tell the engine's own cost from the
 * cost of fetching its code and tables again: each message scanned eight
 * times in a row (all of it stays in the caches), and one system call
 * before each message (as in the gateway, where a message comes after
 * recv() and epoll_wait()), the time of the calls alone taken out.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "parley/pii.h"
#include "ctl.h"

static const char *const ref_src[] = {
	"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",	/* e-mail */
	"\\+?\\d[\\d -]{7,}\\d",				/* phone */
	"https?://\\S+",					/* URL */
	"\\b\\d{4}[ -]?\\d{4}[ -]?\\d{4}[ -]?\\d{4}\\b",	/* card */
	"[A-Z]{2}\\d{2}[A-Z0-9]{11,30}",			/* IBAN */
	"\\b\\d{3}-\\d{2}-\\d{4}\\b",				/* SSN */
	"\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b",			/* IPv4 */
	"0x[0-9a-fA-F]{40}",					/* Ethereum */
	"\\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\\b",		/* Bitcoin */
	"www\\.\\S+",						/* bare host */
};
#define N_REF (sizeof(ref_src) / sizeof(ref_src[0]))

struct ref {
	pcre2_code *re[N_REF];
	pcre2_match_data *md;
};

static void ref_free(struct ref *r)
{
	for (size_t i = 0; i < N_REF; i++)
		pcre2_code_free(r->re[i]);
	pcre2_match_data_free(r->md);
}

static int ref_init(struct ref *r)
{
	memset(r, 0, sizeof(*r));
	for (size_t i = 0; i < N_REF; i++) {
		int ec;
		PCRE2_SIZE eo;

		r->re[i] = pcre2_compile((PCRE2_SPTR)ref_src[i],
					 PCRE2_ZERO_TERMINATED, PCRE2_UTF, &ec,
					 &eo, NULL);
		if (!r->re[i] || pcre2_jit_compile(r->re[i], PCRE2_JIT_COMPLETE)) {
			ref_free(r);
			return -1;
		}
	}
	r->md = pcre2_match_data_create(4, NULL);
	if (!r->md) {
		ref_free(r);
		return -1;
	}
	return 0;
}

/* Every match of every pattern; the count, so the work is not dropped. */
static size_t ref_pass(const struct ref *r, char *const *texts,
		       const size_t *lens, size_t cnt)
{
	size_t found = 0;

	for (size_t k = 0; k < cnt; k++) {
		for (size_t i = 0; i < N_REF; i++) {
			PCRE2_SIZE at = 0;

			while (at <= lens[k] &&
			       pcre2_jit_match(r->re[i], (PCRE2_SPTR)texts[k],
					       lens[k], at, 0, r->md, NULL) > 0) {
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);

				found++;
				at = ov[1] > at ? ov[1] : at + 1;
			}
		}
	}
	return found;
}

/* nanoseconds: a pass over a small corpus lasts a few microseconds */
static double mono(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

enum { M_SCAN, M_REF, M_WARM, M_SYSCALL, M_SYSONLY, M_COUNT };

/* One pass of mode m over the corpus; its seconds. */
static double one_pass(int m, const struct pii_engine *eng,
		       const struct ref *ref, char *const *texts,
		       const size_t *lens, size_t cnt, struct pii_result *r,
		       size_t *sink)
{
	double t0 = mono();

	switch (m) {
	case M_SCAN:
		for (size_t i = 0; i < cnt; i++)
			*sink += (size_t)pii_scan(eng, texts[i], lens[i], r);
		break;
	case M_REF:
		*sink += ref_pass(ref, texts, lens, cnt);
		break;
	case M_WARM:
		for (size_t i = 0; i < cnt; i++)
			for (int k = 0; k < 8; k++)
				*sink += (size_t)pii_scan(eng, texts[i],
							  lens[i], r);
		return (mono() - t0) / 8;
	case M_SYSCALL:
		for (size_t i = 0; i < cnt; i++) {
			*sink += (size_t)syscall(SYS_getppid);
			*sink += (size_t)pii_scan(eng, texts[i], lens[i], r);
		}
		break;
	case M_SYSONLY:
		for (size_t i = 0; i < cnt; i++)
			*sink += (size_t)syscall(SYS_getppid);
		break;
	}
	return mono() - t0;
}

int ctl_redact_reference(const struct pii_engine *eng, char *const *texts,
			 const size_t *lens, size_t cnt, size_t bytes,
			 double secs, bool diag)
{
	/* rounds of one pass per mode, the modes in turns, the order
	 * reversed every other round (A B B A) */
	enum { MAX_ROUNDS = 4096 };
	const int nm = diag ? M_COUNT : 2;
	double *t[M_COUNT], *ratio;
	size_t rounds = 0, sink = 0;
	struct pii_result r;
	struct ref ref;
	double start;
	bool ok = true;

	if (!cnt || !bytes)
		return 0;
	if (ref_init(&ref)) {
		fprintf(stderr, "redact: the reference patterns do not compile with pcre2 JIT\n");
		return 1;
	}
	for (int m = 0; m < M_COUNT; m++)
		ok &= (t[m] = calloc(MAX_ROUNDS, sizeof(double))) != NULL;
	ok &= (ratio = calloc(MAX_ROUNDS, sizeof(double))) != NULL;
	pii_result_init(&r);
	for (int m = 0; ok && m < nm; m++)	/* warm up */
		(void)one_pass(m, eng, &ref, texts, lens, cnt, &r, &sink);
	start = mono();
	while (ok && rounds < MAX_ROUNDS &&
	       (rounds < 3 || mono() - start < secs)) {
		for (int j = 0; j < nm; j++) {
			int m = rounds % 2 ? nm - 1 - j : j;

			t[m][rounds] = one_pass(m, eng, &ref, texts, lens, cnt,
						&r, &sink);
		}
		ratio[rounds] = t[M_REF][rounds] / t[M_SCAN][rounds];
		rounds++;
	}
	if (ok) {
		double mb = (double)bytes / 1e6;

		/* per round, before ctl_median() sorts the columns apart */
		for (size_t k = 0; diag && k < rounds; k++)
			t[M_SYSCALL][k] -= t[M_SYSONLY][k];

		printf("reference:       %8.1f MB/s: ten typical PII regexes, pcre2 JIT, one after another (%zu rounds in turns with the scan)\n",
		       mb / ctl_median(t[M_REF], rounds), rounds);
		printf("scan, same rounds: %6.1f MB/s, %.2f x the reference (median of the rounds' ratios)\n",
		       mb / ctl_median(t[M_SCAN], rounds), ctl_median(ratio, rounds));
		if (diag) {
			printf("diag: scan, each message 8 times in a row: %.1f MB/s (caches and branch predictors warm)\n",
			       mb / ctl_median(t[M_WARM], rounds));
			printf("diag: scan, a system call before each message: %.1f MB/s (the calls' own time, %.2f us each, taken out)\n",
			       mb / ctl_median(t[M_SYSCALL], rounds),
			       ctl_median(t[M_SYSONLY], rounds) * 1e6 / (double)cnt);
		}
	}
	/* the matches and return codes, so that no pass is optimised away */
	*(volatile size_t *)&sink = sink;
	for (int m = 0; m < M_COUNT; m++)
		free(t[m]);
	free(ratio);
	pii_result_deinit(&r);
	ref_free(&ref);
	if (!ok)
		fprintf(stderr, "redact: out of memory\n");
	return ok ? 0 : 1;
}
