/*
 * pii_ab.c - two builds of the PII engine in one process: do they find
 * the same spans, and which is faster?
 *
 *   pii-ab.sh BASE_BUILD NEW_BUILD [CORPUS] [--quads N] [--random N]
 *
 * pii-ab.sh links this file against NEW_BUILD's libparley.a and against
 * a copy of BASE_BUILD's whose global symbols carry the prefix base_, so
 * both engines run side by side on the same texts:
 *
 * 1. Same output: every corpus message, then N random texts (short
 *    runs of digits, separators, '@', letters, and corpus messages with
 *    bytes replaced), scanned by both; any difference in return code,
 *    flags or spans is counted and the first few printed.
 * 2. Speed: passes over the corpus in quads A B B A (A = base, B = new),
 *    a pass taking a few milliseconds, so that both see the same phase
 *    of a noisy machine. Printed: each engine's median MB/s and the
 *    median over the quads of A's time / B's time (above 1: new is
 *    faster) with its interquartile range.
 *
 * Exit status: 0 when the outputs agree, 1 when they differ, 2 on a
 * usage or input error.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parley/pii.h"

int base_pii_engine_new(const struct pii_options *opt,
			struct pii_engine **out);
int base_pii_scan(const struct pii_engine *e, const char *text, size_t len,
		  struct pii_result *r);
void base_pii_result_init(struct pii_result *r);
void base_pii_result_deinit(struct pii_result *r);
void base_pii_engine_free(struct pii_engine *e);

struct corpus {
	char **t;
	size_t *n;
	size_t cnt, bytes;
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int dcmp(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return a < b ? -1 : a > b;
}

static int load(const char *path, struct corpus *c)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, lcap = 0;
	ssize_t got;

	if (!f) {
		perror(path);
		return -1;
	}
	memset(c, 0, sizeof(*c));
	while ((got = getline(&line, &lcap, f)) > 0) {
		json_t *j = json_loadb(line, (size_t)got, 0, NULL);
		json_t *t = j ? json_object_get(j, "text") : NULL;

		if (json_is_string(t)) {
			size_t n = json_string_length(t);

			if (c->cnt == cap) {
				cap = cap ? 2 * cap : 1024;
				c->t = realloc(c->t, cap * sizeof(*c->t));
				c->n = realloc(c->n, cap * sizeof(*c->n));
				if (!c->t || !c->n)
					return -1;
			}
			c->t[c->cnt] = malloc(n + 1);
			if (!c->t[c->cnt])
				return -1;
			memcpy(c->t[c->cnt], json_string_value(t), n + 1);
			c->n[c->cnt] = n;
			c->bytes += n;
			c->cnt++;
		}
		json_decref(j);
	}
	free(line);
	fclose(f);
	if (!c->cnt) {
		fprintf(stderr, "pii_ab: %s: no {\"text\":...} lines\n", path);
		return -1;
	}
	return 0;
}

static const struct pii_engine *ea, *eb;
static struct pii_result ra, rb;

/* 1 when both engines give the same answer for t[0..n). */
static int same(const char *t, size_t n)
{
	int x = base_pii_scan(ea, t, n, &ra), y = pii_scan(eb, t, n, &rb);

	if (x != y || ra.n != rb.n || ra.flags != rb.flags)
		return 0;
	for (size_t i = 0; i < ra.n; i++) {
		const struct pii_span *a = &ra.spans[i], *b = &rb.spans[i];

		if (a->start != b->start || a->end != b->end ||
		    a->cp_start != b->cp_start || a->cp_end != b->cp_end ||
		    a->type != b->type || a->flags != b->flags ||
		    a->score != b->score)
			return 0;
	}
	return 1;
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void show(const char *what, const char *t, size_t n)
{
	printf("  differs (%s): ", what);
	for (size_t i = 0; i < n; i++)
		putchar((unsigned char)t[i] >= 0x20 ? t[i] : '?');
	putchar('\n');
}

static size_t check(const struct corpus *c, long nrand)
{
	/* the alphabets of the random texts; the last ones add UTF-8 */
	static const char *const alpha[] = {
		"0123456789 -.()+",
		"0123456789 -.()+:a@/_,",
		"0123456789abcdefABCDEF:. @",
		"ab.c@-_ dot at [] ( ) com 12",
		/* full-width 1, a zero-width space, CJK one and two */
		"0123456789 -\xef\xbc\x91\xe2\x80\x8b\xe4\xb8\x80"
		"\xe4\xba\x8c" "a@.",
	};
	const size_t nalpha = sizeof(alpha) / sizeof(alpha[0]);
	size_t bad = 0, bad_c = 0;
	char t[256];

	for (size_t i = 0; i < c->cnt; i++)
		if (!same(c->t[i], c->n[i]) && bad_c++ < 3)
			show("corpus", c->t[i], c->n[i]);
	for (long k = 0; k < nrand; k++) {
		size_t n;

		if (k & 1) {
			/* a corpus message, some bytes replaced */
			size_t m = next_rand() % c->cnt;

			n = c->n[m] < sizeof(t) ? c->n[m] : sizeof(t);
			memcpy(t, c->t[m], n);
			for (int r = 0; r < 3 && n; r++)
				t[next_rand() % n] =
					"0123456789 .-@+:"[next_rand() % 16];
		} else {
			const char *a = alpha[next_rand() % nalpha];
			size_t na = strlen(a), want = 1 + next_rand() % 64;

			/* whole UTF-8 characters of the alphabet */
			n = 0;
			while (n < want) {
				size_t p = next_rand() % na, l = 1;

				while (p > 0 && ((unsigned char)a[p] & 0xc0) == 0x80)
					p--;
				while (p + l < na &&
				       ((unsigned char)a[p + l] & 0xc0) == 0x80)
					l++;
				memcpy(t + n, a + p, l);
				n += l;
			}
		}
		if (!same(t, n) && bad++ < 3)
			show("random", t, n);
	}
	printf("same output: %zu of %zu corpus messages differ, %zu of %ld random texts\n",
	       bad_c, c->cnt, bad, nrand);
	return bad + bad_c;
}

static double pass(const struct corpus *c, int base)
{
	double t0 = now();

	if (base)
		for (size_t i = 0; i < c->cnt; i++)
			(void)base_pii_scan(ea, c->t[i], c->n[i], &ra);
	else
		for (size_t i = 0; i < c->cnt; i++)
			(void)pii_scan(eb, c->t[i], c->n[i], &rb);
	return now() - t0;
}

static void speed(const struct corpus *c, long quads)
{
	double *ta = malloc(2 * (size_t)quads * sizeof(double));
	double *tb = malloc(2 * (size_t)quads * sizeof(double));
	double *rr = malloc((size_t)quads * sizeof(double));

	if (!ta || !tb || !rr) {
		fprintf(stderr, "pii_ab: out of memory\n");
		exit(2);
	}
	(void)pass(c, 1);
	(void)pass(c, 0);
	for (long k = 0; k < quads; k++) {
		double a1 = pass(c, 1), b1 = pass(c, 0);
		double b2 = pass(c, 0), a2 = pass(c, 1);

		ta[2 * k] = a1;
		ta[2 * k + 1] = a2;
		tb[2 * k] = b1;
		tb[2 * k + 1] = b2;
		rr[k] = (a1 + a2) / (b1 + b2);
	}
	qsort(ta, 2 * (size_t)quads, sizeof(double), dcmp);
	qsort(tb, 2 * (size_t)quads, sizeof(double), dcmp);
	qsort(rr, (size_t)quads, sizeof(double), dcmp);
	printf("base: %.1f MB/s, new: %.1f MB/s (medians of %ld passes each)\n",
	       (double)c->bytes / 1e6 / ta[quads],
	       (double)c->bytes / 1e6 / tb[quads], 2 * quads);
	printf("new / base speed: %.3f (median of %ld quads A B B A; IQR %.3f-%.3f)\n",
	       rr[quads / 2], quads, rr[quads / 4], rr[3 * quads / 4]);
	free(ta);
	free(tb);
	free(rr);
}

int main(int argc, char **argv)
{
	const char *path = NULL;
	long quads = 300, nrand = 200000;
	struct pii_engine *a, *b;
	struct corpus c;
	size_t bad;
	int usage = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--quads") && i + 1 < argc)
			quads = atol(argv[++i]);
		else if (!strcmp(argv[i], "--random") && i + 1 < argc)
			nrand = atol(argv[++i]);
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else
			usage = 1;
	}
	if (usage || !path || quads < 0 || nrand < 0) {
		fprintf(stderr, "usage: pii_ab CORPUS.jsonl [--quads N] [--random N]\n");
		return 2;
	}
	if (load(path, &c))
		return 2;
	if (base_pii_engine_new(NULL, &a) || pii_engine_new(NULL, &b)) {
		fprintf(stderr, "pii_ab: an engine did not start\n");
		return 2;
	}
	ea = a;
	eb = b;
	base_pii_result_init(&ra);
	pii_result_init(&rb);
	printf("corpus: %s, %zu messages, %zu bytes of text\n", path, c.cnt,
	       c.bytes);
	bad = check(&c, nrand);
	fflush(stdout);
	if (quads)
		speed(&c, quads);
	base_pii_result_deinit(&ra);
	pii_result_deinit(&rb);
	base_pii_engine_free(a);
	pii_engine_free(b);
	for (size_t i = 0; i < c.cnt; i++)
		free(c.t[i]);
	free(c.t);
	free(c.n);
	return bad ? 1 : 0;
}
