/*
 * export.c - the printable dispute bundle: turns the JSON bundle that
 * storage builds into one self-contained HTML page. Every value is
 * HTML-escaped; the page carries no script. Event loop thread (pure).
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "parley/buf.h"
#include "parley/util.h"

#include "gateway_int.h"

static void esc(struct buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		case '\'': buf_puts(b, "&#39;"); break;
		default: buf_putc(b, *s);
		}
	}
}

/* Any JSON scalar as escaped text; null as an em dash. */
static void val(struct buf *b, json_t *v)
{
	char tmp[32];

	if (json_is_string(v)) {
		esc(b, json_string_value(v));
	} else if (json_is_integer(v)) {
		snprintf(tmp, sizeof(tmp), "%lld",
			 (long long)json_integer_value(v));
		buf_puts(b, tmp);
	} else if (json_is_true(v)) {
		buf_puts(b, "yes");
	} else if (json_is_false(v)) {
		buf_puts(b, "no");
	} else if (json_is_null(v) || !v) {
		buf_puts(b, "\xe2\x80\x94");
	} else {
		char *s = json_dumps(v, JSON_COMPACT);
		esc(b, s);
		free(s);
	}
}

static void field(struct buf *b, const char *label, json_t *obj,
		  const char *key)
{
	buf_puts(b, "<tr><th>");
	esc(b, label);
	buf_puts(b, "</th><td>");
	val(b, json_object_get(obj, key));
	buf_puts(b, "</td></tr>\n");
}

/* A table of an array of objects, with the given columns. */
static void table(struct buf *b, const char *title, json_t *arr,
		  const char *const *keys, size_t nkeys)
{
	size_t i;
	json_t *row;

	buf_puts(b, "<h2>");
	esc(b, title);
	buf_puts(b, "</h2>\n");
	if (!json_array_size(arr)) {
		buf_puts(b, "<p class=\"none\">None.</p>\n");
		return;
	}
	buf_puts(b, "<table><thead><tr>");
	for (size_t k = 0; k < nkeys; k++) {
		buf_puts(b, "<th>");
		esc(b, keys[k]);
		buf_puts(b, "</th>");
	}
	buf_puts(b, "</tr></thead><tbody>\n");
	json_array_foreach(arr, i, row) {
		buf_puts(b, "<tr>");
		for (size_t k = 0; k < nkeys; k++) {
			buf_puts(b, "<td>");
			val(b, json_object_get(row, keys[k]));
			buf_puts(b, "</td>");
		}
		buf_puts(b, "</tr>\n");
	}
	buf_puts(b, "</tbody></table>\n");
}

char *export_html(const char *bundle_json)
{
	static const char *const msg_keys[] = { "seq", "from", "at", "text",
						"redactions", "flagged" };
	static const char *const note_keys[] = { "at", "author", "text" };
	static const char *const report_keys[] = { "at", "seq", "reporter",
						   "category", "note" };
	static const char *const audit_keys[] = { "id", "at", "actor", "role",
						  "action", "seq", "reason",
						  "client_addr" };
	json_t *root = json_loads(bundle_json, 0, NULL);
	struct buf b;

	if (!root)
		return NULL;
	json_t *d = json_object_get(root, "dispute");
	json_t *consent = json_object_get(root, "consent");
	buf_init_head(&b, 0);
	buf_puts(&b, "<!doctype html>\n<html lang=\"en\"><head>"
		     "<meta charset=\"utf-8\"><title>Dispute ");
	val(&b, json_object_get(d, "id"));
	buf_puts(&b, "</title><style>body{font:14px/1.4 system-ui,sans-serif;"
		     "margin:2em;color:#111}table{border-collapse:collapse;"
		     "margin:.5em 0 1.5em;width:100%}th,td{border:1px solid "
		     "#bbb;padding:4px 6px;text-align:left;vertical-align:top}"
		     "th{background:#f2f2f2}.none{color:#666}"
		     "@media print{body{margin:0}}</style></head><body>\n");
	buf_puts(&b, "<h1>Dispute ");
	val(&b, json_object_get(d, "id"));
	buf_puts(&b, "</h1>\n<table>\n");
	field(&b, "Conversation", d, "conv");
	field(&b, "Topic", d, "topic");
	field(&b, "Buyer", d, "buyer");
	field(&b, "Seller", d, "seller");
	field(&b, "State", d, "state");
	field(&b, "Opened by", d, "opened_by");
	field(&b, "Reason", d, "reason");
	field(&b, "Assignee", d, "assignee");
	field(&b, "Outcome", d, "outcome");
	field(&b, "Summary", d, "summary");
	field(&b, "Opened at", d, "created_at");
	field(&b, "Exported at", root, "exported_at");
	buf_puts(&b, "</table>\n");
	table(&b, "Transcript (as support sees it)",
	      json_object_get(root, "transcript"), msg_keys,
	      ARRAY_SIZE(msg_keys));
	table(&b, "Notes", json_object_get(d, "notes"), note_keys,
	      ARRAY_SIZE(note_keys));
	table(&b, "Reports", json_object_get(root, "reports"), report_keys,
	      ARRAY_SIZE(report_keys));
	buf_puts(&b, "<h2>Marketing consent and offers between the parties"
		     "</h2>\n<pre>");
	val(&b, consent);
	buf_puts(&b, "</pre>\n");
	table(&b, "Access log of the case", json_object_get(root, "access_log"),
	      audit_keys, ARRAY_SIZE(audit_keys));
	buf_puts(&b, "</body></html>\n");
	json_decref(root);
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.p;
}
