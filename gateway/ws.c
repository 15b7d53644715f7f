/*
 * ws.c - the parley.v1 WebSocket protocol: sessions, frames, routing.
 *
 * DESIGN
 * Everything here runs on the one lws service thread (libev loop); no
 * function in this file blocks. A client frame is decoded and checked
 * (size, UTF-8, JSON shape, rate budgets), then becomes a storage job that
 * carries the connection id. Storage threads answer through a done queue
 * and lws_cancel_service(); LWS_CALLBACK_EVENT_WAIT_CANCELLED drains it.
 * A connection may have closed meanwhile: the answer is then dropped, but
 * a committed message is still routed to everyone else.
 *
 * Routing: each conversation that has a participant on this node has an
 * entry with the last seq this node delivered. Local commits arrive in
 * commit order; commits of other nodes arrive through the listener. A
 * message at cursor+1 goes out at once; an older one is a duplicate and
 * dropped; a newer one waits while the gap is read from the table. So each
 * client sees a conversation in order, without gaps or repeats, whichever
 * node wrote it.
 *
 * Frames are built once and shared by every connection they go to
 * (reference counted). Each connection has a bounded queue; a client that
 * stops reading is cut off rather than allowed to grow our memory.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libwebsockets.h>

#include "parley/buf.h"
#include "parley/log.h"
#include "parley/metrics.h"
#include "parley/proto.h"
#include "parley/store.h"
#include "parley/util.h"

#include "gateway_int.h"

/* ---- frames and queues ---------------------------------------------- */

#define FRAME_HEAD (sizeof(struct frame) + LWS_PRE)

/* Starts a frame: the buf gets head room for struct frame and LWS_PRE. */
static void frame_begin(struct buf *b)
{
	buf_init_head(b, FRAME_HEAD);
}

/* Turns the buf into a frame with one reference; NULL when out of memory. */
static struct frame *frame_end(struct buf *b, int64_t conv, int64_t seq)
{
	if (b->oom) {
		buf_free(b);
		return NULL;
	}
	struct frame *f = (struct frame *)b->p;
	f->refs = 1;
	f->len = (uint32_t)(b->len - FRAME_HEAD);
	f->conv = conv;
	f->seq = seq;
	b->p = NULL;
	return f;
}

static void frame_put(struct frame *f)
{
	if (f && --f->refs == 0)
		free(f);
}

static int frameq_push(struct frameq *q, struct frame *f, uint32_t max)
{
	if (q->count == q->cap) {
		if (q->cap >= max)
			return -ENOBUFS;
		uint32_t cap = q->cap ? q->cap * 2 : 4;
		if (cap > max)
			cap = max;
		struct frame **ring = malloc(cap * sizeof(*ring));
		if (!ring)
			return -ENOMEM;
		for (uint32_t i = 0; i < q->count; i++)
			ring[i] = q->ring[(q->head + i) % q->cap];
		free(q->ring);
		q->ring = ring;
		q->cap = cap;
		q->head = 0;
	}
	q->ring[(q->head + q->count) % q->cap] = f;
	q->count++;
	f->refs++;
	return 0;
}

static struct frame *frameq_pop(struct frameq *q)
{
	if (!q->count)
		return NULL;
	struct frame *f = q->ring[q->head];
	q->head = (q->head + 1) % q->cap;
	q->count--;
	if (!q->count && q->cap > 64) {
		/* a burst is over: give the memory back */
		free(q->ring);
		q->ring = NULL;
		q->cap = 0;
		q->head = 0;
	}
	return f;
}

/* The i-th frame from the head, or NULL. */
static struct frame *frameq_peek(const struct frameq *q, uint32_t i)
{
	return i < q->count ? q->ring[(q->head + i) % q->cap] : NULL;
}

static void frameq_clear(struct frameq *q)
{
	struct frame *f;

	while ((f = frameq_pop(q)))
		frame_put(f);
	free(q->ring);
	memset(q, 0, sizeof(*q));
}

/* ---- sessions ------------------------------------------------------- */

struct gw *gw_self;

static struct session *session_find(struct gw *gw, uint64_t id)
{
	struct hnode *n;

	for (n = hmap_first(&gw->conns, hmap_hash_u64(id)); n;
	     n = hmap_next(n)) {
		struct session *s = hmap_entry(n, struct session, node);
		if (s->id == id)
			return s;
	}
	return NULL;
}

struct user_entry *ws_user_find(struct gw *gw, const char *id)
{
	struct hnode *n;

	for (n = hmap_first(&gw->users, hmap_hash_str(id)); n;
	     n = hmap_next(n)) {
		struct user_entry *u = hmap_entry(n, struct user_entry, node);
		if (!strcmp(u->id, id))
			return u;
	}
	return NULL;
}

/* Asks lws to close the session once its queue is written. */
static void session_close(struct session *s, uint16_t code)
{
	if (!s->close_code)
		s->close_code = code;
	lws_callback_on_writable(s->wsi);
}

/*
 * A client whose queue is full is cut off: its close frame waits behind
 * what is queued, and a client that reads nothing more would hold the
 * connection open for ever, so lws drops it if the close has not gone
 * out within SLOW_CLIENT_GRACE_S seconds.
 */
#define SLOW_CLIENT_GRACE_S 5

static void session_cut_slow(struct session *s, uint32_t queued)
{
	if (s->close_code)
		return;
	log_warn("ws", s->id, "client not reading (%u frames queued): closing",
		 queued);
	atomic_fetch_add(&metrics.slow_clients_cut, 1);
	session_close(s, LWS_CLOSE_STATUS_POLICY_VIOLATION);
	lws_set_timeout(s->wsi, PENDING_TIMEOUT_CLOSE_SEND,
			SLOW_CLIENT_GRACE_S);
}

/* Queues f to s; a queue at its limit cuts the slow client off. */
static void session_send(struct gw *gw, struct session *s, struct frame *f)
{
	if (s->close_code)
		return;
	if (frameq_push(&s->q, f, (uint32_t)gw->cfg->out_queue_max)) {
		session_cut_slow(s, s->q.count);
		return;
	}
	if (gw->deferring && !s->dirty) {
		if (gw->dirty_n == gw->dirty_cap) {
			uint32_t cap = gw->dirty_cap ? gw->dirty_cap * 2 : 64;
			struct session **d = realloc(gw->dirty,
						     cap * sizeof(*d));
			if (!d) {
				lws_callback_on_writable(s->wsi);
				return;
			}
			gw->dirty = d;
			gw->dirty_cap = cap;
		}
		gw->dirty[gw->dirty_n++] = s;
		s->dirty = true;
		return;
	}
	if (!s->dirty)
		lws_callback_on_writable(s->wsi);
}

static struct live_range *live_find(struct session *s, int64_t conv)
{
	for (uint32_t i = 0; i < s->live_n; i++)
		if (s->live[i].conv == conv)
			return &s->live[i];
	return NULL;
}

/*
 * Records that messages [lo, hi] of conv went out on this connection, live
 * or in a sync answer. What one connection sees of a conversation is one
 * contiguous run, so a range per conversation is enough; a run that does
 * not touch the old one replaces it.
 */
