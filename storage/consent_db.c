/*
 * consent_db.c - the consent ledger, offers, decisions and waiting
 * deliveries (consent_db.h). Runs on the storage QUERY THREAD (and in
 * parleyctl) with blocking libpq; every statement takes parameters.
 *
 * An offer is decided in one transaction: the seller's lock (one offer of
 * a seller at a time, across nodes, so the frequency cap counts right),
 * the recipients' shard locks shared (consent_append() takes its buyer's
 * shard exclusive: an opt-out in flight finishes first, and one that comes
 * later waits for this decision to commit), then the facts of every
 * recipient in ONE query (unnest), the rules engine (filters/consent.c)
 * in C, and the decisions in one INSERT over arrays.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "parley/buf.h"
#include "parley/consent_db.h"
#include "parley/log.h"

/* ---- zones ----------------------------------------------------------- */

struct zone_entry {
	struct zone_entry *next;
	char *name;
	struct consent_tz *tz;	/* NULL: did not load, UTC */
};

static pthread_mutex_t zone_lock = PTHREAD_MUTEX_INITIALIZER;
static struct zone_entry *zones;

static bool zone_name_ok(const char *n)
{
	size_t len = strlen(n);

	if (!len || len > 64 || n[0] == '/' || strstr(n, ".."))
		return false;
	for (const char *p = n; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		      (*p >= '0' && *p <= '9') || strchr("/_+-", *p)))
			return false;
	return true;
}

static struct consent_tz *zone_load(const char *name)
{
	char path[128];
	struct consent_tz *tz = NULL;
	uint8_t *data;
	struct stat sb;
	int fd;

	if (!zone_name_ok(name))
		return NULL;
	snprintf(path, sizeof(path), "/usr/share/zoneinfo/%s", name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &sb) || !S_ISREG(sb.st_mode) || sb.st_size > (1 << 20)) {
		close(fd);
		return NULL;
	}
	data = malloc((size_t)sb.st_size + 1);
	if (data && read(fd, data, (size_t)sb.st_size) == sb.st_size)
		consent_tz_parse(data, (size_t)sb.st_size, &tz);
	free(data);
	close(fd);
	return tz;
}

const struct consent_tz *consent_db_zone(const char *name)
{
	struct zone_entry *e;
	const struct consent_tz *tz = NULL;

	if (!name || !*name || !strcmp(name, "UTC") || !strcmp(name, "Etc/UTC"))
		return NULL;
	pthread_mutex_lock(&zone_lock);
	for (e = zones; e; e = e->next)
		if (!strcmp(e->name, name))
			break;
	if (!e) {
		e = calloc(1, sizeof(*e));
		if (e) {
			e->name = strdup(name);
			e->tz = zone_load(name);
			if (!e->name) {
				consent_tz_free(e->tz);
				free(e);
				e = NULL;
			} else {
				e->next = zones;
				zones = e;
			}
		}
	}
	if (e)
		tz = e->tz;
	pthread_mutex_unlock(&zone_lock);
	return tz;
}

/* ---- helpers --------------------------------------------------------- */

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

/* Runs a statement that returns nothing we need; false on failure. */
static bool run(PGconn *conn, const char *sql, int n, const char *const *v)
{
	PGresult *res = n ? q(conn, sql, n, v) : PQexec(conn, sql);
	bool r = ok(res);

	if (!r)
		log_warn("consent", 0, "statement failed: %.*s",
			 (int)strcspn(PQerrorMessage(conn), "\n"),
			 PQerrorMessage(conn));
	PQclear(res);
	return r;
}

static void rollback(PGconn *conn)
{
	if (PQtransactionStatus(conn) != PQTRANS_IDLE)
		PQclear(PQexec(conn, "ROLLBACK"));
}

/* -EIO after a failed statement: the query thread reconnects if needed. */
static int fail(PGconn *conn, struct store_job *job)
{
	rollback(conn);
	if (PQstatus(conn) != CONNECTION_OK)
		return -EIO;
	job->err = PROTO_EINTERNAL;
	snprintf(job->why, sizeof(job->why), "could not be stored; retry");
	return 0;
}

static void refuse(struct store_job *job, enum proto_err err, const char *why)
{
	job->err = err;
	snprintf(job->why, sizeof(job->why), "%s", why);
}

static void put_time(struct buf *b, int64_t ms)
{
	char at[32];

	time_format_rfc3339(ms * 1000, at, sizeof(at));
	buf_putc(b, '"');
	buf_puts(b, at);
	buf_putc(b, '"');
}

static void put_str(struct buf *b, const char *s)
{
	if (!s)
		buf_puts(b, "null");
	else
		buf_json_str(b, s, strlen(s));
}

static char *buf_take(struct buf *b)
{
	if (b->oom) {
		buf_free(b);
		return NULL;
	}
	char *p = b->p;
	b->p = NULL;
	return p;
}

