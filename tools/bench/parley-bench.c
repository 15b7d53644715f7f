/*
 * parley-bench - load generator for the Parley gateway (and for any server
 * speaking the parley.v1 subset open/opened, send/ack/message, sync).
 *
 * DESIGN
 *
 * One thread, one libwebsockets client context driven by a libev loop
 * (LWS_SERVER_OPTION_LIBEV on a loop we own, so that we can ev_break it),
 * or lws' own poll() loop with --poll, for comparison. Everything below runs
 * on that thread; nothing blocks once the loop runs. Provisioning (libpq)
 * happens before the loop starts.
 *
 * Each pair is one buyer connection and one seller connection. The buyer
 * opens a conversation with the seller; both then send into it. A sender
 * keeps its messages in a ring of slots indexed by the number in its cid
 * ("<run>.<n>"), so an ack or an error finds its slot without a search.
 * With --rate 0 a sender keeps --window messages unacked; with --rate R one
 * pacing timer hands out R tokens a second, one at a time to the senders in
 * turn, so that each gets R / (2 * pairs) a second and the total is even.
 *
 * What was acked and what was delivered is tracked per conversation in
 * arrays indexed by seq (one flag byte and one 32-bit timestamp per
 * message): a seq acked or delivered twice is a duplicate, a seq acked to
 * one side and never delivered to the other by the end of the grace period
 * is lost. Delivery latency is matched by (conv, seq), so it works whether
 * or not the message frame echoes the cid.
 *
 * A connection that drops (the gateway was killed) is reopened with
 * exponential backoff; then the client sends {"op":"sync"} with the last
 * seq it saw and resends every unacked message with its original cid.
 *
 * Frames are written one lws_write at a time with LWS_PRE headroom: at once
 * when a timer or an answer makes one due and lws holds none of this
 * connection's output back (a POLLOUT round per frame costs two epoll_ctl
 * calls and a loop iteration, which the gateway would pay for in a shared
 * machine's CPU), otherwise from LWS_CALLBACK_CLIENT_WRITEABLE.
 *
 * Output: progress once per second on stderr, one JSON line on stdout.
 * Exit status 0 when lost == 0 and duplicates == 0 and something was sent
 * (with --idle: when every connection came up), 1 otherwise, 2 on a usage
 * or set-up error. out_of_order (a socket seeing a conversation's seqs go
 * backwards) is reported but does not change the status.
 *
 * --record FILE writes one line per first ack:
 *	<cid> TAB <conv> TAB <seq> TAB <sender user id>
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <ev.h>
#include <libpq-fe.h>
#include <libwebsockets.h>

#include "parley/jwt.h"

#define BENCH_PROTOCOL		"parley.v1"
#define BENCH_MAX_PENDING	256	/* handshakes in flight at once */
#define BENCH_RETRY_MS		100	/* resend delay after unavailable */
#define BENCH_MAX_ERR_CODES	32
#define BENCH_TEXT_MAX		(1024 * 1024)
#define BENCH_ID_MAX		64

/* Latency histogram: 64 exact buckets, then 64 per power of two (~1.5%). */
#define HIST_SUB_BITS		6
#define HIST_SUB		(1u << HIST_SUB_BITS)
#define HIST_BUCKETS		(HIST_SUB + 40 * HIST_SUB)

enum bench_phase {
	PHASE_SETUP,	/* connecting, opening conversations */
	PHASE_RUN,	/* sending for --duration seconds */
	PHASE_DRAIN,	/* no new sends; waiting for acks and deliveries */
	PHASE_SETTLE,	/* grace over: acks no longer count, deliveries of
			 * what was acked may still arrive (1 s). Drain and
			 * settle end early only when every counted ack has
			 * its delivery (B.awaiting), not when the totals
			 * match: deliveries of late acks would make them
			 * match with an acked message still on its way. */
	PHASE_DONE,	/* report written, loop stopping */
};

enum bench_role {
	ROLE_BUYER,
	ROLE_SELLER,
	ROLE_IDLE,
};

enum slot_state {
	SLOT_FREE,
	SLOT_WAIT,	/* queued in resend ring, to be (re)written */
	SLOT_INFLIGHT,	/* written, no ack or error yet */
	SLOT_RETRY,	/* refused with a retryable code, waiting out a delay */
};

/* Per-seq flags in a conversation tracker. */
enum {
	TF_ACK_B = 1 << 0,	/* acked to the buyer (buyer sent it) */
	TF_ACK_S = 1 << 1,	/* acked to the seller */
	TF_DEL_B = 1 << 2,	/* delivered to the buyer */
	TF_DEL_S = 1 << 3,	/* delivered to the seller */
	TF_T_SENT = 1 << 4,	/* t[] holds the first send time */
	TF_T_DEL = 1 << 5,	/* t[] holds the delivery time */
};

struct hist {
	uint64_t count;
	uint64_t b[HIST_BUCKETS];
};

/* One unacked message of a sender. */
struct slot {
	uint64_t n;		/* number in the cid; 0 when never used */
	uint32_t first_us;	/* first write, microseconds since start */
	uint8_t state;		/* enum slot_state */
};

/* FIFO of cid numbers with an optional due time (retry ring). */
struct nring {
	uint64_t *n;
	int64_t *due;
	uint32_t head, tail, mask;
};

/* What was acked and delivered in one conversation, indexed by seq. */
struct tracker {
	uint8_t *flags;
	uint32_t *t;		/* microseconds since start, see TF_T_* */
	size_t cap;
	int64_t max_seq;
};

struct pair;

struct conn {
	struct lws *wsi;
	struct pair *pair;		/* NULL for idle connections */
	enum bench_role role;
	unsigned int idx;
	char user[BENCH_ID_MAX + 1];
	char *token;			/* malloc'd by jwt_mint */

	lws_sorted_usec_list_t sul_connect;	/* (re)connect */
	lws_sorted_usec_list_t sul_retry;	/* delayed resends */
	unsigned int attempts;		/* failed connects in a row */
	bool established;
	bool ever_established;
	bool connecting;
	bool need_open;
	bool need_sync;
	bool retry_armed;

	/* sender state */
	struct slot *slots;
	uint32_t smask;
	uint64_t next_n;		/* next new cid number, from 1 */
	uint32_t inflight;		/* slots not SLOT_FREE */
	struct nring resend;
	struct nring retry;
	double tokens;
	int64_t max_seen;		/* highest seq acked or delivered */
	int64_t contig;			/* every seq up to here was seen */
	int64_t replay_lo, replay_hi;	/* window the last sync replays */
	int64_t last_deliv;		/* last seq delivered on this socket */
	bool in_sync;			/* sync sent, "synced" not yet seen */

	/* receive reassembly for fragmented frames */
	char *rx;
	size_t rx_len, rx_cap;

	unsigned char *tx;		/* LWS_PRE + the frame being written */
	size_t tx_cap;
};

struct pair {
	unsigned int idx;
	struct conn *b, *s;
	int64_t conv;			/* 0 until opened */
	struct tracker tr;
};

struct err_count {
	char code[32];
	uint64_t n;
};

/* Parsed top-level fields of a server frame; spans point into the frame. */
struct frame {
	const char *op, *cid, *code, *from;
	size_t op_len, cid_len, code_len, from_len;
	int64_t conv, seq;
	bool has_conv, has_seq;
};

struct bench {
	/* options */
	char *url;
	const char *db_url;
	const char *secret;
	const char *audience;
	const char *prefix;
	const char *record_path;
	char run[24];
	unsigned int pairs;
	unsigned int idle;
	double rate;
	unsigned int window;
	unsigned int max_inflight;
	double duration;
	double grace;
	double setup_timeout;
	size_t size;
	bool provision;
	bool use_poll;
	bool insecure;
	bool kill_safe;
	int verbose;

	/* parsed url */
	const char *host;
	char path[512];
	int port;
	bool tls;

	/* runtime */
	struct lws_context *ctx;
	struct ev_loop *loop;
	struct conn *conns;
	struct pair *prs;
	unsigned int nconns;
	unsigned int next_connect;
	unsigned int pending;		/* handshakes in flight */
	unsigned int established;
	unsigned int max_established;
	enum bench_phase phase;
	int64_t t0;			/* program start, monotonic us */
	int64_t t_run, t_drain;
	int64_t t_connect;		/* when the first connect started */
	int64_t last_progress;
	uint64_t last_acked;
	int64_t iv_ack_max;		/* slowest ack since the last progress */
	lws_sorted_usec_list_t sul_main;
	lws_sorted_usec_list_t sul_pace;	/* rate pacing */
	uint64_t paced;			/* tokens handed out so far */
	volatile sig_atomic_t interrupted;
	bool stop;
	FILE *record;
	char *text;			/* --size bytes of JSON-safe text */

