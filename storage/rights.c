/*
 * rights.c - export, erasure and retention (see rights.h). Blocking
 * libpq on the caller's connection and thread.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "parley/rights.h"
#include "parley/vault.h"

static void reason_of(PGconn *conn, char *err, size_t errlen)
{
	const char *m = PQerrorMessage(conn);

	snprintf(err, errlen, "%.*s", (int)strcspn(m, "\n"), m);
}

static bool ok(PGresult *res)
{
	ExecStatusType s = PQresultStatus(res);

	return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

static PGresult *q(PGconn *conn, const char *sql, int n,
		   const char *const *v)
{
	return PQexecParams(conn, sql, n, NULL, v, NULL, NULL, 0);
}

/* Runs one batch of a DELETE: the rows removed, or -1 with err set. */
static long delete_batch(PGconn *conn, const char *sql, int n,
			 const char *const *v, char *err, size_t errlen)
{
	PGresult *res = q(conn, sql, n, v);
	long removed = -1;

	if (ok(res))
		removed = strtol(PQcmdTuples(res), NULL, 10);
	else
		reason_of(conn, err, errlen);
	PQclear(res);
	return removed;
}

/* ---- export --------------------------------------------------------- */

static const char export_sql[] =
	"SELECT json_build_object("
	"'schema', '" RIGHTS_EXPORT_SCHEMA "', 'exported_at', now(), "
	"'user', json_build_object('id', u.id, 'role', u.role, "
	"'display_name', u.display_name, 'company', u.company, "
	"'country', u.country, 'tz', u.tz, 'minor', u.minor, "
	"'created_at', u.created_at, 'erased_at', u.erased_at), "
	"'conversations', (SELECT coalesce(json_agg(json_build_object("
	"'conv', c.id, 'topic', c.topic, 'stage', c.stage, "
	"'my_role', CASE WHEN c.buyer_id = u.id THEN 'buyer' ELSE 'seller' "
	"END, 'peer', CASE WHEN c.buyer_id = u.id THEN c.seller_id "
	"ELSE c.buyer_id END, 'created_at', c.created_at, "
	"'legal_hold', c.legal_hold, "
	"'messages', (SELECT coalesce(json_agg(json_build_object("
	"'seq', m.seq, 'from', m.sender_id, 'at', m.created_at, "
	"'text', m.text, 'redactions', m.redactions, "
	"'sealed', m.sender_id = u.id AND m.original IS NOT NULL) "
	"ORDER BY m.seq), '[]') FROM messages m WHERE m.conv_id = c.id)) "
	"ORDER BY c.id), '[]') FROM conversations c "
	"WHERE c.buyer_id = u.id OR c.seller_id = u.id), "
	"'marketing', rights_marketing_of(u.id), "
	"'disputes', (SELECT coalesce(json_agg(json_build_object("
	"'dispute', d.id, 'conv', d.conv_id, 'state', d.state, "
	"'opened_by', d.opened_by, 'reason', d.reason, "
	"'outcome', d.outcome, 'summary', d.summary, "
	"'created_at', d.created_at) ORDER BY d.id), '[]') "
	"FROM disputes d JOIN conversations c ON c.id = d.conv_id "
	"WHERE c.buyer_id = u.id OR c.seller_id = u.id), "
	"'reports', (SELECT coalesce(json_agg(json_build_object("
	"'report', r.id, 'conv', r.conv_id, 'seq', r.seq, "
	"'category', r.category, 'note', r.note, 'at', r.created_at) "
	"ORDER BY r.id), '[]') FROM reports r WHERE r.reporter = u.id), "
	"'staff_accesses', (SELECT coalesce(json_agg(json_build_object("
	"'at', a.at, 'actor', a.actor, 'role', a.role, 'action', a.action, "
	"'conv', a.conv_id, 'seq', a.seq, 'dispute', a.dispute_id, "
	"'reason', a.reason) ORDER BY a.id), '[]') FROM audit_log a "
	"JOIN conversations c ON c.id = a.conv_id "
	"WHERE c.buyer_id = u.id OR c.seller_id = u.id)) "
	"FROM users u WHERE u.id = $1";

