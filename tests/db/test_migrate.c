/*
 * test_migrate.c - the migrations runner against a real PostgreSQL.
 *
 * PARLEY_TEST_DB_URL names a server where this test may create databases;
 * without it, or when the server is down, the test fails (never skips).
 * The group setup creates parley_t_migrate_<pid>, every test works in it
 * (resetting its schema first), the teardown drops it. Single-threaded.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <libpq-fe.h>

#include "parley/migrate.h"
#include "parley/util.h"

struct fixture {
	const char *url;
	PGconn *admin;		/* to the server's URL, creates and drops */
	PGconn *db;		/* to our own database */
	char dbname[64];
};

/* Replaces the database of a URL by asking libpq to override dbname. */
static PGconn *connect_db(const char *url, const char *dbname)
{
	const char *keys[] = { "dbname", "dbname", NULL };
	const char *vals[] = { url, dbname, NULL };

	/* expand_dbname: the first dbname is the URL, the second overrides */
	return PQconnectdbParams(keys, vals, 1);
}

static void exec_ok(PGconn *c, const char *sql)
{
	PGresult *r = PQexec(c, sql);

	if (PQresultStatus(r) != PGRES_COMMAND_OK &&
	    PQresultStatus(r) != PGRES_TUPLES_OK)
		fail_msg("%s: %s", sql, PQerrorMessage(c));
	PQclear(r);
}

static int group_setup(void **state)
{
	const char *url = getenv("PARLEY_TEST_DB_URL");
	struct fixture *fx;
	char sql[128];

	if (!url || !url[0]) {
		fprintf(stderr, "PARLEY_TEST_DB_URL is not set: the db suite "
				"needs a PostgreSQL (scripts/test starts one)\n");
		return -1;
	}
	fx = calloc(1, sizeof(*fx));
	if (!fx)
		return -1;
	fx->url = url;
	fx->admin = PQconnectdb(url);
	if (PQstatus(fx->admin) != CONNECTION_OK) {
		fprintf(stderr, "cannot connect to PARLEY_TEST_DB_URL: %s",
			PQerrorMessage(fx->admin));
		goto fail;
	}
	PQclear(PQexec(fx->admin, "SET client_min_messages = warning"));
	snprintf(fx->dbname, sizeof(fx->dbname), "parley_t_migrate_%ld",
		 (long)getpid());
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s", fx->dbname);
	PQclear(PQexec(fx->admin, sql));
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s", fx->dbname);
	{
		PGresult *r = PQexec(fx->admin, sql);
		bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;

		PQclear(r);
		if (!ok) {
			fprintf(stderr, "%s: %s", sql,
				PQerrorMessage(fx->admin));
			goto fail;
		}
	}
	fx->db = connect_db(url, fx->dbname);
	if (PQstatus(fx->db) != CONNECTION_OK) {
		fprintf(stderr, "cannot connect to %s: %s", fx->dbname,
			PQerrorMessage(fx->db));
		goto fail;
	}
	/* The runner's notices ("relation exists") are not test output. */
	PQclear(PQexec(fx->db, "SET client_min_messages = warning"));
	*state = fx;
	return 0;
fail:
	PQfinish(fx->db);
	PQfinish(fx->admin);
	free(fx);
	return -1;
}

static int group_teardown(void **state)
{
	struct fixture *fx = *state;
	char sql[128];
	PGresult *r;
	int rc = 0;

	if (!fx)
		return 0;
	PQfinish(fx->db);
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s", fx->dbname);
	r = PQexec(fx->admin, sql);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		fprintf(stderr, "%s: %s", sql, PQerrorMessage(fx->admin));
		rc = -1;
	}
	PQclear(r);
	PQfinish(fx->admin);
	free(fx);
	return rc;
}

/* Each test starts from an empty public schema. */
static int reset_schema(void **state)
{
	struct fixture *fx = *state;

	exec_ok(fx->db, "DROP SCHEMA public CASCADE");
	exec_ok(fx->db, "CREATE SCHEMA public");
	return 0;
}

static long count(PGconn *c, const char *sql)
{
	PGresult *r = PQexec(c, sql);
	long n;

	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1)
		fail_msg("%s: %s", sql, PQerrorMessage(c));
	n = strtol(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return n;
}

static bool table_exists(PGconn *c, const char *name)
{
	const char *params[1] = { name };
	PGresult *r = PQexecParams(c, "SELECT to_regclass($1) IS NOT NULL", 1,
				   NULL, params, NULL, NULL, 0);
	bool yes;

	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		fail_msg("to_regclass: %s", PQerrorMessage(c));
	yes = strcmp(PQgetvalue(r, 0, 0), "t") == 0;
	PQclear(r);
	return yes;
}

static void test_builtin_list(void **state)
{
	(void)state;
	assert_true(migrate_builtin_count >= 1);
	assert_string_equal(migrate_builtin[0].name, "001_init.sql");
	for (size_t i = 0; i < migrate_builtin_count; i++) {
		assert_int_equal(strlen(migrate_builtin[i].sql),
				 migrate_builtin[i].len);
		if (i)
			assert_true(strcmp(migrate_builtin[i - 1].name,
					   migrate_builtin[i].name) < 0);
	}
}