	/* counters */
	uint64_t sent, resent, acked, delivered, dup_ack, dup_deliver;
	uint64_t unmatched, echoes, failed, throttled, replayed, syncs;
	uint64_t late_acks;	/* arrived after the grace period */
	uint64_t awaiting;	/* acked, not yet delivered to the peer */
	uint64_t out_of_order;
	uint64_t reconnects, connect_failures, http_401;
	uint64_t total_inflight;
	struct err_count errs[BENCH_MAX_ERR_CODES];
	unsigned int nerrs;
	struct hist h_ack, h_del;
	uint64_t lost;
};

static struct bench B;

/* ---- time, histogram ------------------------------------------------ */

static int64_t mono_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Microseconds since start, as stored in slots and trackers. */
static uint32_t rel_us(void)
{
	return (uint32_t)(mono_us() - B.t0);
}

static unsigned int hist_index(uint64_t v)
{
	unsigned int e;

	if (v < HIST_SUB)
		return (unsigned int)v;
	e = 63 - (unsigned int)__builtin_clzll(v);
	if (e >= HIST_SUB_BITS + 40 - 1)
		return HIST_BUCKETS - 1;
	return HIST_SUB + (e - HIST_SUB_BITS) * HIST_SUB +
	       (unsigned int)((v >> (e - HIST_SUB_BITS)) - HIST_SUB);
}

/* Middle of bucket i, in microseconds. */
static double hist_value(unsigned int i)
{
	unsigned int e, m;

	if (i < HIST_SUB)
		return i;
	e = (i - HIST_SUB) / HIST_SUB + HIST_SUB_BITS;
	m = (i - HIST_SUB) % HIST_SUB + HIST_SUB;
	return ((double)m + 0.5) * (double)(1ull << (e - HIST_SUB_BITS));
}

static void hist_add(struct hist *h, int64_t us)
{
	if (us < 0)
		us = 0;
	h->b[hist_index((uint64_t)us)]++;
	h->count++;
}

/* Percentile q (0..1) in milliseconds; -1 when there is no sample. */
static double hist_pct_ms(const struct hist *h, double q)
{
	uint64_t want, seen = 0;
	unsigned int i;

	if (!h->count)
		return -1;
	want = (uint64_t)ceil(q * (double)h->count);
	if (!want)
		want = 1;
	for (i = 0; i < HIST_BUCKETS; i++) {
		seen += h->b[i];
		if (seen >= want)
			return hist_value(i) / 1000.0;
	}
	return hist_value(HIST_BUCKETS - 1) / 1000.0;
}

/* ---- rings and trackers --------------------------------------------- */

static uint32_t pow2_at_least(uint32_t v)
{
	uint32_t p = 1;

	while (p < v)
		p <<= 1;
	return p;
}

static int nring_init(struct nring *r, uint32_t cap, bool with_due)
{
	r->mask = cap - 1;
	r->head = r->tail = 0;
	r->n = calloc(cap, sizeof(*r->n));
	r->due = with_due ? calloc(cap, sizeof(*r->due)) : NULL;
	if (!r->n || (with_due && !r->due))
		return -ENOMEM;
	return 0;
}

static bool nring_empty(const struct nring *r)
{
	return r->head == r->tail;
}

static void nring_push(struct nring *r, uint64_t n, int64_t due)
{
	if (r->tail - r->head > r->mask)
		return;		/* cannot happen: each slot is queued once */
	r->n[r->tail & r->mask] = n;
	if (r->due)
		r->due[r->tail & r->mask] = due;
	r->tail++;
}

static int tracker_reserve(struct tracker *tr, int64_t seq)
{
	size_t cap = tr->cap ? tr->cap : 4096;
	uint8_t *f;
	uint32_t *t;

	if (seq < 0 || seq > (1 << 28))
		return -ERANGE;
	if ((size_t)seq < tr->cap)
		return 0;
	while (cap <= (size_t)seq)
		cap *= 2;
	f = realloc(tr->flags, cap);
	if (!f)
		return -ENOMEM;
	tr->flags = f;
	t = realloc(tr->t, cap * sizeof(*t));
	if (!t)
		return -ENOMEM;
	tr->t = t;
	memset(tr->flags + tr->cap, 0, cap - tr->cap);
	tr->cap = cap;
	return 0;
}

/* ---- JSON frame scanning ------------------------------------------------
 * The server's frames are small flat objects; a scanner that picks out the
 * few fields we need costs far less than building a jansson tree for every
 * frame, and the load generator must not be the bottleneck.
 */

