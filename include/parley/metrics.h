/*
 * metrics.h - process-wide counters for GET /metrics.
 *
 * Plain atomics updated from any thread; metrics_render() formats them in
 * the Prometheus text exposition format.
 */
#ifndef PARLEY_METRICS_H
#define PARLEY_METRICS_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "parley/proto.h"

#define METRICS_BATCH_BUCKETS 10
#define METRICS_LAT_BUCKETS 14

struct metrics {
	atomic_long connections;	/* open WebSocket connections */
	atomic_long connections_total;
	atomic_long handshakes_refused;
	atomic_long frames_in;
	atomic_long frames_out;
	atomic_long acks;
	atomic_long messages_delivered;
	atomic_long errors[PROTO_ERR_COUNT];
	atomic_long db_reconnects;
	atomic_long slow_clients_cut;
	atomic_long redactions;
	atomic_long batches_one_trip;	/* committed by write_fast */
	atomic_long batches_locking;	/* committed after BEGIN and lock */
	/* histograms: counts per upper bound, then sum and count */
	atomic_long batch_size[METRICS_BATCH_BUCKETS + 1];
	atomic_long batch_sum, batch_count;
	atomic_long commit_us[METRICS_LAT_BUCKETS + 1];
	atomic_long commit_us_sum, commit_count;
	atomic_long ack_us[METRICS_LAT_BUCKETS + 1];
	atomic_long ack_us_sum, ack_count;
};

extern struct metrics metrics;

void metrics_batch(size_t messages, int64_t commit_usec);
/* One ack sent: usec from the send's store_submit() to its ack. */
void metrics_ack(int64_t usec);

/*
 * Formats every metric into a malloc'd buffer (caller frees);
 * *len receives its length. NULL when out of memory.
 */
char *metrics_render(size_t *len);

#endif