static void live_cover(struct session *s, int64_t conv, int64_t lo,
		       int64_t hi)
{
	struct live_range *r = live_find(s, conv);

	if (r) {
		if (lo <= r->hi + 1 && hi >= r->lo - 1) {
			if (lo < r->lo)
				r->lo = lo;
			if (hi > r->hi)
				r->hi = hi;
		} else if (hi > r->hi) {
			r->lo = lo;
			r->hi = hi;
		}
		return;
	}
	if (s->live_n == s->live_cap) {
		uint32_t cap = s->live_cap ? s->live_cap * 2 : 2;
		struct live_range *p = realloc(s->live, cap * sizeof(*p));
		if (!p)
			return;	/* only costs a possible repeat */
		s->live = p;
		s->live_cap = cap;
	}
	s->live[s->live_n++] = (struct live_range){ conv, lo, hi };
}

static void live_note(struct session *s, int64_t conv, int64_t seq)
{
	live_cover(s, conv, seq, seq);
}

/* Whether message (conv, seq) already went out on this connection. */
static bool live_sent(struct session *s, int64_t conv, int64_t seq)
{
	struct live_range *r = live_find(s, conv);

	return r && seq >= r->lo && seq <= r->hi;
}

/* Live traffic waits while the session's catch-up is being read. */
static void session_send_live(struct gw *gw, struct session *s,
			      struct frame *f)
{
	if (s->sync) {
		if (frameq_push(&s->sync->held, f,
				(uint32_t)gw->cfg->out_queue_max))
			session_cut_slow(s, s->sync->held.count);
		return;
	}
	if (f->conv) {
		/* a sync answer may have carried it already: commits and
		 * catch-up reads race to the event loop */
		if (live_sent(s, f->conv, f->seq))
			return;
		live_note(s, f->conv, f->seq);
	}
	session_send(gw, s, f);
}

static void send_error(struct gw *gw, struct session *s, enum proto_err err,
		       const char *why, const char *cid)
{
	struct buf b;

	atomic_fetch_add(&metrics.errors[err], 1);
	frame_begin(&b);
	buf_puts(&b, "{\"op\":\"error\",\"code\":");
	buf_json_str(&b, proto_err_code(err), strlen(proto_err_code(err)));
	buf_puts(&b, ",\"message\":");
	buf_json_str(&b, why, strlen(why));
	if (cid && *cid) {
		buf_puts(&b, ",\"cid\":");
		buf_json_str(&b, cid, strlen(cid));
	}
	buf_putc(&b, '}');
	struct frame *f = frame_end(&b, 0, 0);
	if (!f)
		return;
	session_send(gw, s, f);
	frame_put(f);
	log_info("ws", s->id, "refused: %s (%s)", proto_err_code(err), why);
}

static bool bucket_take(struct bucket *b, int rate, int burst, int64_t now)
{
	if (!b->last) {
		b->tokens = burst;
		b->last = now;
	}
	b->tokens += (double)(now - b->last) * rate / 1e6;
	if (b->tokens > burst)
		b->tokens = burst;
	b->last = now;
	if (b->tokens < 1.0)
		return false;
	b->tokens -= 1.0;
	return true;
}

/* ---- conversations and routing -------------------------------------- */

static struct conv_entry *conv_find(struct gw *gw, int64_t id)
{
	struct hnode *n;

	for (n = hmap_first(&gw->convs, hmap_hash_u64((uint64_t)id)); n;
	     n = hmap_next(n)) {
		struct conv_entry *c = hmap_entry(n, struct conv_entry, node);
		if (c->id == id)
			return c;
	}
	return NULL;
}

static struct conv_entry *conv_get(struct gw *gw, int64_t id,
				   const char *buyer, const char *seller)
{
	struct conv_entry *c = conv_find(gw, id);

	if (!c) {
		c = calloc(1, sizeof(*c));
		if (!c)
			return NULL;
		c->id = id;
		hmap_insert(&gw->convs, &c->node, hmap_hash_u64((uint64_t)id));
	}
	if (buyer && *buyer && !*c->buyer) {
		snprintf(c->buyer, sizeof(c->buyer), "%s", buyer);
		snprintf(c->seller, sizeof(c->seller), "%s", seller);
	}
	return c;
}

static void conv_learn(struct gw *gw, const struct store_conv *sc)
{
	struct conv_entry *c = conv_get(gw, sc->id, sc->buyer, sc->seller);

	if (c)
		c->ordered = sc->ordered;
}

static bool user_is_local(struct gw *gw, const char *id)
{
	struct user_entry *u = ws_user_find(gw, id);

	return u && u->sessions;
}

static struct frame *message_frame(const struct store_msg *m)
{
	struct buf b;
	char at[32];

	time_format_rfc3339(m->at, at, sizeof(at));
	frame_begin(&b);
	buf_reserve(&b, m->text_len + 160);
	buf_puts(&b, "{\"op\":\"message\",\"conv\":");
	buf_put_i64(&b, m->conv);
	buf_puts(&b, ",\"seq\":");
	buf_put_i64(&b, m->seq);
	buf_puts(&b, ",\"from\":");
	buf_json_str(&b, m->sender, strlen(m->sender));
	buf_puts(&b, ",\"text\":");
	buf_json_str(&b, m->text, m->text_len);
	buf_puts(&b, ",\"at\":\"");
	buf_puts(&b, at);
	buf_puts(&b, "\",\"cid\":");
	buf_json_str(&b, m->cid, strlen(m->cid));
	buf_putc(&b, '}');
	return frame_end(&b, m->conv, m->seq);
}

/* Sends f to every session of user id except the one that originated it. */
static void deliver_to_user(struct gw *gw, const char *id, struct frame *f,
			    uint64_t except, bool live)
{
	struct user_entry *u = ws_user_find(gw, id);

	if (!u)
		return;
	for (struct session *s = u->sessions; s; s = s->unext) {
		if (s->id == except)
			continue;
		if (live)
			session_send_live(gw, s, f);
		else
			session_send(gw, s, f);
	}
}

static void deliver(struct gw *gw, const struct store_msg *m, uint64_t origin)
{
	struct frame *f = message_frame(m);

	if (!f)
		return;
	deliver_to_user(gw, m->buyer, f, origin, true);
	deliver_to_user(gw, m->seller, f, origin, true);
	atomic_fetch_add(&metrics.messages_delivered, 1);
	frame_put(f);
}

static void request_gap(struct gw *gw, struct conv_entry *c)
{
	struct store_job *job;

	if (c->fetching)
		return;
	job = store_job_new(STORE_FETCH);
	if (!job)
		return;
	job->since = calloc(1, sizeof(*job->since));
	if (!job->since) {
		store_job_free(job);
		return;
	}
	job->since[0].conv = c->id;
	job->since[0].seq = c->cursor;
	job->since_count = 1;
	/* only the gap: what is held came already */
	job->before = c->held ? c->held->msg.seq : 0;
	if (store_submit(gw->st, job)) {
		store_job_free(job);
		return;
	}
	gw->inflight++;
	c->fetching = true;
}

static void hold(struct conv_entry *c, struct store_msg *m, uint64_t origin)
{
	struct held_msg **pp = &c->held, *h;

	for (; *pp; pp = &(*pp)->next) {
		if ((*pp)->msg.seq == m->seq)
			return;	/* already waiting */
		if ((*pp)->msg.seq > m->seq)
			break;
	}
	h = calloc(1, sizeof(*h));
	if (!h)
		return;	/* the gap read brings it again */
	h->msg = *m;
	h->origin = origin;
	/* take ownership of the strings */
	m->text = m->redactions = m->original = NULL;
	h->next = *pp;
	*pp = h;
}