/* A PostgreSQL array literal of n strings. */
static void pg_array(struct buf *b, const char *const *v, size_t n)
{
	buf_putc(b, '{');
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(b, ',');
		buf_pg_array_elem(b, v[i], v[i] ? strlen(v[i]) : 0);
	}
	buf_putc(b, '}');
}

static void pg_array_i64(struct buf *b, const int64_t *v, size_t n)
{
	buf_putc(b, '{');
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(b, ',');
		buf_put_i64(b, v[i]);
	}
	buf_putc(b, '}');
}

#define NOW_SQL(n) "to_timestamp($" #n "::float8 / 1000)"
#define MS_SQL(col) "(extract(epoch FROM " col ") * 1000)::bigint"

/* ---- policy ---------------------------------------------------------- */

static int hhmm(const char *s, int *out)
{
	int h, m;
	char tail;

	if (sscanf(s, "%d:%d%c", &h, &m, &tail) < 2 || h < 0 || h > 23 ||
	    m < 0 || m > 59)
		return -EINVAL;
	*out = h * 60 + m;
	return 0;
}

static int apply_override(const char *ov, struct consent_policy *p,
			  char *countries, size_t cap)
{
	char tmp[512];
	char *save = NULL;

	if (!ov || !*ov)
		return 0;
	if (strlen(ov) >= sizeof(tmp))
		return -EINVAL;
	strcpy(tmp, ov);
	for (char *kv = strtok_r(tmp, ";", &save); kv;
	     kv = strtok_r(NULL, ";", &save)) {
		char *v = strchr(kv, '=');
		if (!v)
			return -EINVAL;
		*v++ = '\0';
		if (!strcmp(kv, "quiet")) {
			char *dash = strchr(v, '-');
			if (!dash)
				return -EINVAL;
			*dash = '\0';
			if (hhmm(v, &p->quiet_start_min) ||
			    hhmm(dash + 1, &p->quiet_end_min))
				return -EINVAL;
		} else if (!strcmp(kv, "cap")) {
			p->cap = atoi(v);
			if (p->cap < 0)
				return -EINVAL;
		} else if (!strcmp(kv, "window_s")) {
			long long w = atoll(v);
			if (w <= 0)
				return -EINVAL;
			p->cap_window_ms = w * 1000;
		} else if (!strcmp(kv, "optin")) {
			if (strlen(v) >= cap)
				return -EINVAL;
			strcpy(countries, v);
		} else {
			return -EINVAL;
		}
	}
	size_t n = strlen(p->version);
	snprintf(p->version + n, sizeof(p->version) - n, "+cfg");
	return 0;
}

int consent_db_policy(PGconn *conn, const char *override,
		      struct consent_policy *p, char *countries, size_t cap)
{
	PGresult *res = PQexec(conn,
		"SELECT version, extract(hour FROM quiet_start) * 60 + "
		"extract(minute FROM quiet_start), extract(hour FROM quiet_end) "
		"* 60 + extract(minute FROM quiet_end), cap, "
		"(extract(epoch FROM cap_window) * 1000)::bigint, "
		"array_to_string(optin_countries, ',') FROM consent_policy "
		"ORDER BY seq DESC LIMIT 1");

	memset(p, 0, sizeof(*p));
	if (!ok(res)) {
		PQclear(res);
		return -EIO;
	}
	if (PQntuples(res) != 1) {
		PQclear(res);
		return -EINVAL;
	}
	snprintf(p->version, sizeof(p->version), "%s", PQgetvalue(res, 0, 0));
	p->quiet_start_min = atoi(PQgetvalue(res, 0, 1));
	p->quiet_end_min = atoi(PQgetvalue(res, 0, 2));
	p->cap = atoi(PQgetvalue(res, 0, 3));
	p->cap_window_ms = atoll(PQgetvalue(res, 0, 4));
	snprintf(countries, cap, "%s", PQgetvalue(res, 0, 5));
	PQclear(res);
	p->optin_countries = countries;
	return apply_override(override, p, countries, cap);
}

/* ---- facts ----------------------------------------------------------- */

/* One recipient's facts with the storage the pointers in f refer to. */
struct fact_row {
	struct consent_facts f;
	struct consent_event g, s;
	int64_t recent[64];
	char id[STORE_ID_MAX + 1];
};

static enum consent_state state_of(const char *a)
{
	return !strcmp(a, "opt_in") ? CONSENT_IN : CONSENT_OUT;
}

/*
 * Loads the facts of buyers ids[0..n) about seller, in one query, into
 * rows[0..n) (same order). Returns 0 or -EIO.
 */
static int load_facts(PGconn *conn, const char *seller, const char *const *ids,
		      size_t n, const struct consent_policy *p, int64_t now_ms,
		      struct fact_row *rows)
{
	struct buf arr;
	char now[24], win[24], lim[16];
	int r = 0;

