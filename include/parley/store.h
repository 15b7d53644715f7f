/*
 * store.h - the only module that speaks SQL.
 *
 * The gateway thread hands jobs to storage with store_submit() and never
 * waits. Three storage threads, each with its own PGconn, do the work:
 *
 *   writer    group commit of STORE_SEND jobs: whatever is queued when the
 *             previous commit ends goes into the next transaction (up to
 *             batch_max), so a slow disk makes batches larger, not acks
 *             later than one commit.
 *   query     everything else a client asks (open, sync, history, read...).
 *   listener  LISTENs for other nodes' commits and directory changes, reads
 *             the rows and posts them as events.
 *
 * A finished job goes to the done queue and the wake callback runs (on the
 * storage thread); the gateway then calls store_drain() on its own thread.
 * A job carries the id of the connection that asked, never a pointer to it:
 * the connection may be gone when the answer comes back.
 */
#ifndef PARLEY_STORE_H
#define PARLEY_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parley/proto.h"

#define STORE_ID_MAX 64

/* Runs on a storage thread when jobs are ready; must only wake the loop. */
typedef void (*store_wake_fn)(void *arg);

enum store_kind {
	STORE_SEND,	/* writer: store one message, answer with its seq */
	STORE_READ,	/* query: move the caller's read pointer */
	STORE_OPEN,	/* query: find or create the buyer-seller conversation */
	STORE_SYNC,	/* query: messages after each since, and the conv list */
	STORE_HISTORY,	/* query: a page of older messages */
	STORE_CONVS,	/* query: the caller's conversations with unread counts */
	STORE_MEMBERS,	/* query: who is in a conversation */
	STORE_FETCH,	/* query: messages after a seq, to fill a routing gap */
	STORE_SET_STAGE, /* query: move a conversation to msg.seq's stage
			  * (0 inquiry, 1 ordered); other nodes are told */
	STORE_SIGNAL,	/* query: tell the other nodes json (a read or typing
			 * frame) for msg.buyer and msg.seller's connections */
	STORE_CALL,	/* query: one call of storage/calls.c (disputes,
			 * reports, audit, support API): args in, JSON out */
	STORE_CONSENT,	/* query, ahead of the queue: append a consent
			 * event (storage/consent_db.c): args in, JSON out */
	STORE_CONSENTS,	/* query: a buyer's consent state */
	STORE_OFFER,	/* query: decide and record an offer */
	STORE_OFFER_DUE, /* query: release due waiting offers */
	STORE_EV_REMOTE, /* event: messages another node committed */
	STORE_EV_USERS,	/* event: user directory rows (all, or changed ones) */
	STORE_EV_CONV,	/* event: a conversation changed (stage) */
	STORE_EV_STATUS, /* event: database reachability changed */
	STORE_EV_SIGNAL, /* event: another node's read or typing frame (json)
			  * for msg.buyer and msg.seller */
	STORE_EV_DISPUTE, /* event: a dispute changed: json is the
			   * dispute_update frame for msg.buyer, msg.seller */
};

enum store_role {
	STORE_ROLE_BUYER,
	STORE_ROLE_SELLER,
	STORE_ROLE_SUPPORT,
	STORE_ROLE_ADMIN,
};

/*
 * Calls of STORE_CALL. args[0] is the acting user, args[1] their role,
 * args[2] the client address; the rest is per call (storage/calls.c).
 */
enum store_call {
	CALL_DISPUTE_OPEN,	/* conv, reason */
	CALL_REPORT,		/* conv, seq, category, note */
	CALL_ACCESSES,		/* (none): staff accesses to my conversations */
	CALL_MY_DISPUTES,	/* (none) */
	CALL_SUP_LIST,		/* state, mine (0/1), limit, offset */
	CALL_SUP_GET,		/* dispute */
	CALL_SUP_CLAIM,		/* dispute */
	CALL_SUP_TRANSCRIPT,	/* dispute */
	CALL_SUP_REVEAL,	/* dispute, seq, reason */
	CALL_SUP_NOTE,		/* dispute, text */
	CALL_SUP_RESOLVE,	/* dispute, outcome, summary */
	CALL_SUP_EXPORT,	/* dispute */
	CALL_SUP_REPORTS,	/* limit */
	CALL_SUP_AUDIT,		/* dispute */
	CALL_EXPORT_ME,		/* (none): the caller's own data export */
};

#define STORE_CALL_ARGS 8

/* One message row. Pointers are owned by the enclosing job. */
struct store_msg {
	int64_t conv;
	int64_t seq;
	int64_t at;		/* commit time, microseconds since the epoch */
	char sender[STORE_ID_MAX + 1];
	char cid[PROTO_CID_MAX + 1];
	char buyer[STORE_ID_MAX + 1];	/* the conversation's participants */
	char seller[STORE_ID_MAX + 1];
	char *text;		/* as the counterpart sees it (redacted) */
	size_t text_len;
	char *redactions;	/* JSON array text, or NULL */
	char *keep;		/* SEND: plain original to seal, or NULL when
				 * the text is the original; never stored */
	size_t keep_len;
	char *original;		/* SEND: base64 of the sealed original */
	int64_t key_id;		/* user_keys.id that sealed it */
	bool flagged;		/* SEND: the content policy flagged it */
	bool prepared;		/* SEND: the content hook ran already */
	bool prep_ordered;	/* SEND: ... for a conversation in 'ordered' */
	enum proto_err prep_err; /* SEND: ... and what it answered */
	char *plain;		/* SEND: the text as sent, while the writer
				 * may have to filter it again; never stored */
	size_t plain_len;
	bool duplicate;		/* SEND: (sender, cid) was stored before */
};