/*
 * Routes one committed message. m's strings may be taken (held); origin is
 * the connection that sent it, which got an ack instead.
 */
static void route(struct gw *gw, struct store_msg *m, uint64_t origin)
{
	struct conv_entry *c = conv_find(gw, m->conv);

	if (!c) {
		if (!user_is_local(gw, m->buyer) &&
		    !user_is_local(gw, m->seller))
			return;	/* nobody here to tell */
		c = conv_get(gw, m->conv, m->buyer, m->seller);
		if (!c)
			return;
	}
	if (!c->cursor_known) {
		c->cursor_known = true;
		c->cursor = m->seq - 1;
	}
	if (m->seq <= c->cursor)
		return;
	if (m->seq > c->cursor + 1) {
		hold(c, m, origin);
		request_gap(gw, c);
		return;
	}
	deliver(gw, m, origin);
	c->cursor = m->seq;
	while (c->held && c->held->msg.seq <= c->cursor + 1) {
		struct held_msg *h = c->held;
		c->held = h->next;
		if (h->msg.seq == c->cursor + 1) {
			deliver(gw, &h->msg, h->origin);
			c->cursor = h->msg.seq;
		}
		free(h->msg.text);
		free(h->msg.redactions);
		free(h);
	}
	if (c->held)
		request_gap(gw, c);
}

/* ---- answers from storage ------------------------------------------- */

static void conv_json(struct buf *b, const struct store_conv *c,
		      const char *me)
{
	const char *peer = strcmp(c->buyer, me) ? c->buyer : c->seller;

	buf_puts(b, "{\"conv\":");
	buf_put_i64(b, c->id);
	buf_puts(b, ",\"peer\":");
	buf_json_str(b, peer, strlen(peer));
	buf_puts(b, ",\"topic\":");
	buf_json_str(b, c->topic, strlen(c->topic));
	buf_puts(b, c->ordered ? ",\"stage\":\"ordered\"" :
				 ",\"stage\":\"inquiry\"");
	buf_puts(b, ",\"last_seq\":");
	buf_put_i64(b, c->last_seq);
	buf_puts(b, ",\"read_seq\":");
	buf_put_i64(b, c->read_seq);
	buf_puts(b, ",\"peer_read_seq\":");
	buf_put_i64(b, c->peer_read_seq);
	buf_puts(b, ",\"unread\":");
	buf_put_i64(b, c->unread);
	buf_putc(b, '}');
}

static void send_buf(struct gw *gw, struct session *s, struct buf *b)
{
	struct frame *f = frame_end(b, 0, 0);

	if (!f) {
		send_error(gw, s, PROTO_EINTERNAL, "out of memory", NULL);
		return;
	}
	session_send(gw, s, f);
	frame_put(f);
}

static void answer_send(struct gw *gw, struct session *s,
			struct store_job *job)
{
	struct store_msg *m = &job->msg;
	char at[32];
	struct buf b;

	if (job->err) {
		if (s)
			send_error(gw, s, job->err,
				   *job->why ? job->why :
				   job->err == PROTO_EUNAVAILABLE ?
					   "storage unavailable; retry with "
					   "the same cid" :
				   job->err == PROTO_ENOT_FOUND ?
					   "no such conversation" :
				   job->err == PROTO_ENOT_PARTICIPANT ?
					   "not a participant of this "
					   "conversation" :
					   "message could not be stored",
				   m->cid);
		return;
	}
	if (s) {
		time_format_rfc3339(m->at, at, sizeof(at));
		frame_begin(&b);
		buf_puts(&b, "{\"op\":\"ack\",\"cid\":");
		buf_json_str(&b, m->cid, strlen(m->cid));
		buf_puts(&b, ",\"conv\":");
		buf_put_i64(&b, m->conv);
		buf_puts(&b, ",\"seq\":");
		buf_put_i64(&b, m->seq);
		buf_puts(&b, ",\"at\":\"");
		buf_puts(&b, at);
		buf_putc(&b, '"');
		if (m->duplicate)
			buf_puts(&b, ",\"duplicate\":true");
		if (m->redactions) {
			buf_puts(&b, ",\"redactions\":");
			buf_puts(&b, m->redactions);
		} else {
			buf_puts(&b, ",\"redactions\":[]");
		}
		buf_putc(&b, '}');
		send_buf(gw, s, &b);
		atomic_fetch_add(&metrics.acks, 1);
		metrics_ack(mono_usec() - job->queued_at);
	}
	if (!m->duplicate)
		route(gw, m, job->conn);
}

static bool since_has(const struct store_job *job, int64_t conv, int64_t seq,
		      const int64_t *last)
{
	for (size_t i = 0; i < job->since_count; i++) {
		if (job->since[i].conv != conv)
			continue;
		return seq <= job->since[i].seq || seq <= last[i];
	}
	return false;
}

static void answer_sync(struct gw *gw, struct session *s,
			struct store_job *job)
{
	struct sync_wait *w = s->sync;
	int64_t *last = calloc(job->since_count + 1, sizeof(*last));
	/* messages read per conversation: sync_max of them means cut there */
	int64_t *got = calloc(job->since_count + 1, sizeof(*got));
	bool *more = calloc(job->since_count + 1, sizeof(*more));
	struct buf b;

	s->sync = NULL;
	if (job->err || !last || !got || !more) {
		send_error(gw, s, job->err ? job->err : PROTO_EINTERNAL,
			   job->err == PROTO_ENOT_PARTICIPANT ?
				   "not a participant of every conversation "
				   "in since" :
				   "sync failed; retry",
			   NULL);
		/* what was held goes out anyway: nothing live is lost */
		goto flush;
	}
	for (size_t i = 0; i < job->msg_count; i++) {
		struct store_msg *m = &job->msgs[i];
		if (live_sent(s, m->conv, m->seq))
			goto seen;
		struct frame *f = message_frame(m);
		if (f) {
			session_send(gw, s, f);
			frame_put(f);
		}
		live_note(s, m->conv, m->seq);
seen:
		for (size_t k = 0; k < job->since_count; k++) {
			if (job->since[k].conv == m->conv) {
				last[k] = m->seq;
				got[k]++;
			}
		}
	}
	frame_begin(&b);
	buf_puts(&b, "{\"op\":\"synced\",\"convs\":[");
	for (size_t i = 0; i < job->conv_count; i++) {
		if (i)
			buf_putc(&b, ',');
		conv_json(&b, &job->convs[i], s->user->id);
		conv_learn(gw, &job->convs[i]);
	}
	buf_puts(&b, "],\"more\":[");
	bool first = true;
	for (size_t k = 0; k < job->since_count; k++) {
		/*
		 * A conversation cut at sync_max continues with history. Not
		 * "last_seq > last": the list is read apart from the messages,
		 * so a message committed in between is no cut (it comes live).
		 */
		more[k] = got[k] >= gw->cfg->sync_max;
		if (!more[k])
			continue;
		if (!first)
			buf_putc(&b, ',');
		first = false;
		buf_put_i64(&b, job->since[k].conv);
	}
	buf_puts(&b, "]}");
	send_buf(gw, s, &b);
flush:
	if (w) {
		struct frame *f;
		while ((f = frameq_pop(&w->held))) {
			if (!f->conv || !last ||
			    !since_has(job, f->conv, f->seq, last)) {
				if (f->conv && live_sent(s, f->conv, f->seq)) {
					frame_put(f);
					continue;
				}
				if (f->conv)
					live_note(s, f->conv, f->seq);
				session_send(gw, s, f);
			}
			frame_put(f);
		}
		frameq_clear(&w->held);
		free(w);
	}
	free(last);
	free(got);
	free(more);
}

