/*
 * janitor.h - parleyd's periodic retention (storage/janitor.c): its own
 * thread and database connection, never the event loop's.
 */
#ifndef PARLEY_JANITOR_H
#define PARLEY_JANITOR_H

#include "parley/rights.h"

struct janitor;

/* Starts the thread: a run every interval_s seconds. 0 or -errno. */
int janitor_start(struct janitor **out, const char *db_url,
		  const struct retention_policy *pol, int interval_s);

/* Stops between batches and joins the thread. NULL is fine. */
void janitor_stop(struct janitor *j);

#endif
