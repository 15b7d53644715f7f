/*
 * calls.c - disputes, reports, the staff audit log and the support API's
 * reads: the STORE_CALL jobs, run on the QUERY THREAD with its PGconn.
 *
 * Every call that shows private data or changes a case writes its audit
 * record (audit_append(), migrations/004) in the same transaction as what
 * it audits and answers only after COMMIT: no audit record, no answer.
 * Answers are JSON built by PostgreSQL (json_build_object), so the
 * gateway passes them through untouched.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley/buf.h"
#include "parley/calls.h"
#include "parley/log.h"
#include "parley/rights.h"
#include "parley/vault.h"

#define DISPUTE_JSON                                                        \
	"json_build_object('id', d.id, 'conv', d.conv_id, 'state', d.state, " \
	"'reason', d.reason, 'opened_by', d.opened_by, "                    \
	"'assignee', d.assignee, 'buyer', c.buyer_id, "                     \
	"'seller', c.seller_id, 'topic', c.topic, 'outcome', d.outcome, "   \
	"'summary', d.summary, 'created_at', d.created_at, "                \
	"'updated_at', d.updated_at, 'legal_hold', c.legal_hold, "          \
	"'notes', (SELECT coalesce(json_agg(json_build_object('id', n.id, " \
	"'author', n.author, 'text', n.text, 'at', n.created_at) "          \
	"ORDER BY n.id), '[]') FROM dispute_notes n "                       \
	"WHERE n.dispute_id = d.id))"

#define TRANSCRIPT_JSON                                                     \
	"(SELECT coalesce(json_agg(json_build_object('seq', m.seq, "        \
	"'from', m.sender_id, 'text', m.text, 'at', m.created_at, "         \
	"'redactions', coalesce(m.redactions, '[]'::jsonb), "               \
	"'flagged', m.flagged, 'read_by_peer', m.seq <= CASE "               \
	"WHEN m.sender_id = c.buyer_id THEN c.seller_read_seq "             \
	"ELSE c.buyer_read_seq END) ORDER BY m.seq), '[]') "                \
	"FROM messages m WHERE m.conv_id = c.id)"

#define AUDIT_JSON                                                          \
	"json_build_object('id', a.id, 'at', a.at, 'actor', a.actor, "      \
	"'role', a.role, 'action', a.action, 'dispute', a.dispute_id, "     \
	"'conv', a.conv_id, 'seq', a.seq, 'reason', a.reason, "             \
	"'client_addr', a.client_addr)"

enum {
	CALL_OK = 0,
	CALL_EIO = -EIO,	/* the connection failed: answer unavailable */
};

static PGresult *q(PGconn *conn, const char *sql, int n,
		   const char *const *v)
{
	return PQexecParams(conn, sql, n, NULL, v, NULL, NULL, 0);
}

