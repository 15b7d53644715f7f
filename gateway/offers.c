/*
 * offers.c - marketing offers and consent on the WebSocket: the buyer's
 * consent ops and chat keywords, the seller's offer op, delivery of offers
 * decided by storage, and the timer that releases waiting deliveries.
 *
 * Runs on the gateway's event loop thread only; never blocks. Decisions
 * are made by the storage query thread (storage/consent_db.c) with the
 * rules in filters/consent.c. An opt-out (op or keyword) goes to the head
 * of the query queue, so no offer of this node is decided after it
 * without seeing it; across nodes the buyer's shard lock in PostgreSQL
 * orders them (migrations/003).
 *
 * Test-only settings, read from the environment at start and never meant
 * for production:
 *   PARLEY_TEST_CLOCK_FILE  a file holding "now" in ms since the epoch;
 *                           when set, offers and consent use it as the
 *                           clock (read at each use)
 * Settings (environment):
 *   PARLEY_OFFERS_POLICY    override of the policy row, see consent_db.h
 *   PARLEY_OFFERS_TICK_MS   how often waiting deliveries are released
 *                           (default 1000)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "parley/buf.h"
#include "parley/log.h"
#include "parley/optout.h"
#include "parley/util.h"

#include "gateway_int.h"

#define OFFER_TO_MAX 10000
#define OFFER_CAMPAIGN_MAX 200

struct offers {
	lws_sorted_usec_list_t sul;
	char *clock_file;
	char *policy;
	int tick_ms;
	bool due_inflight;
};

static const char help_text[] =
	"Marketing offers from sellers: reply STOP (or UNSUBSCRIBE, CANCEL, "
	"END, QUIT) to get no more offers from this seller, STOPALL for none "
	"from any seller, START or UNSTOP to get this seller's offers again. "
	"Your chat with the seller is not affected.";

int64_t offers_now_ms(struct gw *gw)
{
	struct offers *o = gw->offers;

	if (o && o->clock_file) {
		FILE *f = fopen(o->clock_file, "r");
		long long v = 0;
		if (f) {
			int n = fscanf(f, "%lld", &v);
			fclose(f);
			if (n == 1 && v > 0)
				return v;
		}
	}
	return now_usec() / 1000;
}

static char *ms_str(int64_t ms)
{
	char tmp[24];

	snprintf(tmp, sizeof(tmp), "%lld", (long long)ms);
	return strdup(tmp);
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* ---- buyer: consent ------------------------------------------------- */

/* Queues a consent event; source "keyword" carries conv instead of seller. */
static void consent_submit(struct gw *gw, struct session *s, const char *seller,
			   const char *action, const char *source, int64_t conv,
			   const char *detail)
{
	struct store_job *job = store_job_new(STORE_CONSENT);

	if (!job)
		goto oom;
	job->args[0] = strdup(s->user->id);
	job->args[1] = dup_or_null(seller);
	job->args[2] = strdup(action);
	job->args[3] = strdup(source);
	job->args[4] = conv ? ms_str(conv) : NULL;
	job->args[5] = dup_or_null(detail);
	job->args[6] = ms_str(offers_now_ms(gw));
	job->args[7] = dup_or_null(gw->offers ? gw->offers->policy : NULL);
	if (!job->args[0] || !job->args[2] || !job->args[3] ||
	    !job->args[6] || (seller && !job->args[1]) ||
	    (conv && !job->args[4])) {
		store_job_free(job);
		goto oom;
	}
	ws_submit(gw, s, job, NULL);
	return;
oom:
	ws_send_error(gw, s, PROTO_EINTERNAL, "out of memory", NULL);
}

static void do_consent(struct gw *gw, struct session *s, json_t *obj)
{
	const char *seller = json_string_value(json_object_get(obj, "seller"));
	const char *m = json_string_value(json_object_get(obj, "marketing"));
	json_t *offer = json_object_get(obj, "offer");

	if (s->user->role != STORE_ROLE_BUYER) {
		ws_send_error(gw, s, PROTO_EFORBIDDEN,
			      "only buyers set marketing consent", NULL);
		return;
	}
	if (!seller || !m) {
		ws_send_error(gw, s, PROTO_EMISSING_FIELD,
			      !seller ? "seller" : "marketing", NULL);
		return;
	}
	if ((strcmp(m, "opt_in") && strcmp(m, "opt_out")) ||
	    !*seller || strlen(seller) > STORE_ID_MAX ||
	    (offer && !json_is_integer(offer))) {
		ws_send_error(gw, s, PROTO_EBAD_FIELD,
			      "marketing is opt_in or opt_out; seller an id "
			      "or \"*\"", NULL);
		return;
	}
	char detail[40] = "";
	if (offer)
		snprintf(detail, sizeof(detail), "offer %lld",
			 (long long)json_integer_value(offer));
	consent_submit(gw, s, seller, m, offer ? "offer_link" : "settings", 0,
		       offer ? detail : NULL);
}

