/*
 * proto.c - decoder of parley.v1 client frames (docs/protocol.md).
 *
 * Turns one WebSocket text frame into a struct proto_req, or a stable
 * error code and a short reason. Runs on the gateway's event loop thread
 * for every frame a client sends, so it is pure and bounded: the frame
 * size is capped by the WebSocket layer before it gets here, and every
 * list in a frame (sync's "since") has a fixed ceiling.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "parley/proto.h"
#include "parley/util.h"

#define PROTO_HISTORY_DEFAULT 50
#define PROTO_HISTORY_MAX 200
/* Ids and sequence numbers stay below 2^53 so JavaScript clients hold them. */
#define PROTO_INT_MAX ((int64_t)9007199254740991)

static const char *const err_codes[PROTO_ERR_COUNT] = {
	[PROTO_OK] = "ok",
	[PROTO_EBAD_JSON] = "bad_json",
	[PROTO_EUNKNOWN_OP] = "unknown_op",
	[PROTO_EMISSING_FIELD] = "missing_field",
	[PROTO_EBAD_FIELD] = "bad_field",
	[PROTO_ETOO_LONG] = "too_long",
	[PROTO_EBAD_UTF8] = "bad_utf8",
	[PROTO_EBAD_TEXT] = "bad_text",
	[PROTO_ENOT_PARTICIPANT] = "not_participant",
	[PROTO_ENOT_FOUND] = "not_found",
	[PROTO_EFORBIDDEN] = "forbidden",
	[PROTO_ERATE_LIMITED] = "rate_limited",
	[PROTO_EUNAVAILABLE] = "unavailable",
	[PROTO_EBUSY] = "busy",
	[PROTO_EBLOCKED] = "blocked",
	[PROTO_EINTERNAL] = "internal",
	[PROTO_ECONFLICT] = "conflict",
};

const char *proto_err_code(enum proto_err err)
{
	if ((unsigned)err >= PROTO_ERR_COUNT)
		return "internal";
	return err_codes[err];
}

bool proto_text_storable(const char *s, size_t len)
{
	return memchr(s, '\0', len) == NULL;
}

static const struct {
	const char *name;
	enum proto_op op;
} op_names[] = {
	{ "open", PROTO_OP_OPEN },     { "send", PROTO_OP_SEND },
	{ "sync", PROTO_OP_SYNC },     { "history", PROTO_OP_HISTORY },
	{ "read", PROTO_OP_READ },     { "typing", PROTO_OP_TYPING },
	{ "convs", PROTO_OP_CONVS },   { "ping", PROTO_OP_PING },
	{ "dispute", PROTO_OP_DISPUTE }, { "report", PROTO_OP_REPORT },
	{ "accesses", PROTO_OP_ACCESSES }, { "disputes", PROTO_OP_DISPUTES },
	{ "consent", PROTO_OP_CONSENT },   { "consents", PROTO_OP_CONSENTS },
	{ "offer", PROTO_OP_OFFER },
};

/* Decoding context: the object, the request, and where to say why. */
struct proto_ctx {
	json_t *obj;
	struct proto_req *req;
	const char **why;
};

static enum proto_err proto_fail(struct proto_ctx *c, enum proto_err err,
				 const char *why)
{
	if (c->why)
		*c->why = why;
	return err;
}

/*
 * A reason naming the field. The text lives in a per-thread buffer, valid
 * until the next proto_decode() on the same thread: the gateway sends the
 * error frame before it decodes another.
 */
static enum proto_err proto_fail_field(struct proto_ctx *c,
				       enum proto_err err, const char *key,
				       const char *rule)
{
	static _Thread_local char why[128];

	if (err == PROTO_EMISSING_FIELD)
		snprintf(why, sizeof(why), "missing field '%s'", key);
	else
		snprintf(why, sizeof(why), "'%s' must be %s", key, rule);
	return proto_fail(c, err, why);
}