/* Puts the user's own originals in place of what the peer was shown. */
static int export_open_originals(PGconn *conn, const uint8_t *master,
				 const uint8_t *master_old, json_t *doc)
{
	json_t *convs = json_object_get(doc, "conversations"), *c, *m;
	size_t i, k;

	json_array_foreach(convs, i, c) {
		json_int_t conv = json_integer_value(json_object_get(c, "conv"));
		json_array_foreach(json_object_get(c, "messages"), k, m) {
			bool sealed = json_is_true(json_object_get(m, "sealed"));
			json_object_del(m, "sealed");
			if (!sealed)
				continue;
			char *text = NULL, err[128];
			size_t len = 0;
			int r = master ? vault_db_original(conn, master,
					master_old, conv,
					json_integer_value(json_object_get(m,
								"seq")),
					&text, &len, err, sizeof(err)) :
					 -ENOKEY;
			if (r == -EIO)
				return -EIO;
			/* what the peer saw stays beside it */
			json_object_set(m, "as_delivered",
					json_object_get(m, "text"));
			if (r) {
				json_object_set_new(m, "text", json_null());
				json_object_set_new(m, "original_unavailable",
						    json_string(r == -EKEYREVOKED ?
							"key destroyed" :
							"cannot be opened"));
				continue;
			}
			json_object_set_new(m, "text",
					    json_stringn(text, len));
			memset(text, 0, len);
			free(text);
		}
	}
	return 0;
}