static const char *skip_ws(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* p at an opening quote; returns the position after the closing one. */
static const char *scan_string(const char *p, const char *e)
{
	for (p++; p < e; p++) {
		if (*p == '\\')
			p++;
		else if (*p == '"')
			return p + 1;
	}
	return NULL;
}

static const char *skip_value(const char *p, const char *e)
{
	int depth = 0;

	if (p >= e)
		return NULL;
	if (*p == '"')
		return scan_string(p, e);
	if (*p != '{' && *p != '[') {
		while (p < e && *p != ',' && *p != '}' && *p != ']' &&
		       *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
			p++;
		return p;
	}
	while (p < e) {
		if (*p == '"') {
			p = scan_string(p, e);
			if (!p)
				return NULL;
			continue;
		}
		if (*p == '{' || *p == '[')
			depth++;
		else if (*p == '}' || *p == ']') {
			if (!--depth)
				return p + 1;
		}
		p++;
	}
	return NULL;
}

/* A JSON integer, or a string holding one (some servers quote ids). */
static bool parse_int(const char *p, const char *e, int64_t *out)
{
	int64_t v = 0;
	bool neg = false, any = false;

	if (p < e && *p == '"')
		p++;
	if (p < e && *p == '-') {
		neg = true;
		p++;
	}
	while (p < e && *p >= '0' && *p <= '9') {
		v = v * 10 + (*p++ - '0');
		any = true;
	}
	*out = neg ? -v : v;
	return any;
}

static bool key_is(const char *k, size_t klen, const char *name)
{
	return strlen(name) == klen && !memcmp(k, name, klen);
}

/* Returns 0, or -EINVAL when buf is not a JSON object we can read. */
static int frame_parse(const char *buf, size_t len, struct frame *f)
{
	const char *p = buf, *e = buf + len, *k, *v, *ve;
	size_t klen;

	memset(f, 0, sizeof(*f));
	p = skip_ws(p, e);
	if (p >= e || *p != '{')
		return -EINVAL;
	p++;
	for (;;) {
		p = skip_ws(p, e);
		if (p < e && *p == '}')
			return 0;
		if (p >= e || *p != '"')
			return -EINVAL;
		k = p + 1;
		p = scan_string(p, e);
		if (!p)
			return -EINVAL;
		klen = (size_t)(p - 1 - k);
		p = skip_ws(p, e);
		if (p >= e || *p != ':')
			return -EINVAL;
		v = skip_ws(p + 1, e);
		ve = skip_value(v, e);
		if (!ve)
			return -EINVAL;
		if (*v == '"' && key_is(k, klen, "op")) {
			f->op = v + 1;
			f->op_len = (size_t)(ve - v - 2);
		} else if (*v == '"' && key_is(k, klen, "cid")) {
			f->cid = v + 1;
			f->cid_len = (size_t)(ve - v - 2);
		} else if (*v == '"' && key_is(k, klen, "code")) {
			f->code = v + 1;
			f->code_len = (size_t)(ve - v - 2);
		} else if (*v == '"' && key_is(k, klen, "from")) {
			f->from = v + 1;
			f->from_len = (size_t)(ve - v - 2);
		} else if (key_is(k, klen, "conv")) {
			f->has_conv = parse_int(v, ve, &f->conv);
		} else if (key_is(k, klen, "seq")) {
			f->has_seq = parse_int(v, ve, &f->seq);
		}
		p = skip_ws(ve, e);
		if (p < e && *p == ',') {
			p++;
			continue;
		}
		if (p < e && *p == '}')
			return 0;
		return -EINVAL;
	}
}

static bool span_is(const char *s, size_t len, const char *lit)
{
	return s && strlen(lit) == len && !memcmp(s, lit, len);
}

/* The number after the last '.' of a cid "<run>.<n>"; 0 if none. */
static uint64_t cid_number(const char *cid, size_t len)
{
	uint64_t n = 0;
	size_t i = len;

	while (i && cid[i - 1] >= '0' && cid[i - 1] <= '9')
		i--;
	if (i == len || !i || cid[i - 1] != '.')
		return 0;
	for (; i < len; i++)
		n = n * 10 + (uint64_t)(cid[i] - '0');
	return n;
}

static void count_error(const char *code, size_t len)
{
	unsigned int i;

	if (!code) {
		code = "unknown";
		len = strlen(code);
	}
	if (len >= sizeof(B.errs[0].code))
		len = sizeof(B.errs[0].code) - 1;
	for (i = 0; i < B.nerrs; i++)
		if (strlen(B.errs[i].code) == len &&
		    !memcmp(B.errs[i].code, code, len)) {
			B.errs[i].n++;
			return;
		}
	if (B.nerrs == BENCH_MAX_ERR_CODES)
		i = B.nerrs - 1;	/* lump the rest into the last one */
	else
		i = B.nerrs++;
	memcpy(B.errs[i].code, code, len);
	B.errs[i].code[len] = '\0';
	B.errs[i].n++;
}

static uint64_t errors_total(void)
{
	uint64_t t = 0;
	unsigned int i;

	for (i = 0; i < B.nerrs; i++)
		t += B.errs[i].n;
	return t;
}

/* ---- sending ------------------------------------------------------------ */

static bool is_sender(const struct conn *c)
{
	return c->pair && c->slots;
}

static bool can_send_new(const struct conn *c)
{
	const struct slot *s;

	if (B.phase != PHASE_RUN || !c->pair || c->pair->conv <= 0)
		return false;
	s = &c->slots[c->next_n & c->smask];
	if (s->state != SLOT_FREE)
		return false;
	if (B.rate > 0)
		return c->tokens >= 1.0;
	return c->inflight < B.window;
}

/* Pops the next valid resend; 0 when there is none. */
static uint64_t resend_peek(struct conn *c)
{
	struct nring *r = &c->resend;
	struct slot *s;
	uint64_t n;

	while (!nring_empty(r)) {
		n = r->n[r->head & r->mask];
		s = &c->slots[n & c->smask];
		if (s->n == n && s->state == SLOT_WAIT)
			return n;
		r->head++;	/* stale: acked or refused meanwhile */
	}
	return 0;
}

static bool has_work(struct conn *c)
{
	if (!c->established)
		return false;
	if (c->need_open || (c->need_sync && c->pair && c->pair->conv > 0))
		return true;
	if (!is_sender(c) || c->pair->conv <= 0)
		return false;
	return resend_peek(c) || can_send_new(c);
}

static int write_frame(struct conn *c, size_t len)
{
	int m = lws_write(c->wsi, c->tx + LWS_PRE, len, LWS_WRITE_TEXT);

	if (m < (int)len) {
		lwsl_err("%s: lws_write failed\n", c->user);
		return -1;
	}
	return 0;
}

static size_t build_send(struct conn *c, uint64_t n)
{
	char *p = (char *)c->tx + LWS_PRE;
	int h;

	h = snprintf(p, c->tx_cap - LWS_PRE,
		     "{\"op\":\"send\",\"conv\":%" PRId64 ",\"cid\":\"%s.%"
		     PRIu64 "\",\"text\":\"", c->pair->conv, B.run, n);
	memcpy(p + h, B.text, B.size);
	memcpy(p + h + B.size, "\"}", 2);
	return (size_t)h + B.size + 2;
}

/*
 * A reconnecting client asks for everything after the highest seq up to
 * which it has seen every message (acked to it or delivered to it), not
 * after the highest seq it saw: a gateway that died between an ack and an
 * earlier delivery would otherwise leave a hole nobody notices. What the
 * sync then sends again up to max_seen is a replay, not a duplicate.
 */
static void sync_window(struct conn *c)
{
	struct tracker *tr = &c->pair->tr;
	uint8_t mine = c->role == ROLE_BUYER ? TF_ACK_B | TF_DEL_B :
					       TF_ACK_S | TF_DEL_S;

	while (c->contig + 1 <= tr->max_seq &&
	       (size_t)(c->contig + 1) < tr->cap &&
	       (tr->flags[c->contig + 1] & mine))
		c->contig++;
	c->replay_lo = c->contig;
	c->replay_hi = c->max_seen;
}

/* Writes at most one frame; returns -1 to close the connection. */
static int conn_write_one(struct conn *c)
{
	char *p = (char *)c->tx + LWS_PRE;
	size_t room = c->tx_cap - LWS_PRE;
	struct pair *pr = c->pair;
	struct slot *s;
	uint64_t n;
	int len;

	if (!c->established)
		return 0;
	if (c->need_open) {
		c->need_open = false;
		len = snprintf(p, room,
			       "{\"op\":\"open\",\"peer\":\"%s\","
			       "\"topic\":\"bench %s %u\"}",
			       pr->s->user, B.run, pr->idx);
		if (write_frame(c, (size_t)len))
			return -1;
		return 0;
	}
	if (c->need_sync && pr && pr->conv > 0) {
		c->need_sync = false;
		sync_window(c);
		len = snprintf(p, room,
			       "{\"op\":\"sync\",\"since\":{\"%" PRId64
			       "\":%" PRId64 "}}", pr->conv, c->contig);
		B.syncs++;
		c->in_sync = true;
		if (write_frame(c, (size_t)len))
			return -1;
		return 0;
	}
	if (!is_sender(c) || pr->conv <= 0)
		return 0;

	n = resend_peek(c);
	if (n) {
		c->resend.head++;
		s = &c->slots[n & c->smask];
		if (write_frame(c, build_send(c, n)))
			return -1;
		s->state = SLOT_INFLIGHT;
		B.resent++;
		return 0;
	}
	if (!can_send_new(c))
		return 0;
	n = c->next_n++;
	s = &c->slots[n & c->smask];
	if (write_frame(c, build_send(c, n)))
		return -1;
	s->n = n;
	s->first_us = rel_us();
	s->state = SLOT_INFLIGHT;
	c->inflight++;
	B.total_inflight++;
	B.sent++;
	if (B.rate > 0)
		c->tokens -= 1.0;
	return 0;
}

static int conn_writeable(struct conn *c)
{
	if (conn_write_one(c))
		return -1;
	if (c->established && has_work(c))
		lws_callback_on_writable(c->wsi);
	return 0;
}

/* Asks for a writeable callback if something is due. */
static void kick_later(struct conn *c)
{
	if (c && c->wsi && c->established && has_work(c))
		lws_callback_on_writable(c->wsi);
}

/* Writes what is due now, a few frames at most, unless lws still buffers
 * part of an earlier write; the rest waits for a writeable callback. */
static void kick(struct conn *c)
{
	if (!c || !c->wsi || !c->established)
		return;
	for (int i = 0; i < 4 && has_work(c) && !lws_partial_buffered(c->wsi);
	     i++) {
		if (conn_write_one(c)) {
			lws_set_timeout(c->wsi, PENDING_TIMEOUT_USER_OK,
					LWS_TO_KILL_ASYNC);
			return;
		}
	}
	kick_later(c);
}

/*
 * Rate pacing. Token k (k = 0, 1, ...) falls due at t_run + k / R and goes
 * to sender k mod (2 * pairs): the senders take turns, evenly spaced. One
 * timer for all of them: lws keeps its timers in a sorted list, and with a
 * timer per sender every reschedule walked that list (2,000 entries at
 * 1,000 pairs, a tenth of this process's CPU).
 */
static void pace_cb(lws_sorted_usec_list_t *sul)
{
	unsigned int senders = 2 * B.pairs;
	double per_s = B.rate / senders, cap;
	int64_t now, next;
	uint64_t due;

	(void)sul;
	if (B.phase != PHASE_RUN)
		return;
	now = mono_us();
	due = (uint64_t)((double)(now - B.t_run) * B.rate / 1e6) + 1;
	/* never bank more than 50 ms worth: a stall is reported, not hidden */
	cap = per_s * 0.05 > 2.0 ? per_s * 0.05 : 2.0;
	for (; B.paced < due; B.paced++) {
		struct conn *c = &B.conns[B.paced % senders];
		c->tokens += 1.0;
		if (c->tokens > cap) {
			B.throttled++;
			c->tokens = cap;
		}
		kick(c);
	}
	/* the next token's time, at most 5,000 wake-ups a second */
	next = B.t_run + (int64_t)((double)B.paced * 1e6 / B.rate) - now;
	if (next < 200)
		next = 200;
	lws_sul_schedule(B.ctx, 0, &B.sul_pace, pace_cb, next);
}

/* Moves refused-but-retryable messages whose delay is over back to send. */
static void retry_cb(lws_sorted_usec_list_t *sul)
{
	struct conn *c = lws_container_of(sul, struct conn, sul_retry);
	struct nring *r = &c->retry;
	int64_t now = mono_us();
	struct slot *s;
	uint64_t n;

	c->retry_armed = false;
	while (!nring_empty(r)) {
		n = r->n[r->head & r->mask];
		if (r->due[r->head & r->mask] > now) {
			c->retry_armed = true;
			lws_sul_schedule(B.ctx, 0, &c->sul_retry, retry_cb,
					 r->due[r->head & r->mask] - now);
			break;
		}
		r->head++;
		s = &c->slots[n & c->smask];
		if (s->n != n || s->state != SLOT_RETRY)
			continue;
		s->state = SLOT_WAIT;
		nring_push(&c->resend, n, 0);
	}
	kick(c);
}

/* ---- receiving ------------------------------------------------------ */

static void slot_free(struct conn *c, struct slot *s)
{
	s->state = SLOT_FREE;
	c->inflight--;
	B.total_inflight--;
}

static void on_opened(struct conn *c, const struct frame *f)
{
	struct pair *pr = c->pair;

	if (!pr || !f->has_conv || f->conv <= 0)
		return;
	if (pr->conv > 0 && pr->conv != f->conv)
		lwsl_warn("pair %u: conversation changed %" PRId64 " -> %"
			  PRId64 "\n", pr->idx, pr->conv, f->conv);
	pr->conv = f->conv;
	kick(pr->b);
	kick(pr->s);
}

/* The first few duplicates are shown with what the client knew then. */
static void note_dup(const char *what, const struct conn *c,
		     const struct frame *f)
{
	if (B.dup_ack + B.dup_deliver > 10 && !B.verbose)
		return;
	fprintf(stderr, "parley-bench: duplicate %s to %s: conv %" PRId64
		" seq %" PRId64 " cid %.*s (seen up to %" PRId64
		", contiguous %" PRId64 ", last sync replays %" PRId64
		"..%" PRId64 "%s)\n", what, c->user, f->conv, f->seq,
		(int)f->cid_len, f->cid ? f->cid : "", c->max_seen, c->contig,
		c->replay_lo, c->replay_hi,
		c->in_sync ? ", inside the sync answer" : "");
}

static void on_ack(struct conn *c, const struct frame *f)
{
	struct pair *pr = c->pair;
	struct tracker *tr;
	uint8_t mine = c->role == ROLE_BUYER ? TF_ACK_B : TF_ACK_S;
	uint32_t now = rel_us();
	struct slot *s;
	uint64_t n;

	if (!is_sender(c) || !f->has_seq || f->seq <= 0)
		return;
	if (f->has_conv && f->conv != pr->conv)
		return;
	if (B.phase >= PHASE_SETTLE) {
		/* too late to count: its delivery may be a frame behind on
		 * the peer's socket, and "lost" must not mean "cut off".
		 * PHASE_DONE too: the loop iteration that ends the run
		 * still reads what epoll reported with it. */
		B.late_acks++;
		return;
	}
	tr = &pr->tr;
	if (tracker_reserve(tr, f->seq)) {
		B.unmatched++;
		return;
	}
	n = cid_number(f->cid, f->cid_len);
	s = n ? &c->slots[n & c->smask] : NULL;
	if (tr->flags[f->seq] & (TF_ACK_B | TF_ACK_S)) {
		B.dup_ack++;	/* this seq was acked before */
		note_dup("ack", c, f);
		if (s && s->n == n && s->state != SLOT_FREE)
			slot_free(c, s);
		return;
	}
	if (!s || s->n != n || s->state == SLOT_FREE) {
		B.unmatched++;
		return;
	}
	tr->flags[f->seq] |= mine;
	if (f->seq > tr->max_seq)
		tr->max_seq = f->seq;
	if (f->seq > c->max_seen)
		c->max_seen = f->seq;
	B.acked++;
	if (!(tr->flags[f->seq] & (c->role == ROLE_BUYER ? TF_DEL_S : TF_DEL_B)))
		B.awaiting++;
	int64_t ack_us = (int64_t)(now - s->first_us);

	hist_add(&B.h_ack, ack_us);
	if (ack_us > B.iv_ack_max)
		B.iv_ack_max = ack_us;
	if (tr->flags[f->seq] & TF_T_DEL) {
		hist_add(&B.h_del, (int64_t)(tr->t[f->seq] - s->first_us));
	} else {
		tr->t[f->seq] = s->first_us;
		tr->flags[f->seq] |= TF_T_SENT;
	}
	if (B.record)
		fprintf(B.record, "%.*s\t%" PRId64 "\t%" PRId64 "\t%s\n",
			(int)f->cid_len, f->cid, pr->conv, f->seq, c->user);
	slot_free(c, s);
	kick(c);
}

static void on_message(struct conn *c, const struct frame *f)
{
	struct pair *pr = c->pair;
	uint8_t mine = c->role == ROLE_BUYER ? TF_DEL_B : TF_DEL_S;
	struct tracker *tr;
	uint32_t now = rel_us();

	if (!pr || !f->has_seq || f->seq <= 0 || !f->has_conv ||
	    f->conv != pr->conv)
		return;
	if (f->from && strlen(c->user) == f->from_len &&
	    !memcmp(f->from, c->user, f->from_len)) {
		B.echoes++;	/* our own message, replayed by a sync */
		return;
	}
	tr = &pr->tr;
	if (tracker_reserve(tr, f->seq)) {
		B.unmatched++;
		return;
	}
	if (f->seq > c->max_seen)
		c->max_seen = f->seq;
	if (f->seq > tr->max_seq)
		tr->max_seq = f->seq;
	/* one socket must see a conversation in seq order, replays included */
	if (f->seq <= c->last_deliv) {
		B.out_of_order++;
		if (B.out_of_order <= 5 || B.verbose)
			fprintf(stderr, "parley-bench: out of order to %s: conv %"
				PRId64 " seq %" PRId64 " after %" PRId64 "%s\n",
				c->user, f->conv, f->seq, c->last_deliv,
				c->in_sync ? ", inside the sync answer" : "");
	}
	c->last_deliv = f->seq;
	if (tr->flags[f->seq] & mine) {
		if (f->seq > c->replay_lo && f->seq <= c->replay_hi)
			B.replayed++;	/* asked for again by our sync */
		else {
			B.dup_deliver++;
			note_dup("delivery", c, f);
		}
		return;
	}
	tr->flags[f->seq] |= mine;
	B.delivered++;
	if (tr->flags[f->seq] & (c->role == ROLE_BUYER ? TF_ACK_S : TF_ACK_B))
		B.awaiting--;
	if (tr->flags[f->seq] & TF_T_SENT) {
		hist_add(&B.h_del, (int64_t)(now - tr->t[f->seq]));
	} else {
		tr->t[f->seq] = now;
		tr->flags[f->seq] |= TF_T_DEL;
	}
}

static bool code_retryable(const struct frame *f)
{
	return span_is(f->code, f->code_len, "unavailable") ||
	       span_is(f->code, f->code_len, "rate_limited") ||
	       span_is(f->code, f->code_len, "busy");
}

static void on_error(struct conn *c, const struct frame *f)
{
	struct slot *s;
	uint64_t n;
	int64_t due;

	count_error(f->code, f->code_len);
	if (!is_sender(c) || !f->cid)
		return;
	n = cid_number(f->cid, f->cid_len);
	if (!n)
		return;
	s = &c->slots[n & c->smask];
	if (s->n != n || s->state != SLOT_INFLIGHT)
		return;
	if (!code_retryable(f)) {
		B.failed++;	/* refused for good: not acked, not lost */
		slot_free(c, s);
		kick(c);
		return;
	}
	s->state = SLOT_RETRY;
	due = mono_us() + BENCH_RETRY_MS * 1000;
	nring_push(&c->retry, n, due);
	if (!c->retry_armed) {
		c->retry_armed = true;
		lws_sul_schedule(B.ctx, 0, &c->sul_retry, retry_cb,
				 BENCH_RETRY_MS * 1000);
	}
}

static void conn_frame(struct conn *c, const char *buf, size_t len)
{
	struct frame f;

	if (frame_parse(buf, len, &f)) {
		count_error("bench_bad_frame", strlen("bench_bad_frame"));
		return;
	}
	if (span_is(f.op, f.op_len, "ack"))
		on_ack(c, &f);
	else if (span_is(f.op, f.op_len, "message"))
		on_message(c, &f);
	else if (span_is(f.op, f.op_len, "opened"))
		on_opened(c, &f);
	else if (span_is(f.op, f.op_len, "error"))
		on_error(c, &f);
	else if (span_is(f.op, f.op_len, "synced"))
		c->in_sync = false;
	/* anything else (read, typing, sync replies) is not ours to count */
}

static int conn_receive(struct conn *c, struct lws *wsi, const char *in,
			size_t len)
{
	bool final = lws_is_final_fragment(wsi) &&
		     !lws_remaining_packet_payload(wsi);
	size_t need;
	char *nb;

	if (final && !c->rx_len) {
		conn_frame(c, in, len);
		return 0;
	}
	need = c->rx_len + len;
	if (need > 4 * BENCH_TEXT_MAX)
		return -1;
	if (need > c->rx_cap) {
		nb = realloc(c->rx, need * 2);
		if (!nb)
			return -1;
		c->rx = nb;
		c->rx_cap = need * 2;
	}
	memcpy(c->rx + c->rx_len, in, len);
	c->rx_len = need;
	if (final) {
		conn_frame(c, c->rx, c->rx_len);
		c->rx_len = 0;
	}
	return 0;
}

/* ---- connections ------------------------------------------------------ */

static void connect_cb(lws_sorted_usec_list_t *sul);

static void pump_connects(void)
{
	struct conn *c;

	while (B.next_connect < B.nconns && B.pending < BENCH_MAX_PENDING &&
	       B.phase != PHASE_DONE) {
		c = &B.conns[B.next_connect++];
		connect_cb(&c->sul_connect);
	}
}

static void schedule_reconnect(struct conn *c)
{
	int64_t ms = 50ll << (c->attempts < 6 ? c->attempts : 6);

	if (ms > 2000)
		ms = 2000;
	ms += (int64_t)(random() % (ms / 4 + 1));
	c->attempts++;
	if (B.phase == PHASE_DONE || B.stop)
		return;
	lws_sul_schedule(B.ctx, 0, &c->sul_connect, connect_cb, ms * 1000);
}

static void connect_cb(lws_sorted_usec_list_t *sul)
{
	struct conn *c = lws_container_of(sul, struct conn, sul_connect);
	struct lws_client_connect_info i;

	if (B.phase == PHASE_DONE || c->wsi || c->connecting)
		return;
	memset(&i, 0, sizeof(i));
	i.context = B.ctx;
	i.address = B.host;
	i.port = B.port;
	i.path = B.path;
	i.host = B.host;
	i.origin = B.host;
	i.protocol = BENCH_PROTOCOL;
	i.local_protocol_name = "parley-bench";
	i.opaque_user_data = c;
	i.pwsi = &c->wsi;
	if (B.tls) {
		i.ssl_connection = LCCSCF_USE_SSL;
		if (B.insecure)
			i.ssl_connection |= LCCSCF_ALLOW_SELFSIGNED |
					    LCCSCF_SKIP_SERVER_CERT_HOSTNAME_CHECK |
					    LCCSCF_ALLOW_EXPIRED;
	}
	c->connecting = true;
	B.pending++;
	if (!lws_client_connect_via_info(&i)) {
		c->wsi = NULL;
		c->connecting = false;
		B.pending--;
		B.connect_failures++;
		schedule_reconnect(c);
	}
}

/* The connection is gone: queue its unacked messages for resending. */
static void conn_lost(struct conn *c, bool was_up)
{
	uint64_t n, lo;
	struct slot *s;

	c->wsi = NULL;
	c->established = false;
	if (c->connecting) {
		c->connecting = false;
		B.pending--;
	}
	if (was_up) {
		B.established--;
		B.reconnects++;
	}
	c->rx_len = 0;
	if (is_sender(c)) {
		lo = c->next_n > c->smask + 1 ? c->next_n - c->smask - 1 : 1;
		for (n = lo; n < c->next_n; n++) {
			s = &c->slots[n & c->smask];
			if (s->n == n && s->state == SLOT_INFLIGHT) {
				s->state = SLOT_WAIT;
				nring_push(&c->resend, n, 0);
			}
		}
	}
	schedule_reconnect(c);
	pump_connects();
}

static void conn_up(struct conn *c)
{
	c->established = true;
	c->last_deliv = 0;
	c->in_sync = false;
	if (c->connecting) {
		c->connecting = false;
		B.pending--;
	}
	c->attempts = 0;
	B.established++;
	if (B.established > B.max_established)
		B.max_established = B.established;
	if (c->pair) {
		if (c->pair->conv <= 0 && c->role == ROLE_BUYER)
			c->need_open = true;
		/* a reconnect: ask for what was missed, then resend */
		if (c->ever_established && c->pair->conv > 0)
			c->need_sync = true;
	}
	c->ever_established = true;
	kick_later(c);
	pump_connects();
}

static int add_auth_header(struct conn *c, struct lws *wsi, void *in,
			   size_t len)
{
	unsigned char **p = (unsigned char **)in, *end = *p + len;
	char v[2048];
	int n;

	n = snprintf(v, sizeof(v), "Bearer %s", c->token);
	if (n < 0 || (size_t)n >= sizeof(v))
		return -1;
	if (lws_add_http_header_by_name(wsi,
					(const unsigned char *)"authorization:",
					(const unsigned char *)v, n, p, end))
		return -1;
	return 0;
}

static void report_connect_error(struct conn *c, struct lws *wsi,
				 const char *why)
{
	unsigned int status = wsi ? lws_http_client_http_response(wsi) : 0;
	char st[24] = "";

	B.connect_failures++;
	if (status == 401)
		B.http_401++;
	if (status)
		snprintf(st, sizeof(st), ", HTTP %u", status);
	if (B.connect_failures <= 5 || !(B.connect_failures % 1000) ||
	    B.verbose)
		fprintf(stderr, "parley-bench: %s: connect failed (%s%s), "
			"retry %u in backoff\n", c->user, why ? why : "?", st,
			c->attempts + 1);
}

static int callback_bench(struct lws *wsi, enum lws_callback_reasons reason,
			  void *user, void *in, size_t len)
{
	struct conn *c = wsi ? lws_get_opaque_user_data(wsi) : NULL;

	(void)user;
	if (!c)
		return 0;

	switch (reason) {
	case LWS_CALLBACK_CLIENT_APPEND_HANDSHAKE_HEADER:
		return add_auth_header(c, wsi, in, len);

	case LWS_CALLBACK_CLIENT_ESTABLISHED:
		conn_up(c);
		break;

	case LWS_CALLBACK_CLIENT_RECEIVE:
		return conn_receive(c, wsi, in, len);

	case LWS_CALLBACK_CLIENT_WRITEABLE:
		return conn_writeable(c);

	case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
		if (c->wsi != wsi && c->wsi)
			break;
		report_connect_error(c, wsi, in);
		conn_lost(c, false);
		break;

	case LWS_CALLBACK_CLIENT_CLOSED:
		if (c->wsi != wsi && c->wsi)
			break;
		if (B.verbose)
			fprintf(stderr, "parley-bench: %s: closed\n", c->user);
		conn_lost(c, c->established);
		break;

	default:
		break;
	}
	return 0;
}

static const struct lws_protocols protocols[] = {
	{ "parley-bench", callback_bench, 0, 0, 0, NULL, 0 },
	{ NULL, NULL, 0, 0, 0, NULL, 0 }
};

/* ---- run control -------------------------------------------------------- */

static unsigned int pairs_ready(void)
{
	unsigned int i, n = 0;

	for (i = 0; i < B.pairs; i++)
		if (B.prs[i].conv > 0 && B.prs[i].b->established &&
		    B.prs[i].s->established)
			n++;
	return n;
}

static void start_run(void)
{
	unsigned int i, senders = 2 * B.pairs;

	B.phase = PHASE_RUN;
	B.t_run = mono_us();
	if (B.idle)
		fprintf(stderr, "parley-bench: %u/%u idle connections up in "
			"%.2f s; holding them %g s (read the gateway RSS now)\n",
			B.established, B.nconns,
			(double)(B.t_run - B.t_connect) / 1e6, B.duration);
	B.last_progress = B.t_run;
	B.last_acked = B.acked;
	B.paced = 0;
	for (i = 0; i < senders; i++)
		B.conns[i].tokens = 0;
	if (B.rate > 0 && senders)
		lws_sul_schedule(B.ctx, 0, &B.sul_pace, pace_cb, 1);
	for (i = 0; i < B.nconns; i++)
		kick(&B.conns[i]);
}

static void progress(int64_t now)
{
	double dt = (double)(now - B.last_progress) / 1e6;
	double t = B.phase == PHASE_SETUP ? 0 :
		   (double)(now - B.t_run) / 1e6;

	fprintf(stderr, "[%6.1fs %-5s] conns %u/%u sent %" PRIu64 " acked %"
		PRIu64 " delivered %" PRIu64 " %.0f msgs/s errors %" PRIu64
		" inflight %" PRIu64 " reconnects %" PRIu64
		" slowest ack %.1f ms\n", t,
		B.phase == PHASE_SETUP ? "setup" :
		B.phase == PHASE_RUN ? "run" : "drain",
		B.established, B.nconns, B.sent, B.acked, B.delivered,
		dt > 0 ? (double)(B.acked - B.last_acked) / dt : 0.0,
		errors_total(), B.total_inflight, B.reconnects,
		(double)B.iv_ack_max / 1000.0);
	B.last_progress = now;
	B.iv_ack_max = 0;
	B.last_acked = B.acked;
	if (B.record)
		fflush(B.record);
}

static uint64_t count_lost(void)
{
	uint64_t lost = 0;
	unsigned int i;
	int64_t s;

	for (i = 0; i < B.pairs; i++) {
		struct tracker *tr = &B.prs[i].tr;

		for (s = 1; s <= tr->max_seq && (size_t)s < tr->cap; s++) {
			uint8_t f = tr->flags[s];

			if (((f & TF_ACK_B) && !(f & TF_DEL_S)) ||
			    ((f & TF_ACK_S) && !(f & TF_DEL_B))) {
				lost++;
				fprintf(stderr, "parley-bench: lost: conv %"
					PRId64 " seq %" PRId64 " (flags %#x)\n",
					B.prs[i].conv, s, f);
			}
		}
	}
	return lost;
}

static void finish(void)
{
	B.phase = PHASE_DONE;
	B.stop = true;
	if (B.loop)
		ev_break(B.loop, EVBREAK_ALL);
	else
		lws_cancel_service(B.ctx);
}

/* Every 50 ms: phase changes, progress, the end. */
static void main_cb(lws_sorted_usec_list_t *sul)
{
	int64_t now = mono_us();
	bool all_up;

	(void)sul;
	if (B.interrupted && B.phase < PHASE_DRAIN) {
		fprintf(stderr, "parley-bench: interrupted\n");
		if (B.phase == PHASE_SETUP)
			B.t_run = now;
		B.phase = PHASE_DRAIN;
		B.t_drain = now;
	}
	switch (B.phase) {
	case PHASE_SETUP:
		all_up = B.idle ? B.established == B.nconns :
				  pairs_ready() == B.pairs;
		if (all_up || now - B.t0 > (int64_t)(B.setup_timeout * 1e6)) {
			if (!all_up)
				fprintf(stderr, "parley-bench: setup timed out "
					"with %u/%u connections, starting "
					"anyway\n", B.established, B.nconns);
			start_run();
		}
		break;
	case PHASE_RUN:
		if (now - B.t_run >= (int64_t)(B.duration * 1e6)) {
			B.phase = PHASE_DRAIN;
			B.t_drain = now;
		}
		break;
	case PHASE_DRAIN:
		if (B.idle ||
		    (B.total_inflight == 0 && !B.awaiting) ||
		    (B.interrupted > 1)) {
			finish();
			return;
		}
		if (now - B.t_drain >= (int64_t)(B.grace * 1e6)) {
			B.phase = PHASE_SETTLE;
			B.t_drain = now;
		}
		break;
	case PHASE_SETTLE:
		if (!B.awaiting || B.interrupted > 1 ||
		    now - B.t_drain >= 1000000) {
			finish();
			return;
		}
		break;
	case PHASE_DONE:
		return;
	}
	if (now - B.last_progress >= 1000000)
		progress(now);
	lws_sul_schedule(B.ctx, 0, &B.sul_main, main_cb, 50 * 1000);
}

static void on_signal(int sig)
{
	(void)sig;
	B.interrupted++;
}

/* ---- provisioning ---------------------------------------------------- */

static void user_id(char *out, size_t size, const char *kind, unsigned int i)
{
	snprintf(out, size, "%s-%s-%s-%u", B.prefix, kind, B.run, i);
}

/* Appends s to a growing buffer; returns -ENOMEM on failure. */
static int buf_add(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n = strlen(s);
	char *nb;

	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		nb = realloc(*buf, *cap);
		if (!nb)
			return -ENOMEM;
		*buf = nb;
	}
	memcpy(*buf + *len, s, n + 1);
	*len += n;
	return 0;
}

/*
 * Inserts every bench user in one statement (ids are [A-Za-z0-9-] only, so
 * the array literals need no quoting), then tells the gateways to reload
 * their user cache.
 */
static int provision(void)
{
	static const char *sql =
		"INSERT INTO users (id, role, display_name) "
		"SELECT u.id, u.role, u.id "
		"FROM unnest($1::text[], $2::text[]) AS u(id, role) "
		"ON CONFLICT (id) DO NOTHING";
	char *ids = NULL, *roles = NULL;
	size_t il = 0, ic = 0, rl = 0, rc = 0;
	const char *params[2];
	PGresult *res = NULL;
	PGconn *pg = NULL;
	unsigned int i;
	int ret = -EIO;
	int64_t t;

	if (!B.db_url || !*B.db_url) {
		fprintf(stderr, "parley-bench: no database: give --db URL or "
			"PARLEY_DB_URL, or --no-provision\n");
		return -EINVAL;
	}
	t = mono_us();
	pg = PQconnectdb(B.db_url);
	if (PQstatus(pg) != CONNECTION_OK) {
		fprintf(stderr, "parley-bench: database: %s",
			PQerrorMessage(pg));
		goto out;
	}
	if (buf_add(&ids, &il, &ic, "{") || buf_add(&roles, &rl, &rc, "{"))
		goto oom;
	for (i = 0; i < B.nconns; i++) {
		const char *role = B.conns[i].role == ROLE_SELLER ? "seller" :
				   "buyer";

		if (i && (buf_add(&ids, &il, &ic, ",") ||
			  buf_add(&roles, &rl, &rc, ",")))
			goto oom;
		if (buf_add(&ids, &il, &ic, B.conns[i].user) ||
		    buf_add(&roles, &rl, &rc, role))
			goto oom;
	}
	if (buf_add(&ids, &il, &ic, "}") || buf_add(&roles, &rl, &rc, "}"))
		goto oom;
	params[0] = ids;
	params[1] = roles;
	res = PQexecParams(pg, sql, 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		fprintf(stderr, "parley-bench: insert users: %s",
			PQerrorMessage(pg));
		goto out;
	}
	PQclear(res);
	res = PQexec(pg, "NOTIFY parley_user, '*'");
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		fprintf(stderr, "parley-bench: notify: %s", PQerrorMessage(pg));
		goto out;
	}
	fprintf(stderr, "parley-bench: provisioned %u users in %.0f ms\n",
		B.nconns, (double)(mono_us() - t) / 1000.0);
	ret = 0;
	goto out;
oom:
	ret = -ENOMEM;
out:
	PQclear(res);
	PQfinish(pg);
	free(ids);
	free(roles);
	return ret;
}