static bool ok(PGresult *res)
{
	ExecStatusType s = PQresultStatus(res);

	return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

static bool is_state(PGresult *res, const char *state)
{
	const char *s = PQresultErrorField(res, PG_DIAG_SQLSTATE);

	return s && !strcmp(s, state);
}

static void set_json(struct store_job *job, int status, const char *json)
{
	job->status = status;
	free(job->json);
	job->json = json ? strdup(json) : NULL;
}

/* {"error":code,"message":msg} with status. */
static void set_error(struct store_job *job, int status, const char *code,
		      const char *msg)
{
	struct buf b;

	buf_init_head(&b, 0);
	buf_puts(&b, "{\"error\":");
	buf_json_str(&b, code, strlen(code));
	buf_puts(&b, ",\"message\":");
	buf_json_str(&b, msg, strlen(msg));
	buf_putc(&b, '}');
	job->status = status;
	free(job->json);
	job->json = b.oom ? NULL : b.p;
	if (b.oom)
		buf_free(&b);
}

/* Runs a single-row, single-column JSON query into job->json. */
static int json_query(PGconn *conn, struct store_job *job, int status,
		      const char *sql, int n, const char *const *v)
{
	PGresult *res = q(conn, sql, n, v);

	if (!ok(res)) {
		log_warn("calls", job->conn, "query failed: %.*s",
			 (int)strcspn(PQerrorMessage(conn), "\n"),
			 PQerrorMessage(conn));
		PQclear(res);
		return CALL_EIO;
	}
	if (PQntuples(res) < 1 || PQgetisnull(res, 0, 0))
		set_error(job, 404, "not_found", "no such record");
	else
		set_json(job, status, PQgetvalue(res, 0, 0));
	PQclear(res);
	return CALL_OK;
}

static int begin(PGconn *conn)
{
	PGresult *res = PQexec(conn, "BEGIN");
	int r = ok(res) ? 0 : CALL_EIO;

	PQclear(res);
	return r;
}

static int commit(PGconn *conn)
{
	PGresult *res = PQexec(conn, "COMMIT");
	int r = ok(res) ? 0 : CALL_EIO;

	PQclear(res);
	return r;
}

static void rollback(PGconn *conn)
{
	if (PQtransactionStatus(conn) != PQTRANS_IDLE)
		PQclear(PQexec(conn, "ROLLBACK"));
}

/* Appends an audit record in the open transaction. */
static int audit(PGconn *conn, struct store_job *job, const char *action,
		 const char *dispute, const char *conv, const char *seq,
		 const char *reason)
{
	const char *v[] = { job->args[0], job->args[1], action, dispute, conv,
			    seq, reason, job->args[2] };
	PGresult *res = q(conn,
		"SELECT audit_append($1, $2, $3, $4::bigint, $5::bigint, "
		"$6::bigint, $7, $8)",
		8, v);
	int r = ok(res) ? 0 : CALL_EIO;

	if (r)
		log_err("calls", job->conn, "audit write failed: %.*s",
			(int)strcspn(PQerrorMessage(conn), "\n"),
			PQerrorMessage(conn));
	PQclear(res);
	return r;
}

/*
 * Opens a transaction and locks dispute args[3], filling its conversation,
 * assignee and state. Returns 0 with the transaction open; 1 when there is
 * no such dispute (answered 404) or CALL_EIO, both with it rolled back.
 */
static int open_case(PGconn *conn, struct store_job *job, char *conv,
		     size_t convlen, char *assignee, size_t alen, char *state,
		     size_t slen)
{
	const char *v[] = { job->args[3] };
	PGresult *res;

	if (begin(conn))
		return CALL_EIO;
	res = q(conn,
		"SELECT conv_id, coalesce(assignee, ''), state FROM disputes "
		"WHERE id = $1::bigint FOR UPDATE",
		1, v);

	if (!ok(res)) {
		PQclear(res);
		rollback(conn);
		return CALL_EIO;
	}
	if (PQntuples(res) != 1) {
		PQclear(res);
		rollback(conn);
		set_error(job, 404, "not_found", "no such dispute");
		return 1;
	}
	snprintf(conv, convlen, "%s", PQgetvalue(res, 0, 0));
	snprintf(assignee, alen, "%s", PQgetvalue(res, 0, 1));
	snprintf(state, slen, "%s", PQgetvalue(res, 0, 2));
	PQclear(res);
	return 0;
}

static int notify_dispute(PGconn *conn, const char *id)
{
	const char *v[] = { id };
	PGresult *res = q(conn, "SELECT pg_notify('parley_dispute', $1)", 1, v);
	int r = ok(res) ? 0 : CALL_EIO;

	PQclear(res);
	return r;
}

static int dispute_answer(PGconn *conn, struct store_job *job, int status)
{
	const char *v[] = { job->args[3] };

	return json_query(conn, job, status,
		"SELECT " DISPUTE_JSON " FROM disputes d "
		"JOIN conversations c ON c.id = d.conv_id "
		"WHERE d.id = $1::bigint",
		1, v);
}

/* ---- buyer and seller ----------------------------------------------- */

static int call_dispute_open(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[3], job->args[0] };
	PGresult *res;

	if (begin(conn))
		return CALL_EIO;
	res = q(conn,
		"SELECT buyer_id = $2 OR seller_id = $2 FROM conversations "
		"WHERE id = $1::bigint FOR UPDATE",
		2, v);
	if (!ok(res)) {
		PQclear(res);
		rollback(conn);
		return CALL_EIO;
	}
	if (PQntuples(res) != 1 || PQgetvalue(res, 0, 0)[0] != 't') {
		PQclear(res);
		rollback(conn);
		set_error(job, 403, "not_participant",
			  "not a participant of this conversation");
		return CALL_OK;
	}
	PQclear(res);
	const char *iv[] = { job->args[3], job->args[0], job->args[4] };
	res = q(conn,
		"WITH d AS (INSERT INTO disputes (conv_id, opened_by, reason) "
		"VALUES ($1::bigint, $2, $3) RETURNING id), "
		"h AS (UPDATE conversations SET legal_hold = true "
		"WHERE id = $1::bigint) "
		"SELECT id, pg_notify('parley_dispute', id::text) FROM d",
		3, iv);
	if (!ok(res)) {
		bool dup = is_state(res, "23505");
		bool bad = is_state(res, "23514");
		PQclear(res);
		rollback(conn);
		if (dup || bad) {
			set_error(job, 409, "conflict", dup ?
				  "this conversation has an open dispute" :
				  "reason must be 1 to 2000 characters");
			return CALL_OK;
		}
		return CALL_EIO;
	}
	PQclear(res);
	if (commit(conn))
		return CALL_EIO;
	set_json(job, 201, NULL);	/* dispute_update comes via NOTIFY */
	return CALL_OK;
}

