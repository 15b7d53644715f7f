/*
 * rights.h - data rights and retention (storage/rights.c): export of
 * everything held about a user, erasure by crypto-shredding, and the
 * retention purge. Blocking libpq on the caller's connection: parleyctl,
 * the storage query thread (export over the API) and parleyd's retention
 * thread.
 */
#ifndef PARLEY_RIGHTS_H
#define PARLEY_RIGHTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <libpq-fe.h>

#define RIGHTS_EXPORT_SCHEMA "parley.export.v1"

/*
 * Everything Parley holds about user as one JSON document (malloc'd, the
 * caller frees): profile, conversations with every message as the user
 * saw it (their own originals opened with master/master_old, may be NULL),
 * marketing consent and decisions, disputes, reports, staff accesses.
 * The export itself is audited (by actor, actor_role) before it is read.
 * Returns 0, -ENOENT (no such user), -EIO; err gets a reason.
 */
int rights_export(PGconn *conn, const uint8_t *master,
		  const uint8_t *master_old, const char *user,
		  const char *actor, const char *actor_role, char **out,
		  char *err, size_t errlen);

struct rights_erase_result {
	bool already;		/* the user was erased before this run */
	long messages_removed;	/* outside legal hold */
	long messages_kept;	/* on legal hold: redacted text stays */
};

/*
 * Erases user: profile anonymised, data key destroyed (their originals
 * become unreadable everywhere), a salted hash kept on the marketing
 * suppression list, running gateways told (their connections close,
 * tokens are refused), an audit record by actor; then their messages
 * outside legal hold are removed in batches. Every step is idempotent:
 * a run killed halfway and run again ends in the same state.
 * minor_request records a guardian's request. Returns 0, -ENOENT, -EIO.
 */
int rights_erase(PGconn *conn, const char *user, const char *reason,
		 bool minor_request, const char *actor, int batch,
		 struct rights_erase_result *res, char *err, size_t errlen);

struct retention_policy {
	int chat_days, offer_days, system_days;
	int batch;		/* rows per transaction */
};

/* Called after each batch: kind, rows removed so far of that kind. */
typedef void (*retention_progress_fn)(void *arg, const char *kind,
				      long removed);

struct retention_result {
	long removed[3];	/* chat, offer, system */
	long batches;
};

/*
 * Removes messages older than each kind's period, except those of
 * conversations on legal hold, batch by batch (one short transaction
 * each); writes one audit record with the counts. stop (may be NULL) is
 * polled between batches. Returns 0, -EIO, -ECANCELED.
 */
int retention_run(PGconn *conn, const struct retention_policy *pol,
		  const char *actor, retention_progress_fn progress,
		  void *arg, volatile const int *stop,
		  struct retention_result *res, char *err, size_t errlen);

#endif
