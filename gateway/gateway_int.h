/*
 * gateway_int.h - state shared by the gateway's files (gateway.c: context,
 * HTTP, shutdown; ws.c: sessions, frames, routing). Event loop thread only.
 */
#ifndef PARLEY_GATEWAY_INT_H
#define PARLEY_GATEWAY_INT_H

#include <stdbool.h>
#include <stdint.h>

#include <libwebsockets.h>

#include "parley/config.h"
#include "parley/hmap.h"
#include "parley/jwt.h"
#include "parley/store.h"

/* Per-request state of an HTTP connection (lws per-session data). */
struct http_pss {
	struct hnode node;	/* in gw->http_reqs while a job is out */
	uint64_t id;		/* HTTP_ID_BIT | counter */
	struct lws *wsi;
	bool registered;
	bool reply_ready;	/* status, type and body are set */
	bool headers_sent;
	unsigned status;
	const char *ctype;
	char *body;		/* reply, owned */
	size_t len, sent;
	char uri[160];		/* POST: the path, kept for BODY_COMPLETION */
	char *req;		/* POST body, owned */
	size_t req_len;
	bool req_too_big;
	bool html;		/* export asked for format=html */
	bool download;		/* a data export: offered as a file */
	bool download_name;	/* add Content-Disposition to the reply */
};

/* Ids of HTTP requests waiting for storage; WebSocket ids stay below. */
#define HTTP_ID_BIT (1ULL << 63)

/* A token bucket: `rate` per second up to `burst`. */
struct bucket {
	double tokens;
	int64_t last;	/* mono_usec of the last refill, 0 = full */
};

/* An outgoing text frame, shared by every queue it is in. */
struct frame {
	uint32_t refs;
	uint32_t len;		/* bytes after the LWS_PRE head room */
	int64_t conv;		/* message frames: for catch-up filtering */
	int64_t seq;
	unsigned char data[];	/* LWS_PRE + len */
};

/* A bounded ring of frames. */
struct frameq {
	struct frame **ring;
	uint32_t head;
	uint32_t count;
	uint32_t cap;
};

/* Directory entry: every user known to the database, and their sessions. */
struct user_entry {
	struct hnode node;
	char id[STORE_ID_MAX + 1];
	enum store_role role;
	bool minor;
	bool erased;
	bool seen;		/* present in the latest full load */
	struct session *sessions;
	struct bucket rate;
};

/* A message waiting for an earlier one (routing gap). */
struct held_msg {
	struct held_msg *next;
	struct store_msg msg;	/* owns text and redactions */
	uint64_t origin;	/* connection that sent it here, or 0 */
};

/* Routing state of one conversation on this node. */
struct conv_entry {
	struct hnode node;
	int64_t id;
	char buyer[STORE_ID_MAX + 1];
	char seller[STORE_ID_MAX + 1];
	bool ordered;
	bool cursor_known;
	bool fetching;		/* a gap read is in flight */
	int64_t cursor;		/* last seq delivered from this node */
	struct held_msg *held;	/* sorted by seq */
	struct bucket rate;
};

/* A sync in flight: live messages wait until the catch-up is out. */
struct sync_wait {
	struct frameq held;
};

/*
 * Live messages of one conversation sent on one connection: a node
 * delivers a conversation in order without gaps, so they form the range
 * [lo, hi]. A later sync skips them: no duplicate after a reconnect.
 */
struct live_range {
	int64_t conv;
	int64_t lo, hi;
};

/* Per-connection state, stored in lws' per-session data. */
struct session {
	struct hnode node;	/* in gw->conns by id */
	struct lws *wsi;
	uint64_t id;
	struct user_entry *user;
	struct session *unext, *uprev;	/* user's sessions */
	struct frameq q;
	struct sync_wait *sync;
	struct live_range *live;	/* grows with conversations touched */
	uint32_t live_n, live_cap;
	char *rx;		/* fragments of a message being received */
	uint32_t rx_len;
	uint32_t rx_cap;
	struct bucket rate;
	int64_t exp;		/* token expiry, seconds */
	uint16_t close_code;	/* nonzero: close after the queue drains */
	bool established;
	bool dirty;		/* in gw->dirty, to be written directly */
	bool rx_skip;		/* rest of an oversized message is dropped */
};

