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

/* ---- support API ----------------------------------------------------- */

static char *i64_str(int64_t v)
{
	char tmp[24];

	snprintf(tmp, sizeof(tmp), "%lld", (long long)v);
	return strdup(tmp);
}

static char *url_arg(struct lws *wsi, const char *name, const char *def)
{
	char buf[128];
	const char *v = lws_get_urlarg_by_name(wsi, name, buf, sizeof(buf));

	return strdup(v ? v : def);
}

/* The body's string field, or NULL (missing or not a string). */
static char *body_str(json_t *root, const char *key)
{
	const char *v = json_string_value(json_object_get(root, key));

	return v ? strdup(v) : NULL;
}

static struct store_job *support_job(struct lws *wsi,
				     const struct jwt_claims *who,
				     enum store_call call, int64_t dispute)
{
	struct store_job *job = store_job_new(STORE_CALL);
	char addr[64] = "";

	if (!job)
		return NULL;
	lws_get_peer_simple(wsi, addr, sizeof(addr));
	job->call = call;
	job->args[0] = strdup(who->sub);
	job->args[1] = strdup(jwt_role_name(who->role));
	job->args[2] = strdup(addr);
	if (dispute)
		job->args[3] = i64_str(dispute);
	return job;
}

struct support_route {
	const char *suffix;	/* after /api/support/disputes/{id} */
	bool post;
	enum store_call call;
};

static const struct support_route support_routes[] = {
	{ "", false, CALL_SUP_GET },
	{ "/claim", true, CALL_SUP_CLAIM },
	{ "/transcript", false, CALL_SUP_TRANSCRIPT },
	{ "/reveal", true, CALL_SUP_REVEAL },
	{ "/notes", true, CALL_SUP_NOTE },
	{ "/resolve", true, CALL_SUP_RESOLVE },
	{ "/export", false, CALL_SUP_EXPORT },
};