	buf_init_head(&arr, 0);
	pg_array(&arr, ids, n);
	if (arr.oom) {
		buf_free(&arr);
		return -ENOMEM;
	}
	snprintf(now, sizeof(now), "%lld", (long long)now_ms);
	snprintf(win, sizeof(win), "%lld", (long long)p->cap_window_ms);
	snprintf(lim, sizeof(lim), "%d", p->cap > 63 ? 64 : p->cap + 1);
	const char *v[] = { arr.p, seller, now, win, lim };
	PGresult *res = q(conn,
		"SELECT r.b, u.id IS NOT NULL, coalesce(u.role = 'buyer', false), "
		"coalesce(u.minor, false), u.erased_at IS NOT NULL, "
		"coalesce(u.country, ''), coalesce(u.tz, 'UTC'), "
		"g.id, " MS_SQL("g.at") ", g.action, "
		"s.id, " MS_SQL("s.at") ", s.action, "
		"(SELECT string_agg(" MS_SQL("x.decided_at") "::text, ',') FROM "
		" (SELECT d.decided_at FROM offer_decisions d "
		"  WHERE d.seller_id = $2 AND d.buyer_id = r.b "
		"  AND d.phase = 'offer' AND d.decision IN ('deliver', 'defer') "
		"  AND d.decided_at > " NOW_SQL(3) " - $4::bigint * "
		"  interval '1 millisecond' AND d.decided_at <= " NOW_SQL(3)
		"  ORDER BY d.decided_at DESC LIMIT $5::int) x) "
		"FROM unnest($1::text[]) WITH ORDINALITY AS r(b, n) "
		"LEFT JOIN users u ON u.id = r.b "
		"LEFT JOIN LATERAL (SELECT e.id, e.at, e.action "
		" FROM consent_events e WHERE e.buyer_id = r.b "
		" AND e.seller_id = '*'"
		" ORDER BY e.at DESC, e.id DESC LIMIT 1) g ON true "
		"LEFT JOIN LATERAL (SELECT e.id, e.at, e.action "
		" FROM consent_events e WHERE e.buyer_id = r.b "
		" AND e.seller_id = $2"
		" ORDER BY e.at DESC, e.id DESC LIMIT 1) s ON true "
		"ORDER BY r.n", 5, v);
	buf_free(&arr);
	if (!ok(res) || (size_t)PQntuples(res) != n) {
		log_warn("consent", 0, "facts: %.*s",
			 (int)strcspn(PQerrorMessage(conn), "\n"),
			 PQerrorMessage(conn));
		PQclear(res);
		return -EIO;
	}
	/*
	 * Every committed event is in force, whatever its clock said: an
	 * offer queued a moment before an opt-out but decided after it must
	 * see it. So events are not filtered by time here, and one stamped
	 * later than this decision's clock counts as of now.
	 */
	for (size_t i = 0; i < n; i++) {
		struct fact_row *fr = &rows[i];
		int row = (int)i;
		memset(fr, 0, sizeof(*fr));
		snprintf(fr->id, sizeof(fr->id), "%s", PQgetvalue(res, row, 0));
		fr->f.known = PQgetvalue(res, row, 1)[0] == 't';
		fr->f.buyer = PQgetvalue(res, row, 2)[0] == 't';
		fr->f.minor = PQgetvalue(res, row, 3)[0] == 't';
		fr->f.erased = PQgetvalue(res, row, 4)[0] == 't';
		snprintf(fr->f.country, sizeof(fr->f.country), "%s",
			 PQgetvalue(res, row, 5));
		fr->f.tz = consent_db_zone(PQgetvalue(res, row, 6));
		if (!PQgetisnull(res, row, 7)) {
			fr->g.id = atoll(PQgetvalue(res, row, 7));
			fr->g.at_ms = atoll(PQgetvalue(res, row, 8));
			fr->g.state = state_of(PQgetvalue(res, row, 9));
			if (fr->g.at_ms > now_ms)
				fr->g.at_ms = now_ms;
			fr->f.global = &fr->g;
			fr->f.global_n = 1;
		}
		if (!PQgetisnull(res, row, 10)) {
			fr->s.id = atoll(PQgetvalue(res, row, 10));
			fr->s.at_ms = atoll(PQgetvalue(res, row, 11));
			fr->s.state = state_of(PQgetvalue(res, row, 12));
			if (fr->s.at_ms > now_ms)
				fr->s.at_ms = now_ms;
			fr->f.seller = &fr->s;
			fr->f.seller_n = 1;
		}
		if (!PQgetisnull(res, row, 13)) {
			const char *p = PQgetvalue(res, row, 13);
			while (*p && fr->f.recent_n < 64) {
				fr->recent[fr->f.recent_n++] = atoll(p);
				p += strcspn(p, ",");
				if (*p)
					p++;
			}
			fr->f.recent_ms = fr->recent;
		}
	}
	PQclear(res);
	return r;
}

/* Shard locks of the buyers ids, shared, in shard order (no deadlock). */
static bool lock_shards(PGconn *conn, const char *arr)
{
	const char *v[] = { arr };

	return run(conn,
		"SELECT count(pg_advisory_xact_lock_shared(726004, s)) FROM "
		"(SELECT DISTINCT hashtext(b) & 63 AS s FROM unnest($1::text[]) b "
		"ORDER BY 1) x", 1, v);
}