struct gw {
	struct parley_config *cfg;
	struct lws_context *ctx;
	struct lws_vhost *vh;
	struct store *st;
	struct content *content;	/* NULL when the PII engine is off */
	struct janitor *janitor;	/* retention timer, NULL when off */
	struct hmap conns;	/* id -> session */
	struct hmap users;	/* id -> user_entry */
	struct hmap convs;	/* id -> conv_entry */
	struct hmap http_reqs;	/* id -> http_pss waiting for storage */
	struct hmap pending;	/* sockets still in their handshake */
	lws_sorted_usec_list_t sul_handshake;
	uint64_t next_conn_id;
	bool users_loaded;
	bool db_up;
	bool shutting_down;
	bool stopped;		/* store stopped, sockets closing */
	int64_t shutdown_started;
	long inflight;		/* jobs submitted, not yet drained */
	/* While storage answers are handled, sessions given frames are
	 * listed here and written once at the end (see ws_drain_store). */
	bool deferring;
	struct session **dirty;
	uint32_t dirty_n, dirty_cap;
	char node_id[96];
	char web_root[PATH_MAX];
	struct offers *offers;	/* offers.c: timer and test clock */
	lws_sorted_usec_list_t sul_shutdown;
	lws_retry_bo_t retry;
};

extern struct gw *gw_self;

/* ws.c */
int ws_callback(struct lws *wsi, enum lws_callback_reasons reason, void *user,
		void *in, size_t len);
void ws_drain_store(struct gw *gw);
void ws_close_all(struct gw *gw, uint16_t code);
void ws_sweep(struct gw *gw);
void ws_gw_deinit(struct gw *gw);

/* ws.c, for offers.c: send a JSON frame, an error, submit a job */
struct user_entry *ws_user_find(struct gw *gw, const char *id);
void ws_send_json(struct gw *gw, struct session *s, const char *json,
		  size_t len);
void ws_send_error(struct gw *gw, struct session *s, enum proto_err err,
		   const char *why, const char *cid);
int ws_submit(struct gw *gw, struct session *s, struct store_job *job,
	      const char *cid);

/* offers.c: consent and offers (event loop thread) */
struct proto_req;
int offers_start(struct gw *gw);
void offers_free(struct gw *gw);
int64_t offers_now_ms(struct gw *gw);
void offers_request(struct gw *gw, struct session *s, struct proto_req *req);
void offers_chat(struct gw *gw, struct session *s, int64_t conv,
		 const char *text, size_t len);
void offers_answer(struct gw *gw, struct session *s, struct store_job *job);

/* content.c: the writer's prepare hook (runs on the writer thread) */
struct content;
int content_new(struct content **out, const struct parley_config *cfg,
		char *err, size_t errlen);
void content_free(struct content *c);
enum proto_err content_prepare(void *arg, struct store_job *job,
			       const struct store_conv *conv);
/* Offer text through the engine as seller-to-buyer in an inquiry: *out
 * (malloc'd) is what buyers see, *redactions a JSON array or NULL. c may
 * be NULL (engine off): the text passes. Event loop thread. */
enum proto_err content_offer_text(struct content *c, const char *text,
				  size_t len, char **out, size_t *out_len,
				  char **redactions);

/* api.c: the JSON API under /api/ (admin, support) */
int api_request(struct gw *gw, struct lws *wsi, struct http_pss *p,
		const char *uri, bool post);
int api_body(struct gw *gw, struct lws *wsi, struct http_pss *p,
	     const void *in, size_t len);
int api_body_done(struct gw *gw, struct lws *wsi, struct http_pss *p);
void api_answer(struct gw *gw, struct store_job *job);
void api_done(struct gw *gw, struct http_pss *p);

/* export.c: the printable page of a dispute bundle (JSON in, HTML out,
 * every text escaped); malloc'd, NULL on error. */
char *export_html(const char *bundle_json);

/* gateway.c */
void gw_handshake_done(struct gw *gw, struct lws *wsi);
int http_reply(struct lws *wsi, struct http_pss *p, unsigned status,
	       const char *type, char *body, size_t len);
int http_text(struct lws *wsi, struct http_pss *p, unsigned status,
	      const char *text);
int gw_auth_request(struct gw *gw, struct lws *wsi, struct jwt_claims *out,
		    const char **why);

#endif
