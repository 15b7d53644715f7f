/*
 * api.c - the JSON API under /api/: bearer-token authentication, routing
 * by method and path, request bodies, and answers that wait for storage.
 * Event loop thread only. A request that needs the database is a storage
 * job carrying the request's id (HTTP_ID_BIT set); the answer finds the
 * request again through gw->http_reqs, or is dropped if the client left.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libwebsockets.h>

#include "parley/buf.h"
#include "parley/jwt.h"
#include "parley/log.h"
#include "parley/store.h"
#include "parley/util.h"

#include "gateway_int.h"

#define API_BODY_MAX 65536

struct user_entry *ws_user_find(struct gw *gw, const char *id);

static uint64_t api_next_id;

static int api_json(struct lws *wsi, struct http_pss *p, unsigned status,
		    struct buf *b)
{
	if (b->oom) {
		buf_free(b);
		return http_text(wsi, p, HTTP_STATUS_INTERNAL_SERVER_ERROR,
				 "out of memory\n");
	}
	char *body = b->p;
	size_t len = b->len;
	b->p = NULL;
	return http_reply(wsi, p, status, "application/json", body, len);
}

static int api_error(struct lws *wsi, struct http_pss *p, unsigned status,
		     const char *code, const char *message)
{
	struct buf b;

	buf_init_head(&b, 0);
	buf_puts(&b, "{\"error\":");
	buf_json_str(&b, code, strlen(code));
	buf_puts(&b, ",\"message\":");
	buf_json_str(&b, message, strlen(message));
	buf_puts(&b, "}\n");
	return api_json(wsi, p, status, &b);
}

/* Verifies "Authorization: Bearer"; the API takes no cookies (no CSRF). */
static int api_auth(struct gw *gw, struct lws *wsi, struct jwt_claims *c)
{
	char hdr[4096];
	int n = lws_hdr_copy(wsi, hdr, sizeof(hdr),
			     WSI_TOKEN_HTTP_AUTHORIZATION);

	if (n <= 7 || strncasecmp(hdr, "Bearer ", 7))
		return -EACCES;
	if (jwt_verify(hdr + 7, strlen(hdr + 7),
		       (const uint8_t *)gw->cfg->jwt_secret,
		       strlen(gw->cfg->jwt_secret), gw->cfg->jwt_audience,
		       now_usec() / 1000000, c))
		return -EACCES;
	struct user_entry *u = ws_user_find(gw, c->sub);
	if (!u || u->erased)
		return -EACCES;
	return 0;
}

/* Hands job to storage; the answer comes back through api_answer(). */
static int api_submit(struct gw *gw, struct lws *wsi, struct http_pss *p,
		      struct store_job *job)
{
	p->id = HTTP_ID_BIT | ++api_next_id;
	job->conn = p->id;
	if (store_submit(gw->st, job)) {
		store_job_free(job);
		return api_error(wsi, p, HTTP_STATUS_SERVICE_UNAVAILABLE,
				 "busy", "too much queued; retry");
	}
	gw->inflight++;
	hmap_insert(&gw->http_reqs, &p->node, hmap_hash_u64(p->id));
	p->registered = true;
	return 0;
}

void api_done(struct gw *gw, struct http_pss *p)
{
	if (p->registered) {
		hmap_remove(&gw->http_reqs, &p->node);
		p->registered = false;
	}
	free(p->req);
	p->req = NULL;
	p->req_len = 0;
}

/* Parses "/api/admin/conversations/123/stage" style ids. */
static int path_id(const char *uri, const char *prefix, const char *suffix,
		   int64_t *id)
{
	size_t pl = strlen(prefix);
	char *end;

	if (strncmp(uri, prefix, pl))
		return -ENOENT;
	long long v = strtoll(uri + pl, &end, 10);
	if (end == uri + pl || v <= 0 || strcmp(end, suffix))
		return -ENOENT;
	*id = v;
	return 0;
}

/* POST /api/admin/conversations/{id}/stage {"stage":"ordered"} */
static int api_set_stage(struct gw *gw, struct lws *wsi, struct http_pss *p,
			 const struct jwt_claims *who, int64_t conv)
{
	json_error_t jerr;
	json_t *root = json_loadb(p->req ? p->req : "", p->req_len, 0, &jerr);
	const char *stage = root ? json_string_value(
					   json_object_get(root, "stage")) :
				   NULL;
	int ordered = stage && !strcmp(stage, "ordered") ? 1 :
		      stage && !strcmp(stage, "inquiry") ? 0 : -1;

	json_decref(root);
	if (ordered < 0)
		return api_error(wsi, p, HTTP_STATUS_BAD_REQUEST, "bad_field",
				 "body must be {\"stage\":\"inquiry\"|"
				 "\"ordered\"}");
	struct store_job *job = store_job_new(STORE_SET_STAGE);
	if (!job)
		return -1;
	job->msg.conv = conv;
	job->msg.seq = ordered;
	snprintf(job->user, sizeof(job->user), "%s", who->sub);
	log_notice("api", 0, "admin %s sets conversation %lld to %s",
		   who->sub, (long long)conv, ordered ? "ordered" : "inquiry");
	return api_submit(gw, wsi, p, job);
}