/* A positive id such as a conversation: integer in 1..2^53-1. */
static enum proto_err proto_get_id(struct proto_ctx *c, const char *key,
				   int64_t *out)
{
	json_t *v = json_object_get(c->obj, key);
	json_int_t n;

	if (!v)
		return proto_fail_field(c, PROTO_EMISSING_FIELD, key, NULL);
	n = json_is_integer(v) ? json_integer_value(v) : 0;
	if (n < 1 || n > PROTO_INT_MAX)
		return proto_fail_field(c, PROTO_EBAD_FIELD, key,
					"a positive integer");
	*out = n;
	return PROTO_OK;
}

/* A sequence number: integer in 0..2^53-1; absent gives def if optional. */
static enum proto_err proto_get_seq(struct proto_ctx *c, const char *key,
				   bool optional, int64_t def, int64_t *out)
{
	json_t *v = json_object_get(c->obj, key);
	json_int_t n;

	if (!v) {
		if (!optional)
			return proto_fail_field(c, PROTO_EMISSING_FIELD, key,
						NULL);
		*out = def;
		return PROTO_OK;
	}
	n = json_is_integer(v) ? json_integer_value(v) : -1;
	if (n < 0 || n > PROTO_INT_MAX)
		return proto_fail_field(c, PROTO_EBAD_FIELD, key,
					"a non-negative integer");
	*out = n;
	return PROTO_OK;
}

/*
 * Copies a string field of at most max bytes into dst. printable_id asks
 * for the client-id shape (printable ASCII, no space); otherwise any
 * well-formed text without NUL or control characters.
 */
static enum proto_err proto_get_str(struct proto_ctx *c, const char *key,
				    char *dst, size_t max, bool printable_id)
{
	const char *rule = printable_id
				   ? "1 to 64 printable ASCII characters"
				   : "1 to 200 bytes of text without control "
				     "characters";
	json_t *v = json_object_get(c->obj, key);
	const char *s;
	size_t n;

	if (!v)
		return proto_fail_field(c, PROTO_EMISSING_FIELD, key, NULL);
	if (!json_is_string(v))
		return proto_fail_field(c, PROTO_EBAD_FIELD, key, rule);
	s = json_string_value(v);
	n = json_string_length(v);
	if (n == 0 || n > max)
		return proto_fail_field(c, PROTO_EBAD_FIELD, key, rule);
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (printable_id ? (ch <= 0x20 || ch >= 0x7F)
				 : (ch < 0x20 || ch == 0x7F))
			return proto_fail_field(c, PROTO_EBAD_FIELD, key,
						rule);
	}
	memcpy(dst, s, n);
	dst[n] = '\0';
	return PROTO_OK;
}

/* A user id has the shape of users.id (migrations/001_init.sql). */
static enum proto_err proto_get_user_id(struct proto_ctx *c, const char *key,
					char *dst)
{
	enum proto_err err = proto_get_str(c, key, dst, PROTO_ID_MAX, true);

	if (err)
		return err;
	for (size_t i = 0; dst[i]; i++) {
		unsigned char ch = (unsigned char)dst[i];
		bool alnum = (ch >= 'A' && ch <= 'Z') ||
			     (ch >= 'a' && ch <= 'z') ||
			     (ch >= '0' && ch <= '9');

		if (!alnum && (i == 0 || !strchr("_.@-", ch))) {
			dst[0] = '\0';
			return proto_fail_field(c, PROTO_EBAD_FIELD, key,
						"a user id");
		}
	}
	return PROTO_OK;
}

/*
 * The cid is copied before anything else is checked so that an error
 * frame can name the send it refuses; a bad cid is left empty.
 */
static void proto_peek_cid(json_t *obj, struct proto_req *req)
{
	struct proto_ctx c = { .obj = obj, .req = req, .why = NULL };

	if (proto_get_str(&c, "cid", req->cid, PROTO_CID_MAX, true))
		req->cid[0] = '\0';
}

static enum proto_err proto_decode_send(struct proto_ctx *c, size_t max_text)
{
	struct proto_req *req = c->req;
	json_t *text;
	enum proto_err err;