/* ---- set-up --------------------------------------------------------------- */

static int raise_fd_limit(unsigned int want)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl))
		return -errno;
	rl.rlim_cur = rl.rlim_max;
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > (1u << 20))
		rl.rlim_cur = 1u << 20;
	if (setrlimit(RLIMIT_NOFILE, &rl))
		return -errno;
	if (rl.rlim_cur < want + 64) {
		fprintf(stderr, "parley-bench: fd limit %lu is below the %u "
			"connections asked for\n", (unsigned long)rl.rlim_cur,
			want);
		return -EMFILE;
	}
	return (int)rl.rlim_cur;
}

static int parse_url(void)
{
	const char *prot, *path;
	char *copy = strdup(B.url);

	if (!copy || lws_parse_uri(copy, &prot, &B.host, &B.port, &path))
		return -EINVAL;
	if (!strcmp(prot, "wss") || !strcmp(prot, "https"))
		B.tls = true;
	else if (strcmp(prot, "ws") && strcmp(prot, "http"))
		return -EINVAL;
	snprintf(B.path, sizeof(B.path), "/%s", path);
	return 0;	/* copy stays alive: B.host points into it */
}

static int conns_init(void)
{
	unsigned int i, cap;
	char id[BENCH_ID_MAX + 1];
	int64_t now_s = (int64_t)time(NULL);
	size_t slen = strlen(B.secret);

	B.nconns = B.idle ? B.idle : 2 * B.pairs;
	B.conns = calloc(B.nconns, sizeof(*B.conns));
	B.prs = B.pairs ? calloc(B.pairs, sizeof(*B.prs)) : NULL;
	if (!B.conns || (B.pairs && !B.prs))
		return -ENOMEM;
	cap = pow2_at_least(B.rate > 0 ? B.max_inflight : 2 * B.window);
	if (cap < 64)
		cap = 64;

	for (i = 0; i < B.nconns; i++) {
		struct conn *c = &B.conns[i];
		enum jwt_role jr;

		c->idx = i;
		if (B.idle) {
			c->role = ROLE_IDLE;
			user_id(id, sizeof(id), "i", i);
			jr = JWT_ROLE_BUYER;
		} else {
			/* senders first: conns[0..2P) alternate buyer, seller */
			struct pair *pr = &B.prs[i / 2];

			c->pair = pr;
			pr->idx = i / 2;
			c->role = i % 2 ? ROLE_SELLER : ROLE_BUYER;
			user_id(id, sizeof(id), i % 2 ? "s" : "b", i / 2);
			jr = i % 2 ? JWT_ROLE_SELLER : JWT_ROLE_BUYER;
			if (i % 2)
				pr->s = c;
			else
				pr->b = c;
		}
		if (strlen(id) > BENCH_ID_MAX)
			return -ENAMETOOLONG;
		strcpy(c->user, id);
		c->token = jwt_mint(c->user, jr, now_s,
				    (int64_t)(B.duration + B.grace +
					      B.setup_timeout) + 3600,
				    (const uint8_t *)B.secret, slen,
				    B.audience);
		if (!c->token)
			return -EINVAL;
		c->tx_cap = LWS_PRE + 256 + B.size +
			    (B.idle ? 0 : BENCH_ID_MAX * 2);
		c->tx = malloc(c->tx_cap);
		if (!c->tx)
			return -ENOMEM;
		if (B.idle)
			continue;
		c->slots = calloc(cap, sizeof(*c->slots));
		c->smask = cap - 1;
		c->next_n = 1;
		if (!c->slots || nring_init(&c->resend, cap, false) ||
		    nring_init(&c->retry, cap, true))
			return -ENOMEM;
	}
	return 0;
}