static const char *decision_of(enum consent_reason r)
{
	return r == CONSENT_ALLOWED ? "deliver" :
	       r == CONSENT_DEFERRED_QUIET_HOURS ? "defer" : "refuse";
}

/*
 * Inserts decisions of one offer: rows[i] decided d[i]. phase "offer" or
 * "release". Returns true on success.
 */
static bool insert_decisions(PGconn *conn, const char *offer_id_arr,
			     const char *seller_arr, const char *phase,
			     const struct fact_row *rows,
			     const struct consent_decision *d, size_t n,
			     const char *policy, int64_t now_ms)
{
	struct buf b[6];
	const char **ids = calloc(n + 1, sizeof(*ids));
	const char **dec = calloc(n + 1, sizeof(*dec));
	const char **rea = calloc(n + 1, sizeof(*rea));
	int64_t *g = calloc(n + 1, sizeof(*g)), *s = calloc(n + 1, sizeof(*s));
	int64_t *at = calloc(n + 1, sizeof(*at));
	bool r = false;
	char now[24];

	for (int i = 0; i < 6; i++)
		buf_init_head(&b[i], 0);
	if (!ids || !dec || !rea || !g || !s || !at)
		goto out;
	for (size_t i = 0; i < n; i++) {
		ids[i] = rows[i].id;
		dec[i] = decision_of(d[i].reason);
		rea[i] = consent_reason_name(d[i].reason);
		g[i] = d[i].global_event;
		s[i] = d[i].seller_event;
		at[i] = d[i].deliver_at_ms;
	}
	pg_array(&b[0], ids, n);
	pg_array(&b[1], dec, n);
	pg_array(&b[2], rea, n);
	pg_array_i64(&b[3], g, n);
	pg_array_i64(&b[4], s, n);
	pg_array_i64(&b[5], at, n);
	if (b[0].oom || b[1].oom || b[2].oom || b[3].oom || b[4].oom ||
	    b[5].oom)
		goto out;
	snprintf(now, sizeof(now), "%lld", (long long)now_ms);
	const char *v[] = { offer_id_arr, seller_arr, phase, policy, now,
			    b[0].p, b[1].p, b[2].p, b[3].p, b[4].p, b[5].p };
	r = run(conn,
		"INSERT INTO offer_decisions (offer_id, seller_id, buyer_id, "
		"phase, decision, reason, policy_version, global_event, "
		"seller_event, deliver_at, decided_at) "
		"SELECT o, sl, b, $3, d, r, $4, nullif(g, 0), nullif(s, 0), "
		"CASE WHEN d = 'refuse' THEN NULL ELSE "
		"to_timestamp(a::float8 / 1000) END, " NOW_SQL(5)
		" FROM unnest($1::bigint[], $2::text[], $6::text[], $7::text[], "
		"$8::text[], $9::bigint[], $10::bigint[], $11::bigint[]) "
		"AS t(o, sl, b, d, r, g, s, a)", 11, v);
out:
	for (int i = 0; i < 6; i++)
		buf_free(&b[i]);
	free(ids);
	free(dec);
	free(rea);
	free(g);
	free(s);
	free(at);
	return r;
}

/* ---- consent events -------------------------------------------------- */

static int run_consent(PGconn *conn, struct store_job *job, const char *node)
{
	const char *buyer = job->args[0], *seller = job->args[1];
	const char *action = job->args[2], *source = job->args[3];
	char seller_buf[STORE_ID_MAX + 1] = "";
	struct consent_policy p;
	char countries[512];
	PGresult *res;
	int r;

	if (!buyer || !action || !source || !job->args[6])
		return -EINVAL;
	if (!seller && job->args[4]) {
		const char *v[] = { job->args[4], buyer };
		res = q(conn, "SELECT seller_id FROM conversations "
			      "WHERE id = $1::bigint AND buyer_id = $2", 2, v);
		if (!ok(res)) {
			PQclear(res);
			return fail(conn, job);
		}
		if (PQntuples(res) == 1)
			snprintf(seller_buf, sizeof(seller_buf), "%s",
				 PQgetvalue(res, 0, 0));
		PQclear(res);
		if (!*seller_buf) {
			refuse(job, PROTO_ENOT_PARTICIPANT,
			       "not the buyer of this conversation");
			return 0;
		}
		seller = seller_buf;
	} else if (!seller) {
		return -EINVAL;
	} else if (strcmp(seller, "*")) {
		const char *v[] = { seller };
		res = q(conn, "SELECT 1 FROM users WHERE id = $1 AND "
			      "role = 'seller'", 1, v);
		if (!ok(res)) {
			PQclear(res);
			return fail(conn, job);
		}
		bool found = PQntuples(res) == 1;
		PQclear(res);
		if (!found) {
			refuse(job, PROTO_ENOT_FOUND, "no such seller");
			return 0;
		}
	}
	r = consent_db_policy(conn, job->args[7], &p, countries,
			      sizeof(countries));
	if (r == -EIO)
		return fail(conn, job);
	if (r) {
		refuse(job, PROTO_EINTERNAL, "bad consent policy override");
		return 0;
	}
	const char *v[] = { job->args[6], buyer, seller, action, source,
			    p.version, job->args[5], node };
	res = q(conn,
		"SELECT consent_append(" NOW_SQL(1) ", $2, $3, $4, $5, $6, $7, "
		"$8)", 8, v);
	if (!ok(res)) {
		PQclear(res);
		return fail(conn, job);
	}
	int64_t id = atoll(PQgetvalue(res, 0, 0));
	PQclear(res);

	struct buf b;
	buf_init_head(&b, 0);
	buf_puts(&b, "{\"op\":\"consent\",\"seller\":");
	put_str(&b, seller);
	buf_puts(&b, ",\"marketing\":");
	put_str(&b, action);
	buf_puts(&b, ",\"at\":");
	put_time(&b, atoll(job->args[6]));
	buf_puts(&b, ",\"source\":");
	put_str(&b, source);
	buf_puts(&b, ",\"event\":");
	buf_put_i64(&b, id);
	if (job->args[4]) {
		buf_puts(&b, ",\"conv\":");
		buf_puts(&b, job->args[4]);
	}
	buf_putc(&b, '}');
	free(job->json);
	job->json = buf_take(&b);
	return 0;
}