void offers_chat(struct gw *gw, struct session *s, int64_t conv,
		 const char *text, size_t len)
{
	bool keyword;
	enum optout_kind k;
	struct buf b;

	if (s->user->role != STORE_ROLE_BUYER)
		return;	/* only a buyer withdraws marketing consent */
	k = optout_classify(text, len, &keyword);
	if (k == OPTOUT_NONE)
		return;
	if (k == OPTOUT_HELP) {
		buf_init_head(&b, 0);
		buf_puts(&b, "{\"op\":\"consent_help\",\"conv\":");
		buf_put_i64(&b, conv);
		buf_puts(&b, ",\"text\":");
		buf_json_str(&b, help_text, strlen(help_text));
		buf_putc(&b, '}');
		if (!b.oom)
			ws_send_json(gw, s, b.p, b.len);
		buf_free(&b);
		return;
	}
	/* the kind of match, never the message text, is kept */
	const char *detail = keyword ? "keyword" : "phrase";
	if (k == OPTOUT_ALL)
		consent_submit(gw, s, "*", "opt_out", "keyword", conv, detail);
	else
		consent_submit(gw, s, NULL,
			       k == OPTOUT_START ? "opt_in" : "opt_out",
			       "keyword", conv, detail);
}

/* ---- seller: offer -------------------------------------------------- */

static bool id_ok(const char *id)
{
	size_t n = id ? strlen(id) : 0;

	return n >= 1 && n <= STORE_ID_MAX;
}

static void do_offer(struct gw *gw, struct session *s, json_t *obj)
{
	json_t *to = json_object_get(obj, "to");
	const char *cid = json_string_value(json_object_get(obj, "cid"));
	json_t *jtext = json_object_get(obj, "text");
	json_t *jcamp = json_object_get(obj, "campaign");
	const char *campaign = json_string_value(jcamp);
	char *text = NULL, *redactions = NULL;
	size_t text_len = 0;
	struct buf b;
	size_t i;

	if (s->user->role != STORE_ROLE_SELLER) {
		ws_send_error(gw, s, PROTO_EFORBIDDEN,
			      "only sellers send offers", cid);
		return;
	}
	if (!to || !cid || !jtext) {
		ws_send_error(gw, s, PROTO_EMISSING_FIELD,
			      !to ? "to" : !cid ? "cid" : "text", cid);
		return;
	}
	if (!json_is_array(to) || !json_array_size(to) ||
	    json_array_size(to) > OFFER_TO_MAX || !id_ok(cid) ||
	    strlen(cid) > PROTO_CID_MAX || !json_is_string(jtext) ||
	    (jcamp && !json_is_null(jcamp) &&
	     (!campaign || strlen(campaign) > OFFER_CAMPAIGN_MAX))) {
		ws_send_error(gw, s, PROTO_EBAD_FIELD,
			      "to: 1 to 10000 buyer ids; cid, text and "
			      "campaign strings", cid);
		return;
	}
	const char *t = json_string_value(jtext);
	size_t tl = json_string_length(jtext);
	if (!tl || tl > (size_t)gw->cfg->max_text_bytes) {
		ws_send_error(gw, s, tl ? PROTO_ETOO_LONG : PROTO_EBAD_FIELD,
			      "text length", cid);
		return;
	}
	if (!proto_text_storable(t, tl) ||
	    (campaign && !proto_text_storable(campaign, strlen(campaign)))) {
		ws_send_error(gw, s, PROTO_EBAD_TEXT, "text holds NUL", cid);
		return;
	}
	json_array_foreach(to, i, jtext) {
		if (!id_ok(json_string_value(jtext))) {
			ws_send_error(gw, s, PROTO_EBAD_FIELD,
				      "to: buyer ids are strings", cid);
			return;
		}
	}
	/* offer text crosses to buyers like any seller message */
	enum proto_err e = content_offer_text(gw->content, t, tl, &text,
					      &text_len, &redactions);
	if (e) {
		ws_send_error(gw, s, e, e == PROTO_EBLOCKED ?
			      "the policy does not allow this in an offer" :
			      "offer text could not be checked", cid);
		return;
	}
	/* recipients, and which of them are connected to this node */
	buf_init_head(&b, 0);
	buf_puts(&b, "{\"to\":");
	char *tojs = json_dumps(to, JSON_COMPACT);
	buf_puts(&b, tojs ? tojs : "[]");
	free(tojs);
	buf_puts(&b, ",\"local\":[");
	bool first = true;
	json_array_foreach(to, i, jtext) {
		const char *id = json_string_value(jtext);
		struct user_entry *u = ws_user_find(gw, id);
		if (!u || !u->sessions)
			continue;
		if (!first)
			buf_putc(&b, ',');
		first = false;
		buf_json_str(&b, id, strlen(id));
	}
	buf_puts(&b, "]}");

	struct store_job *job = store_job_new(STORE_OFFER);
	if (!job || b.oom) {
		store_job_free(job);
		goto oom;
	}
	job->args[0] = strdup(s->user->id);
	job->args[1] = strdup(cid);
	job->args[2] = dup_or_null(campaign);
	job->args[3] = text;
	text = NULL;
	job->args[4] = redactions;
	redactions = NULL;
	job->args[5] = b.p;
	b.p = NULL;
	job->args[6] = ms_str(offers_now_ms(gw));
	job->args[7] = dup_or_null(gw->offers ? gw->offers->policy : NULL);
	if (!job->args[0] || !job->args[1] || !job->args[6] ||
	    (campaign && !job->args[2])) {
		store_job_free(job);
		goto oom;
	}
	snprintf(job->msg.cid, sizeof(job->msg.cid), "%s", cid);
	ws_submit(gw, s, job, cid);
	buf_free(&b);
	return;
oom:
	free(text);
	free(redactions);
	buf_free(&b);
	ws_send_error(gw, s, PROTO_EINTERNAL, "out of memory", cid);
}