static void msgs_json(struct buf *b, const struct store_msg *m, size_t n)
{
	char at[32];

	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(b, ',');
		time_format_rfc3339(m[i].at, at, sizeof(at));
		buf_puts(b, "{\"seq\":");
		buf_put_i64(b, m[i].seq);
		buf_puts(b, ",\"from\":");
		buf_json_str(b, m[i].sender, strlen(m[i].sender));
		buf_puts(b, ",\"text\":");
		buf_json_str(b, m[i].text, m[i].text_len);
		buf_puts(b, ",\"at\":\"");
		buf_puts(b, at);
		buf_puts(b, "\",\"cid\":");
		buf_json_str(b, m[i].cid, strlen(m[i].cid));
		buf_putc(b, '}');
	}
}

static void answer_query(struct gw *gw, struct session *s,
			 struct store_job *job)
{
	struct buf b;

	if (job->kind == STORE_SYNC) {
		answer_sync(gw, s, job);
		return;
	}
	if (job->err) {
		send_error(gw, s, job->err,
			   job->err == PROTO_EUNAVAILABLE ?
				   "storage unavailable; retry" :
			   job->err == PROTO_ENOT_FOUND ? "not found" :
			   job->err == PROTO_EFORBIDDEN ?
				   "a conversation is between one buyer and "
				   "one seller" :
			   job->err == PROTO_ENOT_PARTICIPANT ?
				   "not a participant of this conversation" :
				   "request failed",
			   NULL);
		return;
	}
	frame_begin(&b);
	switch (job->kind) {
	case STORE_OPEN: {
		struct store_conv *c = &job->convs[0];
		const char *peer = strcmp(c->buyer, s->user->id) ? c->buyer :
								  c->seller;
		conv_learn(gw, c);
		buf_puts(&b, "{\"op\":\"opened\",\"conv\":");
		buf_put_i64(&b, c->id);
		buf_puts(&b, ",\"peer\":");
		buf_json_str(&b, peer, strlen(peer));
		buf_puts(&b, ",\"topic\":");
		buf_json_str(&b, c->topic, strlen(c->topic));
		buf_puts(&b, c->ordered ? ",\"stage\":\"ordered\"" :
					  ",\"stage\":\"inquiry\"");
		buf_puts(&b, ",\"last_seq\":");
		buf_put_i64(&b, c->last_seq);
		buf_puts(&b, ",\"created\":");
		buf_puts(&b, c->created ? "true}" : "false}");
		break;
	}
	case STORE_CONVS:
		buf_puts(&b, "{\"op\":\"convs\",\"convs\":[");
		for (size_t i = 0; i < job->conv_count; i++) {
			if (i)
				buf_putc(&b, ',');
			conv_json(&b, &job->convs[i], s->user->id);
			conv_learn(gw, &job->convs[i]);
		}
		buf_puts(&b, "]}");
		break;
	case STORE_HISTORY:
		buf_puts(&b, "{\"op\":\"history\",\"conv\":");
		buf_put_i64(&b, job->msg.conv);
		buf_puts(&b, ",\"messages\":[");
		msgs_json(&b, job->msgs, job->msg_count);
		buf_puts(&b, "],\"more\":");
		buf_puts(&b, job->msg_count && job->msgs[0].seq > 1 ? "true}" :
								     "false}");
		break;
	default:
		buf_free(&b);
		return;
	}
	send_buf(gw, s, &b);
}

/* Read receipts and typing go to everyone in the conversation but origin. */
static void relay(struct gw *gw, const struct store_conv *c, struct buf *b,
		  uint64_t origin)
{
	struct frame *f = frame_end(b, 0, 0);

	if (!f)
		return;
	deliver_to_user(gw, c->buyer, f, origin, false);
	deliver_to_user(gw, c->seller, f, origin, false);
	frame_put(f);
}

/* Other nodes relay frame to their connections of buyer and seller. */
static void signal_nodes(struct gw *gw, const char *buyer, const char *seller,
			 const char *frame, size_t len)
{
	struct store_job *job = store_job_new(STORE_SIGNAL);

	if (!job)
		return;
	snprintf(job->msg.buyer, sizeof(job->msg.buyer), "%s", buyer);
	snprintf(job->msg.seller, sizeof(job->msg.seller), "%s", seller);
	job->json = malloc(len + 1);
	if (job->json) {
		memcpy(job->json, frame, len);
		job->json[len] = '\0';
	}
	if (!job->json || store_submit(gw->st, job)) {
		store_job_free(job);
		return;	/* best effort: a typing hint or a receipt */
	}
	gw->inflight++;
}

static void relay_read(struct gw *gw, struct store_job *job)
{
	struct store_conv *c = &job->convs[0];
	struct buf b;

	frame_begin(&b);
	buf_puts(&b, "{\"op\":\"read\",\"conv\":");
	buf_put_i64(&b, c->id);
	buf_puts(&b, ",\"seq\":");
	buf_put_i64(&b, c->read_seq);
	buf_puts(&b, ",\"by\":");
	buf_json_str(&b, job->user, strlen(job->user));
	buf_putc(&b, '}');
	if (!b.oom)
		signal_nodes(gw, c->buyer, c->seller, b.p + FRAME_HEAD,
			     b.len - FRAME_HEAD);
	relay(gw, c, &b, job->conn);
}

static void relay_typing(struct gw *gw, const char *from, int64_t conv,
			 const char *buyer, const char *seller,
			 uint64_t origin)
{
	struct store_conv c = { .id = conv };
	struct buf b;

	snprintf(c.buyer, sizeof(c.buyer), "%s", buyer);
	snprintf(c.seller, sizeof(c.seller), "%s", seller);
	frame_begin(&b);
	buf_puts(&b, "{\"op\":\"typing\",\"conv\":");
	buf_put_i64(&b, conv);
	buf_puts(&b, ",\"from\":");
	buf_json_str(&b, from, strlen(from));
	buf_putc(&b, '}');
	if (!b.oom)
		signal_nodes(gw, buyer, seller, b.p + FRAME_HEAD,
			     b.len - FRAME_HEAD);
	relay(gw, &c, &b, origin);
}

/* A STORE_CALL's answer to a WebSocket client: its frame, or an error. */
static void answer_call(struct gw *gw, struct session *s,
			struct store_job *job)
{
	struct buf b;

	if (job->err) {
		send_error(gw, s, job->err, "storage unavailable; retry", NULL);
		return;
	}
	if (job->status >= 400) {
		enum proto_err e = job->status == 403 ? PROTO_ENOT_PARTICIPANT :
				   job->status == 404 ? PROTO_ENOT_FOUND :
				   job->status == 409 ? PROTO_ECONFLICT :
				   job->status == 400 ? PROTO_EBAD_FIELD :
							PROTO_EINTERNAL;
		const char *why = "refused";
		json_t *root = job->json ? json_loads(job->json, 0, NULL) : NULL;
		const char *m = root ? json_string_value(
					       json_object_get(root, "message")) :
				       NULL;
		send_error(gw, s, e, m ? m : why, NULL);
		json_decref(root);
		return;
	}
	if (!job->json)
		return;
	frame_begin(&b);
	buf_puts(&b, job->json);
	send_buf(gw, s, &b);
}