	err = proto_get_id(c, "conv", &req->conv);
	if (err)
		return err;
	err = proto_get_str(c, "cid", req->cid, PROTO_CID_MAX, true);
	if (err) {
		req->cid[0] = '\0';
		return err;
	}
	text = json_object_get(c->obj, "text");
	if (!text)
		return proto_fail(c, PROTO_EMISSING_FIELD,
				  "missing field 'text'");
	if (!json_is_string(text))
		return proto_fail(c, PROTO_EBAD_FIELD,
				  "'text' must be a string");
	req->text = json_string_value(text);
	req->text_len = json_string_length(text);
	if (req->text_len == 0)
		return proto_fail(c, PROTO_EBAD_FIELD, "'text' is empty");
	if (req->text_len > max_text)
		return proto_fail(c, PROTO_ETOO_LONG,
				  "'text' is longer than the limit");
	/* jansson turns \u0000 into a NUL byte that PostgreSQL refuses. */
	if (!proto_text_storable(req->text, req->text_len))
		return proto_fail(c, PROTO_EBAD_TEXT,
				  "'text' contains a NUL character");
	return PROTO_OK;
}

/* Conversation ids as object keys: canonical decimal, no sign or zeros. */
static bool proto_parse_conv_key(const char *s, int64_t *out)
{
	int64_t v = 0;
	size_t n = strlen(s);

	if (n == 0 || n > 16 || s[0] == '0')
		return false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	if (v > PROTO_INT_MAX)
		return false;
	*out = v;
	return true;
}

static enum proto_err proto_decode_sync(struct proto_ctx *c)
{
	struct proto_req *req = c->req;
	json_t *since = json_object_get(c->obj, "since");
	const char *key;
	json_t *v;
	size_t n, i = 0;

	if (!since)
		return PROTO_OK;
	if (!json_is_object(since))
		return proto_fail(c, PROTO_EBAD_FIELD,
				  "'since' must be an object");
	n = json_object_size(since);
	if (n > PROTO_SYNC_MAX)
		return proto_fail(c, PROTO_EBAD_FIELD,
				  "'since' names too many conversations");
	if (n == 0)
		return PROTO_OK;
	req->since = calloc(n, sizeof(*req->since));
	if (!req->since)
		return proto_fail(c, PROTO_EINTERNAL, "out of memory");
	json_object_foreach(since, key, v) {
		struct proto_since *s = &req->since[i];

		if (!proto_parse_conv_key(key, &s->conv))
			return proto_fail(c, PROTO_EBAD_FIELD,
					  "'since' keys must be conversation ids");
		if (!json_is_integer(v) || json_integer_value(v) < 0 ||
		    json_integer_value(v) > PROTO_INT_MAX)
			return proto_fail(c, PROTO_EBAD_FIELD,
					  "'since' values must be non-negative integers");
		s->seq = json_integer_value(v);
		req->since_count = ++i;
	}
	return PROTO_OK;
}

static enum proto_err proto_decode_history(struct proto_ctx *c)
{
	struct proto_req *req = c->req;
	json_t *limit;
	enum proto_err err;

	err = proto_get_id(c, "conv", &req->conv);
	if (err)
		return err;
	err = proto_get_seq(c, "before", true, 0, &req->seq);
	if (err)
		return err;
	limit = json_object_get(c->obj, "limit");
	req->limit = PROTO_HISTORY_DEFAULT;
	if (limit) {
		if (!json_is_integer(limit) || json_integer_value(limit) < 1 ||
		    json_integer_value(limit) > PROTO_HISTORY_MAX)
			return proto_fail(c, PROTO_EBAD_FIELD,
					  "'limit' must be an integer from 1 to 200");
		req->limit = (int)json_integer_value(limit);
	}
	return PROTO_OK;
}

/* A free-text field into req->text (absent allowed when optional). */
static enum proto_err proto_get_text(struct proto_ctx *c, const char *key,
				     bool optional, size_t max)
{
	json_t *v = json_object_get(c->obj, key);
	struct proto_req *req = c->req;

	if (!v) {
		if (optional)
			return PROTO_OK;
		return proto_fail_field(c, PROTO_EMISSING_FIELD, key, NULL);
	}
	if (!json_is_string(v) || json_string_length(v) == 0)
		return proto_fail_field(c, PROTO_EBAD_FIELD, key,
					"a non-empty string");
	req->text = json_string_value(v);
	req->text_len = json_string_length(v);
	if (req->text_len > max)
		return proto_fail_field(c, PROTO_ETOO_LONG, key,
					"at most 2000 bytes");
	if (!proto_text_storable(req->text, req->text_len))
		return proto_fail_field(c, PROTO_EBAD_TEXT, key,
					"text without NUL");
	return PROTO_OK;
}