struct store_conv {
	int64_t id;
	char buyer[STORE_ID_MAX + 1];
	char seller[STORE_ID_MAX + 1];
	char topic[PROTO_TOPIC_MAX + 1];
	bool ordered;		/* stage 'ordered', else 'inquiry' */
	int64_t last_seq;
	int64_t read_seq;	/* the caller's read pointer */
	int64_t peer_read_seq;	/* the other participant's */
	int64_t unread;		/* peer's messages after read_seq */
	bool created;		/* OPEN: made by this call */
};

struct store_user {
	char id[STORE_ID_MAX + 1];
	enum store_role role;
	bool minor;
	bool erased;
	bool deleted;		/* no longer in the table */
};

struct store_job {
	struct store_job *next;		/* queue link, owned by store */
	enum store_kind kind;
	uint64_t conn;			/* asking connection, 0 for events */
	int64_t queued_at;		/* mono_usec at submit */
	enum proto_err err;		/* out: PROTO_OK or the refusal */
	char why[96];			/* out: detail of a refusal, or "" */
	char user[STORE_ID_MAX + 1];	/* acting user */
	enum store_role role;		/* acting user's role */

	/* SEND: in conv, sender, cid, text, redactions, original;
	 * out seq, at, id, buyer, seller, duplicate. READ: in conv, seq. */
	struct store_msg msg;

	/* OPEN */
	char peer[STORE_ID_MAX + 1];
	char topic[PROTO_TOPIC_MAX + 1];

	/* SYNC, FETCH: (conv, seq) pairs, owned */
	struct proto_since *since;
	size_t since_count;
	/* HISTORY */
	int64_t before;
	int limit;

	/* out: SYNC, HISTORY, FETCH, EV_REMOTE, in order of (conv, seq) */
	struct store_msg *msgs;
	size_t msg_count;
	/* out: OPEN (one), SYNC, CONVS, MEMBERS (one), READ (one), EV_CONV */
	struct store_conv *convs;
	size_t conv_count;
	/* out: EV_USERS; users_reset means the list is the whole directory */
	struct store_user *users;
	size_t user_count;
	bool users_reset;
	/* STORE_CALL: in call and args (owned, may be NULL); out status
	 * (an HTTP status: 200, 201, 400, 403, 404, 409) and json (owned:
	 * the answer body or frame, NULL for none) */
	enum store_call call;
	char *args[STORE_CALL_ARGS];
	int status;
	char *json;

	/* out: EV_STATUS */
	bool db_up;
	bool listener_restarted;	/* NOTIFYs may have been missed */
};

/*
 * Content hook: runs on the writer thread for each new message, after its
 * conversation is locked and the sender's membership checked, before the
 * message is numbered, so it sees the stage as committed. It may replace
 * job->msg.text (malloc'd, text_len), set msg.redactions (malloc'd JSON
 * array), msg.keep (malloc'd plain original to seal) and msg.flagged.
 * Returns PROTO_OK, or a refusal (PROTO_EBLOCKED with job->why set): the
 * message is then answered with that error and not stored.
 */
typedef enum proto_err (*store_prepare_fn)(void *arg, struct store_job *job,
					   const struct store_conv *conv);

struct store_config {
	const char *db_url;	/* libpq URL or "" */
	const char *node_id;	/* names this node in NOTIFY payloads */
	int batch_max;
	bool per_message;	/* one commit per message */
	int writers;		/* writer threads and connections (>= 1) */
	int reconnect_max_s;
	int sync_max;
	int queue_max;		/* most jobs waiting; beyond, submit refuses */
	store_prepare_fn prepare;	/* may be NULL */
	void *prepare_arg;
	const uint8_t *master_key;	/* 32 bytes; NULL: originals refused */
	const uint8_t *master_key_old;	/* during a rotation, or NULL */
};

struct store;

/*
 * Creates the store and starts its threads; they connect in the
 * background and retry with back-off until the database answers.
 * Copies cfg's strings. Returns 0 or a negative errno.
 */
int store_new(struct store **out, const struct store_config *cfg,
	      store_wake_fn wake, void *wake_arg);

/*
 * Stops accepting jobs, lets the writer commit what it has, answers every
 * job still waiting with PROTO_EUNAVAILABLE, joins the threads. Finished
 * jobs stay in the done queue for a last store_drain().
 */
void store_stop(struct store *st);

/* Frees the store after store_stop() and a final drain. */
void store_free(struct store *st);

/* A zeroed job of this kind; NULL when out of memory. */
struct store_job *store_job_new(enum store_kind kind);

/* Frees a job and everything it owns. NULL is fine. */
void store_job_free(struct store_job *job);

/*
 * Queues job; storage owns it until it comes back from store_drain().
 * Returns 0, or -EAGAIN when the queue is full or the store is stopping
 * (the caller still owns the job then).
 */
int store_submit(struct store *st, struct store_job *job);

/*
 * Takes every finished job, oldest first, as a list linked by ->next.
 * The caller owns the list. Returns NULL when there is none.
 */
struct store_job *store_drain(struct store *st);

/* Whether the writer's connection is up and the schema is current. */
bool store_ready(const struct store *st);

/* Jobs waiting for the writer and for the query thread. */
size_t store_backlog(const struct store *st);

#endif