static int run_consents(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[0] };
	PGresult *res = q(conn,
		"SELECT json_build_object('op', 'consents', 'consents', "
		"coalesce(json_agg(json_build_object('seller', seller_id, "
		"'marketing', action, 'at', at, 'source', source, "
		"'event', id) ORDER BY seller_id), '[]')) FROM "
		"(SELECT DISTINCT ON (seller_id) seller_id, action, at, source, "
		"id FROM consent_events WHERE buyer_id = $1 "
		"ORDER BY seller_id, at DESC, id DESC) x", 1, v);

	if (!ok(res)) {
		PQclear(res);
		return fail(conn, job);
	}
	free(job->json);
	job->json = strdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return 0;
}

/* ---- offers ---------------------------------------------------------- */

/* The delivered offer frame, without the opt-out handle (gateway adds). */
static void offer_frame(struct buf *b, const char *id, const char *seller,
			const char *text, const char *campaign, int64_t at_ms)
{
	buf_puts(b, "{\"op\":\"offer\",\"offer\":");
	buf_puts(b, id);
	buf_puts(b, ",\"from\":");
	put_str(b, seller);
	buf_puts(b, ",\"text\":");
	put_str(b, text);
	buf_puts(b, ",\"campaign\":");
	put_str(b, campaign);
	buf_puts(b, ",\"at\":");
	put_time(b, at_ms);
	buf_putc(b, '}');
}

/* Reads a JSON array of ids; NULL when malformed. Caller frees. */
static const char **id_list(json_t *arr, size_t *n)
{
	size_t cnt = json_array_size(arr), i;
	const char **v = calloc(cnt + 1, sizeof(*v));

	if (!v || !json_is_array(arr)) {
		free(v);
		return NULL;
	}
	for (i = 0; i < cnt; i++) {
		v[i] = json_string_value(json_array_get(arr, i));
		if (!v[i]) {
			free(v);
			return NULL;
		}
	}
	*n = cnt;
	return v;
}

/* A set of ids (open addressing over pointers the caller keeps alive). */
struct id_set {
	const char **slot;
	size_t cap;
};

static uint64_t id_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static int id_set_init(struct id_set *set, size_t n)
{
	set->cap = 16;
	while (set->cap < n * 2)
		set->cap *= 2;
	set->slot = calloc(set->cap, sizeof(*set->slot));
	return set->slot ? 0 : -ENOMEM;
}

/* Adds id; false when it was there already. */
static bool id_set_add(struct id_set *set, const char *id)
{
	size_t i = id_hash(id) & (set->cap - 1);

	while (set->slot[i]) {
		if (!strcmp(set->slot[i], id))
			return false;
		i = (i + 1) & (set->cap - 1);
	}
	set->slot[i] = id;
	return true;
}

static bool id_set_has(const struct id_set *set, const char *id)
{
	size_t i = id_hash(id) & (set->cap - 1);

	while (set->slot[i]) {
		if (!strcmp(set->slot[i], id))
			return true;
		i = (i + 1) & (set->cap - 1);
	}
	return false;
}