static void conns_free(void)
{
	unsigned int i;

	for (i = 0; B.conns && i < B.nconns; i++) {
		struct conn *c = &B.conns[i];

		free(c->token);
		free(c->tx);
		free(c->rx);
		free(c->slots);
		free(c->resend.n);
		free(c->retry.n);
		free(c->retry.due);
	}
	for (i = 0; B.prs && i < B.pairs; i++) {
		free(B.prs[i].tr.flags);
		free(B.prs[i].tr.t);
	}
	free(B.conns);
	free(B.prs);
}

static void make_text(void)
{
	static const char words[] =
		"hello, is the blue model still in stock and what is the "
		"lead time for a pallet shipped by sea? ";
	size_t i;

	B.text = malloc(B.size + 1);
	if (!B.text)
		return;
	for (i = 0; i < B.size; i++)
		B.text[i] = words[i % (sizeof(words) - 1)];
	B.text[B.size] = '\0';
}

/* ---- report ------------------------------------------------------------------ */

static void print_ms(const char *key, double v)
{
	if (v < 0)
		printf(",\"%s\":null", key);
	else
		printf(",\"%s\":%.3f", key, v);
}

static int report(void)
{
	double run_s = (double)((B.t_drain ? B.t_drain : mono_us()) -
				B.t_run) / 1e6;
	uint64_t dups = B.dup_ack + B.dup_deliver;
	unsigned int i;
	bool ok;

	if (B.idle) {
		ok = B.max_established == B.nconns;
		printf("{\"idle\":%u,\"connected\":%u,\"max_connected\":%u,"
		       "\"connect_s\":%.3f,"
		       "\"duration_s\":%.3f,\"connect_failures\":%" PRIu64
		       ",\"http_401\":%" PRIu64 ",\"reconnects\":%" PRIu64
		       ",\"loop\":\"%s\"}\n", B.nconns, B.established,
		       B.max_established,
		       (double)(B.t_run - B.t_connect) / 1e6, run_s,
		       B.connect_failures,
		       B.http_401, B.reconnects, B.use_poll ? "poll" : "libev");
		fflush(stdout);
		return ok ? 0 : 1;
	}
	B.lost = count_lost();
	printf("{\"sent\":%" PRIu64 ",\"acked\":%" PRIu64 ",\"delivered\":%"
	       PRIu64 ",\"lost\":%" PRIu64 ",\"duplicates\":%" PRIu64
	       ",\"msgs_per_s\":%.1f", B.sent, B.acked, B.delivered, B.lost,
	       dups, B.duration > 0 ? (double)B.acked / B.duration : 0.0);
	print_ms("ack_p50_ms", hist_pct_ms(&B.h_ack, 0.50));
	print_ms("ack_p99_ms", hist_pct_ms(&B.h_ack, 0.99));
	print_ms("ack_p999_ms", hist_pct_ms(&B.h_ack, 0.999));
	print_ms("ack_max_ms", hist_pct_ms(&B.h_ack, 1.0));
	print_ms("deliver_p50_ms", hist_pct_ms(&B.h_del, 0.50));
	print_ms("deliver_p99_ms", hist_pct_ms(&B.h_del, 0.99));
	printf(",\"errors\":{");
	for (i = 0; i < B.nerrs; i++)
		printf("%s\"%s\":%" PRIu64, i ? "," : "", B.errs[i].code,
		       B.errs[i].n);
	printf("},\"pairs\":%u,\"rate\":%.0f,\"window\":%u,\"duration_s\":%g"
	       ",\"run_s\":%.3f,\"size\":%zu,\"dup_acks\":%" PRIu64
	       ",\"dup_deliveries\":%" PRIu64 ",\"unacked\":%" PRIu64
	       ",\"late_acks\":%" PRIu64
	       ",\"refused\":%" PRIu64 ",\"resent\":%" PRIu64
	       ",\"reconnects\":%" PRIu64 ",\"connect_failures\":%" PRIu64
	       ",\"http_401\":%" PRIu64 ",\"throttled\":%" PRIu64 ",\"unmatched\":%" PRIu64
	       ",\"echoes\":%" PRIu64 ",\"replayed\":%" PRIu64 ",\"syncs\":%"
	       PRIu64 ",\"out_of_order\":%" PRIu64 ",\"loop\":\"%s\",\"run\":\"%s\"}\n",
	       B.pairs, B.rate, B.window, B.duration, run_s, B.size,
	       B.dup_ack, B.dup_deliver, B.total_inflight, B.late_acks,
	       B.failed, B.resent,
	       B.reconnects, B.connect_failures, B.http_401, B.throttled,
	       B.unmatched,
	       B.echoes, B.replayed, B.syncs, B.out_of_order, B.use_poll ? "poll" : "libev",
	       B.run);
	fflush(stdout);
	if (!B.sent)
		fprintf(stderr, "parley-bench: nothing was sent\n");
	return B.lost == 0 && dups == 0 && B.sent ? 0 : 1;
}