/* A prepared frame for both participants (dispute updates). */
static void relay_json(struct gw *gw, struct store_job *job)
{
	struct store_conv c = { 0 };
	struct buf b;

	snprintf(c.buyer, sizeof(c.buyer), "%s", job->msg.buyer);
	snprintf(c.seller, sizeof(c.seller), "%s", job->msg.seller);
	frame_begin(&b);
	buf_puts(&b, job->json);
	relay(gw, &c, &b, 0);
}

static void user_close_sessions(struct user_entry *u, uint16_t code)
{
	for (struct session *s = u->sessions; s; s = s->unext)
		session_close(s, code);
}

static void apply_users(struct gw *gw, struct store_job *job)
{
	if (job->users_reset) {
		size_t pos;
		for (struct hnode *n = hmap_iter(&gw->users, &pos); n;
		     n = hmap_iter_next(&gw->users, n, &pos))
			hmap_entry(n, struct user_entry, node)->seen = false;
	}
	for (size_t i = 0; i < job->user_count; i++) {
		struct store_user *su = &job->users[i];
		struct user_entry *u = ws_user_find(gw, su->id);
		if (!u && !su->deleted) {
			u = calloc(1, sizeof(*u));
			if (!u)
				continue;
			snprintf(u->id, sizeof(u->id), "%s", su->id);
			hmap_insert(&gw->users, &u->node,
				    hmap_hash_str(u->id));
		}
		if (!u)
			continue;
		u->seen = !su->deleted;
		bool revoke = su->deleted || su->erased || u->role != su->role;
		if (revoke && u->sessions) {
			log_notice("gw", 0,
				   "user %s changed or erased: closing %s",
				   u->id, "their connections");
			user_close_sessions(u, LWS_CLOSE_STATUS_POLICY_VIOLATION);
		}
		u->role = su->role;
		u->minor = su->minor;
		u->erased = su->erased || su->deleted;
	}
	if (job->users_reset) {
		size_t pos;
		for (struct hnode *n = hmap_iter(&gw->users, &pos); n;
		     n = hmap_iter_next(&gw->users, n, &pos)) {
			struct user_entry *u =
				hmap_entry(n, struct user_entry, node);
			if (!u->seen && !u->erased) {
				u->erased = true;
				user_close_sessions(
					u, LWS_CLOSE_STATUS_POLICY_VIOLATION);
			}
		}
		gw->users_loaded = true;
	}
}

/* After the listener reconnects, read what this node may have missed. */
static void catch_up(struct gw *gw)
{
	size_t pos, n = 0;
	struct store_job *job = store_job_new(STORE_FETCH);

	if (!job)
		return;
	job->since = calloc(gw->convs.count + 1, sizeof(*job->since));
	if (!job->since) {
		store_job_free(job);
		return;
	}
	for (struct hnode *h = hmap_iter(&gw->convs, &pos); h;
	     h = hmap_iter_next(&gw->convs, h, &pos)) {
		struct conv_entry *c = hmap_entry(h, struct conv_entry, node);
		if (!c->cursor_known)
			continue;
		job->since[n].conv = c->id;
		job->since[n].seq = c->cursor;
		n++;
	}
	job->since_count = n;
	if (!n || store_submit(gw->st, job)) {
		store_job_free(job);
		return;
	}
	gw->inflight++;
	log_info("gw", 0, "catching up %zu conversations after listener "
		 "reconnect", n);
}

static void handle_job(struct gw *gw, struct store_job *job)
{
	struct session *s;

	if (job->conn & HTTP_ID_BIT) {
		api_answer(gw, job);
		return;
	}
	s = job->conn ? session_find(gw, job->conn) : NULL;
	switch (job->kind) {
	case STORE_SET_STAGE:
		break;
	case STORE_CALL:
		if (s)
			answer_call(gw, s, job);
		break;
	case STORE_EV_DISPUTE:
	case STORE_EV_SIGNAL:
		relay_json(gw, job);
		break;
	case STORE_SIGNAL:
		break;
	case STORE_CONSENT:
	case STORE_CONSENTS:
	case STORE_OFFER:
	case STORE_OFFER_DUE:
		offers_answer(gw, s, job);
		break;
	case STORE_SEND:
		answer_send(gw, s, job);
		break;
	case STORE_READ:
		if (job->err) {
			if (s)
				send_error(gw, s, job->err,
					   job->err == PROTO_EUNAVAILABLE ?
						   "storage unavailable; retry" :
						   "not a participant of this "
						   "conversation",
					   NULL);
		} else {
			relay_read(gw, job);
		}
		break;
	case STORE_MEMBERS:
		if (!job->err && job->conv_count) {
			struct store_conv *c = &job->convs[0];
			conv_learn(gw, c);
			if (!strcmp(c->buyer, job->user) ||
			    !strcmp(c->seller, job->user)) {
				relay_typing(gw, job->user, c->id, c->buyer,
					     c->seller, job->conn);
				break;
			}
			job->err = PROTO_ENOT_PARTICIPANT;
		}
		if (s)
			send_error(gw, s,
				   job->err == PROTO_EUNAVAILABLE ?
					   PROTO_EUNAVAILABLE :
					   PROTO_ENOT_PARTICIPANT,
				   "not a participant of this conversation",
				   NULL);
		break;
	case STORE_OPEN:
	case STORE_SYNC:
	case STORE_HISTORY:
	case STORE_CONVS:
		/* a session that is gone took its held frames with it */
		if (s)
			answer_query(gw, s, job);
		break;
	case STORE_FETCH:
	case STORE_EV_REMOTE:
		for (size_t i = 0; i < job->since_count; i++) {
			struct conv_entry *c = conv_find(gw, job->since[i].conv);
			if (c)
				c->fetching = false;
		}
		for (size_t i = 0; i < job->msg_count; i++)
			route(gw, &job->msgs[i], 0);
		break;
	case STORE_EV_USERS:
		apply_users(gw, job);
		break;
	case STORE_EV_CONV:
		for (size_t i = 0; i < job->conv_count; i++) {
			struct conv_entry *c = conv_find(gw, job->convs[i].id);
			if (c)
				c->ordered = job->convs[i].ordered;
		}
		break;
	case STORE_EV_STATUS:
		gw->db_up = job->db_up;
		if (job->listener_restarted)
			catch_up(gw);
		break;
	}
}

static int ws_write_run(struct session *s, struct lws *wsi);

/*
 * Writes the frames of sessions listed while storage answers were handled,
 * without waiting for a writeable callback: a socket that is not backed up
 * takes them at once, and asking lws for POLLOUT and back costs two
 * epoll_ctl calls and a loop iteration per frame. A session whose last
 * write lws still buffers, or that is closing, waits for its callback as
 * usual, so a slow client still fills its own bounded queue.
 */
static void ws_flush_dirty(struct gw *gw)
{
	for (uint32_t i = 0; i < gw->dirty_n; i++) {
		struct session *s = gw->dirty[i];
		if (!s)
			continue;
		s->dirty = false;
		if (!s->q.count)
			continue;
		if (s->close_code || lws_partial_buffered(s->wsi)) {
			lws_callback_on_writable(s->wsi);
			continue;
		}
		if (ws_write_run(s, s->wsi)) {
			/* the socket is gone: lws closes it from the loop */
			lws_set_timeout(s->wsi, PENDING_TIMEOUT_USER_OK,
					LWS_TO_KILL_ASYNC);
			continue;
		}
		if (s->q.count)
			lws_callback_on_writable(s->wsi);
	}
	gw->dirty_n = 0;
}

