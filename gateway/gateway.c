/*
 * gateway.c - parleyd's lws context: the listener, TLS, HTTP endpoints
 * (/healthz, /readyz, /metrics, the web pages), authentication at the
 * WebSocket handshake, and graceful shutdown. Event loop thread only,
 * except gw_new/gw_free on the main thread before and after the loop.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <libwebsockets.h>
#include <openssl/ssl.h>

#include "parley/gateway.h"
#include "parley/janitor.h"
#include "parley/log.h"
#include "parley/metrics.h"
#include "parley/store.h"
#include "parley/util.h"

#include "gateway_int.h"

#define SHUTDOWN_GRACE_US (10 * 1000000LL)

static volatile sig_atomic_t stop_requested;

/* ---- authentication ------------------------------------------------- */

static const enum store_role role_map[] = {
	[JWT_ROLE_BUYER] = STORE_ROLE_BUYER,
	[JWT_ROLE_SELLER] = STORE_ROLE_SELLER,
	[JWT_ROLE_SUPPORT] = STORE_ROLE_SUPPORT,
	[JWT_ROLE_ADMIN] = STORE_ROLE_ADMIN,
};

struct user_entry *ws_user_find(struct gw *gw, const char *id);

#define SESSION_COOKIE "parley_session"

/*
 * Finds the token: "Authorization: Bearer <jwt>" (native clients), else
 * the parley_session cookie that POST /api/session set (browsers, which
 * cannot add headers to a WebSocket). *from_cookie tells which: a cookie
 * rides along on cross-site requests, so it needs the Origin check.
 */
static int find_token(struct lws *wsi, char *tok, size_t size,
		      bool *from_cookie)
{
	char hdr[4096];
	int n = lws_hdr_copy(wsi, hdr, sizeof(hdr),
			     WSI_TOKEN_HTTP_AUTHORIZATION);

	*from_cookie = false;
	if (n > 7 && !strncasecmp(hdr, "Bearer ", 7)) {
		const char *p = hdr + 7;
		while (*p == ' ')
			p++;
		snprintf(tok, size, "%s", p);
		return 0;
	}
	n = lws_hdr_copy(wsi, hdr, sizeof(hdr), WSI_TOKEN_HTTP_COOKIE);
	if (n > 0) {
		char *save, *item;
		for (item = strtok_r(hdr, ";", &save); item;
		     item = strtok_r(NULL, ";", &save)) {
			while (*item == ' ')
				item++;
			if (!strncmp(item, SESSION_COOKIE "=",
				     strlen(SESSION_COOKIE) + 1)) {
				snprintf(tok, size, "%s",
					 item + strlen(SESSION_COOKIE) + 1);
				*from_cookie = true;
				return 0;
			}
		}
	}
	return -ENOENT;
}

/*
 * A browser's Origin must be ours or on the allow-list. Requests without
 * Origin come from native clients, except when the token is a cookie:
 * then an Origin is required.
 */
static bool origin_allowed(struct gw *gw, struct lws *wsi, bool need)
{
	char origin[256], host[256], self[300];

	if (lws_hdr_copy(wsi, origin, sizeof(origin), WSI_TOKEN_ORIGIN) <= 0)
		return !need;
	if (lws_hdr_copy(wsi, host, sizeof(host), WSI_TOKEN_HOST) > 0) {
		snprintf(self, sizeof(self), "http://%s", host);
		if (!strcmp(origin, self))
			return true;
		snprintf(self, sizeof(self), "https://%s", host);
		if (!strcmp(origin, self))
			return true;
	}
	const char *list = gw->cfg->origins;
	size_t ol = strlen(origin);
	while (*list) {
		size_t n = strcspn(list, ",");
		const char *item = list;
		size_t il = n;
		while (il && *item == ' ') {
			item++;
			il--;
		}
		while (il && item[il - 1] == ' ')
			il--;
		if (il == ol && !strncmp(item, origin, ol))
			return true;
		if (il == 1 && *item == '*')
			return true;
		list += n;
		if (*list == ',')
			list++;
	}
	return false;
}

