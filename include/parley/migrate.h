/*
 * migrate.h - forward-only schema migrations.
 *
 * The SQL files in migrations/ are compiled into the binaries. Each is
 * applied in its own transaction, in name order, and recorded in
 * schema_migrations with its SHA-256; an applied file whose text changed
 * is refused. Blocking libpq: for parleyctl and parleyd's start-up only.
 */
#ifndef PARLEY_MIGRATE_H
#define PARLEY_MIGRATE_H

#include <stddef.h>
#include <libpq-fe.h>

struct migration {
	const char *name;	/* "001_init.sql" */
	const char *sql;
	size_t len;
};

extern const struct migration migrate_builtin[];
extern const size_t migrate_builtin_count;

/*
 * Applies the pending migrations of list[0..n) on conn. Takes an advisory
 * lock so that two nodes migrating at once apply each file once.
 * *applied (may be NULL) receives how many were applied.
 * Returns 0, -EBADMSG when an applied file was edited, or -EIO on a
 * database error; err gets a one-line reason.
 */
int migrate_apply(PGconn *conn, const struct migration *list, size_t n,
		  int *applied, char *err, size_t errlen);

/*
 * Checks that every migration of list[0..n) is applied with the same
 * checksum. Returns 0 when current, -EAGAIN when some are pending,
 * -EBADMSG on a checksum mismatch, -EIO on a database error.
 */
int migrate_check(PGconn *conn, const struct migration *list, size_t n,
		  char *err, size_t errlen);

#endif