static int api_support(struct gw *gw, struct lws *wsi, struct http_pss *p,
		       const struct jwt_claims *who, bool post)
{
	struct store_job *job = NULL;
	int64_t id = 0;

	if (who->role != JWT_ROLE_SUPPORT)
		return api_error(wsi, p, HTTP_STATUS_FORBIDDEN, "forbidden",
				 "support role required");
	if (!strcmp(p->uri, "/api/support/disputes")) {
		if (post)
			goto method;
		job = support_job(wsi, who, CALL_SUP_LIST, 0);
		if (job) {
			job->args[3] = url_arg(wsi, "state=", "");
			job->args[4] = url_arg(wsi, "mine=", "0");
			job->args[5] = url_arg(wsi, "limit=", "50");
			job->args[6] = url_arg(wsi, "offset=", "0");
			long lim = atol(job->args[5]), off = atol(job->args[6]);
			if (lim < 1 || lim > 500 || off < 0 ||
			    (*job->args[3] && strcmp(job->args[3], "open") &&
			     strcmp(job->args[3], "assigned") &&
			     strcmp(job->args[3], "resolved"))) {
				store_job_free(job);
				return api_error(wsi, p, HTTP_STATUS_BAD_REQUEST,
						 "bad_field",
						 "state open|assigned|resolved, "
						 "limit 1..500, offset >= 0");
			}
		}
	} else if (!strcmp(p->uri, "/api/support/reports")) {
		if (post)
			goto method;
		job = support_job(wsi, who, CALL_SUP_REPORTS, 0);
		if (job)
			job->args[3] = url_arg(wsi, "limit=", "50");
	} else if (!strcmp(p->uri, "/api/support/audit")) {
		if (post)
			goto method;
		char *d = url_arg(wsi, "dispute=", "0");
		id = d ? atoll(d) : 0;
		free(d);
		if (id <= 0)
			return api_error(wsi, p, HTTP_STATUS_BAD_REQUEST,
					 "bad_field", "dispute=<id> is required");
		job = support_job(wsi, who, CALL_SUP_AUDIT, id);
	} else {
		const struct support_route *r = NULL;
		for (size_t i = 0; i < ARRAY_SIZE(support_routes); i++) {
			if (!path_id(p->uri, "/api/support/disputes/",
				     support_routes[i].suffix, &id)) {
				r = &support_routes[i];
				break;
			}
		}
		if (!r)
			return api_error(wsi, p, HTTP_STATUS_NOT_FOUND,
					 "not_found", "no such endpoint");
		if (r->post != post)
			goto method;
		job = support_job(wsi, who, r->call, id);
		if (job && post) {
			json_t *root = json_loadb(p->req ? p->req : "{}",
						  p->req ? p->req_len : 2, 0,
						  NULL);
			if (!json_is_object(root)) {
				json_decref(root);
				store_job_free(job);
				return api_error(wsi, p,
						 HTTP_STATUS_BAD_REQUEST,
						 "bad_json",
						 "body must be a JSON object");
			}
			if (r->call == CALL_SUP_REVEAL) {
				json_t *seq = json_object_get(root, "seq");
				if (!json_is_integer(seq) ||
				    json_integer_value(seq) < 1) {
					json_decref(root);
					store_job_free(job);
					return api_error(wsi, p,
						HTTP_STATUS_BAD_REQUEST,
						"bad_field",
						"seq must be a positive integer");
				}
				job->args[4] = i64_str(json_integer_value(seq));
				job->args[5] = body_str(root, "reason");
				if (!job->args[5] || !*job->args[5]) {
					json_decref(root);
					store_job_free(job);
					return api_error(wsi, p,
						HTTP_STATUS_BAD_REQUEST,
						"missing_field",
						"a reason is required to reveal");
				}
			} else if (r->call == CALL_SUP_NOTE) {
				job->args[4] = body_str(root, "text");
			} else if (r->call == CALL_SUP_RESOLVE) {
				job->args[4] = body_str(root, "outcome");
				job->args[5] = body_str(root, "summary");
			}
			json_decref(root);
		}
		if (job && r->call == CALL_SUP_EXPORT) {
			char *fmt = url_arg(wsi, "format=", "json");
			p->html = fmt && !strcmp(fmt, "html");
			bool bad = !fmt || (strcmp(fmt, "json") && !p->html);
			free(fmt);
			if (bad) {
				store_job_free(job);
				return api_error(wsi, p, HTTP_STATUS_BAD_REQUEST,
						 "bad_field",
						 "format must be json or html");
			}
		}
	}
	if (!job)
		return -1;
	return api_submit(gw, wsi, p, job);
method:
	return api_error(wsi, p, HTTP_STATUS_METHOD_NOT_ALLOWED, "method",
			 post ? "use GET" : "use POST");
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
	if (!strncmp(p->uri, "/api/support/", 13))
		return api_support(gw, wsi, p, &who, post);
	if (!strcmp(p->uri, "/api/me/export")) {
		if (post)
			return api_error(wsi, p, HTTP_STATUS_METHOD_NOT_ALLOWED,
					 "method", "use GET");
		struct store_job *job = support_job(wsi, &who, CALL_EXPORT_ME,
						    0);
		if (!job)
			return -1;
		p->download = true;
		return api_submit(gw, wsi, p, job);
	}
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
	if (!len)
		return 0;
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
	case STORE_CALL:
		if (!job->json) {
			http_text(p->wsi, p, (unsigned)job->status, "");
			return;
		}
		if (job->call == CALL_SUP_EXPORT && p->html &&
		    job->status == 200) {
			char *html = export_html(job->json);
			if (html) {
				http_reply(p->wsi, p, HTTP_STATUS_OK,
					   "text/html; charset=utf-8", html,
					   strlen(html));
				return;
			}
		}
		p->download_name = p->download && job->status == 200;
		http_reply(p->wsi, p, (unsigned)job->status,
			   "application/json", job->json, strlen(job->json));
		job->json = NULL;	/* the reply owns it now */
		return;
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