static int call_report(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[0], job->args[3], job->args[4],
			    job->args[5], job->args[6] };
	PGresult *res = q(conn,
		"INSERT INTO reports (conv_id, seq, reporter, category, note) "
		"SELECT c.id, $3::bigint, $1, $4, nullif($5, '') "
		"FROM conversations c WHERE c.id = $2::bigint "
		"AND (c.buyer_id = $1 OR c.seller_id = $1) "
		"AND EXISTS (SELECT 1 FROM messages m WHERE m.conv_id = c.id "
		"AND m.seq = $3::bigint) "
		"RETURNING json_build_object('op', 'reported', 'report', id, "
		"'conv', conv_id, 'seq', seq)",
		5, v);

	if (!ok(res)) {
		bool bad = is_state(res, "23514");
		PQclear(res);
		if (bad) {
			set_error(job, 400, "bad_field",
				  "category must be spam, fraud, harassment or "
				  "off_platform; note at most 2000 characters");
			return CALL_OK;
		}
		return CALL_EIO;
	}
	if (PQntuples(res) != 1)
		set_error(job, 403, "not_participant",
			  "no such message in a conversation of yours");
	else
		set_json(job, 201, PQgetvalue(res, 0, 0));
	PQclear(res);
	return CALL_OK;
}

static int call_accesses(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[0] };

	return json_query(conn, job, 200,
		"SELECT json_build_object('op', 'accesses', 'accesses', "
		"coalesce(json_agg(json_build_object('at', a.at, "
		"'actor', a.actor, 'action', a.action, 'conv', a.conv_id, "
		"'seq', a.seq, 'dispute', a.dispute_id, 'reason', a.reason) "
		"ORDER BY a.id), '[]')) "
		"FROM audit_log a JOIN conversations c ON c.id = a.conv_id "
		"WHERE c.buyer_id = $1 OR c.seller_id = $1",
		1, v);
}

static int call_my_disputes(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[0] };

	return json_query(conn, job, 200,
		"SELECT json_build_object('op', 'disputes', 'disputes', "
		"coalesce(json_agg(json_build_object('dispute', d.id, "
		"'conv', d.conv_id, 'state', d.state, 'reason', d.reason, "
		"'outcome', d.outcome, 'summary', d.summary, "
		"'at', d.updated_at) ORDER BY d.id), '[]')) "
		"FROM disputes d JOIN conversations c ON c.id = d.conv_id "
		"WHERE c.buyer_id = $1 OR c.seller_id = $1",
		1, v);
}