static enum proto_err proto_decode_op(struct proto_ctx *c, size_t max_text)
{
	struct proto_req *req = c->req;
	enum proto_err err;

	switch (req->op) {
	case PROTO_OP_OPEN:
		err = proto_get_user_id(c, "peer", req->peer);
		if (err)
			return err;
		return proto_get_str(c, "topic", req->topic, PROTO_TOPIC_MAX,
				     false);
	case PROTO_OP_SEND:
		return proto_decode_send(c, max_text);
	case PROTO_OP_SYNC:
		return proto_decode_sync(c);
	case PROTO_OP_HISTORY:
		return proto_decode_history(c);
	case PROTO_OP_READ:
		err = proto_get_id(c, "conv", &req->conv);
		if (err)
			return err;
		return proto_get_seq(c, "seq", false, 0, &req->seq);
	case PROTO_OP_TYPING:
		return proto_get_id(c, "conv", &req->conv);
	case PROTO_OP_CONVS:
	case PROTO_OP_PING:
	case PROTO_OP_ACCESSES:
	case PROTO_OP_DISPUTES:
	case PROTO_OP_CONSENT:	/* gateway/offers.c reads the fields */
	case PROTO_OP_CONSENTS:
	case PROTO_OP_OFFER:
		return PROTO_OK;
	case PROTO_OP_DISPUTE:
		err = proto_get_id(c, "conv", &req->conv);
		if (err)
			return err;
		return proto_get_text(c, "reason", false, 2000);
	case PROTO_OP_REPORT:
		err = proto_get_id(c, "conv", &req->conv);
		if (err)
			return err;
		err = proto_get_seq(c, "seq", false, 0, &req->seq);
		if (err)
			return err;
		err = proto_get_str(c, "category", req->topic, 24, true);
		if (err)
			return err;
		return proto_get_text(c, "note", true, 2000);
	}
	return proto_fail(c, PROTO_EUNKNOWN_OP, "op");
}

enum proto_err proto_decode(const char *buf, size_t len, size_t max_text,
			    struct proto_req *req, const char **why)
{
	struct proto_ctx c = { .req = req, .why = why };
	json_t *op;
	const char *name;
	size_t i;

	memset(req, 0, sizeof(*req));
	if (why)
		*why = NULL;
	/* lws validates too, but this decoder must not trust its caller. */
	if (!buf || !utf8_valid(buf, len))
		return proto_fail(&c, PROTO_EBAD_UTF8, "frame is not UTF-8");
	/*
	 * JSON_ALLOW_NUL: a \u0000 in text is answered bad_text, not the
	 * vaguer bad_json; every string read below is checked for NUL.
	 */
	c.obj = json_loadb(buf, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL,
			   NULL);
	req->json_ = c.obj;
	if (!c.obj)
		return proto_fail(&c, PROTO_EBAD_JSON, "not JSON");
	if (!json_is_object(c.obj))
		return proto_fail(&c, PROTO_EBAD_JSON, "not a JSON object");
	proto_peek_cid(c.obj, req);

	op = json_object_get(c.obj, "op");
	if (!op)
		return proto_fail(&c, PROTO_EUNKNOWN_OP, "op missing");
	if (!json_is_string(op))
		return proto_fail(&c, PROTO_EUNKNOWN_OP, "op not a string");
	name = json_string_value(op);
	if (strlen(name) != json_string_length(op))
		return proto_fail(&c, PROTO_EUNKNOWN_OP, "unknown op");
	for (i = 0; i < ARRAY_SIZE(op_names); i++)
		if (strcmp(name, op_names[i].name) == 0)
			break;
	if (i == ARRAY_SIZE(op_names))
		return proto_fail(&c, PROTO_EUNKNOWN_OP, "unknown op");
	req->op = op_names[i].op;
	return proto_decode_op(&c, max_text);
}

void proto_req_clear(struct proto_req *req)
{
	if (!req)
		return;
	json_decref(req->json_);
	free(req->since);
	memset(req, 0, sizeof(*req));
}