/* ---- main ------------------------------------------------------------------ */

static void usage(FILE *f)
{
	fprintf(f,
"usage: parley-bench [options]\n"
"  --url URL           ws:// or wss:// endpoint (ws://127.0.0.1:8080/ws)\n"
"  --pairs P           buyer+seller pairs, one conversation each (1)\n"
"  --rate R            messages/s in total, 0 = closed loop (0)\n"
"  --window W          unacked messages per sender at --rate 0 (32)\n"
"  --max-inflight N    unacked messages per sender at --rate R (1024)\n"
"  --duration S        seconds of sending (10)\n"
"  --size BYTES        message text size (100)\n"
"  --grace S           seconds to drain acks and deliveries (3)\n"
"  --idle N            open N idle connections instead of pairs\n"
"  --db URL            PostgreSQL for users (env PARLEY_DB_URL)\n"
"  --secret S          JWT secret (env PARLEY_JWT_SECRET)\n"
"  --no-provision      do not touch the database (peer relay)\n"
"  --user-prefix P     user ids P-b-RUN-i, P-s-RUN-i, P-i-RUN-i (bench)\n"
"  --run ID            run id in user ids and cids (random)\n"
"  --record FILE       write cid, conv, seq, sender of every ack\n"
"  --kill-safe         expect the server to die: longer grace (15 s)\n"
"  --setup-timeout S   seconds to wait for connections (30)\n"
"  --insecure          accept any TLS certificate\n"
"  --poll              lws poll() loop instead of libev\n"
"  -v                  verbose\n");
}