/* ---- support -------------------------------------------------------- */

static int call_sup_list(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[0], job->args[3], job->args[4],
			    job->args[5], job->args[6] };

	return json_query(conn, job, 200,
		"WITH f AS (SELECT d.*, count(*) OVER () AS total "
		"FROM disputes d WHERE ($2 = '' OR d.state = $2) "
		"AND ($3 <> '1' OR d.assignee = $1) "
		"ORDER BY d.created_at, d.id LIMIT $4::int OFFSET $5::int) "
		"SELECT json_build_object('disputes', coalesce(json_agg("
		DISPUTE_JSON " ORDER BY d.created_at, d.id), '[]'), "
		"'total', coalesce(max(d.total), 0)) "
		"FROM f d LEFT JOIN conversations c ON c.id = d.conv_id",
		5, v);
}

static int call_sup_get(PGconn *conn, struct store_job *job)
{
	char conv[24], who[72], state[16];
	int r;

	r = open_case(conn, job, conv, sizeof(conv), who, sizeof(who), state,
		      sizeof(state));
	if (r)
		return r < 0 ? r : CALL_OK;
	if (audit(conn, job, "view", job->args[3], conv, NULL, NULL) ||
	    dispute_answer(conn, job, 200) || commit(conn)) {
		rollback(conn);
		return CALL_EIO;
	}
	return CALL_OK;
}

static int call_sup_claim(PGconn *conn, struct store_job *job)
{
	char conv[24], who[72], state[16];
	int r;

	r = open_case(conn, job, conv, sizeof(conv), who, sizeof(who), state,
		      sizeof(state));
	if (r)
		return r < 0 ? r : CALL_OK;
	if (!strcmp(state, "resolved") || (*who && strcmp(who, job->args[0]))) {
		rollback(conn);
		set_error(job, 409, "conflict", !strcmp(state, "resolved") ?
			  "the dispute is resolved" :
			  "the dispute is assigned to another agent");
		return CALL_OK;
	}
	const char *v[] = { job->args[3], job->args[0] };
	PGresult *res = q(conn,
		"UPDATE disputes SET state = 'assigned', assignee = $2, "
		"updated_at = now() WHERE id = $1::bigint",
		2, v);
	bool good = ok(res);
	PQclear(res);
	if (!good || audit(conn, job, "claim", job->args[3], conv, NULL, NULL) ||
	    notify_dispute(conn, job->args[3]) ||
	    dispute_answer(conn, job, 200) || commit(conn)) {
		rollback(conn);
		return CALL_EIO;
	}
	return CALL_OK;
}

static int call_sup_transcript(PGconn *conn, struct store_job *job)
{
	char conv[24], who[72], state[16];
	int r;

	r = open_case(conn, job, conv, sizeof(conv), who, sizeof(who), state,
		      sizeof(state));
	if (r)
		return r < 0 ? r : CALL_OK;
	const char *v[] = { job->args[3] };
	if (audit(conn, job, "transcript", job->args[3], conv, NULL, NULL) ||
	    json_query(conn, job, 200,
		"SELECT json_build_object('dispute', " DISPUTE_JSON ", "
		"'messages', " TRANSCRIPT_JSON ") FROM disputes d "
		"JOIN conversations c ON c.id = d.conv_id "
		"WHERE d.id = $1::bigint",
		1, v) ||
	    commit(conn)) {
		rollback(conn);
		return CALL_EIO;
	}
	return CALL_OK;
}