static void test_apply_twice(void **state)
{
	struct fixture *fx = *state;
	char err[256] = "";
	int applied = -1;

	assert_int_equal(migrate_check(fx->db, migrate_builtin,
				       migrate_builtin_count, err, sizeof(err)),
			 -EAGAIN);
	assert_int_equal(migrate_apply(fx->db, migrate_builtin,
				       migrate_builtin_count, &applied, err,
				       sizeof(err)),
			 0);
	assert_int_equal(applied, (int)migrate_builtin_count);
	assert_true(table_exists(fx->db, "schema_migrations"));
	assert_true(table_exists(fx->db, "users"));
	assert_true(table_exists(fx->db, "conversations"));
	assert_true(table_exists(fx->db, "messages"));
	assert_int_equal(count(fx->db, "SELECT count(*) FROM schema_migrations"),
			 (long)migrate_builtin_count);
	assert_int_equal(count(fx->db,
			       "SELECT count(*) FROM schema_migrations "
			       "WHERE sha256 ~ '^[0-9a-f]{64}$'"),
			 (long)migrate_builtin_count);
	assert_int_equal(migrate_check(fx->db, migrate_builtin,
				       migrate_builtin_count, err, sizeof(err)),
			 0);

	/* Second run: nothing pending, nothing applied, no error. */
	applied = -1;
	assert_int_equal(migrate_apply(fx->db, migrate_builtin,
				       migrate_builtin_count, &applied, err,
				       sizeof(err)),
			 0);
	assert_int_equal(applied, 0);
	assert_int_equal(count(fx->db, "SELECT count(*) FROM schema_migrations"),
			 (long)migrate_builtin_count);
}

/* The checksum recorded is the SHA-256 of the file, as sha256sum gives. */
static void test_checksum_value(void **state)
{
	struct fixture *fx = *state;
	static const struct migration one[] = {
		{ "001_a.sql", "CREATE TABLE a (x int);", 23 },
	};
	char err[256];

	assert_int_equal(migrate_apply(fx->db, one, 1, NULL, err, sizeof(err)),
			 0);
	/* printf 'CREATE TABLE a (x int);' | sha256sum */
	assert_int_equal(count(fx->db,
			       "SELECT count(*) FROM schema_migrations WHERE "
			       "name = '001_a.sql' AND sha256 = encode(sha256("
			       "'CREATE TABLE a (x int);'::bytea), 'hex')"),
			 1);
}

static void test_edited_file_refused(void **state)
{
	struct fixture *fx = *state;
	char err[256] = "";
	int applied = -1;

	assert_int_equal(migrate_apply(fx->db, migrate_builtin,
				       migrate_builtin_count, NULL, err,
				       sizeof(err)),
			 0);
	exec_ok(fx->db, "UPDATE schema_migrations SET sha256 = repeat('0', 64) "
			"WHERE name = '001_init.sql'");
	assert_int_equal(migrate_apply(fx->db, migrate_builtin,
				       migrate_builtin_count, &applied, err,
				       sizeof(err)),
			 -EBADMSG);
	assert_int_equal(applied, 0);
	assert_non_null(strstr(err, "001_init.sql"));
	err[0] = '\0';
	assert_int_equal(migrate_check(fx->db, migrate_builtin,
				       migrate_builtin_count, err, sizeof(err)),
			 -EBADMSG);
	assert_non_null(strstr(err, "001_init.sql"));
	/* The advisory lock was released: another migrator is not stuck. */
	assert_int_equal(count(fx->db, "SELECT count(*) FROM pg_locks "
				       "WHERE locktype = 'advisory' AND "
				       "pid = pg_backend_pid()"),
			 0);
}

/* A file edited after it was applied, as a developer would do it. */
static void test_edited_text_refused(void **state)
{
	struct fixture *fx = *state;
	struct migration v1[] = {
		{ "001_a.sql", "CREATE TABLE a (x int);", 23 },
	};
	struct migration v2[] = {
		{ "001_a.sql", "CREATE TABLE a (x text);", 24 },
		{ "002_b.sql", "CREATE TABLE b (y int);", 23 },
	};
	char err[256];
	int applied = -1;

	assert_int_equal(migrate_apply(fx->db, v1, 1, NULL, err, sizeof(err)),
			 0);
	assert_int_equal(migrate_apply(fx->db, v2, 2, &applied, err,
				       sizeof(err)),
			 -EBADMSG);
	assert_non_null(strstr(err, "001_a.sql"));
	/* Refused before anything later was applied. */
	assert_int_equal(applied, 0);
	assert_false(table_exists(fx->db, "b"));
}