/* Answers a resent offer (same seller and cid) with its decisions. */
static int offer_duplicate(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->args[0], job->args[1] };
	PGresult *res = q(conn,
		"SELECT json_build_object('result', json_build_object("
		"'op', 'offer_result', 'cid', o.cid, 'offer', o.id, "
		"'duplicate', true, 'recipients', (SELECT coalesce(json_agg("
		"json_build_object('buyer', d.buyer_id, 'outcome', d.reason) "
		"ORDER BY d.id), '[]') FROM offer_decisions d "
		"WHERE d.offer_id = o.id AND d.phase = 'offer')), "
		"'deliver', '[]'::json) FROM offers o "
		"WHERE o.seller_id = $1 AND o.cid = $2", 2, v);

	if (!ok(res) || PQntuples(res) != 1) {
		PQclear(res);
		return fail(conn, job);
	}
	free(job->json);
	job->json = strdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return 0;
}

static int run_offer(PGconn *conn, struct store_job *job, const char *node)
{
	const char *seller = job->args[0], *cid = job->args[1];
	json_t *in = job->args[5] ? json_loads(job->args[5], 0, NULL) : NULL;
	const char **to = NULL, **local = NULL, **uniq = NULL;
	size_t nto = 0, nlocal = 0, n = 0;
	struct fact_row *rows = NULL;
	struct consent_decision *d = NULL;
	struct consent_policy p;
	char countries[512], count[16];
	struct buf arr, out, pend_b, pend_due;
	struct id_set seen = { 0 }, here = { 0 };
	int64_t now_ms;
	PGresult *res;
	int r = 0;

	buf_init_head(&arr, 0);
	buf_init_head(&out, 0);
	buf_init_head(&pend_b, 0);
	buf_init_head(&pend_due, 0);
	if (!seller || !cid || !job->args[3] || !job->args[6] || !in) {
		r = -EINVAL;
		goto out;
	}
	now_ms = atoll(job->args[6]);
	to = id_list(json_object_get(in, "to"), &nto);
	local = id_list(json_object_get(in, "local"), &nlocal);
	uniq = calloc(nto + 1, sizeof(*uniq));
	if (!to || !local || !uniq || id_set_init(&seen, nto) ||
	    id_set_init(&here, nlocal)) {
		r = -EINVAL;
		goto out;
	}
	/* each buyer once, in the order first named */
	for (size_t i = 0; i < nto; i++)
		if (id_set_add(&seen, to[i]))
			uniq[n++] = to[i];
	for (size_t i = 0; i < nlocal; i++)
		id_set_add(&here, local[i]);
	rows = calloc(n + 1, sizeof(*rows));
	d = calloc(n + 1, sizeof(*d));
	if (!rows || !d) {
		r = -ENOMEM;
		goto out;
	}
	pg_array(&arr, uniq, n);
	if (arr.oom) {
		r = -ENOMEM;
		goto out;
	}
	if (!run(conn, "BEGIN", 0, NULL)) {
		r = fail(conn, job);
		goto out;
	}
	{
		const char *v[] = { seller };
		if (!run(conn, "SELECT pg_advisory_xact_lock(726005, "
			       "hashtext($1))", 1, v) ||
		    !lock_shards(conn, arr.p)) {
			r = fail(conn, job);
			goto out;
		}
	}
	r = consent_db_policy(conn, job->args[7], &p, countries,
			      sizeof(countries));
	if (r) {
		r = r == -EIO ? fail(conn, job) : (rollback(conn), 0);
		if (!r && !job->err)
			refuse(job, PROTO_EINTERNAL, "bad consent policy");
		goto out;
	}
	snprintf(count, sizeof(count), "%zu", n);
	{
		const char *v[] = { seller, cid, job->args[2], job->args[3],
				    job->args[4], p.version, count,
				    job->args[6], node };
		res = q(conn,
			"INSERT INTO offers (seller_id, cid, campaign, text, "
			"redactions, policy_version, recipients, created_at, "
			"node) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::int, "
			NOW_SQL(8) ", $9) ON CONFLICT (seller_id, cid) "
			"DO NOTHING RETURNING id", 9, v);
	}
	if (!ok(res)) {
		PQclear(res);
		r = fail(conn, job);
		goto out;
	}
	if (PQntuples(res) == 0) {
		PQclear(res);
		rollback(conn);
		r = offer_duplicate(conn, job);
		goto out;
	}
	char offer_id[24];
	snprintf(offer_id, sizeof(offer_id), "%s", PQgetvalue(res, 0, 0));
	PQclear(res);

	if (n && load_facts(conn, seller, uniq, n, &p, now_ms, rows)) {
		r = fail(conn, job);
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		consent_decide(&p, &rows[i].f, now_ms, &d[i]);

	/* arrays of the offer id and seller, one per row */
	struct buf oa, sa;
	buf_init_head(&oa, 0);
	buf_init_head(&sa, 0);
	buf_putc(&oa, '{');
	buf_putc(&sa, '{');
	for (size_t i = 0; i < n; i++) {
		if (i) {
			buf_putc(&oa, ',');
			buf_putc(&sa, ',');
		}
		buf_puts(&oa, offer_id);
		buf_pg_array_elem(&sa, seller, strlen(seller));
	}
	buf_putc(&oa, '}');
	buf_putc(&sa, '}');
	bool ins = !oa.oom && !sa.oom &&
		   (!n || insert_decisions(conn, oa.p, sa.p, "offer", rows, d,
					   n, p.version, now_ms));
	buf_free(&oa);
	buf_free(&sa);
	if (!ins) {
		r = fail(conn, job);
		goto out;
	}

	/* what waits: deferred, or allowed for a buyer not connected here */
	buf_putc(&pend_b, '{');
	buf_putc(&pend_due, '{');
	size_t npend = 0;
	for (size_t i = 0; i < n; i++) {
		bool wait = d[i].reason == CONSENT_DEFERRED_QUIET_HOURS ||
			    (d[i].reason == CONSENT_ALLOWED &&
			     !id_set_has(&here, rows[i].id));
		if (!wait)
			continue;
		if (npend++) {
			buf_putc(&pend_b, ',');
			buf_putc(&pend_due, ',');
		}
		buf_pg_array_elem(&pend_b, rows[i].id, strlen(rows[i].id));
		buf_put_i64(&pend_due, d[i].deliver_at_ms);
	}
	buf_putc(&pend_b, '}');
	buf_putc(&pend_due, '}');
	if (npend) {
		const char *v[] = { offer_id, pend_b.p, pend_due.p };
		if (pend_b.oom || pend_due.oom ||
		    !run(conn, "INSERT INTO offer_pending (offer_id, buyer_id, "
			       "due_at) SELECT $1::bigint, b, "
			       "to_timestamp(a::float8 / 1000) FROM "
			       "unnest($2::text[], $3::bigint[]) AS t(b, a)",
			 3, v)) {
			r = fail(conn, job);
			goto out;
		}
	}
	if (!run(conn, "COMMIT", 0, NULL)) {
		r = fail(conn, job);
		goto out;
	}

	buf_puts(&out, "{\"result\":{\"op\":\"offer_result\",\"cid\":");
	put_str(&out, cid);
	buf_puts(&out, ",\"offer\":");
	buf_puts(&out, offer_id);
	buf_puts(&out, ",\"policy_version\":");
	put_str(&out, p.version);
	buf_puts(&out, ",\"recipients\":[");
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(&out, ',');
		buf_puts(&out, "{\"buyer\":");
		put_str(&out, rows[i].id);
		buf_puts(&out, ",\"outcome\":\"");
		buf_puts(&out, consent_reason_name(d[i].reason));
		buf_putc(&out, '"');
		if (d[i].reason == CONSENT_DEFERRED_QUIET_HOURS) {
			buf_puts(&out, ",\"deliver_at\":");
			put_time(&out, d[i].deliver_at_ms);
		}
		buf_putc(&out, '}');
	}
	buf_puts(&out, "]},\"deliver\":[");
	bool first = true;
	for (size_t i = 0; i < n; i++) {
		if (d[i].reason != CONSENT_ALLOWED ||
		    !id_set_has(&here, rows[i].id))
			continue;
		if (!first)
			buf_putc(&out, ',');
		first = false;
		put_str(&out, rows[i].id);
	}
	buf_puts(&out, "],\"offer\":");
	offer_frame(&out, offer_id, seller, job->args[3], job->args[2],
		    now_ms);
	buf_putc(&out, '}');
	free(job->json);
	job->json = buf_take(&out);
	r = 0;
out:
	buf_free(&arr);
	buf_free(&out);
	buf_free(&pend_b);
	buf_free(&pend_due);
	json_decref(in);
	free(to);
	free(local);
	free(uniq);
	free(seen.slot);
	free(here.slot);
	free(rows);
	free(d);
	return r;
}