int gw_auth_request(struct gw *gw, struct lws *wsi, struct jwt_claims *out,
		    const char **why)
{
	char tok[4096];
	struct user_entry *u;
	bool cookie;
	int r;

	if (find_token(wsi, tok, sizeof(tok), &cookie)) {
		*why = "no bearer token or session cookie";
		return -EACCES;
	}
	if (!origin_allowed(gw, wsi, cookie)) {
		*why = "origin not allowed";
		return -EPERM;
	}
	r = jwt_verify(tok, strlen(tok), (const uint8_t *)gw->cfg->jwt_secret,
		       strlen(gw->cfg->jwt_secret), gw->cfg->jwt_audience,
		       now_usec() / 1000000, out);
	if (r) {
		*why = jwt_strerror(r);
		return -EACCES;
	}
	u = ws_user_find(gw, out->sub);
	if (!u || u->erased) {
		*why = "unknown user";
		return -EACCES;
	}
	if (role_map[out->role] != u->role) {
		*why = "token role does not match the user";
		return -EACCES;
	}
	return 0;
}

/* ---- handshake deadline --------------------------------------------- */

/*
 * lws 4.1 lets a socket that sends nothing, or half a request, sit for
 * about half a minute whatever its timeouts say. Each new socket gets
 * server.handshake_timeout_s to send a complete request; a sweep twice a
 * second closes the late ones. The entry goes when the request arrives
 * (LWS_CALLBACK_HTTP, LWS_CALLBACK_ESTABLISHED) or the socket dies
 * (LWS_CALLBACK_WSI_DESTROY), so no stale wsi is ever touched.
 */
struct pending_sock {
	struct hnode node;
	struct lws *wsi;
	int64_t deadline;	/* mono_usec */
};

static uint64_t wsi_hash(struct lws *wsi)
{
	return hmap_hash_u64((uint64_t)(uintptr_t)wsi);
}

static void handshake_sweep(lws_sorted_usec_list_t *sul)
{
	struct gw *gw = lws_container_of(sul, struct gw, sul_handshake);
	int64_t now = mono_usec();
	static unsigned ticks;
	struct hnode *n, *next;
	size_t pos;

	if (++ticks % 120 == 0)	/* once a minute */
		ws_sweep(gw);
	for (n = hmap_iter(&gw->pending, &pos); n; n = next) {
		next = hmap_iter_next(&gw->pending, n, &pos);
		struct pending_sock *ps = hmap_entry(n, struct pending_sock,
						     node);
		if (ps->deadline > now)
			continue;
		char peer[64] = "";
		lws_get_peer_simple(ps->wsi, peer, sizeof(peer));
		log_info("http", 0, "handshake from %s not done in %d s: "
			 "closing", peer, gw->cfg->handshake_timeout_s);
		lws_set_timeout(ps->wsi, PENDING_TIMEOUT_USER_OK,
				LWS_TO_KILL_ASYNC);
		hmap_remove(&gw->pending, n);
		free(ps);
	}
	lws_sul_schedule(gw->ctx, 0, &gw->sul_handshake, handshake_sweep,
			 500 * LWS_US_PER_MS);
}

static void handshake_watch(struct gw *gw, struct lws *wsi)
{
	struct pending_sock *ps = calloc(1, sizeof(*ps));

	if (!ps)
		return;	/* lws' own, longer timeouts still apply */
	ps->wsi = wsi;
	ps->deadline = mono_usec() +
		       (int64_t)gw->cfg->handshake_timeout_s * 1000000;
	hmap_insert(&gw->pending, &ps->node, wsi_hash(wsi));
}