/* A failing file is rolled back whole and not recorded. */
static void test_failing_file_rolled_back(void **state)
{
	struct fixture *fx = *state;
	static const char bad_sql[] =
		"CREATE TABLE ok1 (x int);\nINSERT INTO nowhere VALUES (1);";
	struct migration list[] = {
		{ "001_a.sql", "CREATE TABLE a (x int);", 23 },
		{ "002_bad.sql", bad_sql, sizeof(bad_sql) - 1 },
		{ "003_c.sql", "CREATE TABLE c (x int);", 23 },
	};
	char err[256] = "";
	int applied = -1;

	assert_int_equal(migrate_apply(fx->db, list, 3, &applied, err,
				       sizeof(err)),
			 -EIO);
	assert_int_equal(applied, 1);
	assert_non_null(strstr(err, "002_bad.sql"));
	assert_null(strchr(err, '\n'));
	assert_true(table_exists(fx->db, "a"));
	assert_false(table_exists(fx->db, "ok1"));
	assert_false(table_exists(fx->db, "c"));
	assert_int_equal(count(fx->db, "SELECT count(*) FROM schema_migrations"),
			 1);
	assert_int_equal(migrate_check(fx->db, list, 3, err, sizeof(err)),
			 -EAGAIN);
	/* The connection is usable again (not left in a failed transaction). */
	assert_int_equal(PQtransactionStatus(fx->db), PQTRANS_IDLE);
}

/* Files added later are applied on the next run, in name order. */
static void test_incremental(void **state)
{
	struct fixture *fx = *state;
	struct migration list[] = {
		{ "001_a.sql", "CREATE TABLE a (x int);", 23 },
		{ "002_b.sql", "ALTER TABLE a ADD COLUMN y int;", 31 },
	};
	char err[256];
	int applied = -1;

	assert_int_equal(migrate_apply(fx->db, list, 1, &applied, err,
				       sizeof(err)),
			 0);
	assert_int_equal(applied, 1);
	assert_int_equal(migrate_check(fx->db, list, 2, err, sizeof(err)),
			 -EAGAIN);
	assert_int_equal(migrate_apply(fx->db, list, 2, &applied, err,
				       sizeof(err)),
			 0);
	assert_int_equal(applied, 1);
	assert_int_equal(migrate_check(fx->db, list, 2, err, sizeof(err)), 0);
	assert_int_equal(count(fx->db, "SELECT count(y) FROM a"), 0);
}

static void test_out_of_order_refused(void **state)
{
	struct fixture *fx = *state;
	struct migration list[] = {
		{ "002_b.sql", "CREATE TABLE b (x int);", 23 },
		{ "001_a.sql", "CREATE TABLE a (x int);", 23 },
	};
	char err[256];

	assert_int_equal(migrate_apply(fx->db, list, 2, NULL, err, sizeof(err)),
			 -EINVAL);
	assert_false(table_exists(fx->db, "a"));
	assert_false(table_exists(fx->db, "b"));
}

/*
 * Several migrators at once, as several parleyd nodes starting together:
 * the advisory lock lets each file be applied exactly once.
 */
static void test_concurrent(void **state)
{
	struct fixture *fx = *state;
	enum { N = 4 };
	pid_t pids[N];
	int total = 0;

	for (int i = 0; i < N; i++) {
		pids[i] = fork();
		assert_true(pids[i] >= 0);
		if (pids[i] == 0) {
			PGconn *c = connect_db(fx->url, fx->dbname);
			char err[256];
			int applied = 0, rc;

			if (PQstatus(c) != CONNECTION_OK)
				_exit(100);
			PQclear(PQexec(c, "SET client_min_messages = warning"));
			rc = migrate_apply(c, migrate_builtin,
					   migrate_builtin_count, &applied, err,
					   sizeof(err));
			PQfinish(c);
			_exit(rc ? 101 : applied);
		}
	}
	for (int i = 0; i < N; i++) {
		int st;

		assert_int_equal(waitpid(pids[i], &st, 0), pids[i]);
		assert_true(WIFEXITED(st));
		assert_true(WEXITSTATUS(st) < 100);
		total += WEXITSTATUS(st);
	}
	assert_int_equal(total, (int)migrate_builtin_count);
	assert_int_equal(count(fx->db, "SELECT count(*) FROM schema_migrations"),
			 (long)migrate_builtin_count);
}

/* An empty list on an empty database is current; no connection is -EIO. */
static void test_edges(void **state)
{
	struct fixture *fx = *state;
	char err[256];

	assert_int_equal(migrate_check(fx->db, migrate_builtin, 0, err,
				       sizeof(err)),
			 0);
	assert_int_equal(migrate_apply(NULL, migrate_builtin, 1, NULL, err,
				       sizeof(err)),
			 -EIO);
	assert_int_equal(migrate_check(NULL, migrate_builtin, 1, err,
				       sizeof(err)),
			 -EIO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin_list),
		cmocka_unit_test_setup(test_apply_twice, reset_schema),
		cmocka_unit_test_setup(test_checksum_value, reset_schema),
		cmocka_unit_test_setup(test_edited_file_refused, reset_schema),
		cmocka_unit_test_setup(test_edited_text_refused, reset_schema),
		cmocka_unit_test_setup(test_failing_file_rolled_back,
				       reset_schema),
		cmocka_unit_test_setup(test_incremental, reset_schema),
		cmocka_unit_test_setup(test_out_of_order_refused, reset_schema),
		cmocka_unit_test_setup(test_concurrent, reset_schema),
		cmocka_unit_test_setup(test_edges, reset_schema),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