void offers_request(struct gw *gw, struct session *s, struct proto_req *req)
{
	json_t *obj = req->json_;

	switch (req->op) {
	case PROTO_OP_CONSENT:
		do_consent(gw, s, obj);
		break;
	case PROTO_OP_CONSENTS: {
		if (s->user->role != STORE_ROLE_BUYER) {
			ws_send_error(gw, s, PROTO_EFORBIDDEN,
				      "only buyers have marketing consent",
				      NULL);
			return;
		}
		struct store_job *job = store_job_new(STORE_CONSENTS);
		if (job && !(job->args[0] = strdup(s->user->id))) {
			store_job_free(job);
			job = NULL;
		}
		if (!job) {
			ws_send_error(gw, s, PROTO_EINTERNAL, "out of memory",
				      NULL);
			return;
		}
		ws_submit(gw, s, job, NULL);
		break;
	}
	case PROTO_OP_OFFER:
		do_offer(gw, s, obj);
		break;
	default:
		break;
	}
}

/* ---- delivery ------------------------------------------------------- */

/* Sends the offer frame, with its one-tap opt-out handle, to buyer. */
static void deliver_offer(struct gw *gw, const char *buyer, json_t *offer)
{
	struct user_entry *u = ws_user_find(gw, buyer);
	json_t *from = json_object_get(offer, "from");
	json_t *handle;
	char *js;

	if (!u || !u->sessions || !json_is_string(from))
		return;
	handle = json_pack("{s:s, s:O, s:s, s:O}", "op", "consent", "seller",
			   from, "marketing", "opt_out", "offer",
			   json_object_get(offer, "offer"));
	if (!handle)
		return;
	json_object_set_new(offer, "opt_out", handle);
	js = json_dumps(offer, JSON_COMPACT);
	json_object_del(offer, "opt_out");
	if (!js)
		return;
	for (struct session *s = u->sessions; s; s = s->unext)
		ws_send_json(gw, s, js, strlen(js));
	free(js);
}

static void answer_offer(struct gw *gw, struct session *s,
			 struct store_job *job, json_t *root)
{
	json_t *result = json_object_get(root, "result");
	json_t *offer = json_object_get(root, "offer");
	json_t *v;
	size_t i;

	json_array_foreach(json_object_get(root, "deliver"), i, v)
		if (json_is_string(v) && offer)
			deliver_offer(gw, json_string_value(v), offer);
	if (s && result) {
		char *js = json_dumps(result, JSON_COMPACT);
		if (js)
			ws_send_json(gw, s, js, strlen(js));
		free(js);
	}
	(void)job;
}

