/*
 * content.c - the content policy on the message path: the PII engine,
 * the per-category policy, numbers split over several messages, and what
 * of the original may be kept (PCI). content_prepare() is the storage
 * writer's prepare hook: it runs on a WRITER THREAD, after the
 * conversation is locked, so the stage it sees is the committed one. The
 * engine is immutable and shared; the split states are shared by the
 * writer threads under a mutex (each state belongs to one conversation,
 * hence to one writer, but the sweep and the table are common).
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "parley/buf.h"
#include "parley/hmap.h"
#include "parley/log.h"
#include "parley/metrics.h"
#include "parley/pii.h"
#include "parley/util.h"

#include "gateway_int.h"

/* Split-number state of one sender in one conversation. */
struct split_entry {
	struct hnode node;
	int64_t conv;
	char sender[STORE_ID_MAX + 1];
	int64_t last_ms;
	struct pii_split_state st;
};

struct content {
	struct pii_engine *engine;
	struct pii_policy policy;
	int64_t window_ms;
	pthread_mutex_t lock;	/* splits, next_sweep_ms */
	struct hmap splits;
	int64_t next_sweep_ms;
};

static const char *const action_names[] = {
	[PII_PASS] = "pass",
	[PII_FLAG] = "flag",
	[PII_MASK] = "mask",
	[PII_BLOCK] = "block",
};

int content_new(struct content **out, const struct parley_config *cfg,
		char *err, size_t errlen)
{
	struct content *c = calloc(1, sizeof(*c));
	int r;

	if (!c)
		return -ENOMEM;
	pii_policy_default(&c->policy);
	if (*cfg->pii_policy &&
	    pii_policy_parse(&c->policy, cfg->pii_policy, err, errlen)) {
		free(c);
		return -EINVAL;
	}
	r = pii_engine_new(NULL, &c->engine);
	if (r) {
		snprintf(err, errlen, "PII engine: %s", strerror(-r));
		free(c);
		return r;
	}
	if (hmap_init(&c->splits, 1024)) {
		pii_engine_free(c->engine);
		free(c);
		return -ENOMEM;
	}
	c->window_ms = (int64_t)cfg->pii_split_window_s * 1000;
	pthread_mutex_init(&c->lock, NULL);
	*out = c;
	return 0;
}

static void splits_sweep(struct content *c, int64_t now_ms, bool all)
{
	size_t pos;
	struct hnode *n, *next;

	for (n = hmap_iter(&c->splits, &pos); n; n = next) {
		next = hmap_iter_next(&c->splits, n, &pos);
		struct split_entry *e = hmap_entry(n, struct split_entry, node);
		if (all || e->last_ms < now_ms - c->window_ms) {
			hmap_remove(&c->splits, n);
			free(e);
		}
	}
}

void content_free(struct content *c)
{
	if (!c)
		return;
	splits_sweep(c, 0, true);
	hmap_deinit(&c->splits);
	pthread_mutex_destroy(&c->lock);
	pii_engine_free(c->engine);
	free(c);
}

static struct split_entry *split_get(struct content *c, int64_t conv,
				     const char *sender, int64_t now_ms)
{
	uint64_t h = hmap_hash_str(sender) ^ hmap_hash_u64((uint64_t)conv);

	if (now_ms >= c->next_sweep_ms) {
		splits_sweep(c, now_ms, false);
		c->next_sweep_ms = now_ms + 10000;
	}
	for (struct hnode *n = hmap_first(&c->splits, h); n; n = hmap_next(n)) {
		struct split_entry *e = hmap_entry(n, struct split_entry, node);
		if (e->conv == conv && !strcmp(e->sender, sender))
			return e;
	}
	struct split_entry *e = calloc(1, sizeof(*e));
	if (!e)
		return NULL;
	e->conv = conv;
	snprintf(e->sender, sizeof(e->sender), "%s", sender);
	pii_split_init(&e->st);
	hmap_insert(&c->splits, &e->node, h);
	return e;
}

/* Numbers split over messages: see pii_split_feed (filters/). */
static int content_split(struct content *c, struct store_msg *m,
			 int64_t now_ms, struct pii_result *r)
{
	int rc = 0;

	pthread_mutex_lock(&c->lock);
	struct split_entry *e = split_get(c, m->conv, m->sender, now_ms);
	if (e) {
		e->last_ms = now_ms;
		rc = pii_split_feed(c->engine, &e->st, m->text, m->text_len,
				    now_ms, c->window_ms, r);
	}
	pthread_mutex_unlock(&c->lock);
	return rc;
}

static char *redactions_json(const struct pii_redacted *o)
{
	struct buf b;

	buf_init_head(&b, 0);
	buf_putc(&b, '[');
	for (size_t i = 0; i < o->n; i++) {
		const struct pii_redaction *r = &o->items[i];
		const char *type = pii_type_name(r->type);
		if (i)
			buf_putc(&b, ',');
		buf_puts(&b, "{\"type\":");
		buf_json_str(&b, type, strlen(type));
		buf_printf(&b, ",\"start\":%u,\"end\":%u,\"action\":\"%s\"}",
			   r->start, r->end, action_names[r->action]);
	}
	buf_putc(&b, ']');
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.p;
}