static int parse_args(int argc, char **argv)
{
	enum {
		O_URL = 256, O_PAIRS, O_RATE, O_WINDOW, O_DURATION, O_SIZE,
		O_DB, O_SECRET, O_NOPROV, O_PREFIX, O_IDLE, O_RECORD, O_GRACE,
		O_KILLSAFE, O_RUN, O_POLL, O_INSECURE, O_SETUP, O_MAXINF,
	};
	static const struct option opts[] = {
		{ "url", required_argument, NULL, O_URL },
		{ "pairs", required_argument, NULL, O_PAIRS },
		{ "rate", required_argument, NULL, O_RATE },
		{ "window", required_argument, NULL, O_WINDOW },
		{ "max-inflight", required_argument, NULL, O_MAXINF },
		{ "duration", required_argument, NULL, O_DURATION },
		{ "size", required_argument, NULL, O_SIZE },
		{ "db", required_argument, NULL, O_DB },
		{ "secret", required_argument, NULL, O_SECRET },
		{ "no-provision", no_argument, NULL, O_NOPROV },
		{ "user-prefix", required_argument, NULL, O_PREFIX },
		{ "idle", required_argument, NULL, O_IDLE },
		{ "record", required_argument, NULL, O_RECORD },
		{ "grace", required_argument, NULL, O_GRACE },
		{ "kill-safe", no_argument, NULL, O_KILLSAFE },
		{ "run", required_argument, NULL, O_RUN },
		{ "poll", no_argument, NULL, O_POLL },
		{ "insecure", no_argument, NULL, O_INSECURE },
		{ "setup-timeout", required_argument, NULL, O_SETUP },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	bool grace_set = false;
	int o;

	B.url = "ws://127.0.0.1:8080/ws";
	B.pairs = 1;
	B.window = 32;
	B.max_inflight = 1024;
	B.duration = 10;
	B.grace = 3;
	B.setup_timeout = 30;
	B.size = 100;
	B.provision = true;
	B.prefix = "bench";
	B.db_url = getenv("PARLEY_DB_URL");
	B.secret = getenv("PARLEY_JWT_SECRET");
	B.audience = getenv("PARLEY_JWT_AUDIENCE");
	snprintf(B.run, sizeof(B.run), "%lx%04lx",
		 (unsigned long)time(NULL) & 0xffffff,
		 (unsigned long)getpid() & 0xffff);

	while ((o = getopt_long(argc, argv, "hv", opts, NULL)) != -1) {
		switch (o) {
		case O_URL: B.url = optarg; break;
		case O_PAIRS: B.pairs = (unsigned int)atoi(optarg); break;
		case O_RATE: B.rate = atof(optarg); break;
		case O_WINDOW: B.window = (unsigned int)atoi(optarg); break;
		case O_MAXINF:
			B.max_inflight = (unsigned int)atoi(optarg);
			break;
		case O_DURATION: B.duration = atof(optarg); break;
		case O_SIZE: B.size = (size_t)atol(optarg); break;
		case O_DB: B.db_url = optarg; break;
		case O_SECRET: B.secret = optarg; break;
		case O_NOPROV: B.provision = false; break;
		case O_PREFIX: B.prefix = optarg; break;
		case O_IDLE: B.idle = (unsigned int)atoi(optarg); break;
		case O_RECORD: B.record_path = optarg; break;
		case O_GRACE: B.grace = atof(optarg); grace_set = true; break;
		case O_KILLSAFE: B.kill_safe = true; break;
		case O_RUN: snprintf(B.run, sizeof(B.run), "%s", optarg); break;
		case O_POLL: B.use_poll = true; break;
		case O_INSECURE: B.insecure = true; break;
		case O_SETUP: B.setup_timeout = atof(optarg); break;
		case 'v': B.verbose++; break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); return -EINVAL;
		}
	}
	if (B.kill_safe && !grace_set)
		B.grace = 15;
	if (optind != argc || (!B.idle && !B.pairs) || B.window < 1 ||
	    B.max_inflight < 1 || B.duration <= 0 || B.rate < 0 ||
	    B.size > BENCH_TEXT_MAX || B.grace < 0) {
		usage(stderr);
		return -EINVAL;
	}
	if (B.idle)
		B.pairs = 0;
	if (!B.secret || !*B.secret) {
		if (B.provision) {
			fprintf(stderr, "parley-bench: set PARLEY_JWT_SECRET or "
				"--secret\n");
			return -EINVAL;
		}
		/* the peer relay does not check signatures */
		B.secret = "parley-bench-unchecked-secret-0123456789";
	}
	if (parse_url()) {
		fprintf(stderr, "parley-bench: bad --url %s\n", B.url);
		return -EINVAL;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct lws_context_creation_info info;
	void *foreign[1];
	int fds, ret = 2;

	B.t0 = mono_us();
	srandom((unsigned int)(B.t0 ^ getpid()));
	if (parse_args(argc, argv))
		return 2;
	fds = raise_fd_limit(B.idle ? B.idle : 2 * B.pairs);
	if (fds < 0)
		return 2;
	make_text();
	if (!B.text || conns_init()) {
		fprintf(stderr, "parley-bench: cannot set up connections\n");
		goto out;
	}
	if (B.provision) {
		if (provision())
			goto out;
		usleep(1000 * 1000);	/* let the gateway reload its users */
	}
	if (B.record_path) {
		B.record = fopen(B.record_path, "w");
		if (!B.record) {
			fprintf(stderr, "parley-bench: %s: %s\n", B.record_path,
				strerror(errno));
			goto out;
		}
		setvbuf(B.record, NULL, _IOFBF, 1 << 20);
	}
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGPIPE, SIG_IGN);

	lws_set_log_level(B.verbose > 1 ? LLL_ERR | LLL_WARN | LLL_NOTICE :
			  B.verbose ? LLL_ERR | LLL_WARN : LLL_ERR, NULL);
	memset(&info, 0, sizeof(info));
	info.port = CONTEXT_PORT_NO_LISTEN;
	info.protocols = protocols;
	info.fd_limit_per_thread = (unsigned int)fds;
	if (B.tls)
		info.options |= LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
	if (!B.use_poll) {
		B.loop = ev_loop_new(EVFLAG_AUTO);
		if (!B.loop) {
			fprintf(stderr, "parley-bench: ev_loop_new failed\n");
			goto out;
		}
		foreign[0] = B.loop;
		info.foreign_loops = foreign;
		info.options |= LWS_SERVER_OPTION_LIBEV;
	}
	B.ctx = lws_create_context(&info);
	if (!B.ctx) {
		fprintf(stderr, "parley-bench: lws init failed%s\n",
			B.use_poll ? "" : " (is libwebsockets-evlib-ev "
			"installed? try --poll)");
		goto out;
	}
	fprintf(stderr, "parley-bench: run %s, %u connections to %s, %s loop\n",
		B.run, B.nconns, B.url, B.use_poll ? "poll" : "libev");

	B.phase = PHASE_SETUP;
	B.last_progress = mono_us();
	lws_sul_schedule(B.ctx, 0, &B.sul_main, main_cb, 50 * 1000);
	B.t_connect = mono_us();
	pump_connects();

	if (B.loop)
		ev_run(B.loop, 0);
	else
		while (!B.stop && lws_service(B.ctx, 0) >= 0)
			;
	ret = report();
out:
	if (B.record)
		fclose(B.record);
	if (B.ctx)
		lws_context_destroy(B.ctx);
	if (B.loop)
		ev_loop_destroy(B.loop);
	conns_free();
	free(B.text);
	return ret;
}
