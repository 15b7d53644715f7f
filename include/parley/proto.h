/*
 * proto.h - the parley.v1 wire protocol: decoding client frames into
 * requests and the stable error codes sent back. Pure: no sockets, no SQL.
 * docs/protocol.md describes every frame.
 */
#ifndef PARLEY_PROTO_H
#define PARLEY_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PROTO_CID_MAX 64
#define PROTO_ID_MAX 64
#define PROTO_TOPIC_MAX 200
#define PROTO_SYNC_MAX 1000	/* conversations in one sync request */

enum proto_op {
	PROTO_OP_OPEN,
	PROTO_OP_SEND,
	PROTO_OP_SYNC,
	PROTO_OP_HISTORY,
	PROTO_OP_READ,
	PROTO_OP_TYPING,
	PROTO_OP_CONVS,
	PROTO_OP_PING,
	PROTO_OP_DISPUTE,	/* conv, text = reason */
	PROTO_OP_REPORT,	/* conv, seq, topic = category, text = note */
	PROTO_OP_ACCESSES,
	PROTO_OP_DISPUTES,
	PROTO_OP_CONSENT,	/* fields read by gateway/offers.c */
	PROTO_OP_CONSENTS,
	PROTO_OP_OFFER,
};

/* Stable error codes: the "code" of an error frame. */
enum proto_err {
	PROTO_OK = 0,
	PROTO_EBAD_JSON,	/* frame is not a JSON object */
	PROTO_EUNKNOWN_OP,	/* "op" missing or not one we know */
	PROTO_EMISSING_FIELD,	/* a required field is absent */
	PROTO_EBAD_FIELD,	/* a field has the wrong type or shape */
	PROTO_ETOO_LONG,	/* text longer than the configured limit */
	PROTO_EBAD_UTF8,	/* not well-formed UTF-8 */
	PROTO_EBAD_TEXT,	/* NUL or other text PostgreSQL cannot store */
	PROTO_ENOT_PARTICIPANT,	/* caller is not in that conversation */
	PROTO_ENOT_FOUND,	/* no such conversation or user */
	PROTO_EFORBIDDEN,	/* role may not do this */
	PROTO_ERATE_LIMITED,	/* token bucket empty; retry later */
	PROTO_EUNAVAILABLE,	/* database unreachable; retry with same cid */
	PROTO_EBUSY,		/* too much queued; retry later */
	PROTO_EBLOCKED,		/* the content policy refused the message */
	PROTO_EINTERNAL,	/* a bug; logged */
	PROTO_ECONFLICT,	/* the state does not allow it (e.g. an open
				 * dispute exists already) */
	PROTO_ERR_COUNT
};

struct proto_since {
	int64_t conv;
	int64_t seq;
};

/*
 * A decoded request. String fields point into memory owned by the request
 * and are valid until proto_req_clear(). Fields not used by an op are zero.
 */
struct proto_req {
	enum proto_op op;
	int64_t conv;
	int64_t seq;		/* read: seq; history: before (0 = latest) */
	int limit;		/* history */
	char cid[PROTO_CID_MAX + 1];
	char peer[PROTO_ID_MAX + 1];
	char topic[PROTO_TOPIC_MAX + 1];
	const char *text;	/* send: UTF-8, no NUL */
	size_t text_len;	/* bytes */
	struct proto_since *since; /* sync */
	size_t since_count;
	void *json_;		/* owned parse tree */
};

/*
 * Decodes one text frame buf[0..len). max_text is the longest allowed text
 * in bytes. On error returns a positive enum proto_err, fills what it could
 * (cid when present, so the error frame can name the send it refuses) and
 * leaves a short English reason in why (may be NULL). Always call
 * proto_req_clear() afterwards.
 */
enum proto_err proto_decode(const char *buf, size_t len, size_t max_text,
			    struct proto_req *req, const char **why);

void proto_req_clear(struct proto_req *req);

/* "bad_json", "unknown_op", ... the stable code names. */
const char *proto_err_code(enum proto_err err);

/* Whether PostgreSQL can store s[0..len) as text (no NUL byte). */
bool proto_text_storable(const char *s, size_t len);

#endif