static int call_sup_reveal(PGconn *conn, struct store_job *job,
			   const uint8_t *master, const uint8_t *master_old)
{
	char conv[24], who[72], state[16], err[160];
	const char *seq = job->args[4], *reason = job->args[5];
	int r;

	if (!reason || !*reason) {
		set_error(job, 400, "missing_field", "a reason is required");
		return CALL_OK;
	}
	r = open_case(conn, job, conv, sizeof(conv), who, sizeof(who), state,
		      sizeof(state));
	if (r)
		return r < 0 ? r : CALL_OK;
	bool mine = *who && !strcmp(who, job->args[0]) &&
		    strcmp(state, "resolved");
	/* a refused attempt is on the record too */
	if (audit(conn, job, mine ? "reveal" : "reveal_denied", job->args[3],
		  conv, seq, reason) ||
	    commit(conn)) {
		rollback(conn);
		return CALL_EIO;
	}
	if (!mine) {
		set_error(job, 403, "forbidden",
			  "only the agent assigned to this open dispute may "
			  "reveal");
		return CALL_OK;
	}
	if (!master) {
		set_error(job, 500, "internal", "no master key configured");
		return CALL_OK;
	}
	char *text = NULL;
	size_t len = 0;
	r = vault_db_original(conn, master, master_old, strtoll(conv, NULL, 10),
			      strtoll(seq, NULL, 10), &text, &len, err,
			      sizeof(err));
	if (r == -EIO)
		return CALL_EIO;
	if (r) {
		set_error(job, r == -ENOENT ? 404 : 410,
			  r == -ENOENT ? "not_found" : "gone", err);
		return CALL_OK;
	}
	struct buf b;
	buf_init_head(&b, 0);
	buf_puts(&b, "{\"seq\":");
	buf_puts(&b, seq);
	buf_puts(&b, ",\"original\":");
	buf_json_str(&b, text, len);
	buf_putc(&b, '}');
	memset(text, 0, len);
	free(text);
	if (b.oom) {
		buf_free(&b);
		set_error(job, 500, "internal", "out of memory");
		return CALL_OK;
	}
	job->status = 200;
	free(job->json);
	job->json = b.p;
	return CALL_OK;
}

static int call_sup_note(PGconn *conn, struct store_job *job)
{
	char conv[24], who[72], state[16];
	int r;

	if (!job->args[4] || !*job->args[4]) {
		set_error(job, 400, "missing_field", "text is required");
		return CALL_OK;
	}
	r = open_case(conn, job, conv, sizeof(conv), who, sizeof(who), state,
		      sizeof(state));
	if (r)
		return r < 0 ? r : CALL_OK;
	const char *v[] = { job->args[3], job->args[0], job->args[4] };
	PGresult *res = q(conn,
		"INSERT INTO dispute_notes (dispute_id, author, text) "
		"VALUES ($1::bigint, $2, $3) RETURNING json_build_object("
		"'note', json_build_object('id', id, 'author', author, "
		"'text', text, 'at', created_at))",
		3, v);
	if (!ok(res)) {
		bool bad = is_state(res, "23514");
		PQclear(res);
		rollback(conn);
		if (bad) {
			set_error(job, 400, "too_long",
				  "a note is 1 to 4000 characters");
			return CALL_OK;
		}
		return CALL_EIO;
	}
	char *json = strdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	if (audit(conn, job, "note", job->args[3], conv, NULL, NULL) ||
	    commit(conn)) {
		free(json);
		rollback(conn);
		return CALL_EIO;
	}
	job->status = 201;
	free(job->json);
	job->json = json;
	return CALL_OK;
}

static int call_sup_resolve(PGconn *conn, struct store_job *job)
{
	static const char *const outcomes[] = { "refund_buyer",
		"release_to_seller", "partial", "no_action" };
	char conv[24], who[72], state[16];
	const char *outcome = job->args[4], *summary = job->args[5];
	bool known = false;
	int r;

	for (size_t i = 0; outcome && i < 4; i++)
		known |= !strcmp(outcome, outcomes[i]);
	if (!known || !summary || !*summary) {
		set_error(job, 400, "bad_field",
			  "outcome must be refund_buyer, release_to_seller, "
			  "partial or no_action, with a summary");
		return CALL_OK;
	}
	r = open_case(conn, job, conv, sizeof(conv), who, sizeof(who), state,
		      sizeof(state));
	if (r)
		return r < 0 ? r : CALL_OK;
	if (!strcmp(state, "resolved")) {
		rollback(conn);
		set_error(job, 409, "conflict", "the dispute is resolved");
		return CALL_OK;
	}
	if (strcmp(who, job->args[0])) {
		rollback(conn);
		set_error(job, 403, "forbidden",
			  "claim the dispute before resolving it");
		return CALL_OK;
	}
	const char *v[] = { job->args[3], outcome, summary };
	PGresult *res = q(conn,
		"UPDATE disputes SET state = 'resolved', outcome = $2, "
		"summary = $3, updated_at = now(), resolved_at = now() "
		"WHERE id = $1::bigint",
		3, v);
	bool good = ok(res), bad = !good && is_state(res, "23514");
	PQclear(res);
	if (bad) {
		rollback(conn);
		set_error(job, 400, "too_long", "summary over 4000 characters");
		return CALL_OK;
	}
	if (!good ||
	    audit(conn, job, "resolve", job->args[3], conv, NULL, outcome) ||
	    notify_dispute(conn, job->args[3]) ||
	    dispute_answer(conn, job, 200) || commit(conn)) {
		rollback(conn);
		return CALL_EIO;
	}
	return CALL_OK;
}

