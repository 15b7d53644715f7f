/*
 * consent_db.h - the consent ledger, offers and their decisions in
 * PostgreSQL (storage/consent_db.c). Run by the storage QUERY THREAD on
 * its own connection (blocking libpq), and by parleyctl.
 *
 * Jobs (enum store_kind), their args (strings, owned by the job) and what
 * they answer in job->json (or job->err with job->why):
 *
 *   STORE_CONSENT   0 buyer, 1 seller id | "*" | NULL (the seller of the
 *                   conversation in 4), 2 "opt_in" | "opt_out", 3 source,
 *                   4 conv id or NULL, 5 detail or NULL, 6 now (ms),
 *                   7 policy override or NULL
 *                   -> the consent frame {"op":"consent",...}
 *   STORE_CONSENTS  0 buyer -> {"op":"consents","consents":[...]}
 *   STORE_OFFER     0 seller, 1 cid, 2 campaign or NULL, 3 text (after
 *                   the PII engine), 4 redactions JSON or NULL,
 *                   5 {"to":[ids],"local":[ids connected here]},
 *                   6 now (ms), 7 policy override or NULL
 *                   -> {"result":{offer_result frame},"deliver":[ids],
 *                       "offer":{offer frame without opt_out}}
 *   STORE_OFFER_DUE 0 [ids of buyers connected here], 1 now (ms),
 *                   2 policy override or NULL
 *                   -> {"deliver":[{"buyer":id,"offer":{frame}}]} or NULL
 *
 * A policy override is "quiet=HH:MM-HH:MM;cap=N;window_s=N;optin=AA,BB"
 * (any subset); the decision then records "<version>+cfg".
 */
#ifndef PARLEY_CONSENT_DB_H
#define PARLEY_CONSENT_DB_H

#include <libpq-fe.h>

#include "parley/consent.h"
#include "parley/store.h"

/*
 * Runs one of the jobs above. Returns 0 (answered; job->err may hold a
 * refusal), or -EIO when the connection failed.
 */
int consent_db_run(PGconn *conn, struct store_job *job, const char *node);

/*
 * The policy in force (newest consent_policy row) with override applied.
 * countries is a buffer of cap bytes that p->optin_countries points into.
 * Returns 0, -EIO, or -EINVAL for a bad override.
 */
int consent_db_policy(PGconn *conn, const char *override,
		      struct consent_policy *p, char *countries, size_t cap);

/*
 * The parsed zone for an IANA name from /usr/share/zoneinfo, cached for
 * the life of the process (shared, immutable, mutex-guarded cache).
 * NULL for UTC or a name that does not load (the caller then uses UTC).
 */
const struct consent_tz *consent_db_zone(const char *name);

#endif
