/*
 * migrate.c - forward-only schema migrations over blocking libpq.
 *
 * Each SQL file runs in its own transaction together with the row that
 * records it in schema_migrations (name, SHA-256), so a file is either
 * applied and recorded or neither. A session advisory lock serialises
 * migrators: two nodes starting at once apply each file once, the second
 * finds it recorded. An applied file whose text changed is refused rather
 * than silently ignored, since the schema would no longer match the code.
 *
 * Blocking calls: run by parleyctl and by parleyd on its main thread at
 * start-up, before the event loop exists; never on the loop.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>
#include <openssl/evp.h>

#include "parley/migrate.h"

/* "parley" in ASCII: one key for every migrator of this schema. */
#define MIGRATE_LOCK_KEY "112902452423801"
#define MIGRATE_SHA_HEX (2 * 32 + 1)

static void migrate_err(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void migrate_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	char *nl;

	if (!err || !errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	/* libpq messages end in a newline; err is one line. */
	while ((nl = strchr(err, '\n')))
		*nl = (nl[1] ? ' ' : '\0');
}

static int migrate_sha256_hex(const struct migration *m,
			      char hex[MIGRATE_SHA_HEX])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int md_len = 0;

	if (!EVP_Digest(m->sql, m->len, md, &md_len, EVP_sha256(), NULL) ||
	    md_len != 32)
		return -EIO;
	for (unsigned int i = 0; i < md_len; i++)
		snprintf(hex + 2 * i, 3, "%02x", md[i]);
	return 0;
}

/* Runs a statement without parameters that returns no rows. */
static int migrate_exec(PGconn *conn, const char *sql, const char *what,
			char *err, size_t errlen)
{
	PGresult *res = PQexec(conn, sql);
	int rc = 0;
	ExecStatusType st = PQresultStatus(res);

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK &&
	    st != PGRES_EMPTY_QUERY) {
		migrate_err(err, errlen, "%s: %s", what,
			    PQerrorMessage(conn));
		rc = -EIO;
	}
	PQclear(res);
	return rc;
}

static int migrate_lock(PGconn *conn, bool lock, char *err, size_t errlen)
{
	const char *params[1] = { MIGRATE_LOCK_KEY };
	PGresult *res;
	int rc = 0;

	res = PQexecParams(conn,
			   lock ? "SELECT pg_advisory_lock($1::bigint)"
				: "SELECT pg_advisory_unlock($1::bigint)",
			   1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		migrate_err(err, errlen, "advisory lock: %s",
			    PQerrorMessage(conn));
		rc = -EIO;
	}
	PQclear(res);
	return rc;
}

/*
 * Reads schema_migrations. *out is NULL with 0 returned when the table does
 * not exist yet. The caller PQclears *out.
 */
static int migrate_read(PGconn *conn, PGresult **out, char *err,
			size_t errlen)
{
	PGresult *res;
	bool exists;

	*out = NULL;
	res = PQexec(conn,
		     "SELECT to_regclass('schema_migrations') IS NOT NULL");
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		migrate_err(err, errlen, "schema_migrations: %s",
			    PQerrorMessage(conn));
		PQclear(res);
		return -EIO;
	}
	exists = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	if (!exists)
		return 0;
	res = PQexec(conn, "SELECT name, sha256 FROM schema_migrations");
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		migrate_err(err, errlen, "schema_migrations: %s",
			    PQerrorMessage(conn));
		PQclear(res);
		return -EIO;
	}
	*out = res;
	return 0;
}

/* The recorded checksum of name, or NULL when it is not applied. */
static const char *migrate_recorded(const PGresult *res, const char *name)
{
	if (!res)
		return NULL;
	for (int i = 0; i < PQntuples(res); i++)
		if (strcmp(PQgetvalue(res, i, 0), name) == 0)
			return PQgetvalue(res, i, 1);
	return NULL;
}

/*
 * Compares every file with the record. Returns 0 with *pending set to the
 * number of files not yet applied, -EBADMSG naming the first edited file,
 * -EINVAL for a list that is not in strict name order or has a NUL byte.
 */