void gw_handshake_done(struct gw *gw, struct lws *wsi)
{
	for (struct hnode *n = hmap_first(&gw->pending, wsi_hash(wsi)); n;
	     n = hmap_next(n)) {
		struct pending_sock *ps = hmap_entry(n, struct pending_sock,
						     node);
		if (ps->wsi == wsi) {
			hmap_remove(&gw->pending, n);
			free(ps);
			return;
		}
	}
}

/* ---- HTTP ----------------------------------------------------------- */

int http_reply(struct lws *wsi, struct http_pss *p, unsigned status,
	       const char *type, char *body, size_t len)
{
	free(p->body);
	p->body = body;
	p->len = len;
	p->sent = 0;
	p->status = status;
	p->ctype = type;
	p->reply_ready = true;
	lws_callback_on_writable(wsi);
	return 0;
}

int http_text(struct lws *wsi, struct http_pss *p, unsigned status,
	      const char *text)
{
	char *body = strdup(text);

	if (!body)
		return -1;
	return http_reply(wsi, p, status, "text/plain; charset=utf-8", body,
			  strlen(body));
}

/* Writes the status line and headers of a prepared reply. */
static int http_write_headers(struct lws *wsi, struct http_pss *p)
{
	unsigned char hdr[LWS_PRE + 1024], *start = hdr + LWS_PRE, *pp = start,
					 *end = hdr + sizeof(hdr) - 1;

	if (lws_add_http_common_headers(wsi, p->status, p->ctype,
					(lws_filepos_t)p->len, &pp, end))
		return -1;
	if (lws_add_http_header_by_name(wsi,
			(const unsigned char *)"cache-control:",
			(const unsigned char *)"no-store", 8, &pp, end))
		return -1;
	static const char disposition[] =
		"attachment; filename=\"parley-export.json\"";
	if (p->download_name &&
	    lws_add_http_header_by_name(wsi,
			(const unsigned char *)"content-disposition:",
			(const unsigned char *)disposition,
			(int)sizeof(disposition) - 1, &pp, end))
		return -1;
	if (lws_finalize_write_http_header(wsi, start, &pp, end))
		return -1;
	p->headers_sent = true;
	return 0;
}

static const char *mime_of(const char *path)
{
	static const struct {
		const char *ext, *mime;
	} types[] = {
		{ ".html", "text/html; charset=utf-8" },
		{ ".css", "text/css; charset=utf-8" },
		{ ".js", "text/javascript; charset=utf-8" },
		{ ".json", "application/json" },
		{ ".png", "image/png" },
		{ ".svg", "image/svg+xml" },
		{ ".ico", "image/x-icon" },
	};
	const char *dot = strrchr(path, '.');

	for (size_t i = 0; dot && i < ARRAY_SIZE(types); i++)
		if (!strcmp(dot, types[i].ext))
			return types[i].mime;
	return NULL;
}

static int http_static(struct gw *gw, struct lws *wsi, struct http_pss *p,
		       const char *uri)
{
	char path[PATH_MAX], real[PATH_MAX];
	const char *mime;

	if (!*gw->web_root || strstr(uri, "..") || strchr(uri, '\\'))
		return http_text(wsi, p, HTTP_STATUS_NOT_FOUND, "not found\n");
	if (!strcmp(uri, "/"))
		uri = "/index.html";
	if (snprintf(path, sizeof(path), "%s%s", gw->web_root, uri) >=
		    (int)sizeof(path) ||
	    !realpath(path, real) ||
	    strncmp(real, gw->web_root, strlen(gw->web_root)) ||
	    !(mime = mime_of(real)))
		return http_text(wsi, p, HTTP_STATUS_NOT_FOUND, "not found\n");
	int n = lws_serve_http_file(wsi, real, mime,
		"x-content-type-options: nosniff\r\n"
		"content-security-policy: default-src 'self'; "
		"connect-src 'self' ws: wss:; img-src 'self' data:\r\n",
		0);
	if (n < 0 || (n > 0 && lws_http_transaction_completed(wsi)))
		return -1;
	return 0;
}