/* ---- waiting deliveries --------------------------------------------- */

#define DUE_BATCH 500

static int run_due(PGconn *conn, struct store_job *job)
{
	json_t *in = job->args[0] ? json_loads(job->args[0], 0, NULL) : NULL;
	const char **local = NULL;
	size_t nlocal = 0;
	struct consent_policy p;
	char countries[512];
	struct buf arr, out;
	PGresult *res = NULL;
	int r = 0;

	buf_init_head(&arr, 0);
	buf_init_head(&out, 0);
	local = in ? id_list(in, &nlocal) : NULL;
	if (!local || !job->args[1]) {
		r = -EINVAL;
		goto out;
	}
	if (!nlocal)
		goto out;
	int64_t now_ms = atoll(job->args[1]);
	pg_array(&arr, local, nlocal);
	if (arr.oom || !run(conn, "BEGIN", 0, NULL)) {
		r = arr.oom ? -ENOMEM : fail(conn, job);
		goto out;
	}
	{
		const char *v[] = { arr.p, job->args[1] };
		res = q(conn,
			"SELECT p.offer_id, p.buyer_id, o.seller_id, o.text, "
			"o.campaign, " MS_SQL("o.created_at") " FROM offer_pending p "
			"JOIN offers o ON o.id = p.offer_id "
			"WHERE p.buyer_id = ANY($1::text[]) AND p.due_at <= "
			NOW_SQL(2) " ORDER BY p.due_at, p.offer_id LIMIT 500 "
			"FOR UPDATE OF p SKIP LOCKED", 2, v);
	}
	if (!ok(res)) {
		r = fail(conn, job);
		goto out;
	}
	int rows_n = PQntuples(res);
	if (!rows_n) {
		rollback(conn);
		goto out;
	}
	r = consent_db_policy(conn, job->args[2], &p, countries,
			      sizeof(countries));
	if (r) {
		r = r == -EIO ? fail(conn, job) : (rollback(conn), 0);
		goto out;
	}
	/* due now: neither quiet hours nor the cap apply a second time */
	p.quiet_end_min = p.quiet_start_min;
	p.cap = 0;
	buf_puts(&out, "{\"deliver\":[");
	bool first = true;
	struct buf ob, bb;
	buf_init_head(&ob, 0);
	buf_init_head(&bb, 0);
	buf_putc(&ob, '{');
	buf_putc(&bb, '{');
	for (int i = 0; i < rows_n; i++) {
		const char *buyer = PQgetvalue(res, i, 1);
		const char *seller = PQgetvalue(res, i, 2);
		const char *ids[] = { buyer };
		struct buf one;
		struct fact_row fr;
		struct consent_decision dd;
		char *oid = PQgetvalue(res, i, 0);

		buf_init_head(&one, 0);
		pg_array(&one, ids, 1);
		bool okk = !one.oom && lock_shards(conn, one.p) &&
			   !load_facts(conn, seller, ids, 1, &p, now_ms, &fr);
		buf_free(&one);
		if (!okk) {
			buf_free(&ob);
			buf_free(&bb);
			r = fail(conn, job);
			goto out;
		}
		consent_decide(&p, &fr.f, now_ms, &dd);
		char oa[32], sa[STORE_ID_MAX * 2 + 8];
		struct buf sb;
		buf_init_head(&sb, 0);
		buf_putc(&sb, '{');
		buf_pg_array_elem(&sb, seller, strlen(seller));
		buf_putc(&sb, '}');
		snprintf(oa, sizeof(oa), "{%s}", oid);
		snprintf(sa, sizeof(sa), "%s", sb.oom ? "{}" : sb.p);
		buf_free(&sb);
		if (!insert_decisions(conn, oa, sa, "release", &fr, &dd, 1,
				      p.version, now_ms)) {
			buf_free(&ob);
			buf_free(&bb);
			r = fail(conn, job);
			goto out;
		}
		if (i) {
			buf_putc(&ob, ',');
			buf_putc(&bb, ',');
		}
		buf_puts(&ob, oid);
		buf_pg_array_elem(&bb, buyer, strlen(buyer));
		if (dd.reason != CONSENT_ALLOWED)
			continue;
		if (!first)
			buf_putc(&out, ',');
		first = false;
		buf_puts(&out, "{\"buyer\":");
		put_str(&out, buyer);
		buf_puts(&out, ",\"offer\":");
		offer_frame(&out, oid, seller, PQgetvalue(res, i, 3),
			    PQgetisnull(res, i, 4) ? NULL :
						     PQgetvalue(res, i, 4),
			    atoll(PQgetvalue(res, i, 5)));
		buf_putc(&out, '}');
	}
	buf_putc(&ob, '}');
	buf_putc(&bb, '}');
	buf_puts(&out, "]}");
	{
		const char *v[] = { ob.p, bb.p };
		bool okk = !ob.oom && !bb.oom &&
			   run(conn, "DELETE FROM offer_pending p USING "
				     "unnest($1::bigint[], $2::text[]) AS "
				     "t(o, b) WHERE p.offer_id = t.o AND "
				     "p.buyer_id = t.b", 2, v) &&
			   run(conn, "COMMIT", 0, NULL);
		buf_free(&ob);
		buf_free(&bb);
		if (!okk) {
			r = fail(conn, job);
			goto out;
		}
	}
	free(job->json);
	job->json = buf_take(&out);
out:
	PQclear(res);
	buf_free(&arr);
	buf_free(&out);
	json_decref(in);
	free(local);
	return r;
}

int consent_db_run(PGconn *conn, struct store_job *job, const char *node)
{
	int r;

	job->err = PROTO_OK;
	switch (job->kind) {
	case STORE_CONSENT:
		r = run_consent(conn, job, node);
		break;
	case STORE_CONSENTS:
		r = job->args[0] ? run_consents(conn, job) : -EINVAL;
		break;
	case STORE_OFFER:
		r = run_offer(conn, job, node);
		break;
	case STORE_OFFER_DUE:
		r = run_due(conn, job);
		break;
	default:
		r = -EINVAL;
	}
	if (r == -EINVAL || r == -ENOMEM) {
		rollback(conn);
		job->err = PROTO_EINTERNAL;
		snprintf(job->why, sizeof(job->why), "request failed");
		r = 0;
	}
	return r;
}
