/*
 * calls.h - the STORE_CALL jobs (storage/calls.c): disputes, reports,
 * the staff audit log and the support API. Run by the storage query
 * thread on its own connection; blocking libpq.
 */
#ifndef PARLEY_CALLS_H
#define PARLEY_CALLS_H

#include <stdint.h>

#include <libpq-fe.h>

#include "parley/store.h"

/*
 * Runs job->call with job->args; fills job->status and job->json.
 * master/master_old open originals for a reveal (may be NULL).
 * Returns 0 (answered, possibly with an error status), -EIO when the
 * connection failed (answer "unavailable"), -EINVAL for a malformed job.
 */
int calls_run(PGconn *conn, struct store_job *job, const uint8_t *master,
	      const uint8_t *master_old);

/*
 * The dispute_update frame of dispute id, and its participants (buffers
 * of idlen bytes). Returns a malloc'd JSON string or NULL.
 */
char *calls_dispute_frame(PGconn *conn, const char *id, char *buyer,
			  char *seller, size_t idlen);

#endif