static int call_sup_export(PGconn *conn, struct store_job *job)
{
	char conv[24], who[72], state[16];
	int r;

	r = open_case(conn, job, conv, sizeof(conv), who, sizeof(who), state,
		      sizeof(state));
	if (r)
		return r < 0 ? r : CALL_OK;
	/* the export's own record is part of the access log it carries */
	const char *v[] = { job->args[3] };
	if (audit(conn, job, "export", job->args[3], conv, NULL, NULL) ||
	    json_query(conn, job, 200,
		"SELECT json_build_object("
		"'format', 'parley.dispute-bundle.v1', "
		"'exported_at', now(), "
		"'dispute', " DISPUTE_JSON ", "
		"'conversation', json_build_object('id', c.id, "
		"'buyer', c.buyer_id, 'seller', c.seller_id, "
		"'topic', c.topic, 'stage', c.stage, "
		"'created_at', c.created_at), "
		"'transcript', " TRANSCRIPT_JSON ", "
		"'reports', (SELECT coalesce(json_agg(json_build_object("
		"'id', r.id, 'seq', r.seq, 'reporter', r.reporter, "
		"'category', r.category, 'note', r.note, 'at', r.created_at) "
		"ORDER BY r.id), '[]') FROM reports r "
		"WHERE r.conv_id = c.id), "
		"'consent', calls_consent_between(c.buyer_id, c.seller_id), "
		"'access_log', (SELECT coalesce(json_agg(" AUDIT_JSON
		" ORDER BY a.id), '[]') FROM audit_log a "
		"WHERE a.dispute_id = d.id OR a.conv_id = c.id)) "
		"FROM disputes d JOIN conversations c ON c.id = d.conv_id "
		"WHERE d.id = $1::bigint",
		1, v) ||
	    commit(conn)) {
		rollback(conn);
		return CALL_EIO;
	}
	return CALL_OK;
}

static int call_sup_reports(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[3] ? job->args[3] : "50" };

	return json_query(conn, job, 200,
		"SELECT json_build_object('reports', (SELECT coalesce(json_agg("
		"json_build_object('id', r.id, 'conv', r.conv_id, 'seq', r.seq, "
		"'reporter', r.reporter, 'category', r.category, "
		"'note', r.note, 'at', r.created_at) ORDER BY r.id DESC), '[]') "
		"FROM (SELECT * FROM reports ORDER BY id DESC "
		"LIMIT $1::int) r), "
		"'flagged', (SELECT coalesce(json_agg(json_build_object("
		"'conv', m.conv_id, 'seq', m.seq, 'from', m.sender_id, "
		"'at', m.created_at, 'types', (SELECT coalesce(json_agg("
		"DISTINCT e->>'type'), '[]') FROM jsonb_array_elements("
		"coalesce(m.redactions, '[]'::jsonb)) e)) "
		"ORDER BY m.created_at DESC), '[]') FROM (SELECT * FROM "
		"messages WHERE flagged ORDER BY created_at DESC "
		"LIMIT $1::int) m))",
		1, v);
}