int rights_export(PGconn *conn, const uint8_t *master,
		  const uint8_t *master_old, const char *user,
		  const char *actor, const char *actor_role, char **out,
		  char *err, size_t errlen)
{
	const char *v[] = { user };
	const char *av[] = { actor, actor_role, user };
	PGresult *res;
	json_t *doc;
	int r;

	res = q(conn,
		"SELECT audit_append($1, $2, 'export_user', NULL, NULL, NULL, "
		"'data export of user ' || $3, NULL) "
		"WHERE EXISTS (SELECT 1 FROM users WHERE id = $3)",
		3, av);
	if (!ok(res)) {
		reason_of(conn, err, errlen);
		PQclear(res);
		return -EIO;
	}
	PQclear(res);
	res = q(conn, export_sql, 1, v);

	if (!ok(res)) {
		reason_of(conn, err, errlen);
		PQclear(res);
		return -EIO;
	}
	if (PQntuples(res) != 1) {
		snprintf(err, errlen, "no user '%s'", user);
		PQclear(res);
		return -ENOENT;
	}
	doc = json_loads(PQgetvalue(res, 0, 0), 0, NULL);
	PQclear(res);
	if (!doc) {
		snprintf(err, errlen, "export document does not parse");
		return -EIO;
	}
	r = export_open_originals(conn, master, master_old, doc);
	if (r) {
		reason_of(conn, err, errlen);
		json_decref(doc);
		return r;
	}
	*out = json_dumps(doc, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	return *out ? 0 : -ENOMEM;
}

/* ---- erasure -------------------------------------------------------- */

int rights_erase(PGconn *conn, const char *user, const char *reason,
		 bool minor_request, const char *actor, int batch,
		 struct rights_erase_result *result, char *err, size_t errlen)
{
	char why[600], batch_s[16];
	PGresult *res;

	memset(result, 0, sizeof(*result));
	snprintf(why, sizeof(why), "%s%s",
		 minor_request ? "guardian request (minor): " : "", reason);
	snprintf(batch_s, sizeof(batch_s), "%d", batch > 0 ? batch : 1000);

	/* 1. one transaction: nothing of it half-done if we die here */
	PQclear(PQexec(conn, "BEGIN"));
	const char *v[] = { user };
	res = q(conn, "SELECT erased_at IS NOT NULL FROM users "
		      "WHERE id = $1 FOR UPDATE", 1, v);
	if (!ok(res) || PQntuples(res) != 1) {
		bool missing = ok(res);
		if (missing)
			snprintf(err, errlen, "no user '%s'", user);
		else
			reason_of(conn, err, errlen);
		PQclear(res);
		PQclear(PQexec(conn, "ROLLBACK"));
		return missing ? -ENOENT : -EIO;
	}
	result->already = PQgetvalue(res, 0, 0)[0] == 't';
	PQclear(res);
	const char *ev[] = { user, why, actor,
			     minor_request ? "erase_minor" : "erase" };
	res = q(conn,
		"WITH a AS (UPDATE users SET display_name = 'Erased user', "
		"company = NULL, erased_at = coalesce(erased_at, now()) "
		"WHERE id = $1), "
		"k AS (UPDATE user_keys SET wrapped = NULL, "
		"destroyed_at = now() WHERE user_id = $1 "
		"AND destroyed_at IS NULL), "
		"s AS (INSERT INTO marketing_suppression (identity_hash, reason) "
		"VALUES (suppression_hash($1), $2) ON CONFLICT DO NOTHING) "
		"SELECT audit_append($3, 'operator', $4, NULL, NULL, NULL, "
		"$2 || ' [user ' || $1 || ']', NULL), "
		"pg_notify('parley_user', $1)",
		4, ev);
	if (!ok(res)) {
		reason_of(conn, err, errlen);
		PQclear(res);
		PQclear(PQexec(conn, "ROLLBACK"));
		return -EIO;
	}
	PQclear(res);
	res = PQexec(conn, "COMMIT");
	if (!ok(res)) {
		reason_of(conn, err, errlen);
		PQclear(res);
		return -EIO;
	}
	PQclear(res);

	/* 2. their messages outside legal hold, in short batches */
	for (;;) {
		const char *dv[] = { user, batch_s };
		long n = delete_batch(conn,
			"DELETE FROM messages WHERE (conv_id, seq) IN "
			"(SELECT m.conv_id, m.seq "
			"FROM messages m JOIN conversations c "
			/* COLLATE "C": the (sender, cid) index, 007 */
			"ON c.id = m.conv_id WHERE m.sender_id COLLATE \"C\" "
			"= $1 AND NOT c.legal_hold LIMIT $2::int)",
			2, dv, err, errlen);
		if (n < 0)
			return -EIO;
		result->messages_removed += n;
		if (n < strtol(batch_s, NULL, 10))
			break;
	}
	res = q(conn,
		"SELECT count(*) FROM messages m JOIN conversations c "
		"ON c.id = m.conv_id WHERE m.sender_id COLLATE \"C\" = $1 "
		"AND c.legal_hold",
		1, v);
	if (ok(res) && PQntuples(res) == 1)
		result->messages_kept = strtol(PQgetvalue(res, 0, 0), NULL, 10);
	PQclear(res);
	return 0;
}

/* ---- retention ------------------------------------------------------ */

int retention_run(PGconn *conn, const struct retention_policy *pol,
		  const char *actor, retention_progress_fn progress,
		  void *arg, volatile const int *stop,
		  struct retention_result *result, char *err, size_t errlen)
{
	static const char *const kinds[] = { "chat", "offer", "system" };
	const int days[] = { pol->chat_days, pol->offer_days,
			     pol->system_days };
	char batch_s[16], days_s[16], note[160];
	PGresult *res;

	memset(result, 0, sizeof(*result));
	snprintf(batch_s, sizeof(batch_s), "%d", pol->batch);
	for (int k = 0; k < 3; k++) {
		snprintf(days_s, sizeof(days_s), "%d", days[k]);
		/* the cut-off is fixed at the start: no chasing the clock */
		const char *cv[] = { days_s };
		res = q(conn, "SELECT now() - make_interval(days => $1::int)",
			1, cv);
		if (!ok(res)) {
			reason_of(conn, err, errlen);
			PQclear(res);
			return -EIO;
		}
		char cutoff[64];
		snprintf(cutoff, sizeof(cutoff), "%s", PQgetvalue(res, 0, 0));
		PQclear(res);
		for (;;) {
			if (stop && *stop)
				return -ECANCELED;
			const char *v[] = { kinds[k], cutoff, batch_s };
			long n = delete_batch(conn,
				"DELETE FROM messages WHERE (conv_id, seq) IN ("
				"SELECT m.conv_id, m.seq FROM messages m "
				"WHERE m.kind = $1 AND m.created_at < "
				"$2::timestamptz AND NOT EXISTS (SELECT 1 "
				"FROM conversations c WHERE c.id = m.conv_id "
				"AND c.legal_hold) LIMIT $3::int)",
				3, v, err, errlen);
			if (n < 0)
				return -EIO;
			result->removed[k] += n;
			result->batches++;
			if (progress)
				progress(arg, kinds[k], result->removed[k]);
			if (n < pol->batch)
				break;
		}
	}
	snprintf(note, sizeof(note),
		 "removed chat %ld, offer %ld, system %ld (older than %d/%d/%d "
		 "days; legal holds kept)",
		 result->removed[0], result->removed[1], result->removed[2],
		 pol->chat_days, pol->offer_days, pol->system_days);
	const char *av[] = { actor, note };
	res = q(conn,
		"SELECT audit_append($1, 'operator', 'retention', NULL, NULL, "
		"NULL, $2, NULL)",
		2, av);
	if (!ok(res)) {
		reason_of(conn, err, errlen);
		PQclear(res);
		return -EIO;
	}
	PQclear(res);
	return 0;
}