enum proto_err content_prepare(void *arg, struct store_job *job,
			       const struct store_conv *conv)
{
	struct content *c = arg;
	struct store_msg *m = &job->msg;
	struct pii_result r;
	struct pii_redacted o;
	int64_t now_ms = now_usec() / 1000;
	enum pii_direction dir = strcmp(m->sender, conv->buyer) ?
					 PII_DIR_SELLER_TO_BUYER :
					 PII_DIR_BUYER_TO_SELLER;
	enum pii_stage stage = conv->ordered ? PII_STAGE_ORDERED :
					       PII_STAGE_INQUIRY;
	enum proto_err err = PROTO_OK;
	int rc;

	pii_result_init(&r);
	pii_redacted_init(&o);
	rc = pii_scan(c->engine, m->text, m->text_len, &r);
	if (rc == 0 && c->window_ms > 0)
		rc = content_split(c, m, now_ms, &r);
	if (rc && rc != -ERANGE) {
		/* fail closed: what cannot be checked does not cross */
		err = rc == -EILSEQ ? PROTO_EBAD_UTF8 : PROTO_EINTERNAL;
		snprintf(job->why, sizeof(job->why),
			 "message could not be checked");
		goto out;
	}
	if (rc == -ERANGE)
		r.flags |= PII_SCAN_LIMIT;
	if (pii_apply(&c->policy, stage, dir, m->text, m->text_len, &r, &o)) {
		err = PROTO_EINTERNAL;
		goto out;
	}
	if (o.flags & PII_OUT_BLOCKED) {
		err = PROTO_EBLOCKED;
		snprintf(job->why, sizeof(job->why),
			 (o.flags & PII_OUT_LIMIT) ?
				 "message too complex to check; rephrase it" :
				 "the policy does not allow %s here",
			 pii_type_name(o.block_type));
		goto out;
	}
	m->flagged = o.flags & (PII_OUT_FLAGGED | PII_OUT_SPLIT |
				PII_OUT_LIMIT);
	if (!o.n && !(o.flags & PII_OUT_LIMIT))
		goto out;	/* nothing changed: the text is the original */

	char *keep = NULL;
	size_t keep_len = 0;
	if (!(o.flags & PII_OUT_LIMIT) &&
	    pii_pci_cut(c->engine, m->text, m->text_len, &keep, &keep_len))
		keep = NULL;	/* cannot cut safely: keep no original */
	char *json = redactions_json(&o);
	if (!json) {
		free(keep);
		err = PROTO_EINTERNAL;
		goto out;
	}
	atomic_fetch_add(&metrics.redactions, (long)o.n);
	/* the original text is dropped here: only keep (sealed) remains */
	memset(m->text, 0, m->text_len);
	free(m->text);
	m->text = o.text;
	m->text_len = o.len;
	o.text = NULL;
	free(m->redactions);
	m->redactions = json;
	m->keep = keep;
	m->keep_len = keep_len;
out:
	pii_redacted_deinit(&o);
	pii_result_deinit(&r);
	return err;
}

enum proto_err content_offer_text(struct content *c, const char *text,
				  size_t len, char **out, size_t *out_len,
				  char **redactions)
{
	struct pii_result r;
	struct pii_redacted o;
	enum proto_err err = PROTO_OK;
	int rc;

	*out = NULL;
	*redactions = NULL;
	if (!c) {
		*out = malloc(len + 1);
		if (!*out)
			return PROTO_EINTERNAL;
		memcpy(*out, text, len);
		(*out)[len] = '\0';
		*out_len = len;
		return PROTO_OK;
	}
	pii_result_init(&r);
	pii_redacted_init(&o);
	rc = pii_scan(c->engine, text, len, &r);
	if (rc && rc != -ERANGE) {
		err = rc == -EILSEQ ? PROTO_EBAD_UTF8 : PROTO_EINTERNAL;
		goto out;
	}
	if (rc == -ERANGE)
		r.flags |= PII_SCAN_LIMIT;
	if (pii_apply(&c->policy, PII_STAGE_INQUIRY, PII_DIR_SELLER_TO_BUYER,
		      text, len, &r, &o)) {
		err = PROTO_EINTERNAL;
		goto out;
	}
	if (o.flags & PII_OUT_BLOCKED) {
		err = PROTO_EBLOCKED;
		goto out;
	}
	if (o.n) {
		*redactions = redactions_json(&o);
		if (!*redactions) {
			err = PROTO_EINTERNAL;
			goto out;
		}
		atomic_fetch_add(&metrics.redactions, (long)o.n);
	}
	if (o.n && o.text) {
		*out = o.text;
		*out_len = o.len;
		o.text = NULL;
	} else {
		*out = malloc(len + 1);
		if (!*out) {
			err = PROTO_EINTERNAL;
			goto out;
		}
		memcpy(*out, text, len);
		(*out)[len] = '\0';
		*out_len = len;
	}
out:
	if (err) {
		free(*redactions);
		*redactions = NULL;
	}
	pii_redacted_deinit(&o);
	pii_result_deinit(&r);
	return err;
}