/*
 * POST /api/session: a browser trades its bearer token for an HttpOnly,
 * SameSite=Strict cookie scoped to /ws, which its WebSocket then carries.
 * Without an Authorization header the cookie is cleared (sign out).
 */
static int http_session(struct gw *gw, struct lws *wsi, struct http_pss *p)
{
	unsigned char hdr[LWS_PRE + 4096 + 512], *start = hdr + LWS_PRE,
						*pp = start,
						*end = hdr + sizeof(hdr) - 1;
	char tok[4096], cookie[4096 + 256];
	struct jwt_claims claims;
	const char *why = "";
	bool from_cookie;
	int64_t now = now_usec() / 1000000;
	bool tls = lws_is_ssl(wsi);

	if (!origin_allowed(gw, wsi, false))
		return http_text(wsi, p, HTTP_STATUS_FORBIDDEN,
				 "origin not allowed\n");
	if (find_token(wsi, tok, sizeof(tok), &from_cookie) || from_cookie) {
		snprintf(cookie, sizeof(cookie),
			 SESSION_COOKIE "=; Path=/ws; HttpOnly; "
			 "SameSite=Strict; Max-Age=0%s", tls ? "; Secure" : "");
	} else if (gw_auth_request(gw, wsi, &claims, &why)) {
		log_notice("http", 0, "session refused: %s", why);
		return http_text(wsi, p, HTTP_STATUS_UNAUTHORIZED,
				 "invalid token\n");
	} else {
		snprintf(cookie, sizeof(cookie),
			 SESSION_COOKIE "=%s; Path=/ws; HttpOnly; "
			 "SameSite=Strict; Max-Age=%lld%s",
			 tok, (long long)(claims.exp - now),
			 tls ? "; Secure" : "");
	}
	if (lws_add_http_common_headers(wsi, HTTP_STATUS_NO_CONTENT,
					"text/plain", 0, &pp, end) ||
	    lws_add_http_header_by_token(wsi, WSI_TOKEN_HTTP_SET_COOKIE,
					 (unsigned char *)cookie,
					 (int)strlen(cookie), &pp, end) ||
	    lws_add_http_header_by_name(wsi,
			(const unsigned char *)"cache-control:",
			(const unsigned char *)"no-store", 8, &pp, end) ||
	    lws_finalize_write_http_header(wsi, start, &pp, end))
		return -1;
	if (lws_http_transaction_completed(wsi))
		return -1;
	return 0;
}

static int http_request(struct gw *gw, struct lws *wsi, struct http_pss *p,
			const char *uri)
{
	bool post = lws_hdr_total_length(wsi, WSI_TOKEN_POST_URI) > 0;

	if (post && !strcmp(uri, "/api/session"))
		return http_session(gw, wsi, p);
	if (!strncmp(uri, "/api/", 5))
		return api_request(gw, wsi, p, uri, post);
	if (post)
		return http_text(wsi, p, HTTP_STATUS_NOT_FOUND,
				 "not found\n");
	if (lws_hdr_total_length(wsi, WSI_TOKEN_GET_URI) <= 0)
		return http_text(wsi, p, HTTP_STATUS_METHOD_NOT_ALLOWED,
				 "method not allowed\n");
	if (!strcmp(uri, "/healthz"))
		return http_text(wsi, p, HTTP_STATUS_OK, "ok\n");
	if (!strcmp(uri, "/readyz")) {
		bool ready = store_ready(gw->st) && gw->users_loaded &&
			     !gw->shutting_down;
		return http_text(wsi, p,
				 ready ? HTTP_STATUS_OK :
					 HTTP_STATUS_SERVICE_UNAVAILABLE,
				 ready ? "ready\n" :
					 "not ready: database or schema\n");
	}
	if (!strcmp(uri, "/metrics")) {
		size_t len;
		char *body = metrics_render(&len);
		if (!body)
			return -1;
		return http_reply(wsi, p, HTTP_STATUS_OK,
				  "text/plain; version=0.0.4", body, len);
	}
	if (!strcmp(uri, "/ws"))
		return http_text(wsi, p, HTTP_STATUS_BAD_REQUEST,
				 "WebSocket upgrade with subprotocol "
				 "parley.v1 required\n");
	return http_static(gw, wsi, p, uri);
}