static int migrate_compare(const PGresult *res, const struct migration *list,
			   size_t n, size_t *pending, char *err, size_t errlen)
{
	char hex[MIGRATE_SHA_HEX];
	const char *rec;

	*pending = 0;
	for (size_t i = 0; i < n; i++) {
		const struct migration *m = &list[i];

		if (i > 0 && strcmp(list[i - 1].name, m->name) >= 0) {
			migrate_err(err, errlen, "%s: migrations out of order",
				    m->name);
			return -EINVAL;
		}
		if (memchr(m->sql, '\0', m->len)) {
			migrate_err(err, errlen, "%s: NUL byte in SQL",
				    m->name);
			return -EINVAL;
		}
		if (migrate_sha256_hex(m, hex)) {
			migrate_err(err, errlen, "%s: SHA-256 failed",
				    m->name);
			return -EIO;
		}
		rec = migrate_recorded(res, m->name);
		if (!rec) {
			(*pending)++;
		} else if (strcmp(rec, hex) != 0) {
			migrate_err(err, errlen,
				    "%s: applied file was edited (recorded sha256 %.12s..., file %.12s...)",
				    m->name, rec, hex);
			return -EBADMSG;
		}
	}
	return 0;
}

/* Applies one file and records it, in one transaction. */
static int migrate_one(PGconn *conn, const struct migration *m, char *err,
		       size_t errlen)
{
	char hex[MIGRATE_SHA_HEX];
	const char *params[2] = { m->name, hex };
	char *sql;
	PGresult *res;
	int rc;

	if (migrate_sha256_hex(m, hex))
		return -EIO;
	/* The embedded text is not NUL-ended at len in general. */
	sql = strndup(m->sql, m->len);
	if (!sql)
		return -ENOMEM;
	rc = migrate_exec(conn, "BEGIN", m->name, err, errlen);
	if (rc)
		goto out;
	rc = migrate_exec(conn, sql, m->name, err, errlen);
	if (rc)
		goto rollback;
	res = PQexecParams(conn,
			   "INSERT INTO schema_migrations (name, sha256) VALUES ($1, $2)",
			   2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		migrate_err(err, errlen, "%s: recording: %s", m->name,
			    PQerrorMessage(conn));
		PQclear(res);
		rc = -EIO;
		goto rollback;
	}
	PQclear(res);
	rc = migrate_exec(conn, "COMMIT", m->name, err, errlen);
	goto out;
rollback:
	/* The first error is the one worth reporting; ignore this one's. */
	PQclear(PQexec(conn, "ROLLBACK"));
out:
	free(sql);
	return rc;
}

int migrate_apply(PGconn *conn, const struct migration *list, size_t n,
		  int *applied, char *err, size_t errlen)
{
	PGresult *res = NULL;
	size_t pending;
	int done = 0;
	int rc;

	if (applied)
		*applied = 0;
	if (!conn || PQstatus(conn) != CONNECTION_OK) {
		migrate_err(err, errlen, "no database connection");
		return -EIO;
	}
	rc = migrate_lock(conn, true, err, errlen);
	if (rc)
		return rc;
	/* Under the lock, so two migrators never race to create it. */
	rc = migrate_read(conn, &res, err, errlen);
	if (rc)
		goto unlock;
	if (!res) {
		rc = migrate_exec(conn,
				  "CREATE TABLE schema_migrations ("
				  " name text PRIMARY KEY,"
				  " sha256 text NOT NULL,"
				  " applied_at timestamptz NOT NULL DEFAULT now())",
				  "schema_migrations", err, errlen);
		if (rc)
			goto unlock;
	}
	/* Refuse an edited file before applying anything after it. */
	rc = migrate_compare(res, list, n, &pending, err, errlen);
	if (rc)
		goto unlock;
	for (size_t i = 0; i < n && pending; i++) {
		if (migrate_recorded(res, list[i].name))
			continue;
		rc = migrate_one(conn, &list[i], err, errlen);
		if (rc)
			goto unlock;
		done++;
		pending--;
	}
unlock:
	PQclear(res);
	if (applied)
		*applied = done;
	/* Keep the first error; a failed unlock alone is still an error. */
	if (rc)
		migrate_lock(conn, false, NULL, 0);
	else
		rc = migrate_lock(conn, false, err, errlen);
	return rc;
}

int migrate_check(PGconn *conn, const struct migration *list, size_t n,
		  char *err, size_t errlen)
{
	PGresult *res = NULL;
	size_t pending = 0;
	int rc;

	if (!conn || PQstatus(conn) != CONNECTION_OK) {
		migrate_err(err, errlen, "no database connection");
		return -EIO;
	}
	rc = migrate_read(conn, &res, err, errlen);
	if (rc)
		return rc;
	rc = migrate_compare(res, list, n, &pending, err, errlen);
	PQclear(res);
	if (rc)
		return rc;
	if (pending) {
		migrate_err(err, errlen, "%zu migration(s) pending", pending);
		return -EAGAIN;
	}
	return 0;
}