static int call_sup_audit(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[3] };

	return json_query(conn, job, 200,
		"SELECT json_build_object('audit', coalesce(json_agg("
		AUDIT_JSON " ORDER BY a.id), '[]')) FROM audit_log a "
		"WHERE a.dispute_id = $1::bigint",
		1, v);
}

int calls_run(PGconn *conn, struct store_job *job, const uint8_t *master,
	      const uint8_t *master_old)
{
	static const bool support_only[] = {
		[CALL_SUP_LIST] = true,	      [CALL_SUP_GET] = true,
		[CALL_SUP_CLAIM] = true,      [CALL_SUP_TRANSCRIPT] = true,
		[CALL_SUP_REVEAL] = true,     [CALL_SUP_NOTE] = true,
		[CALL_SUP_RESOLVE] = true,    [CALL_SUP_EXPORT] = true,
		[CALL_SUP_REPORTS] = true,    [CALL_SUP_AUDIT] = true,
	};
	int r;

	for (int i = 0; i < STORE_CALL_ARGS; i++)
		if (!job->args[i] && i < 3)
			return -EINVAL;
	/* the gateway checks roles; this is the second lock on the door */
	if (job->call <= CALL_SUP_AUDIT && support_only[job->call] &&
	    strcmp(job->args[1], "support")) {
		set_error(job, 403, "forbidden", "support role required");
		return 0;
	}
	switch (job->call) {
	case CALL_DISPUTE_OPEN: r = call_dispute_open(conn, job); break;
	case CALL_REPORT: r = call_report(conn, job); break;
	case CALL_ACCESSES: r = call_accesses(conn, job); break;
	case CALL_MY_DISPUTES: r = call_my_disputes(conn, job); break;
	case CALL_SUP_LIST: r = call_sup_list(conn, job); break;
	case CALL_SUP_GET: r = call_sup_get(conn, job); break;
	case CALL_SUP_CLAIM: r = call_sup_claim(conn, job); break;
	case CALL_SUP_TRANSCRIPT: r = call_sup_transcript(conn, job); break;
	case CALL_SUP_REVEAL:
		r = call_sup_reveal(conn, job, master, master_old);
		break;
	case CALL_SUP_NOTE: r = call_sup_note(conn, job); break;
	case CALL_SUP_RESOLVE: r = call_sup_resolve(conn, job); break;
	case CALL_SUP_EXPORT: r = call_sup_export(conn, job); break;
	case CALL_SUP_REPORTS: r = call_sup_reports(conn, job); break;
	case CALL_SUP_AUDIT: r = call_sup_audit(conn, job); break;
	case CALL_EXPORT_ME: {
		char err[160];
		char *doc = NULL;
		r = rights_export(conn, master, master_old, job->args[0],
				  job->args[0], job->args[1], &doc, err,
				  sizeof(err));
		if (r == -ENOENT) {
			set_error(job, 404, "not_found", err);
			r = 0;
		} else if (!r) {
			job->status = 200;
			free(job->json);
			job->json = doc;
		}
		break;
	}
	default: r = -EINVAL;
	}
	if (r)
		rollback(conn);
	return r;
}

char *calls_dispute_frame(PGconn *conn, const char *id, char *buyer,
			  char *seller, size_t idlen)
{
	const char *v[] = { id };
	PGresult *res = q(conn,
		"SELECT c.buyer_id, c.seller_id, json_build_object("
		"'op', 'dispute_update', 'dispute', d.id, 'conv', d.conv_id, "
		"'state', d.state, 'reason', d.reason, 'outcome', d.outcome, "
		"'summary', d.summary, 'at', d.updated_at) "
		"FROM disputes d JOIN conversations c ON c.id = d.conv_id "
		"WHERE d.id = $1::bigint",
		1, v);
	char *frame = NULL;

	if (ok(res) && PQntuples(res) == 1) {
		snprintf(buyer, idlen, "%s", PQgetvalue(res, 0, 0));
		snprintf(seller, idlen, "%s", PQgetvalue(res, 0, 1));
		frame = strdup(PQgetvalue(res, 0, 2));
	}
	PQclear(res);
	return frame;
}
