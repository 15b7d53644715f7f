/*
 * janitor.c - parleyd's retention timer: a thread of its own with its own
 * database connection, off the event loop and apart from the storage
 * threads that serve clients. Every interval it runs retention_run()
 * (bounded batches, short transactions) and logs what it removed.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-fe.h>

#include "parley/janitor.h"
#include "parley/log.h"

struct janitor {
	char *db_url;
	struct retention_policy pol;
	int interval_s;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	volatile int stop;
};

static void janitor_progress(void *arg, const char *kind, long removed)
{
	(void)arg;
	log_debug("retain", 0, "%s: %ld removed so far", kind, removed);
}

static void janitor_once(struct janitor *j)
{
	const char *keys[] = { "dbname", "application_name", NULL };
	const char *vals[] = { j->db_url, "parleyd-retention", NULL };
	PGconn *conn = PQconnectdbParams(keys, vals, 1);
	struct retention_result res;
	char err[256];

	if (PQstatus(conn) != CONNECTION_OK) {
		const char *m = PQerrorMessage(conn);
		log_warn("retain", 0, "cannot connect: %.*s",
			 (int)strcspn(m, "\n"), m);
		PQfinish(conn);
		return;
	}
	int r = retention_run(conn, &j->pol, "parleyd", janitor_progress, NULL,
			      &j->stop, &res, err, sizeof(err));
	if (r == -ECANCELED)
		log_notice("retain", 0, "retention stopped for shutdown");
	else if (r)
		log_warn("retain", 0, "retention failed: %s", err);
	else
		log_notice("retain", 0,
			   "retention removed %ld chat, %ld offer, %ld system "
			   "messages in %ld batches",
			   res.removed[0], res.removed[1], res.removed[2],
			   res.batches);
	PQfinish(conn);
}

static void *janitor_main(void *arg)
{
	struct janitor *j = arg;

	pthread_mutex_lock(&j->lock);
	while (!j->stop) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += j->interval_s;
		while (!j->stop &&
		       pthread_cond_timedwait(&j->cond, &j->lock, &ts) !=
			       ETIMEDOUT)
			;
		if (j->stop)
			break;
		pthread_mutex_unlock(&j->lock);
		janitor_once(j);
		pthread_mutex_lock(&j->lock);
	}
	pthread_mutex_unlock(&j->lock);
	return NULL;
}

int janitor_start(struct janitor **out, const char *db_url,
		  const struct retention_policy *pol, int interval_s)
{
	struct janitor *j = calloc(1, sizeof(*j));

	if (!j)
		return -ENOMEM;
	j->db_url = strdup(db_url ? db_url : "");
	j->pol = *pol;
	j->interval_s = interval_s;
	pthread_mutex_init(&j->lock, NULL);
	pthread_cond_init(&j->cond, NULL);
	if (!j->db_url || pthread_create(&j->thread, NULL, janitor_main, j)) {
		free(j->db_url);
		free(j);
		return -EAGAIN;
	}
	*out = j;
	return 0;
}

void janitor_stop(struct janitor *j)
{
	if (!j)
		return;
	pthread_mutex_lock(&j->lock);
	j->stop = 1;
	pthread_cond_signal(&j->cond);
	pthread_mutex_unlock(&j->lock);
	pthread_join(j->thread, NULL);
	pthread_mutex_destroy(&j->lock);
	pthread_cond_destroy(&j->cond);
	free(j->db_url);
	free(j);
}