static bool has_parley_proto(struct lws *wsi)
{
	char hdr[4096];
	char *save, *item;

	if (lws_hdr_copy(wsi, hdr, sizeof(hdr), WSI_TOKEN_PROTOCOL) <= 0)
		return false;
	for (item = strtok_r(hdr, ", ", &save); item;
	     item = strtok_r(NULL, ", ", &save))
		if (!strcmp(item, "parley.v1"))
			return true;
	return false;
}

static int http_callback(struct lws *wsi, enum lws_callback_reasons reason,
			 void *user, void *in, size_t len)
{
	struct gw *gw = gw_self;
	struct http_pss *p = user;

	switch (reason) {
	case LWS_CALLBACK_SERVER_NEW_CLIENT_INSTANTIATED:
		handshake_watch(gw, wsi);
		break;

	case LWS_CALLBACK_WSI_DESTROY:
		gw_handshake_done(gw, wsi);
		break;

	case LWS_CALLBACK_HTTP:
		gw_handshake_done(gw, wsi);
		memset(p, 0, sizeof(*p));
		p->wsi = wsi;
		return http_request(gw, wsi, p, in ? (const char *)in : "/");

	case LWS_CALLBACK_HTTP_BODY:
		return api_body(gw, wsi, p, in, len);

	case LWS_CALLBACK_HTTP_BODY_COMPLETION:
		/* only API POSTs wait for their body; /api/session answered
		 * already and must not be answered twice (404 over its 403) */
		if (!*p->uri)
			return 0;
		return api_body_done(gw, wsi, p);

	case LWS_CALLBACK_HTTP_WRITEABLE: {
		if (!p || !p->reply_ready)
			break;
		if (!p->headers_sent) {
			if (http_write_headers(wsi, p))
				return -1;
			lws_callback_on_writable(wsi);
			break;
		}
		size_t chunk = p->len - p->sent;
		if (chunk > 16384)
			chunk = 16384;
		unsigned char *buf = malloc(LWS_PRE + chunk + 1);
		if (!buf)
			return -1;
		memcpy(buf + LWS_PRE, p->body + p->sent, chunk);
		p->sent += chunk;
		bool last = p->sent == p->len;
		int n = lws_write(wsi, buf + LWS_PRE, chunk,
				  last ? LWS_WRITE_HTTP_FINAL :
					 LWS_WRITE_HTTP);
		free(buf);
		if (n < 0)
			return -1;
		if (!last) {
			lws_callback_on_writable(wsi);
			break;
		}
		free(p->body);
		p->body = NULL;
		p->reply_ready = false;
		api_done(gw, p);
		if (lws_http_transaction_completed(wsi))
			return -1;
		break;
	}

	case LWS_CALLBACK_CLOSED_HTTP:
	case LWS_CALLBACK_HTTP_DROP_PROTOCOL:
		if (p) {
			api_done(gw, p);
			free(p->body);
			p->body = NULL;
		}
		break;

	case LWS_CALLBACK_HTTP_CONFIRM_UPGRADE: {
		char uri[64] = "";
		struct jwt_claims claims;
		const char *why = "";
		unsigned status = HTTP_STATUS_UNAUTHORIZED;

		if (!in || strcmp((const char *)in, "websocket"))
			return -1;
		lws_hdr_copy(wsi, uri, sizeof(uri), WSI_TOKEN_GET_URI);
		if (strcmp(uri, "/ws")) {
			why = "WebSocket endpoint is /ws";
			status = HTTP_STATUS_NOT_FOUND;
		} else if (gw->shutting_down) {
			why = "shutting down";
			status = HTTP_STATUS_SERVICE_UNAVAILABLE;
		} else if (!has_parley_proto(wsi)) {
			why = "subprotocol parley.v1 required";
			status = HTTP_STATUS_BAD_REQUEST;
		} else {
			int r = gw_auth_request(gw, wsi, &claims, &why);
			if (!r)
				return 0;
			if (r == -EPERM)
				status = HTTP_STATUS_FORBIDDEN;
		}
		atomic_fetch_add(&metrics.handshakes_refused, 1);
		char peer[64] = "";
		lws_get_peer_simple(wsi, peer, sizeof(peer));
		log_notice("http", 0, "handshake refused from %s: %u %s", peer,
			   status, why);
		if (lws_return_http_status(wsi, status, why))
			return -1;
		return 1;
	}

	case LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION:
		/* a WebSocket without parley.v1 landed on the http protocol */
		return -1;

	case LWS_CALLBACK_EVENT_WAIT_CANCELLED:
		if (stop_requested && gw && !gw->shutting_down) {
			extern void gw_begin_shutdown(struct gw *gw);
			gw_begin_shutdown(gw);
		}
		break;

	default:
		break;
	}
	return lws_callback_http_dummy(wsi, reason, user, in, len);
}

