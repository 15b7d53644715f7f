/*
 * metrics.c - process-wide counters and their Prometheus rendering.
 * Counters are atomics bumped from the gateway and storage threads;
 * rendering runs on the gateway thread for GET /metrics.
 */
#include <stdlib.h>

#include "parley/buf.h"
#include "parley/metrics.h"

struct metrics metrics;

static const long batch_bounds[METRICS_BATCH_BUCKETS] = {
	1, 2, 4, 8, 16, 32, 64, 128, 256, 512,
};
static const long lat_bounds[METRICS_LAT_BUCKETS] = {
	100, 250, 500, 1000, 2000, 4000, 8000, 16000, 32000, 64000,
	128000, 256000, 512000, 1000000,
};

/* Counts v in the first bucket whose upper bound holds it, or +Inf. */
static void observe(const long *bounds, size_t n, atomic_long *buckets,
		    atomic_long *sum, atomic_long *count, long v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v <= bounds[i])
			break;
	atomic_fetch_add(&buckets[i], 1);
	atomic_fetch_add(sum, v);
	atomic_fetch_add(count, 1);
}

void metrics_batch(size_t messages, int64_t commit_usec)
{
	observe(batch_bounds, METRICS_BATCH_BUCKETS, metrics.batch_size,
		&metrics.batch_sum, &metrics.batch_count, (long)messages);
	observe(lat_bounds, METRICS_LAT_BUCKETS, metrics.commit_us,
		&metrics.commit_us_sum, &metrics.commit_count,
		(long)commit_usec);
}

void metrics_ack(int64_t usec)
{
	observe(lat_bounds, METRICS_LAT_BUCKETS, metrics.ack_us,
		&metrics.ack_us_sum, &metrics.ack_count, (long)usec);
}

static void counter(struct buf *b, const char *name, const char *help,
		    const char *type, long v)
{
	buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n%s %ld\n", name, help, name,
		   type, name, v);
}

static void histogram(struct buf *b, const char *name, const char *help,
		      const long *bounds, size_t n, atomic_long *buckets,
		      long sum, long count, double scale)
{
	long cum = 0;

	buf_printf(b, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name);
	for (size_t i = 0; i < n; i++) {
		cum += atomic_load(&buckets[i]);
		buf_printf(b, "%s_bucket{le=\"%g\"} %ld\n", name,
			   (double)bounds[i] * scale, cum);
	}
	cum += atomic_load(&buckets[n]);
	buf_printf(b, "%s_bucket{le=\"+Inf\"} %ld\n%s_sum %g\n%s_count %ld\n",
		   name, cum, name, (double)sum * scale, name, count);
}

char *metrics_render(size_t *len)
{
	struct buf b;

	buf_init_head(&b, 0);
	counter(&b, "parley_connections", "Open WebSocket connections",
		"gauge", atomic_load(&metrics.connections));
	counter(&b, "parley_connections_total",
		"WebSocket connections accepted", "counter",
		atomic_load(&metrics.connections_total));
	counter(&b, "parley_handshakes_refused_total",
		"Handshakes refused (auth, origin, limits)", "counter",
		atomic_load(&metrics.handshakes_refused));
	counter(&b, "parley_frames_in_total", "WebSocket frames received",
		"counter", atomic_load(&metrics.frames_in));
	counter(&b, "parley_frames_out_total", "WebSocket frames sent",
		"counter", atomic_load(&metrics.frames_out));
	counter(&b, "parley_acks_total", "Messages acknowledged after commit",
		"counter", atomic_load(&metrics.acks));
	counter(&b, "parley_messages_delivered_total",
		"Message frames queued to recipients", "counter",
		atomic_load(&metrics.messages_delivered));
	counter(&b, "parley_db_reconnects_total",
		"Database connections re-established", "counter",
		atomic_load(&metrics.db_reconnects));
	counter(&b, "parley_slow_clients_cut_total",
		"Connections closed for not reading", "counter",
		atomic_load(&metrics.slow_clients_cut));
	counter(&b, "parley_redactions_total", "PII spans redacted", "counter",
		atomic_load(&metrics.redactions));
	buf_printf(&b, "# HELP parley_batches_total Group commits, by path: "
		       "one round trip, or locking first (a conversation not "
		       "seen yet, a stage moved, a resend)\n"
		       "# TYPE parley_batches_total counter\n"
		       "parley_batches_total{path=\"one_trip\"} %ld\n"
		       "parley_batches_total{path=\"locking\"} %ld\n",
		   atomic_load(&metrics.batches_one_trip),
		   atomic_load(&metrics.batches_locking));
	buf_printf(&b, "# HELP parley_errors_total Error frames sent, by code\n"
		       "# TYPE parley_errors_total counter\n");
	for (int e = 1; e < PROTO_ERR_COUNT; e++)
		buf_printf(&b, "parley_errors_total{code=\"%s\"} %ld\n",
			   proto_err_code(e), atomic_load(&metrics.errors[e]));
	histogram(&b, "parley_batch_messages", "Messages per group commit",
		  batch_bounds, METRICS_BATCH_BUCKETS, metrics.batch_size,
		  atomic_load(&metrics.batch_sum),
		  atomic_load(&metrics.batch_count), 1.0);
	histogram(&b, "parley_commit_seconds",
		  "Time of one group-commit transaction", lat_bounds,
		  METRICS_LAT_BUCKETS, metrics.commit_us,
		  atomic_load(&metrics.commit_us_sum),
		  atomic_load(&metrics.commit_count), 1e-6);
	histogram(&b, "parley_ack_seconds",
		  "From a checked send being queued for commit to its ack "
		  "being queued to the sender", lat_bounds, METRICS_LAT_BUCKETS,
		  metrics.ack_us, atomic_load(&metrics.ack_us_sum),
		  atomic_load(&metrics.ack_count), 1e-6);
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return b.p;
}