void ws_drain_store(struct gw *gw)
{
	struct store_job *job = store_drain(gw->st), *next;

	gw->deferring = true;
	for (; job; job = next) {
		next = job->next;
		if (job->kind < STORE_EV_REMOTE)
			gw->inflight--;
		handle_job(gw, job);
		store_job_free(job);
	}
	gw->deferring = false;
	ws_flush_dirty(gw);
}

/* ---- requests ------------------------------------------------------- */

static enum store_role role_of(const struct session *s)
{
	return s->user->role;
}

static int submit(struct gw *gw, struct session *s, struct store_job *job,
		  const char *cid)
{
	job->conn = s->id;
	snprintf(job->user, sizeof(job->user), "%s", s->user->id);
	job->role = role_of(s);
	if (store_submit(gw->st, job)) {
		store_job_free(job);
		send_error(gw, s, gw->shutting_down ? PROTO_EUNAVAILABLE :
						      PROTO_EBUSY,
			   gw->shutting_down ? "gateway is shutting down" :
					       "too much queued; retry",
			   cid);
		return -EAGAIN;
	}
	gw->inflight++;
	return 0;
}

static void do_send(struct gw *gw, struct session *s, struct proto_req *req)
{
	struct parley_config *cfg = gw->cfg;
	int64_t now = mono_usec();
	struct conv_entry *c;

	if (role_of(s) != STORE_ROLE_BUYER && role_of(s) != STORE_ROLE_SELLER) {
		send_error(gw, s, PROTO_EFORBIDDEN,
			   "only buyers and sellers send messages", req->cid);
		return;
	}
	if (!bucket_take(&s->user->rate, cfg->rate_user_per_s,
			 cfg->rate_user_burst, now)) {
		send_error(gw, s, PROTO_ERATE_LIMITED,
			   "too many messages from this user; slow down",
			   req->cid);
		return;
	}
	c = conv_find(gw, req->conv);
	if (c && *c->buyer && strcmp(c->buyer, s->user->id) &&
	    strcmp(c->seller, s->user->id)) {
		send_error(gw, s, PROTO_ENOT_PARTICIPANT,
			   "not a participant of this conversation", req->cid);
		return;
	}
	if (c && !bucket_take(&c->rate, cfg->rate_pair_per_s,
			      cfg->rate_pair_burst, now)) {
		send_error(gw, s, PROTO_ERATE_LIMITED,
			   "too many messages in this conversation; slow down",
			   req->cid);
		return;
	}
	struct store_job *job = store_job_new(STORE_SEND);
	if (!job) {
		send_error(gw, s, PROTO_EINTERNAL, "out of memory", req->cid);
		return;
	}
	job->msg.conv = req->conv;
	snprintf(job->msg.sender, sizeof(job->msg.sender), "%s", s->user->id);
	snprintf(job->msg.cid, sizeof(job->msg.cid), "%s", req->cid);
	job->msg.text = malloc(req->text_len + 1);
	if (!job->msg.text) {
		store_job_free(job);
		send_error(gw, s, PROTO_EINTERNAL, "out of memory", req->cid);
		return;
	}
	memcpy(job->msg.text, req->text, req->text_len);
	job->msg.text[req->text_len] = '\0';
	job->msg.text_len = req->text_len;
	/* STOP and the like: a consent event first; the message goes too */
	offers_chat(gw, s, req->conv, req->text, req->text_len);
	submit(gw, s, job, req->cid);
}

static void do_sync(struct gw *gw, struct session *s, struct proto_req *req)
{
	struct store_job *job;

	if (s->sync) {
		send_error(gw, s, PROTO_EBUSY, "a sync is already running",
			   NULL);
		return;
	}
	job = store_job_new(STORE_SYNC);
	s->sync = calloc(1, sizeof(*s->sync));
	if (!job || !s->sync) {
		store_job_free(job);
		free(s->sync);
		s->sync = NULL;
		send_error(gw, s, PROTO_EINTERNAL, "out of memory", NULL);
		return;
	}
	if (req->since_count) {
		job->since = malloc(req->since_count * sizeof(*job->since));
		if (!job->since) {
			store_job_free(job);
			free(s->sync);
			s->sync = NULL;
			send_error(gw, s, PROTO_EINTERNAL, "out of memory",
				   NULL);
			return;
		}
		memcpy(job->since, req->since,
		       req->since_count * sizeof(*job->since));
		job->since_count = req->since_count;
	}
	if (submit(gw, s, job, NULL)) {
		free(s->sync);
		s->sync = NULL;
	}
}

static void do_typing(struct gw *gw, struct session *s, struct proto_req *req)
{
	struct conv_entry *c = conv_find(gw, req->conv);

	if (c && *c->buyer) {
		if (strcmp(c->buyer, s->user->id) &&
		    strcmp(c->seller, s->user->id)) {
			send_error(gw, s, PROTO_ENOT_PARTICIPANT,
				   "not a participant of this conversation",
				   NULL);
			return;
		}
		relay_typing(gw, s->user->id, c->id, c->buyer, c->seller,
			     s->id);
		return;
	}
	struct store_job *job = store_job_new(STORE_MEMBERS);
	if (!job)
		return;
	job->msg.conv = req->conv;
	submit(gw, s, job, NULL);
}

static const char *const role_names[] = {
	[STORE_ROLE_BUYER] = "buyer", [STORE_ROLE_SELLER] = "seller",
	[STORE_ROLE_SUPPORT] = "support", [STORE_ROLE_ADMIN] = "admin",
};