/* ---- lifecycle ------------------------------------------------------ */

static const struct lws_protocols protocols[] = {
	{ "http", http_callback, sizeof(struct http_pss), 4096, 0, NULL, 0 },
	/* tx_packet_size: lws sends at most this much in one send(2);
	 * 0 would mean rx_buffer_size, and cut coalesced frames in 1 KiB */
	{ "parley.v1", ws_callback, sizeof(struct session), 1024, 1, NULL,
	  65536 },
	{ NULL, NULL, 0, 0, 0, NULL, 0 }
};

static void store_wake(void *arg)
{
	struct gw *gw = arg;

	if (gw->ctx)
		lws_cancel_service(gw->ctx);
}

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
	if (gw_self && gw_self->ctx)
		lws_cancel_service(gw_self->ctx);
}

static void shutdown_tick(lws_sorted_usec_list_t *sul)
{
	struct gw *gw = lws_container_of(sul, struct gw, sul_shutdown);
	int64_t elapsed = mono_usec() - gw->shutdown_started;

	ws_drain_store(gw);
	if (!gw->stopped) {
		/* answer everything received before the stop */
		if (gw->inflight > 0 && elapsed < SHUTDOWN_GRACE_US) {
			lws_sul_schedule(gw->ctx, 0, &gw->sul_shutdown,
					 shutdown_tick, 20 * LWS_US_PER_MS);
			return;
		}
		store_stop(gw->st);
		ws_drain_store(gw);
		gw->stopped = true;
		log_notice("gw", 0, "all received messages answered; closing "
			   "%ld connections", atomic_load(&metrics.connections));
		ws_close_all(gw, LWS_CLOSE_STATUS_GOINGAWAY);
	}
	if (atomic_load(&metrics.connections) > 0 &&
	    elapsed < SHUTDOWN_GRACE_US + 2000000) {
		lws_sul_schedule(gw->ctx, 0, &gw->sul_shutdown, shutdown_tick,
				 20 * LWS_US_PER_MS);
		return;
	}
	log_notice("gw", 0, "stopped");
	lws_context_destroy(gw->ctx);
}

void gw_begin_shutdown(struct gw *gw)
{
	gw->shutting_down = true;
	gw->shutdown_started = mono_usec();
	log_notice("gw", 0, "shutdown requested: refusing new work, "
		   "committing %ld in flight", gw->inflight);
	lws_sul_schedule(gw->ctx, 0, &gw->sul_shutdown, shutdown_tick, 1);
}