static int api_dispatch(struct gw *gw, struct lws *wsi, struct http_pss *p,
			bool post)
{
	struct jwt_claims who;
	int64_t id;

	if (api_auth(gw, wsi, &who))
		return api_error(wsi, p, HTTP_STATUS_UNAUTHORIZED,
				 "unauthorized", "a valid bearer token is "
				 "required");
	if (!path_id(p->uri, "/api/admin/conversations/", "/stage", &id)) {
		if (!post)
			return api_error(wsi, p, HTTP_STATUS_METHOD_NOT_ALLOWED,
					 "method", "use POST");
		if (who.role != JWT_ROLE_ADMIN)
			return api_error(wsi, p, HTTP_STATUS_FORBIDDEN,
					 "forbidden", "admin role required");
		return api_set_stage(gw, wsi, p, &who, id);
	}
	return api_error(wsi, p, HTTP_STATUS_NOT_FOUND, "not_found",
			 "no such endpoint");
}

int api_request(struct gw *gw, struct lws *wsi, struct http_pss *p,
		const char *uri, bool post)
{
	if (strlen(uri) >= sizeof(p->uri))
		return api_error(wsi, p, HTTP_STATUS_NOT_FOUND, "not_found",
				 "no such endpoint");
	snprintf(p->uri, sizeof(p->uri), "%s", uri);
	if (post && lws_hdr_total_length(wsi, WSI_TOKEN_HTTP_CONTENT_LENGTH) > 0)
		return 0;	/* the body comes first */
	return api_dispatch(gw, wsi, p, post);
}

int api_body(struct gw *gw, struct lws *wsi, struct http_pss *p,
	     const void *in, size_t len)
{
	(void)gw;
	(void)wsi;
	if (p->req_too_big || p->req_len + len > API_BODY_MAX) {
		p->req_too_big = true;
		return 0;
	}
	char *r = realloc(p->req, p->req_len + len + 1);
	if (!r)
		return -1;
	memcpy(r + p->req_len, in, len);
	p->req = r;
	p->req_len += len;
	p->req[p->req_len] = '\0';
	return 0;
}

int api_body_done(struct gw *gw, struct lws *wsi, struct http_pss *p)
{
	if (p->req_too_big)
		return api_error(wsi, p, HTTP_STATUS_REQ_ENTITY_TOO_LARGE,
				 "too_long", "request body over 64 KiB");
	return api_dispatch(gw, wsi, p, true);
}

static struct http_pss *api_find(struct gw *gw, uint64_t id)
{
	for (struct hnode *n = hmap_first(&gw->http_reqs, hmap_hash_u64(id)); n;
	     n = hmap_next(n)) {
		struct http_pss *p = hmap_entry(n, struct http_pss, node);
		if (p->id == id)
			return p;
	}
	return NULL;
}

void api_answer(struct gw *gw, struct store_job *job)
{
	struct http_pss *p = api_find(gw, job->conn);
	struct buf b;

	if (!p)
		return;	/* the client went away */
	hmap_remove(&gw->http_reqs, &p->node);
	p->registered = false;
	if (job->err == PROTO_EUNAVAILABLE) {
		api_error(p->wsi, p, HTTP_STATUS_SERVICE_UNAVAILABLE,
			  "unavailable", "database unavailable; retry");
		return;
	}
	if (job->err == PROTO_ENOT_FOUND) {
		api_error(p->wsi, p, HTTP_STATUS_NOT_FOUND, "not_found",
			  "no such conversation");
		return;
	}
	if (job->err) {
		api_error(p->wsi, p, HTTP_STATUS_INTERNAL_SERVER_ERROR,
			  proto_err_code(job->err), "request failed");
		return;
	}
	switch (job->kind) {
	case STORE_SET_STAGE:
		buf_init_head(&b, 0);
		buf_puts(&b, "{\"conv\":");
		buf_put_i64(&b, job->convs[0].id);
		buf_puts(&b, job->convs[0].ordered ? ",\"stage\":\"ordered\"}\n" :
						     ",\"stage\":\"inquiry\"}\n");
		api_json(p->wsi, p, HTTP_STATUS_OK, &b);
		return;
	default:
		api_error(p->wsi, p, HTTP_STATUS_INTERNAL_SERVER_ERROR,
			  "internal", "unexpected answer");
	}
}