/* The consent frame goes to every connection of the buyer. */
static void answer_consent(struct gw *gw, struct store_job *job)
{
	struct user_entry *u = ws_user_find(gw, job->user);

	if (!u)
		return;
	for (struct session *s = u->sessions; s; s = s->unext)
		ws_send_json(gw, s, job->json, strlen(job->json));
}

void offers_answer(struct gw *gw, struct session *s, struct store_job *job)
{
	json_t *root;
	size_t i;
	json_t *v;

	if (job->kind == STORE_OFFER_DUE && gw->offers)
		gw->offers->due_inflight = false;
	if (job->err) {
		bool keyword = job->kind == STORE_CONSENT && job->args[3] &&
			       !strcmp(job->args[3], "keyword");
		if (s && !keyword && job->kind != STORE_OFFER_DUE)
			ws_send_error(gw, s, job->err,
				      *job->why ? job->why :
				      job->err == PROTO_EUNAVAILABLE ?
				      "storage unavailable; retry" :
				      "request failed",
				      job->kind == STORE_OFFER ? job->msg.cid :
								 NULL);
		else if (job->err != PROTO_EUNAVAILABLE)
			log_info("offers", job->conn, "not recorded: %s",
				 proto_err_code(job->err));
		return;
	}
	if (!job->json)
		return;
	switch (job->kind) {
	case STORE_CONSENT:
		answer_consent(gw, job);
		break;
	case STORE_CONSENTS:
		if (s)
			ws_send_json(gw, s, job->json, strlen(job->json));
		break;
	case STORE_OFFER:
		root = json_loads(job->json, 0, NULL);
		if (root)
			answer_offer(gw, s, job, root);
		json_decref(root);
		break;
	case STORE_OFFER_DUE:
		root = json_loads(job->json, 0, NULL);
		json_array_foreach(json_object_get(root, "deliver"), i, v)
			deliver_offer(gw, json_string_value(
					  json_object_get(v, "buyer")),
				      json_object_get(v, "offer"));
		json_decref(root);
		break;
	default:
		break;
	}
}

/* ---- waiting deliveries --------------------------------------------- */

static void offers_tick(lws_sorted_usec_list_t *sul)
{
	struct offers *o = lws_container_of(sul, struct offers, sul);
	struct gw *gw = gw_self;
	struct buf b;
	size_t pos, n = 0;

	if (!gw || gw->shutting_down)
		return;
	lws_sul_schedule(gw->ctx, 0, &o->sul, offers_tick,
			 (lws_usec_t)o->tick_ms * LWS_US_PER_MS);
	if (o->due_inflight || !gw->db_up)
		return;
	buf_init_head(&b, 0);
	buf_putc(&b, '[');
	for (struct hnode *h = hmap_iter(&gw->users, &pos); h;
	     h = hmap_iter_next(&gw->users, h, &pos)) {
		struct user_entry *u = hmap_entry(h, struct user_entry, node);
		if (u->role != STORE_ROLE_BUYER || !u->sessions)
			continue;
		if (n++)
			buf_putc(&b, ',');
		buf_json_str(&b, u->id, strlen(u->id));
	}
	buf_putc(&b, ']');
	if (!n || b.oom) {
		buf_free(&b);
		return;
	}
	struct store_job *job = store_job_new(STORE_OFFER_DUE);
	if (!job) {
		buf_free(&b);
		return;
	}
	job->args[0] = b.p;
	job->args[1] = ms_str(offers_now_ms(gw));
	job->args[2] = dup_or_null(o->policy);
	if (!job->args[1] || store_submit(gw->st, job)) {
		store_job_free(job);
		return;
	}
	gw->inflight++;
	o->due_inflight = true;
}

int offers_start(struct gw *gw)
{
	struct offers *o = calloc(1, sizeof(*o));
	const char *v;

	if (!o)
		return -ENOMEM;
	v = gw->cfg->test_clock_file;
	if (*v) {
		o->clock_file = strdup(v);
		log_warn("offers", 0, "test clock from offers.test_clock_file: "
			 "not for production");
	}
	v = gw->cfg->offers_policy;
	if (*v)
		o->policy = strdup(v);
	o->tick_ms = gw->cfg->offers_tick_ms;
	gw->offers = o;
	lws_sul_schedule(gw->ctx, 0, &o->sul, offers_tick,
			 (lws_usec_t)o->tick_ms * LWS_US_PER_MS);
	return 0;
}

void offers_free(struct gw *gw)
{
	struct offers *o = gw->offers;

	if (!o)
		return;
	/* the lws context is destroyed first, taking the timer with it */
	free(o->clock_file);
	free(o->policy);
	free(o);
	gw->offers = NULL;
}