static void lws_signal(void *handle, int signum)
{
	(void)handle;
	on_signal(signum);
}

static void find_web_root(struct gw *gw)
{
	char exe[PATH_MAX], cand[PATH_MAX];
	ssize_t n;

	if (*gw->cfg->web_root) {
		if (!realpath(gw->cfg->web_root, gw->web_root))
			log_warn("gw", 0, "web_root %s not found",
				 gw->cfg->web_root);
		return;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return;
	*slash = '\0';
	/* build/gateway/parleyd -> ../../web, installed bin -> ../share */
	const char *rel[] = { "/../../web", "/../web",
			      "/../share/parley/web" };
	for (size_t i = 0; i < ARRAY_SIZE(rel); i++) {
		snprintf(cand, sizeof(cand), "%s%s", exe, rel[i]);
		if (realpath(cand, gw->web_root))
			return;
	}
	gw->web_root[0] = '\0';
}

int gw_new(struct gw **out, struct parley_config *cfg)
{
	struct lws_context_creation_info info;
	struct store_config sc;
	struct gw *gw = calloc(1, sizeof(*gw));
	char host[256];
	int port, r;

	if (!gw)
		return -ENOMEM;
	gw->cfg = cfg;
	if (*cfg->node_id) {
		snprintf(gw->node_id, sizeof(gw->node_id), "%s", cfg->node_id);
	} else {
		char hn[64] = "node";
		gethostname(hn, sizeof(hn) - 1);
		snprintf(gw->node_id, sizeof(gw->node_id), "%s:%d", hn,
			 (int)getpid());
	}
	/* the node id is one word in NOTIFY payloads */
	for (char *c = gw->node_id; *c; c++)
		if (*c == ' ')
			*c = '_';
	find_web_root(gw);
	if (hmap_init(&gw->conns, 1024) || hmap_init(&gw->users, 1024) ||
	    hmap_init(&gw->convs, 1024) || hmap_init(&gw->http_reqs, 64) ||
	    hmap_init(&gw->pending, 256)) {
		r = -ENOMEM;
		goto fail;
	}
	gw_self = gw;

	struct rlimit rl;
	if (!getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	config_split_listen(cfg->listen, host, sizeof(host), &port);
	memset(&info, 0, sizeof(info));
	info.port = port;
	info.iface = host;
	info.protocols = protocols;
	info.options = LWS_SERVER_OPTION_LIBEV |
		       LWS_SERVER_OPTION_VALIDATE_UTF8 |
		       LWS_SERVER_OPTION_HTTP_HEADERS_SECURITY_BEST_PRACTICES_ENFORCE;
	if (!strchr(host, ':'))
		/* an IPv4 address: without this lws 4.1 binds :: as well */
		info.options |= LWS_SERVER_OPTION_DISABLE_IPV6;
	info.signal_cb = lws_signal;
	info.timeout_secs = (unsigned)cfg->handshake_timeout_s;
	info.timeout_secs_ah_idle = (unsigned)cfg->handshake_timeout_s;
	info.fd_limit_per_thread = (unsigned)cfg->max_connections + 64;
	info.max_http_header_data = 4096;
	info.vhost_name = "parley";
	if (cfg->ping_interval_s) {
		gw->retry.secs_since_valid_ping = (uint16_t)cfg->ping_interval_s;
		gw->retry.secs_since_valid_hangup =
			(uint16_t)(cfg->ping_interval_s * 2 + 10);
		info.retry_and_idle_policy = &gw->retry;
	}
	if (*cfg->tls_cert) {
		info.options |= LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
		info.ssl_cert_filepath = cfg->tls_cert;
		info.ssl_private_key_filepath = cfg->tls_key;
		info.ssl_options_set = SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 |
				       SSL_OP_NO_TLSv1_1 |
				       SSL_OP_CIPHER_SERVER_PREFERENCE;
		info.ssl_cipher_list =
			"ECDHE-ECDSA-AES128-GCM-SHA256:"
			"ECDHE-RSA-AES128-GCM-SHA256:"
			"ECDHE-ECDSA-AES256-GCM-SHA384:"
			"ECDHE-RSA-AES256-GCM-SHA384:"
			"ECDHE-ECDSA-CHACHA20-POLY1305:"
			"ECDHE-RSA-CHACHA20-POLY1305";
	}
	log_hook_lws(log_get_level());

	if (cfg->pii_enabled && !cfg->has_master_key) {
		log_err("gw", 0, "PARLEY_MASTER_KEY (crypto.master_key) is "
			"required: originals are kept only sealed");
		r = -EINVAL;
		goto fail;
	}
	if (cfg->pii_enabled) {
		char err[256];
		r = content_new(&gw->content, cfg, err, sizeof(err));
		if (r) {
			log_err("gw", 0, "content policy: %s", err);
			goto fail;
		}
	} else {
		log_warn("gw", 0, "PII engine is OFF: messages cross unfiltered");
	}
	sc = (struct store_config){
		.db_url = cfg->db_url,
		.node_id = gw->node_id,
		.batch_max = cfg->batch_max,
		.per_message = cfg->batch_per_message,
		.writers = cfg->db_writers,
		.reconnect_max_s = cfg->reconnect_max_s,
		.sync_max = cfg->sync_max,
		.queue_max = 200000,
		.prepare = gw->content ? content_prepare : NULL,
		.prepare_arg = gw->content,
		.master_key = cfg->has_master_key ? cfg->master_key : NULL,
	};
	r = store_new(&gw->st, &sc, store_wake, gw);
	if (r)
		goto fail;

	if (cfg->retention_interval_s > 0) {
		struct retention_policy pol = {
			.chat_days = cfg->retention_chat_days,
			.offer_days = cfg->retention_offer_days,
			.system_days = cfg->retention_system_days,
			.batch = cfg->retention_batch,
		};
		r = janitor_start(&gw->janitor, cfg->db_url, &pol,
				  cfg->retention_interval_s);
		if (r)
			goto fail_store;
	}
	gw->ctx = lws_create_context(&info);
	if (!gw->ctx) {
		log_err("gw", 0, "cannot listen on %s (see lws lines above)",
			cfg->listen);
		r = -EADDRINUSE;
		goto fail_store;
	}
	lws_sul_schedule(gw->ctx, 0, &gw->sul_handshake, handshake_sweep,
			 500 * LWS_US_PER_MS);
	log_notice("gw", 0, "node %s listening on %s%s, web pages %s",
		   gw->node_id, cfg->listen, *cfg->tls_cert ? " (TLS)" : "",
		   *gw->web_root ? gw->web_root : "(none)");
	offers_start(gw);
	*out = gw;
	return 0;

fail_store:
	janitor_stop(gw->janitor);
	store_stop(gw->st);
	store_free(gw->st);
fail:
	content_free(gw->content);
	ws_gw_deinit(gw);
	free(gw);
	gw_self = NULL;
	return r;
}

int gw_run(struct gw *gw)
{
	/* with an event library, lws_service runs the loop until destroy */
	while (!gw->stopped || atomic_load(&metrics.connections) > 0) {
		if (lws_service(gw->ctx, 0) < 0)
			break;
		if (gw->stopped)
			break;
	}
	return 0;
}

void gw_free(struct gw *gw)
{
	if (!gw)
		return;
	if (gw->ctx)
		lws_context_destroy(gw->ctx);
	gw->ctx = NULL;
	janitor_stop(gw->janitor);
	if (!gw->stopped)
		store_stop(gw->st);
	ws_drain_store(gw);
	store_free(gw->st);
	offers_free(gw);	/* after the context: its timer is gone */
	content_free(gw->content);
	ws_gw_deinit(gw);
	free(gw);
	gw_self = NULL;
}