static char *dup_n(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static char *dup_i64(int64_t v)
{
	char tmp[24];

	snprintf(tmp, sizeof(tmp), "%lld", (long long)v);
	return strdup(tmp);
}

/* A STORE_CALL job acting as the session's user. */
static struct store_job *call_job(struct session *s, enum store_call call)
{
	struct store_job *job = store_job_new(STORE_CALL);
	char addr[64] = "";

	if (!job)
		return NULL;
	lws_get_peer_simple(s->wsi, addr, sizeof(addr));
	job->call = call;
	job->args[0] = strdup(s->user->id);
	job->args[1] = strdup(role_names[s->user->role]);
	job->args[2] = strdup(addr);
	if (!job->args[0] || !job->args[1] || !job->args[2]) {
		store_job_free(job);
		return NULL;
	}
	return job;
}

static void do_call(struct gw *gw, struct session *s, struct proto_req *req)
{
	struct store_job *job = NULL;

	switch (req->op) {
	case PROTO_OP_DISPUTE:
		job = call_job(s, CALL_DISPUTE_OPEN);
		if (job) {
			job->args[3] = dup_i64(req->conv);
			job->args[4] = dup_n(req->text, req->text_len);
		}
		break;
	case PROTO_OP_REPORT:
		job = call_job(s, CALL_REPORT);
		if (job) {
			job->args[3] = dup_i64(req->conv);
			job->args[4] = dup_i64(req->seq);
			job->args[5] = strdup(req->topic);
			job->args[6] = req->text ?
					       dup_n(req->text, req->text_len) :
					       strdup("");
		}
		break;
	case PROTO_OP_ACCESSES:
		job = call_job(s, CALL_ACCESSES);
		break;
	default:
		job = call_job(s, CALL_MY_DISPUTES);
		break;
	}
	if (!job) {
		send_error(gw, s, PROTO_EINTERNAL, "out of memory", NULL);
		return;
	}
	submit(gw, s, job, NULL);
}

static void handle_request(struct gw *gw, struct session *s,
			   struct proto_req *req)
{
	struct store_job *job;
	struct buf b;

	switch (req->op) {
	case PROTO_OP_SEND:
		do_send(gw, s, req);
		return;
	case PROTO_OP_OPEN:
		job = store_job_new(STORE_OPEN);
		if (!job)
			break;
		snprintf(job->peer, sizeof(job->peer), "%s", req->peer);
		snprintf(job->topic, sizeof(job->topic), "%s", req->topic);
		submit(gw, s, job, NULL);
		return;
	case PROTO_OP_SYNC:
		do_sync(gw, s, req);
		return;
	case PROTO_OP_HISTORY:
		job = store_job_new(STORE_HISTORY);
		if (!job)
			break;
		job->msg.conv = req->conv;
		job->before = req->seq;
		job->limit = req->limit < gw->cfg->history_max ?
				     req->limit :
				     gw->cfg->history_max;
		submit(gw, s, job, NULL);
		return;
	case PROTO_OP_CONVS:
		job = store_job_new(STORE_CONVS);
		if (!job)
			break;
		submit(gw, s, job, NULL);
		return;
	case PROTO_OP_READ:
		job = store_job_new(STORE_READ);
		if (!job)
			break;
		job->msg.conv = req->conv;
		job->msg.seq = req->seq;
		submit(gw, s, job, NULL);
		return;
	case PROTO_OP_TYPING:
		do_typing(gw, s, req);
		return;
	case PROTO_OP_PING:
		frame_begin(&b);
		buf_puts(&b, "{\"op\":\"pong\"}");
		send_buf(gw, s, &b);
		return;
	case PROTO_OP_DISPUTE:
	case PROTO_OP_REPORT:
	case PROTO_OP_ACCESSES:
	case PROTO_OP_DISPUTES:
		do_call(gw, s, req);
		return;
	case PROTO_OP_CONSENT:
	case PROTO_OP_CONSENTS:
	case PROTO_OP_OFFER:
		offers_request(gw, s, req);
		return;
	}
	send_error(gw, s, PROTO_EINTERNAL, "out of memory", NULL);
}

static void handle_frame(struct gw *gw, struct session *s, const char *buf,
			 size_t len)
{
	struct proto_req req;
	const char *why = NULL;
	enum proto_err err;

	atomic_fetch_add(&metrics.frames_in, 1);
	if (!bucket_take(&s->rate, gw->cfg->rate_conn_per_s,
			 gw->cfg->rate_conn_burst, mono_usec())) {
		memset(&req, 0, sizeof(req));
		/* still name the cid so the client knows which send failed */
		proto_decode(buf, len, (size_t)gw->cfg->max_text_bytes, &req,
			     &why);
		send_error(gw, s, PROTO_ERATE_LIMITED,
			   "too many frames on this connection; slow down",
			   req.cid);
		proto_req_clear(&req);
		return;
	}
	if (gw->shutting_down) {
		memset(&req, 0, sizeof(req));
		proto_decode(buf, len, (size_t)gw->cfg->max_text_bytes, &req,
			     &why);
		send_error(gw, s, PROTO_EUNAVAILABLE,
			   "gateway is shutting down; reconnect", req.cid);
		proto_req_clear(&req);
		return;
	}
	memset(&req, 0, sizeof(req));
	err = proto_decode(buf, len, (size_t)gw->cfg->max_text_bytes, &req,
			   &why);
	if (err)
		send_error(gw, s, err, why ? why : proto_err_code(err),
			   req.cid);
	else
		handle_request(gw, s, &req);
	proto_req_clear(&req);
}

/* ---- for offers.c --------------------------------------------------- */

void ws_send_json(struct gw *gw, struct session *s, const char *json,
		  size_t len)
{
	struct buf b;

	frame_begin(&b);
	buf_append(&b, json, len);
	send_buf(gw, s, &b);
}

void ws_send_error(struct gw *gw, struct session *s, enum proto_err err,
		   const char *why, const char *cid)
{
	send_error(gw, s, err, why, cid);
}

int ws_submit(struct gw *gw, struct session *s, struct store_job *job,
	      const char *cid)
{
	return submit(gw, s, job, cid);
}

/* ---- the lws protocol callback -------------------------------------- */

static void session_attach(struct gw *gw, struct session *s, struct lws *wsi,
			   struct user_entry *u, int64_t exp)
{
	memset(s, 0, sizeof(*s));
	s->wsi = wsi;
	s->id = ++gw->next_conn_id;
	s->user = u;
	s->exp = exp;
	s->unext = u->sessions;
	if (u->sessions)
		u->sessions->uprev = s;
	u->sessions = s;
	hmap_insert(&gw->conns, &s->node, hmap_hash_u64(s->id));
	s->established = true;
	atomic_fetch_add(&metrics.connections, 1);
	atomic_fetch_add(&metrics.connections_total, 1);
}

static void session_detach(struct gw *gw, struct session *s)
{
	if (!s->established)
		return;
	s->established = false;
	hmap_remove(&gw->conns, &s->node);
	if (s->uprev)
		s->uprev->unext = s->unext;
	else
		s->user->sessions = s->unext;
	if (s->unext)
		s->unext->uprev = s->uprev;
	if (s->dirty) {
		for (uint32_t i = 0; i < gw->dirty_n; i++)
			if (gw->dirty[i] == s)
				gw->dirty[i] = NULL;
		s->dirty = false;
	}
	frameq_clear(&s->q);
	if (s->sync) {
		frameq_clear(&s->sync->held);
		free(s->sync);
		s->sync = NULL;
	}
	free(s->rx);
	s->rx = NULL;
	free(s->live);
	s->live = NULL;
	atomic_fetch_sub(&metrics.connections, 1);
}

static int ws_receive(struct gw *gw, struct session *s, struct lws *wsi,
		      const char *in, size_t len)
{
	bool first = lws_is_first_fragment(wsi);
	bool final = lws_is_final_fragment(wsi) &&
		     !lws_remaining_packet_payload(wsi);
	size_t max = (size_t)gw->cfg->max_frame_bytes;

	if (lws_frame_is_binary(wsi)) {
		log_info("ws", s->id, "binary frame: closing with 1003");
		atomic_fetch_add(&metrics.frames_in, 1);
		lws_close_reason(wsi, LWS_CLOSE_STATUS_UNACCEPTABLE_OPCODE,
				 (unsigned char *)"text frames only", 16);
		return -1;
	}
	if (first && final && !s->rx_len) {
		if (len > max)
			goto too_big;
		handle_frame(gw, s, in, len);
		return 0;
	}
	if (s->rx_len + len > max)
		goto too_big;
	if (s->rx_len + len > s->rx_cap) {
		uint32_t cap = s->rx_cap ? s->rx_cap : 2048;
		while (cap < s->rx_len + len)
			cap *= 2;
		char *p = realloc(s->rx, cap);
		if (!p)
			goto too_big;
		s->rx = p;
		s->rx_cap = cap;
	}
	memcpy(s->rx + s->rx_len, in, len);
	s->rx_len += (uint32_t)len;
	if (final) {
		handle_frame(gw, s, s->rx, s->rx_len);
		s->rx_len = 0;
		if (s->rx_cap > 8192) {
			free(s->rx);
			s->rx = NULL;
			s->rx_cap = 0;
		}
	}
	return 0;

too_big:
	log_info("ws", s->id, "message over %zu bytes: closing with 1009", max);
	atomic_fetch_add(&metrics.frames_in, 1);
	lws_close_reason(wsi, LWS_CLOSE_STATUS_MESSAGE_TOO_LARGE,
			 (unsigned char *)"message too large", 17);
	return -1;
}

/*
 * Several queued frames go out in one send(2): each is framed here (a
 * server frame is FIN + opcode, a length, no mask; no extension is
 * negotiated) and the whole run is handed to lws as raw bytes, which it
 * buffers itself if the socket takes only part. Under load a client has
 * an ack and a message or two waiting at once, and every system call
 * counts on a busy machine.
 */
#define COALESCE_MAX (32 * 1024)

static size_t ws_frame_head(unsigned char *p, size_t len)
{
	p[0] = 0x81; /* FIN, text */
	if (len < 126) {
		p[1] = (unsigned char)len;
		return 2;
	}
	if (len < 65536) {
		p[1] = 126;
		p[2] = (unsigned char)(len >> 8);
		p[3] = (unsigned char)len;
		return 4;
	}
	p[1] = 127;
	for (int i = 0; i < 8; i++)
		p[2 + i] = (unsigned char)((uint64_t)len >> (56 - 8 * i));
	return 10;
}

/* Writes queued frames (at least one, up to COALESCE_MAX bytes) in one
 * send. A frame too big to coalesce goes alone through lws_write. */
static int ws_write_run(struct session *s, struct lws *wsi)
{
	static unsigned char buf[LWS_PRE + COALESCE_MAX];
	struct frame *first = frameq_peek(&s->q, 0);

	if (first && first->len + 10 > COALESCE_MAX) {
		frameq_pop(&s->q);
		int n = lws_write(wsi, first->data + LWS_PRE, first->len,
				  LWS_WRITE_TEXT);
		frame_put(first);
		if (n < 0)
			return -1;
		atomic_fetch_add(&metrics.frames_out, 1);
		return 0;
	}
	unsigned char *p = buf + LWS_PRE;
	size_t used = 0;
	uint32_t frames = 0;

	for (;;) {
		struct frame *f = frameq_peek(&s->q, 0);
		if (!f || used + 10 + f->len > COALESCE_MAX)
			break;
		frameq_pop(&s->q);
		used += ws_frame_head(p + used, f->len);
		memcpy(p + used, f->data + LWS_PRE, f->len);
		used += f->len;
		frames++;
		frame_put(f);
	}
	if (lws_write(wsi, p, used, LWS_WRITE_HTTP) < 0)
		return -1;
	atomic_fetch_add(&metrics.frames_out, frames);
	return 0;
}

static int ws_writeable(struct gw *gw, struct session *s, struct lws *wsi)
{
	if (s->q.count) {
		if (ws_write_run(s, wsi))
			return -1;
		if (s->q.count || s->close_code)
			lws_callback_on_writable(wsi);
		return 0;
	}
	if (s->close_code) {
		const char *why = s->close_code == LWS_CLOSE_STATUS_GOINGAWAY ?
					  "server shutting down" :
					  "closed by server";
		lws_close_reason(wsi, s->close_code, (unsigned char *)why,
				 strlen(why));
		return -1;
	}
	return 0;
}

int ws_callback(struct lws *wsi, enum lws_callback_reasons reason, void *user,
		void *in, size_t len)
{
	struct gw *gw = gw_self;
	struct session *s = user;

	switch (reason) {
	case LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION: {
		/* gw_auth_request answered HTTP errors already at
		 * HTTP_CONFIRM_UPGRADE; this repeats the check to bind the
		 * session to its user. */
		struct jwt_claims claims;
		const char *why;
		if (gw_auth_request(gw, wsi, &claims, &why))
			return -1;
		struct user_entry *u = ws_user_find(gw, claims.sub);
		if (!u)
			return -1;
		session_attach(gw, s, wsi, u, claims.exp);
		log_info("ws", s->id, "connected user=%s role=%s", u->id,
			 jwt_role_name(claims.role));
		return 0;
	}
	case LWS_CALLBACK_ESTABLISHED:
		gw_handshake_done(gw, wsi);
		return 0;
	case LWS_CALLBACK_WSI_DESTROY:
		gw_handshake_done(gw, wsi);
		return 0;
	case LWS_CALLBACK_RECEIVE:
		if (!s || !s->established)
			return -1;
		return ws_receive(gw, s, wsi, in, len);
	case LWS_CALLBACK_SERVER_WRITEABLE:
		if (!s || !s->established)
			return 0;
		return ws_writeable(gw, s, wsi);
	case LWS_CALLBACK_WS_PEER_INITIATED_CLOSE:
		return 0;
	case LWS_CALLBACK_CLOSED:
		if (s && s->established) {
			log_info("ws", s->id, "closed");
			session_detach(gw, s);
		}
		return 0;
	case LWS_CALLBACK_EVENT_WAIT_CANCELLED:
		if (gw)
			ws_drain_store(gw);
		return 0;
	default:
		return 0;
	}
}

/*
 * Forgets the routing state of conversations nobody on this node is in:
 * without it the table would grow with every conversation ever seen. A
 * conversation that comes back starts again from its next message.
 */
void ws_sweep(struct gw *gw)
{
	struct hnode *n, *next;
	size_t pos, dropped = 0;

	for (n = hmap_iter(&gw->convs, &pos); n; n = next) {
		next = hmap_iter_next(&gw->convs, n, &pos);
		struct conv_entry *c = hmap_entry(n, struct conv_entry, node);
		if (c->held || c->fetching || user_is_local(gw, c->buyer) ||
		    user_is_local(gw, c->seller))
			continue;
		hmap_remove(&gw->convs, n);
		free(c);
		dropped++;
	}
	if (dropped)
		log_debug("gw", 0, "forgot %zu idle conversations", dropped);
}

void ws_close_all(struct gw *gw, uint16_t code)
{
	size_t pos;

	for (struct hnode *n = hmap_iter(&gw->conns, &pos); n;
	     n = hmap_iter_next(&gw->conns, n, &pos))
		session_close(hmap_entry(n, struct session, node), code);
}

void ws_gw_deinit(struct gw *gw)
{
	size_t pos;
	struct hnode *n, *next;

	free(gw->dirty);
	gw->dirty = NULL;
	gw->dirty_n = gw->dirty_cap = 0;

	for (n = hmap_iter(&gw->convs, &pos); n; n = next) {
		next = hmap_iter_next(&gw->convs, n, &pos);
		struct conv_entry *c = hmap_entry(n, struct conv_entry, node);
		while (c->held) {
			struct held_msg *h = c->held;
			c->held = h->next;
			free(h->msg.text);
			free(h->msg.redactions);
			free(h);
		}
		free(c);
	}
	for (n = hmap_iter(&gw->users, &pos); n; n = next) {
		next = hmap_iter_next(&gw->users, n, &pos);
		free(hmap_entry(n, struct user_entry, node));
	}
	for (n = hmap_iter(&gw->pending, &pos); n; n = next) {
		next = hmap_iter_next(&gw->pending, n, &pos);
		free(n);	/* struct pending_sock starts with its node */
	}
	hmap_deinit(&gw->pending);
	hmap_deinit(&gw->convs);
	hmap_deinit(&gw->http_reqs);
	hmap_deinit(&gw->users);
	hmap_deinit(&gw->conns);
}
