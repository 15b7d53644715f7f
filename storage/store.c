/*
 * store.c - storage threads: group-commit writer, query worker, listener.
 *
 * DESIGN
 * The gateway thread only ever calls store_submit() and store_drain(),
 * which take a mutex for a few pointer moves. Each storage thread owns one
 * PGconn and blocks on it freely. Sends go to one of the writers' queues,
 * chosen by conversation id, so one writer numbers and commits all of a
 * conversation's messages, in order. When a writer finishes a commit it
 * takes everything queued for it (up to batch_max) into the next
 * transaction: under light load a batch holds one message and an ack
 * costs one commit; under heavy load batches grow and the number of
 * commits per second stays what the disk allows. Several writers overlap
 * one batch's fsync wait with the next one's work.
 *
 * A batch whose conversations this writer has numbered before takes one
 * round trip (write_fast): the messages are filtered with the stage seen
 * then, and BEGIN, one statement that locks, checks that stage, numbers,
 * inserts and notifies, and COMMIT go in one pipeline. If a stage moved
 * or a conversation is gone, the statement fails as a whole and the batch
 * takes the path below, which filters again where the stage changed.
 *
 * Otherwise, in one batch transaction, in two pipelined round trips:
 *   1. BEGIN and lock the conversations in id order (FOR UPDATE), which
 *      both checks membership and serialises seq numbers across nodes and
 *      writers; on the careful path (below), earlier copies of (sender,
 *      cid) are looked up in the same round trip: a retried send is
 *      answered with its first ack and not stored again;
 *   2. here: the content filter runs, originals are sealed, rows numbered;
 *   3. INSERT ... SELECT FROM unnest(...), last_seq advanced, a NOTIFY
 *      names the new (conv, seq) ranges, COMMIT. Only then are the jobs
 *      handed back, so an ack means durable. A resend of a stored message
 *      makes the INSERT fail on the unique (sender, cid) index: the batch
 *      is rolled back and redone on the careful path.
 * If the batch fails on one bad row, it is rolled back and its messages are
 * retried one per transaction, so a bad message never sinks the others.
 * If the connection fails, every job of the batch is answered
 * "unavailable": the client retries with the same cid, and step 1 makes
 * that safe even when the COMMIT did reach the disk.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "parley/buf.h"
#include "parley/calls.h"
#include "parley/consent_db.h"
#include "parley/hmap.h"
#include "parley/log.h"
#include "parley/metrics.h"
#include "parley/migrate.h"
#include "parley/store.h"
#include "parley/util.h"
#include "parley/vault.h"

#include <openssl/evp.h>

/* Prepared statements of this thread's connection; see exec_params(). */
#define PREP_SLOTS 48
static _Thread_local uint64_t tl_conn_gen;
static _Thread_local struct {
	const char *sql;
	uint64_t gen;
} tl_prep[PREP_SLOTS];

struct job_queue {
	struct store_job *head, *tail;
	size_t len;
};

/*
 * A writer: one thread, one connection, its own queue. Conversations are
 * spread over the writers by id, so each conversation's messages are
 * numbered and committed in order by one of them, while the writers'
 * transactions (and fsync waits) overlap.
 */
struct writer {
	struct store *st;
	unsigned idx;
	pthread_t thread;
	pthread_cond_t cond;
	struct job_queue q;
	struct hmap keys;	/* unwrapped data keys of recent senders */
	struct hmap facts;	/* conversations numbered before: conv_fact */
	size_t nfacts;
	bool started;
};

struct store {
	struct store_config cfg;
	char *db_url, *node_id;
	store_wake_fn wake;
	void *wake_arg;

	pthread_mutex_t lock;
	pthread_cond_t query_cond;
	struct job_queue queries, done;
	bool stopping;

	struct writer *writers;
	unsigned nwriters;
	uint8_t master[VAULT_KEY_LEN];
	uint8_t master_old[VAULT_KEY_LEN];
	char master_id[VAULT_KEY_ID_LEN + 1];
	char master_old_id[VAULT_KEY_ID_LEN + 1];
	bool has_master, has_master_old;

	pthread_t query, listener;
	atomic_int writers_up;
	atomic_bool schema_ok;
	atomic_bool listener_stop;
};

#define MSG_COLS                                                              \
	"m.conv_id, m.seq, m.sender_id, m.cid, m.text, m.redactions::text, " \
	"(extract(epoch from m.created_at) * 1000000)::bigint, "             \
	"c.buyer_id, c.seller_id"

static void queue_push(struct job_queue *q, struct store_job *job)
{
	job->next = NULL;
	if (q->tail)
		q->tail->next = job;
	else
		q->head = job;
	q->tail = job;
	q->len++;
}

static struct store_job *queue_pop(struct job_queue *q)
{
	struct store_job *job = q->head;

	if (!job)
		return NULL;
	q->head = job->next;
	if (!q->head)
		q->tail = NULL;
	q->len--;
	job->next = NULL;
	return job;
}

/* The text as sent is plain PII: wiped, not just freed. */
static void msg_forget_plain(struct store_msg *m)
{
	if (m->plain) {
		memset(m->plain, 0, m->plain_len);
		free(m->plain);
		m->plain = NULL;
	}
}

/*
 * Hands answers to the gateway thread. Only a push into an empty queue
 * wakes it: a non-empty one has a wake-up pending that has not been
 * drained yet. A batch is handed over under one lock with one wake-up
 * (each wake-up is a write(2) and a loop iteration).
 */
static void store_finish_all(struct store *st, struct store_job **jobs,
			     size_t n)
{
	bool wake;

	for (size_t i = 0; i < n; i++)
		msg_forget_plain(&jobs[i]->msg);
	pthread_mutex_lock(&st->lock);
	wake = !st->done.len;
	for (size_t i = 0; i < n; i++)
		queue_push(&st->done, jobs[i]);
	pthread_mutex_unlock(&st->lock);
	if (wake && n)
		st->wake(st->wake_arg);
}

static void store_finish(struct store *st, struct store_job *job)
{
	store_finish_all(st, &job, 1);
}

/* Posts an event job made on a storage thread. */
static void store_post(struct store *st, struct store_job *job)
{
	if (job)
		store_finish(st, job);
}

struct store_job *store_job_new(enum store_kind kind)
{
	struct store_job *job = calloc(1, sizeof(*job));

	if (job)
		job->kind = kind;
	return job;
}

static void msg_clear(struct store_msg *m)
{
	msg_forget_plain(m);
	free(m->text);
	free(m->redactions);
	free(m->original);
	if (m->keep) {
		memset(m->keep, 0, m->keep_len);
		free(m->keep);
	}
	m->text = m->redactions = m->original = m->keep = NULL;
}

void store_job_free(struct store_job *job)
{
	if (!job)
		return;
	msg_clear(&job->msg);
	for (size_t i = 0; i < job->msg_count; i++)
		msg_clear(&job->msgs[i]);
	free(job->msgs);
	for (int i = 0; i < STORE_CALL_ARGS; i++)
		free(job->args[i]);
	free(job->json);
	free(job->convs);
	free(job->users);
	free(job->since);
	free(job);
}

/* ---- connections ---------------------------------------------------- */

static void copy_id(char *dst, const char *src)
{
	snprintf(dst, STORE_ID_MAX + 1, "%s", src ? src : "");
}

static PGconn *store_connect_once(struct store *st, const char *who)
{
	const char *keys[] = { "dbname", "connect_timeout",
			       "application_name", NULL };
	char appname[96];
	snprintf(appname, sizeof(appname), "parleyd-%s", who);
	const char *vals[] = { st->db_url, "3", appname, NULL };
	PGconn *conn = PQconnectdbParams(keys, vals, 1);

	if (PQstatus(conn) != CONNECTION_OK) {
		/* libpq's message names host and port, never the password */
		char *msg = PQerrorMessage(conn);
		size_t n = strcspn(msg, "\n");
		log_warn("store", 0, "%s: database connection failed: %.*s", who,
			 (int)n, msg);
		PQfinish(conn);
		return NULL;
	}
	tl_conn_gen++;
	/* times in JSON built by PostgreSQL read the same on every node */
	PQclear(PQexec(conn, "SET TIME ZONE 'UTC'"));
	return conn;
}

static bool result_ok(PGresult *res)
{
	ExecStatusType s = PQresultStatus(res);

	return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

/*
 * Statements are prepared once per connection and thread: planning costs
 * more than running for most of them. A statement is known by the address
 * of its SQL literal; tl_conn_gen changes with every new connection.
 */

/*
 * The slot of sql's prepared statement on this thread, its name in name;
 * -1 when every slot is taken. *fresh: not prepared on this connection
 * yet: the caller prepares it, then prep_mark().
 */
static int prep_slot(const char *sql, char name[16], bool *fresh)
{
	for (int i = 0; i < PREP_SLOTS; i++) {
		if (tl_prep[i].sql == sql || !tl_prep[i].sql) {
			snprintf(name, 16, "parley_%d", i);
			*fresh = tl_prep[i].sql != sql ||
				 tl_prep[i].gen != tl_conn_gen;
			return i;
		}
	}
	return -1;
}

static void prep_mark(int slot, const char *sql)
{
	tl_prep[slot].sql = sql;
	tl_prep[slot].gen = tl_conn_gen;
}

static PGresult *exec_params(PGconn *conn, const char *sql, int n,
			     const char *const *vals)
{
	char name[16];
	bool fresh;
	int slot = prep_slot(sql, name, &fresh);

	if (slot < 0)
		return PQexecParams(conn, sql, n, NULL, vals, NULL, NULL, 0);
	if (fresh) {
		PGresult *res = PQprepare(conn, name, sql, n, NULL);
		if (PQresultStatus(res) != PGRES_COMMAND_OK)
			return res;
		PQclear(res);
		prep_mark(slot, sql);
	}
	return PQexecPrepared(conn, name, n, vals, NULL, NULL, 0);
}

static bool exec_simple(PGconn *conn, const char *sql)
{
	PGresult *res = PQexec(conn, sql);
	bool ok = result_ok(res);

	PQclear(res);
	return ok;
}

/*
 * A pipeline: the statements go to the server in one write and their
 * results come back in one read, so a batch costs two round trips instead
 * of six. On a busy machine every round trip is two context switches,
 * and the waits were a third of a batch's time.
 */
struct pipe_stmt {
	const char *sql;	/* a literal: its address names the statement */
	int n;
	const char *const *vals;
	PGresult *res;		/* set by pipe_run() */
};

/* Sends one statement, preparing it first if this connection has not. */
static bool pipe_send(PGconn *conn, struct pipe_stmt *s, int *prepared)
{
	char name[16];
	bool fresh = false;
	int slot = s->n ? prep_slot(s->sql, name, &fresh) : -1;

	*prepared = -1;
	if (slot < 0)
		return PQsendQueryParams(conn, s->sql, s->n, NULL, s->vals,
					 NULL, NULL, 0);
	if (fresh) {
		if (!PQsendPrepare(conn, name, s->sql, s->n, NULL))
			return false;
		/* counted as done now, undone by pipe_run() if it fails */
		prep_mark(slot, s->sql);
		*prepared = slot;
	}
	return PQsendQueryPrepared(conn, name, s->n, s->vals, NULL, NULL, 0);
}

/* The next result of the pipeline and the NULL that ends it. */
static PGresult *pipe_result(PGconn *conn)
{
	PGresult *res = PQgetResult(conn), *extra;

	if (res && PQresultStatus(res) != PGRES_PIPELINE_SYNC)
		while ((extra = PQgetResult(conn)))
			PQclear(extra);
	return res;
}

/*
 * Runs s[0..n) as one pipeline and waits for all of it. Returns -1 when
 * every statement succeeded (each s[i].res set, to be cleared by the
 * caller), else the index of the first failure, whose result (or NULL for
 * a lost connection) is in s[i].res; the others are cleared. Sent inside
 * an explicit transaction, a failure leaves it aborted: the caller rolls
 * back.
 */
static int pipe_run(PGconn *conn, struct pipe_stmt *s, size_t n)
{
	int prep[n + 1];
	size_t sent = 0;
	int failed = -1;

	for (size_t i = 0; i < n; i++)
		s[i].res = NULL;
	if (!PQenterPipelineMode(conn))
		return 0;
	while (sent < n && pipe_send(conn, &s[sent], &prep[sent]))
		sent++;
	if (sent < n || !PQpipelineSync(conn)) {
		/* nothing reached the server in order: the caller drops the
		 * connection (a NULL result reads as a lost one) */
		return (int)(sent < n ? sent : 0);
	}
	for (size_t i = 0; i < n; i++) {
		if (prep[i] >= 0) {
			PGresult *r = pipe_result(conn);
			if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
				/* not prepared on the server after all */
				tl_prep[prep[i]].sql = NULL;
				if (failed < 0) {
					failed = (int)i;
					s[i].res = r;
					r = NULL;
				}
			}
			PQclear(r);
		}
		PGresult *r = pipe_result(conn);
		if (failed < 0) {
			s[i].res = r;
			if (!r || !result_ok(r))
				failed = (int)i;
		} else {
			PQclear(r);
		}
	}
	PGresult *r;
	while ((r = PQgetResult(conn)) &&
	       PQresultStatus(r) != PGRES_PIPELINE_SYNC)
		PQclear(r);
	PQclear(r);
	if (!PQexitPipelineMode(conn) && failed < 0)
		failed = 0;
	if (failed >= 0)
		for (size_t i = 0; i < n; i++)
			if ((int)i != failed) {
				PQclear(s[i].res);
				s[i].res = NULL;
			}
	return failed;
}

/* A failed statement is a lost connection unless the server said why. */
static bool conn_broken(PGconn *conn)
{
	return PQstatus(conn) != CONNECTION_OK;
}

static int64_t col_i64(PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ?
		       0 :
		       strtoll(PQgetvalue(res, row, col), NULL, 10);
}

static char *col_dup(PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return NULL;
	return strdup(PQgetvalue(res, row, col));
}

/* Fills msgs from rows in MSG_COLS order. Returns 0 or -ENOMEM. */
static int read_msgs(PGresult *res, struct store_msg **out, size_t *count)
{
	int rows = PQntuples(res);

	*out = NULL;
	*count = 0;
	if (!rows)
		return 0;
	struct store_msg *m = calloc((size_t)rows, sizeof(*m));
	if (!m)
		return -ENOMEM;
	for (int i = 0; i < rows; i++) {
		m[i].conv = col_i64(res, i, 0);
		m[i].seq = col_i64(res, i, 1);
		copy_id(m[i].sender, PQgetvalue(res, i, 2));
		snprintf(m[i].cid, sizeof(m[i].cid), "%s",
			 PQgetvalue(res, i, 3));
		m[i].text = col_dup(res, i, 4);
		m[i].text_len = (size_t)PQgetlength(res, i, 4);
		m[i].redactions = col_dup(res, i, 5);
		m[i].at = col_i64(res, i, 6);
		copy_id(m[i].buyer, PQgetvalue(res, i, 7));
		copy_id(m[i].seller, PQgetvalue(res, i, 8));
		if (!m[i].text) {
			*count = (size_t)i + 1;
			*out = m;
			return -ENOMEM;
		}
	}
	*out = m;
	*count = (size_t)rows;
	return 0;
}

/* ---- writer --------------------------------------------------------- */

struct conv_lock {
	int64_t id;
	int64_t last_seq;
	char buyer[STORE_ID_MAX + 1];
	char seller[STORE_ID_MAX + 1];
	int64_t first;		/* first seq given in this batch */
	bool ordered;
	bool touched;
};

static struct conv_lock *conv_find(struct conv_lock *locks, size_t n,
				   int64_t id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (locks[mid].id == id)
			return &locks[mid];
		if (locks[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* What the content hook and the facts cache need of a locked row. */
static void lock_facts(const struct conv_lock *cl, struct store_conv *f)
{
	memset(f, 0, sizeof(*f));
	f->id = cl->id;
	f->ordered = cl->ordered;
	copy_id(f->buyer, cl->buyer);
	copy_id(f->seller, cl->seller);
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* Writes "{a,b,c}" of int64 values. */
static void pg_int_array(struct buf *b, const int64_t *v, size_t n)
{
	buf_putc(b, '{');
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(b, ',');
		buf_put_i64(b, v[i]);
	}
	buf_putc(b, '}');
}

/* ---- data keys (writer thread) -------------------------------------- */

struct key_entry {
	struct hnode node;
	char user[STORE_ID_MAX + 1];
	int64_t id;
	uint8_t key[VAULT_KEY_LEN];
};

static void keys_clear(struct writer *w)
{
	size_t pos;
	struct hnode *n, *next;

	for (n = hmap_iter(&w->keys, &pos); n; n = next) {
		next = hmap_iter_next(&w->keys, n, &pos);
		struct key_entry *k = hmap_entry(n, struct key_entry, node);
		hmap_remove(&w->keys, n);
		memset(k->key, 0, sizeof(k->key));
		free(k);
	}
}

static struct key_entry *key_cached(struct writer *w, const char *user)
{
	for (struct hnode *n = hmap_first(&w->keys, hmap_hash_str(user)); n;
	     n = hmap_next(n)) {
		struct key_entry *k = hmap_entry(n, struct key_entry, node);
		if (!strcmp(k->user, user))
			return k;
	}
	return NULL;
}

/*
 * Reads the user's live data key into k. Returns 0, 1 when there is none,
 * -EIO for a lost connection, -EINVAL for a refused statement,
 * -EKEYREJECTED when the wrapped key does not open with our master keys.
 */
static int key_load(struct store *st, PGconn *conn, struct key_entry *k)
{
	const char *v[] = { k->user };
	PGresult *res = exec_params(conn,
		"SELECT id, encode(wrapped, 'hex'), master_key_id "
		"FROM user_keys WHERE user_id = $1 AND destroyed_at IS NULL",
		1, v);
	uint8_t wrapped[VAULT_KEY_LEN + VAULT_OVERHEAD];
	int r = -EKEYREJECTED;

	if (!result_ok(res)) {
		PQclear(res);
		return conn_broken(conn) ? -EIO : -EINVAL;
	}
	if (PQntuples(res) != 1) {
		PQclear(res);
		return 1;
	}
	const char *hex = PQgetvalue(res, 0, 1);
	const char *mid = PQgetvalue(res, 0, 2);
	size_t n = strlen(hex) / 2;
	if (n == sizeof(wrapped)) {
		for (size_t i = 0; i < n; i++)
			sscanf(hex + 2 * i, "%2hhx", &wrapped[i]);
		if (!strcmp(mid, st->master_id))
			r = vault_unwrap(st->master, k->user, wrapped, n,
					 k->key);
		else if (st->has_master_old && !strcmp(mid, st->master_old_id))
			r = vault_unwrap(st->master_old, k->user, wrapped, n,
					 k->key);
	}
	k->id = col_i64(res, 0, 0);
	PQclear(res);
	if (r) {
		log_err("store", 0,
			"data key %lld of user %s does not open with the "
			"configured master key",
			(long long)k->id, k->user);
		return -EKEYREJECTED;
	}
	return 0;
}

/*
 * Makes and stores a new data key for k->user (in the batch transaction).
 * Returns 0, 1 when another writer's key got there first, or -EIO/-EINVAL.
 */
static int key_make(struct store *st, PGconn *conn, struct key_entry *k)
{
	uint8_t wrapped[VAULT_KEY_LEN + VAULT_OVERHEAD];
	char hex[2 * sizeof(wrapped) + 1];

	if (vault_key_new(k->key) ||
	    vault_wrap(st->master, k->user, k->key, wrapped))
		return -EIO;
	for (size_t i = 0; i < sizeof(wrapped); i++)
		snprintf(hex + 2 * i, 3, "%02x", wrapped[i]);
	const char *v[] = { k->user, hex, st->master_id };
	PGresult *res = exec_params(conn,
		"INSERT INTO user_keys (user_id, wrapped, master_key_id) "
		"VALUES ($1, decode($2, 'hex'), $3) "
		"ON CONFLICT (user_id) WHERE destroyed_at IS NULL DO NOTHING "
		"RETURNING id",
		3, v);
	int r = 0;

	if (!result_ok(res))
		r = conn_broken(conn) ? -EIO : -EINVAL;
	else if (PQntuples(res) != 1)
		r = 1;
	else
		k->id = col_i64(res, 0, 0);
	PQclear(res);
	if (r)
		memset(k->key, 0, sizeof(k->key));
	return r;
}

/*
 * The sender's live data key: from this writer's cache, the table, or made
 * now (in the batch transaction; a rollback clears the cache). Returns 0,
 * -EIO for a lost connection, -EINVAL for a refused statement,
 * -EKEYREJECTED when a wrapped key does not open with the master keys we
 * have.
 */
static int key_get(struct writer *w, PGconn *conn, const char *user,
		   struct key_entry **out)
{
	struct key_entry *k = key_cached(w, user);
	int r;

	if (k) {
		*out = k;
		return 0;
	}
	k = calloc(1, sizeof(*k));
	if (!k)
		return -ENOMEM;
	snprintf(k->user, sizeof(k->user), "%s", user);
	r = key_load(w->st, conn, k);
	if (r == 1)
		r = key_make(w->st, conn, k);
	if (r == 1) /* another writer made it and committed: read that */
		r = key_load(w->st, conn, k) == 0 ? 0 : -EINVAL;
	if (r) {
		memset(k->key, 0, sizeof(k->key));
		free(k);
		return r;
	}
	hmap_insert(&w->keys, &k->node, hmap_hash_str(user));
	*out = k;
	return 0;
}

/* Seals m->keep into m->original (base64) under the sender's key. */
static int seal_original(struct writer *w, PGconn *conn,
			 struct store_msg *m)
{
	struct key_entry *k;
	char aad[160];
	int r = key_get(w, conn, m->sender, &k);

	if (r)
		return r;
	uint8_t *sealed = malloc(m->keep_len + VAULT_OVERHEAD);
	char *b64 = malloc(4 * ((m->keep_len + VAULT_OVERHEAD + 2) / 3) + 1);
	if (!sealed || !b64) {
		free(sealed);
		free(b64);
		return -ENOMEM;
	}
	size_t alen = vault_msg_aad(m->sender, m->cid, aad, sizeof(aad));
	long n = vault_seal(k->key, aad, alen, m->keep, m->keep_len, sealed);
	if (n < 0) {
		free(sealed);
		free(b64);
		return (int)n;
	}
	EVP_EncodeBlock((unsigned char *)b64, sealed, (int)n);
	free(sealed);
	free(m->original);
	m->original = b64;
	m->key_id = k->id;
	return 0;
}

/* ---- conversation facts (writer thread) ----------------------------- */

/*
 * What a writer learnt of a conversation the last time it locked it: the
 * participants, which never change, and the stage, which may. The one
 * round-trip path (write_fast) filters with these and has the database
 * confirm the stage under the row lock.
 */
struct conv_fact {
	struct hnode node;
	struct store_conv c;	/* id, buyer, seller, ordered */
};

#define FACTS_MAX 65536

static void facts_clear(struct writer *w)
{
	size_t pos;
	struct hnode *n, *next;

	for (n = hmap_iter(&w->facts, &pos); n; n = next) {
		next = hmap_iter_next(&w->facts, n, &pos);
		hmap_remove(&w->facts, n);
		free(hmap_entry(n, struct conv_fact, node));
	}
	w->nfacts = 0;
}

static struct conv_fact *fact_find(const struct writer *w, int64_t id)
{
	for (struct hnode *n = hmap_first(&w->facts,
					  hmap_hash_u64((uint64_t)id));
	     n; n = hmap_next(n)) {
		struct conv_fact *f = hmap_entry(n, struct conv_fact, node);
		if (f->c.id == id)
			return f;
	}
	return NULL;
}

static void fact_drop(struct writer *w, int64_t id)
{
	struct conv_fact *f = fact_find(w, id);

	if (f) {
		hmap_remove(&w->facts, &f->node);
		free(f);
		w->nfacts--;
	}
}

/* Remembers a locked conversation; on no memory it is simply not kept. */
static void fact_put(struct writer *w, const struct store_conv *c)
{
	struct conv_fact *f = fact_find(w, c->id);

	if (!f) {
		if (w->nfacts >= FACTS_MAX)
			facts_clear(w);
		f = calloc(1, sizeof(*f));
		if (!f || hmap_insert(&w->facts, &f->node,
				      hmap_hash_u64((uint64_t)c->id))) {
			free(f);
			return;
		}
		w->nfacts++;
	}
	f->c.id = c->id;
	copy_id(f->c.buyer, c->buyer);
	copy_id(f->c.seller, c->seller);
	f->c.ordered = c->ordered;
}

/*
 * Runs the content hook on m for a conversation with these facts, once:
 * a batch retried, or redone one message at a time, gets the answer of
 * the first run (a refused message stays refused), unless the stage is
 * not the one it was filtered for; then the text as sent is filtered
 * again.
 */
static enum proto_err msg_prepare(struct store *st, struct store_job *job,
				  const struct store_conv *facts)
{
	struct store_msg *m = &job->msg;

	if (!st->cfg.prepare)
		return PROTO_OK;
	if (m->prepared && m->prep_ordered == facts->ordered)
		return m->prep_err;
	if (m->prepared) {
		/* back to the text as sent: what the hook made of it goes */
		char *t = m->plain ? malloc(m->plain_len + 1) : NULL;
		char *plain = m->plain;
		if (!t)
			return PROTO_EINTERNAL;
		memcpy(t, plain, m->plain_len + 1);
		m->plain = NULL;
		msg_clear(m);
		m->plain = plain;
		m->text = t;
		m->text_len = m->plain_len;
		m->keep_len = 0;
		m->key_id = 0;
		m->flagged = false;
		job->why[0] = '\0';
	} else {
		m->plain = malloc(m->text_len + 1);
		if (!m->plain)
			return PROTO_EINTERNAL;
		memcpy(m->plain, m->text, m->text_len);
		m->plain[m->text_len] = '\0';
		m->plain_len = m->text_len;
	}
	m->prepared = true;
	m->prep_ordered = facts->ordered;
	m->prep_err = st->cfg.prepare(st->cfg.prepare_arg, job, facts);
	return m->prep_err;
}

enum batch_rc {
	BATCH_OK = 0,
	BATCH_CONN = -1,	/* connection lost: answer unavailable */
	BATCH_DATA = -2,	/* a row was refused: retry one by one */
	BATCH_OOM = -3,
	BATCH_RETRY = -4,	/* optimistic insert met a stored resend */
	BATCH_STALE = -5,	/* write_fast cannot: take the locking path */
};

static enum batch_rc batch_fail_(PGconn *conn, PGresult *res,
				 const char *what)
{
	enum batch_rc rc = BATCH_DATA;

	if (conn_broken(conn)) {
		rc = BATCH_CONN;
	} else {
		const char *state = res ? PQresultErrorField(res,
							     PG_DIAG_SQLSTATE) :
					  NULL;
		/* class 08 connection, 57 operator intervention, 53 resources */
		if (!state || !strncmp(state, "08", 2) ||
		    !strncmp(state, "57", 2) || !strncmp(state, "53", 2))
			rc = BATCH_CONN;
		const char *msg = res ? PQresultErrorMessage(res) : "";
		log_warn("store", 0, "writer: %s failed (%s): %.*s", what,
			 state ? state : "-", (int)strcspn(msg, "\n"), msg);
	}
	PQclear(res);
	if (rc == BATCH_DATA)
		PQclear(PQexec(conn, "ROLLBACK"));
	return rc;
}

#define batch_fail(conn, res, what)                                        \
	(keys_clear(w), batch_fail_(conn, res, what))

/* Keys made in a transaction that rolled back were never stored. */
static enum batch_rc batch_abort(struct writer *w, PGconn *conn,
				 enum batch_rc rc)
{
	keys_clear(w);
	if (rc != BATCH_CONN && !conn_broken(conn))
		PQclear(PQexec(conn, "ROLLBACK"));
	return rc;
}

/*
 * Seals the message's original if it keeps one. BATCH_OK when sealed or
 * when the message alone is refused (job->err: an original that cannot
 * be sealed is not kept, nor is the message); BATCH_CONN, BATCH_DATA
 * when the batch cannot go on.
 */
static enum batch_rc msg_seal(struct writer *w, PGconn *conn,
			      struct store_job *job)
{
	struct store_msg *m = &job->msg;
	int r;

	if (!m->keep)
		return BATCH_OK;
	r = w->st->has_master ? seal_original(w, conn, m) : -ENOKEY;
	if (r == -EIO)
		return BATCH_CONN;
	if (r == -EINVAL)
		return BATCH_DATA;
	if (r) {
		job->err = PROTO_EINTERNAL;
		snprintf(job->why, sizeof(job->why),
			 "original cannot be sealed");
	}
	return BATCH_OK;
}

/*
 * Puts m's columns, each in its array (already open): conv, sender, cid,
 * text, redactions, original, key, flagged.
 */
static void row_put(struct buf *const b[8], const struct store_msg *m,
		    bool first)
{
	if (!first)
		for (size_t k = 0; k < 8; k++)
			buf_putc(b[k], ',');
	buf_put_i64(b[0], m->conv);
	buf_pg_array_elem(b[1], m->sender, strlen(m->sender));
	buf_pg_array_elem(b[2], m->cid, strlen(m->cid));
	buf_pg_array_elem(b[3], m->text, m->text_len);
	buf_pg_array_elem(b[4], m->redactions,
			  m->redactions ? strlen(m->redactions) : 0);
	buf_pg_array_elem(b[5], m->original,
			  m->original ? strlen(m->original) : 0);
	if (m->original)
		buf_put_i64(b[6], m->key_id);
	else
		buf_puts(b[6], "NULL");
	buf_puts(b[7], m->flagged ? "t" : "f");
}

/*
 * dup_of[i] = j when jobs[i] repeats the (sender, cid) of an earlier
 * jobs[j] of the same batch (a resend that arrived before its first copy
 * was stored), else -1.
 */
static int find_resends(struct store_job **jobs, size_t n, int *dup_of)
{
	struct hmap seen;
	struct hnode *seen_nodes = calloc(n + 1, sizeof(*seen_nodes));

	if (!seen_nodes || hmap_init(&seen, n * 2)) {
		free(seen_nodes);
		return -ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		struct store_msg *m = &jobs[i]->msg;
		uint64_t h = hmap_hash_str(m->sender) * 31 ^
			     hmap_hash_str(m->cid);
		dup_of[i] = -1;
		for (struct hnode *e = hmap_first(&seen, h); e;
		     e = hmap_next(e)) {
			size_t j = (size_t)(e - seen_nodes);
			if (!strcmp(jobs[j]->msg.sender, m->sender) &&
			    !strcmp(jobs[j]->msg.cid, m->cid)) {
				dup_of[i] = (int)j;
				break;
			}
		}
		if (dup_of[i] < 0)
			hmap_insert(&seen, &seen_nodes[i], h);
	}
	hmap_deinit(&seen);
	free(seen_nodes);
	return 0;
}

/* After the commit: a resend inside the batch gets its first copy's ack. */
static void answer_resends(struct store_job **jobs, size_t n,
			   const int *dup_of)
{
	for (size_t i = 0; i < n; i++) {
		if (dup_of[i] < 0)
			continue;
		struct store_msg *m = &jobs[i]->msg, *o = &jobs[dup_of[i]]->msg;
		jobs[i]->err = jobs[dup_of[i]]->err;
		m->duplicate = true;
		m->conv = o->conv;
		m->seq = o->seq;
		m->at = o->at;
		copy_id(m->buyer, o->buyer);
		copy_id(m->seller, o->seller);
	}
}

/*
 * optimistic: skip the look-up of earlier copies and let the unique index
 * on (sender, cid) find them; if it finds one, the INSERT fails, the batch
 * is rolled back and BATCH_RETRY asks for the careful path, so no seq is
 * ever burnt. Resends are rare, and the look-up is the costliest statement
 * of a batch.
 *
 * Two round trips: BEGIN, [look-up,] lock in one pipeline; then, with the
 * messages numbered and filtered here, INSERT, UPDATE, NOTIFY, COMMIT in
 * another.
 */
static const char insert_sql[] =
	"INSERT INTO messages (conv_id, seq, sender_id, cid, "
	"text, redactions, original, key_id, flagged, node) "
	"SELECT d.conv, d.seq, d.sender, d.cid, d.text, "
	"d.red::jsonb, decode(d.orig, 'base64'), d.key, d.flag, "
	"$10 FROM unnest($1::bigint[], $2::bigint[], $3::text[], "
	"$4::text[], $5::text[], $6::text[], $7::text[], "
	"$8::bigint[], $9::boolean[]) AS d(conv, seq, sender, "
	"cid, text, red, orig, key, flag)";
static const char dedupe_sql[] =
	"SELECT m.sender_id, m.cid, m.conv_id, m.seq, "
	"(extract(epoch from m.created_at) * 1000000)::bigint, "
	"c.buyer_id, c.seller_id "
	"FROM unnest($1::text[], $2::text[]) AS d(s, c) "
	/* LATERAL: one index probe per message, whatever plan a prepared
	 * statement settles on */
	"CROSS JOIN LATERAL (SELECT * FROM messages x "
	/* the unique index compares byte for byte (migrations/007) */
	"WHERE x.sender_id COLLATE \"C\" = d.s "
	"AND x.cid COLLATE \"C\" = d.c) m "
	"JOIN conversations c ON c.id = m.conv_id";
static const char lock_sql[] =
	"SELECT id, buyer_id, seller_id, last_seq, "
	"(extract(epoch from now()) * 1000000)::bigint, "
	"stage = 'ordered' "
	"FROM conversations WHERE id = ANY($1::bigint[]) "
	"ORDER BY id FOR UPDATE";
static const char update_sql[] =
	"UPDATE conversations c SET last_seq = d.s "
	"FROM unnest($1::bigint[], $2::bigint[]) AS d(id, s) "
	"WHERE c.id = d.id";
static const char notify_sql[] = "SELECT pg_notify('parley_msg', $1)";

/* NOTIFY payloads "node conv:from-to conv:from-to ...", < 8000 bytes each */
#define NOTE_MAX 7000

static enum batch_rc write_batch(struct writer *w, PGconn *conn,
				 struct store_job **jobs, size_t n,
				 bool optimistic)
{
	struct store *st = w->st;
	struct buf a1, a2, a3, a4, a5, a6, a7, a8, a9, lk, ids_b, seqs_b, note;
	struct buf *bufs[] = { &a1, &a2, &a3, &a4, &a5, &a6, &a7, &a8, &a9,
			       &lk, &ids_b, &seqs_b, &note };
	struct conv_lock *locks = NULL;
	int64_t *ids = NULL;
	size_t nlocks = 0, nins = 0, nnotes = 0;
	int64_t at = 0;
	enum batch_rc rc = BATCH_OOM;
	struct pipe_stmt *ps = NULL;
	const char **notes = NULL;
	int dup_of_none = -1, failed;
	int *dup_of = calloc(n, sizeof(int));

	for (size_t i = 0; i < ARRAY_SIZE(bufs); i++)
		buf_init_head(bufs[i], 0);
	ids = calloc(n, sizeof(*ids));
	if (!ids || !dup_of)
		goto out;
	for (size_t i = 0; i < n; i++) {
		jobs[i]->err = PROTO_OK;
		jobs[i]->msg.duplicate = false;
		dup_of[i] = dup_of_none;
	}

	/* 1. resends inside the batch; senders and cids for the look-up */
	if (find_resends(jobs, n, dup_of))
		goto out;
	buf_putc(&a1, '{');
	buf_putc(&a2, '{');
	for (size_t i = 0; !optimistic && i < n; i++) {
		struct store_msg *m = &jobs[i]->msg;
		if (i) {
			buf_putc(&a1, ',');
			buf_putc(&a2, ',');
		}
		buf_pg_array_elem(&a1, m->sender, strlen(m->sender));
		buf_pg_array_elem(&a2, m->cid, strlen(m->cid));
	}
	buf_putc(&a1, '}');
	buf_putc(&a2, '}');

	/* 2. the conversations to lock, in id order (a stored resend's
	 * conversation is locked for nothing: harmless, and rare) */
	for (size_t i = 0; i < n; i++)
		if (dup_of[i] < 0)
			ids[nins++] = jobs[i]->msg.conv;
	qsort(ids, nins, sizeof(*ids), cmp_i64);
	size_t uniq = 0;
	for (size_t i = 0; i < nins; i++)
		if (!uniq || ids[uniq - 1] != ids[i])
			ids[uniq++] = ids[i];
	pg_int_array(&lk, ids, uniq);
	if (a1.oom || a2.oom || lk.oom)
		goto out;

	/* round trip 1: BEGIN, look-up, lock */
	{
		const char *dv[] = { a1.p, a2.p };
		const char *lv[] = { lk.p };
		struct pipe_stmt p1[] = {
			{ .sql = "BEGIN" },
			{ .sql = lock_sql, .n = 1, .vals = lv },
			{ .sql = dedupe_sql, .n = 2, .vals = dv },
		};
		failed = pipe_run(conn, p1, optimistic ? 2 : 3);
		if (failed >= 0) {
			rc = batch_fail(conn, p1[failed].res,
					failed == 0 ? "BEGIN" :
					failed == 1 ? "conversation lock" :
						      "duplicate check");
			goto out;
		}
		PQclear(p1[0].res);
		PGresult *res = optimistic ? NULL : p1[2].res;
		for (int r = 0; res && r < PQntuples(res); r++) {
			const char *s = PQgetvalue(res, r, 0);
			const char *c = PQgetvalue(res, r, 1);
			for (size_t i = 0; i < n; i++) {
				struct store_msg *m = &jobs[i]->msg;
				if (strcmp(m->sender, s) || strcmp(m->cid, c))
					continue;
				m->duplicate = true;
				dup_of[i] = dup_of_none;
				m->conv = col_i64(res, r, 2);
				m->seq = col_i64(res, r, 3);
				m->at = col_i64(res, r, 4);
				copy_id(m->buyer, PQgetvalue(res, r, 5));
				copy_id(m->seller, PQgetvalue(res, r, 6));
			}
		}
		PQclear(res);
		res = p1[1].res;
		nlocks = (size_t)PQntuples(res);
		locks = calloc(nlocks + 1, sizeof(*locks));
		if (!locks) {
			PQclear(res);
			rc = batch_abort(w, conn, BATCH_OOM);
			goto out;
		}
		for (size_t r = 0; r < nlocks; r++) {
			locks[r].id = col_i64(res, (int)r, 0);
			copy_id(locks[r].buyer, PQgetvalue(res, (int)r, 1));
			copy_id(locks[r].seller, PQgetvalue(res, (int)r, 2));
			locks[r].last_seq = col_i64(res, (int)r, 3);
			at = col_i64(res, (int)r, 4);
			locks[r].ordered = PQgetvalue(res, (int)r, 5)[0] == 't';
			struct store_conv facts;
			lock_facts(&locks[r], &facts);
			fact_put(w, &facts);
		}
		PQclear(res);
	}

	/* 3. filter, seal and number the rows ($2 the seqs) */
	struct buf *const row[8] = { &a1, &a3, &a4, &a5, &a6, &a7, &a8, &a9 };
	for (size_t i = 0; i < 9; i++) {
		buf_reset(bufs[i]);
		buf_putc(bufs[i], '{');
	}
	nins = 0;
	for (size_t i = 0; i < n; i++) {
		struct store_msg *m = &jobs[i]->msg;
		if (m->duplicate || dup_of[i] >= 0)
			continue;
		struct conv_lock *cl = conv_find(locks, nlocks, m->conv);
		if (!cl) {
			jobs[i]->err = PROTO_ENOT_FOUND;
			continue;
		}
		if (strcmp(cl->buyer, m->sender) &&
		    strcmp(cl->seller, m->sender)) {
			jobs[i]->err = PROTO_ENOT_PARTICIPANT;
			continue;
		}
		copy_id(m->buyer, cl->buyer);
		copy_id(m->seller, cl->seller);
		struct store_conv facts;
		lock_facts(cl, &facts);
		jobs[i]->err = msg_prepare(st, jobs[i], &facts);
		if (jobs[i]->err)
			continue;
		enum batch_rc sealed = msg_seal(w, conn, jobs[i]);
		if (sealed != BATCH_OK) {
			rc = batch_abort(w, conn, sealed);
			goto out;
		}
		if (jobs[i]->err)
			continue;
		m->seq = ++cl->last_seq;
		m->at = at;
		if (!cl->touched)
			cl->first = m->seq;
		cl->touched = true;
		if (nins)
			buf_putc(&a2, ',');
		buf_put_i64(&a2, m->seq);
		row_put(row, m, !nins++);
	}
	for (size_t i = 0; i < 9; i++)
		buf_putc(bufs[i], '}');

	/* 4. the new last_seq of each conversation, and the announcements;
	 * payloads are NUL-separated in `note` */
	buf_putc(&ids_b, '{');
	buf_putc(&seqs_b, '{');
	size_t note_start = 0;
	for (size_t k = 0; k < nlocks; k++) {
		if (!locks[k].touched)
			continue;
		if (ids_b.len > 1) {
			buf_putc(&ids_b, ',');
			buf_putc(&seqs_b, ',');
		}
		buf_put_i64(&ids_b, locks[k].id);
		buf_put_i64(&seqs_b, locks[k].last_seq);
		if (note.len - note_start > NOTE_MAX) {
			buf_putc(&note, '\0');
			note_start = note.len;
		}
		if (note.len == note_start) {
			buf_puts(&note, st->node_id);
			nnotes++;
		}
		buf_printf(&note, " %lld:%lld-%lld", (long long)locks[k].id,
			   (long long)locks[k].first,
			   (long long)locks[k].last_seq);
	}
	buf_putc(&ids_b, '}');
	buf_putc(&seqs_b, '}');
	buf_putc(&note, '\0');
	for (size_t i = 0; i < ARRAY_SIZE(bufs); i++)
		if (bufs[i]->oom) {
			rc = batch_abort(w, conn, BATCH_OOM);
			goto out;
		}

	/* round trip 2: INSERT, UPDATE, NOTIFY, COMMIT; only after the
	 * COMMIT may anyone be told */
	ps = calloc(nnotes + 3, sizeof(*ps));
	notes = calloc(nnotes + 1, sizeof(*notes));
	if (!ps || !notes) {
		rc = batch_abort(w, conn, BATCH_OOM);
		goto out;
	}
	const char *iv[] = { a1.p, a2.p, a3.p, a4.p, a5.p,
			     a6.p, a7.p, a8.p, a9.p, st->node_id };
	const char *uv[] = { ids_b.p, seqs_b.p };
	size_t np = 0;
	if (nins) {
		ps[np++] = (struct pipe_stmt){ .sql = insert_sql, .n = 10,
					       .vals = iv };
		ps[np++] = (struct pipe_stmt){ .sql = update_sql, .n = 2,
					       .vals = uv };
		const char *p = note.p;
		for (size_t k = 0; k < nnotes; k++) {
			notes[k] = p;
			ps[np++] = (struct pipe_stmt){ .sql = notify_sql,
						       .n = 1,
						       .vals = &notes[k] };
			p += strlen(p) + 1;
		}
	}
	ps[np++] = (struct pipe_stmt){ .sql = "COMMIT" };
	failed = pipe_run(conn, ps, np);
	if (failed >= 0) {
		const char *state = ps[failed].res ?
			PQresultErrorField(ps[failed].res, PG_DIAG_SQLSTATE) :
			NULL;
		if (optimistic && failed == 0 && nins && state &&
		    !strcmp(state, "23505")) {
			/* a resend of a stored message: number without it */
			PQclear(ps[failed].res);
			rc = batch_abort(w, conn, BATCH_RETRY);
			goto out;
		}
		rc = batch_fail(conn, ps[failed].res,
				ps[failed].sql == insert_sql ? "insert" :
				ps[failed].sql == update_sql ? "seq update" :
				ps[failed].sql == notify_sql ? "notify" :
							       "COMMIT");
		goto out;
	}
	for (size_t i = 0; i < np; i++)
		PQclear(ps[i].res);
	answer_resends(jobs, n, dup_of);
	rc = BATCH_OK;
out:
	for (size_t i = 0; i < ARRAY_SIZE(bufs); i++)
		buf_free(bufs[i]);
	free(ps);
	free(notes);
	free(locks);
	free(ids);
	free(dup_of);
	return rc;
}


/*
 * The one round-trip path, for a batch whose conversations this writer
 * has locked before: the messages are filtered with the remembered
 * stage, and BEGIN, one statement, COMMIT go in one pipeline. The
 * statement locks the conversations in id order, as write_batch does,
 * advances last_seq only where the stage is still the one the messages
 * were filtered for, numbers and inserts the rows and sends the NOTIFY.
 * A message of a conversation it did not advance gets seq NULL, which the
 * NOT NULL constraint refuses: the whole batch is rolled back and
 * BATCH_STALE hands it to write_batch, which locks, reads the stage and
 * filters again where it changed. A stored resend fails the unique index
 * as on the optimistic path (BATCH_RETRY).
 */
static const char fast_sql[] =
	"WITH d AS (SELECT * FROM unnest($1::bigint[], $2::text[], "
	"$3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], "
	"$8::boolean[]) WITH ORDINALITY AS d(conv, sender, cid, text, red, "
	"orig, key, flag, ord)), "
	"f AS (SELECT * FROM unnest($9::bigint[], $10::bigint[], "
	"$11::boolean[]) AS f(id, n, ordered)), "
	"l AS MATERIALIZED (SELECT id FROM conversations "
	"WHERE id = ANY($9::bigint[]) ORDER BY id FOR UPDATE), "
	"c AS (UPDATE conversations c SET last_seq = c.last_seq + f.n "
	"FROM f, l WHERE c.id = f.id AND l.id = f.id "
	"AND (c.stage = 'ordered') = f.ordered "
	"RETURNING c.id, c.last_seq - f.n AS base, c.last_seq AS last), "
	"i AS (INSERT INTO messages (conv_id, seq, sender_id, cid, text, "
	"redactions, original, key_id, flagged, node) "
	"SELECT d.conv, c.base + row_number() OVER (PARTITION BY d.conv "
	"ORDER BY d.ord), d.sender, d.cid, d.text, d.red::jsonb, "
	"decode(d.orig, 'base64'), d.key, d.flag, $12 "
	"FROM d LEFT JOIN c ON c.id = d.conv), "
	/* payloads as write_batch's: "node conv:from-to ...", < 8000 bytes */
	"n AS (SELECT pg_notify('parley_msg', $12 || string_agg(' ' || id || "
	"':' || (base + 1) || '-' || last, '')) FROM (SELECT *, "
	"(row_number() OVER ()) / 100 AS chunk FROM c) q GROUP BY chunk) "
	"SELECT c.id, c.base, "
	"(extract(epoch from now()) * 1000000)::bigint, "
	"(SELECT count(*) FROM n) FROM c";

static enum batch_rc write_fast(struct writer *w, PGconn *conn,
				struct store_job **jobs, size_t n)
{
	struct store *st = w->st;
	struct buf cols[8], ids_b, cnt_b, ord_b;
	struct buf *const row[8] = { &cols[0], &cols[1], &cols[2], &cols[3],
				     &cols[4], &cols[5], &cols[6], &cols[7] };
	struct conv_lock *convs = calloc(n + 1, sizeof(*convs));
	int64_t *ids = calloc(n + 1, sizeof(*ids));
	int *dup_of = calloc(n + 1, sizeof(int));
	size_t nconv = 0, nins = 0;
	enum batch_rc rc = BATCH_OOM;

	for (size_t k = 0; k < 8; k++)
		buf_init_head(&cols[k], 0);
	buf_init_head(&ids_b, 0);
	buf_init_head(&cnt_b, 0);
	buf_init_head(&ord_b, 0);
	if (!convs || !ids || !dup_of || find_resends(jobs, n, dup_of))
		goto out;

	/* 1. every conversation known, every sender one of its two */
	rc = BATCH_STALE;
	for (size_t i = 0; i < n; i++) {
		const struct store_msg *m = &jobs[i]->msg;
		const struct conv_fact *f;
		if (dup_of[i] >= 0)
			continue;
		f = fact_find(w, m->conv);
		if (!f || (strcmp(f->c.buyer, m->sender) &&
			   strcmp(f->c.seller, m->sender)))
			goto out;
	}

	/* 2. filter and seal with what we know, as write_batch does */
	for (size_t k = 0; k < 8; k++)
		buf_putc(&cols[k], '{');
	for (size_t i = 0; i < n; i++) {
		struct store_msg *m = &jobs[i]->msg;
		const struct conv_fact *f;
		jobs[i]->err = PROTO_OK;
		m->duplicate = false;
		if (dup_of[i] >= 0)
			continue;
		f = fact_find(w, m->conv);
		copy_id(m->buyer, f->c.buyer);
		copy_id(m->seller, f->c.seller);
		jobs[i]->err = msg_prepare(st, jobs[i], &f->c);
		if (jobs[i]->err)
			continue;
		enum batch_rc sealed = msg_seal(w, conn, jobs[i]);
		if (sealed != BATCH_OK) {
			rc = sealed;
			goto out;
		}
		if (jobs[i]->err)
			continue;
		ids[nins] = m->conv;
		row_put(row, m, !nins++);
	}
	for (size_t k = 0; k < 8; k++)
		buf_putc(&cols[k], '}');
	if (!nins) {
		rc = BATCH_OK;	/* all refused: nothing to store */
		goto out;
	}

	/* the conversations in id order, with how many rows each */
	qsort(ids, nins, sizeof(*ids), cmp_i64);
	for (size_t k = 0; k < nins; k++) {
		if (nconv && convs[nconv - 1].id == ids[k]) {
			convs[nconv - 1].first++;	/* here: a count */
			continue;
		}
		convs[nconv].id = ids[k];
		convs[nconv].ordered = fact_find(w, ids[k])->c.ordered;
		convs[nconv++].first = 1;
	}
	buf_putc(&ids_b, '{');
	buf_putc(&cnt_b, '{');
	buf_putc(&ord_b, '{');
	for (size_t k = 0; k < nconv; k++) {
		if (k) {
			buf_putc(&ids_b, ',');
			buf_putc(&cnt_b, ',');
			buf_putc(&ord_b, ',');
		}
		buf_put_i64(&ids_b, convs[k].id);
		buf_put_i64(&cnt_b, convs[k].first);
		buf_putc(&ord_b, convs[k].ordered ? 't' : 'f');
	}
	buf_putc(&ids_b, '}');
	buf_putc(&cnt_b, '}');
	buf_putc(&ord_b, '}');
	rc = BATCH_OOM;
	for (size_t k = 0; k < 8; k++)
		if (cols[k].oom)
			goto out;
	if (ids_b.oom || cnt_b.oom || ord_b.oom)
		goto out;

	/* 3. one round trip */
	const char *v[] = { cols[0].p, cols[1].p, cols[2].p, cols[3].p,
			    cols[4].p, cols[5].p, cols[6].p, cols[7].p,
			    ids_b.p,   cnt_b.p,   ord_b.p,   st->node_id };
	struct pipe_stmt p[] = {
		{ .sql = "BEGIN" },
		{ .sql = fast_sql, .n = 12, .vals = v },
		{ .sql = "COMMIT" },
	};
	int failed = pipe_run(conn, p, 3);
	if (failed >= 0) {
		const char *state = p[failed].res ?
			PQresultErrorField(p[failed].res, PG_DIAG_SQLSTATE) :
			NULL;
		const char *col = p[failed].res ?
			PQresultErrorField(p[failed].res,
					   PG_DIAG_COLUMN_NAME) :
			NULL;
		if (failed == 1 && state && !strcmp(state, "23502") && col &&
		    !strcmp(col, "seq")) {
			/* a stage changed, or a conversation is gone */
			PQclear(p[failed].res);
			for (size_t k = 0; k < nconv; k++)
				fact_drop(w, convs[k].id);
			rc = batch_abort(w, conn, BATCH_STALE);
			goto out;
		}
		if (failed == 1 && state && !strcmp(state, "23505")) {
			/* a resend of a stored message */
			PQclear(p[failed].res);
			rc = batch_abort(w, conn, BATCH_RETRY);
			goto out;
		}
		rc = batch_fail(conn, p[failed].res,
				failed == 1 ? "insert" :
				failed == 0 ? "BEGIN" : "COMMIT");
		goto out;
	}
	PGresult *res = p[1].res;
	int64_t at = 0;
	for (int r = 0; r < PQntuples(res); r++) {
		struct conv_lock *cl = conv_find(convs, nconv,
						 col_i64(res, r, 0));
		if (cl) {
			cl->last_seq = col_i64(res, r, 1);
			cl->touched = true;
		}
		at = col_i64(res, r, 2);
	}
	PQclear(p[0].res);
	PQclear(p[1].res);
	PQclear(p[2].res);

	/* 4. the seqs the statement gave, in the same order */
	for (size_t i = 0; i < n; i++) {
		struct store_msg *m = &jobs[i]->msg;
		if (dup_of[i] >= 0 || jobs[i]->err)
			continue;
		struct conv_lock *cl = conv_find(convs, nconv, m->conv);
		if (!cl || !cl->touched) {
			/* cannot be: the statement numbered every row */
			jobs[i]->err = PROTO_EINTERNAL;
			continue;
		}
		m->seq = ++cl->last_seq;
		m->at = at;
	}
	answer_resends(jobs, n, dup_of);
	rc = BATCH_OK;
out:
	for (size_t k = 0; k < 8; k++)
		buf_free(&cols[k]);
	buf_free(&ids_b);
	buf_free(&cnt_b);
	buf_free(&ord_b);
	free(convs);
	free(ids);
	free(dup_of);
	return rc;
}

static void answer_all(struct store *st, struct store_job **jobs, size_t n,
		       enum proto_err err)
{
	for (size_t i = 0; i < n; i++)
		jobs[i]->err = err;
	store_finish_all(st, jobs, n);
}

static void *writer_main(void *arg)
{
	struct writer *w = arg;
	struct store *st = w->st;
	char who[32];
	size_t cap = (size_t)(st->cfg.per_message ? 1 : st->cfg.batch_max);
	struct store_job **jobs = calloc(cap, sizeof(*jobs));
	PGconn *conn = NULL;
	int64_t next_try = 0, next_schema_check = 0;
	int backoff_ms = 100;
	bool was_up = false;

	if (!jobs)
		return NULL;
	snprintf(who, sizeof(who), "writer-%u", w->idx);
	for (;;) {
		size_t n = 0;

		if (!conn && mono_usec() >= next_try) {
			conn = store_connect_once(st, who);
			if (conn) {
				char err[256];
				int r = migrate_check(conn, migrate_builtin,
						      migrate_builtin_count,
						      err, sizeof(err));
				atomic_store(&st->schema_ok, r == 0);
				if (r)
					log_err("store", 0,
						"schema not current: %s", err);
				if (was_up)
					atomic_fetch_add(&metrics.db_reconnects,
							 1);
				log_notice("store", 0, "%s connected", who);
				was_up = true;
				backoff_ms = 100;
				atomic_fetch_add(&st->writers_up, 1);
			} else {
				next_try = mono_usec() + backoff_ms * 1000LL;
				backoff_ms *= 2;
				if (backoff_ms > st->cfg.reconnect_max_s * 1000)
					backoff_ms = st->cfg.reconnect_max_s *
						     1000;
			}
		}

		pthread_mutex_lock(&st->lock);
		while (!w->q.len && !st->stopping) {
			if (!conn) {
				/* wake up to retry the connection */
				struct timespec ts;
				clock_gettime(CLOCK_REALTIME, &ts);
				ts.tv_nsec += 200 * 1000000L;
				if (ts.tv_nsec >= 1000000000L) {
					ts.tv_sec++;
					ts.tv_nsec -= 1000000000L;
				}
				pthread_cond_timedwait(&w->cond, &st->lock,
						       &ts);
				break;
			}
			pthread_cond_wait(&w->cond, &st->lock);
		}
		while (n < cap && w->q.len)
			jobs[n++] = queue_pop(&w->q);
		bool stopping = st->stopping;
		pthread_mutex_unlock(&st->lock);

		if (!n) {
			if (stopping)
				break;
			continue;
		}
		if (conn && !atomic_load(&st->schema_ok) &&
		    mono_usec() >= next_schema_check) {
			/* parleyctl migrate may have run since we connected */
			char err[256];
			atomic_store(&st->schema_ok,
				     migrate_check(conn, migrate_builtin,
						   migrate_builtin_count, err,
						   sizeof(err)) == 0);
			next_schema_check = mono_usec() + 2000000;
			if (atomic_load(&st->schema_ok))
				log_notice("store", 0, "schema is current now");
		}
		if (!conn || !atomic_load(&st->schema_ok)) {
			/* never write into a schema we were not built for */
			answer_all(st, jobs, n, PROTO_EUNAVAILABLE);
			continue;
		}

		int64_t t0 = mono_usec();
		enum batch_rc rc = write_fast(w, conn, jobs, n);
		bool one_trip = rc == BATCH_OK;
		if (rc == BATCH_STALE)
			rc = write_batch(w, conn, jobs, n, true);
		if (rc == BATCH_RETRY)
			rc = write_batch(w, conn, jobs, n, false);
		if (rc == BATCH_DATA && n > 1) {
			/* find the bad row: one transaction per message */
			for (size_t i = 0; i < n && rc != BATCH_CONN; i++) {
				rc = write_batch(w, conn, &jobs[i], 1, false);
				if (rc == BATCH_DATA) /* raced a twin: retry */
					rc = write_batch(w, conn, &jobs[i], 1,
							 false);
				if (rc == BATCH_DATA || rc == BATCH_OOM) {
					jobs[i]->err = PROTO_EINTERNAL;
					rc = BATCH_OK;
				}
				if (rc == BATCH_CONN)
					answer_all(st, &jobs[i], n - i,
						   PROTO_EUNAVAILABLE);
				else
					store_finish(st, jobs[i]);
			}
			if (rc == BATCH_CONN) {
				PQfinish(conn);
				conn = NULL;
				atomic_fetch_sub(&st->writers_up, 1);
			}
			continue;
		}
		switch (rc) {
		case BATCH_OK:
			metrics_batch(n, mono_usec() - t0);
			atomic_fetch_add(one_trip ? &metrics.batches_one_trip :
					 &metrics.batches_locking, 1);
			store_finish_all(st, jobs, n);
			break;
		case BATCH_DATA:
		case BATCH_OOM:
		case BATCH_RETRY:
		case BATCH_STALE:
			answer_all(st, jobs, n, PROTO_EINTERNAL);
			break;
		case BATCH_CONN:
			log_warn("store", 0,
				 "%s: connection lost, %zu sends answered "
				 "unavailable", who, n);
			answer_all(st, jobs, n, PROTO_EUNAVAILABLE);
			PQfinish(conn);
			conn = NULL;
			atomic_fetch_sub(&st->writers_up, 1);
			next_try = 0;
			break;
		}
	}
	if (conn)
		PQfinish(conn);
	keys_clear(w);
	free(jobs);
	return NULL;
}

/* ---- query worker --------------------------------------------------- */

static const char *role_name(enum store_role r)
{
	static const char *const names[] = { "buyer", "seller", "support",
					     "admin" };
	return names[r];
}

static int role_parse(const char *s, enum store_role *out)
{
	for (int r = STORE_ROLE_BUYER; r <= STORE_ROLE_ADMIN; r++) {
		if (!strcmp(s, role_name(r))) {
			*out = r;
			return 0;
		}
	}
	return -EINVAL;
}

/* Conversation columns as seen by user $1. */
#define CONV_COLS                                                         \
	"c.id, c.buyer_id, c.seller_id, c.topic, c.stage = 'ordered', "  \
	"c.last_seq, "                                                    \
	"CASE WHEN c.buyer_id = $1 THEN c.buyer_read_seq "                \
	"ELSE c.seller_read_seq END, "                                    \
	"CASE WHEN c.buyer_id = $1 THEN c.seller_read_seq "               \
	"ELSE c.buyer_read_seq END, "                                     \
	"(SELECT count(*) FROM messages u WHERE u.conv_id = c.id "        \
	"AND u.sender_id <> $1 AND u.seq > CASE WHEN c.buyer_id = $1 "    \
	"THEN c.buyer_read_seq ELSE c.seller_read_seq END)"

static int read_convs(PGresult *res, struct store_conv **out, size_t *count)
{
	int rows = PQntuples(res);

	*count = 0;
	*out = calloc((size_t)rows + 1, sizeof(**out));
	if (!*out)
		return -ENOMEM;
	for (int i = 0; i < rows; i++) {
		struct store_conv *c = &(*out)[i];
		c->id = col_i64(res, i, 0);
		copy_id(c->buyer, PQgetvalue(res, i, 1));
		copy_id(c->seller, PQgetvalue(res, i, 2));
		snprintf(c->topic, sizeof(c->topic), "%s",
			 PQgetvalue(res, i, 3));
		c->ordered = PQgetvalue(res, i, 4)[0] == 't';
		c->last_seq = col_i64(res, i, 5);
		c->read_seq = col_i64(res, i, 6);
		c->peer_read_seq = col_i64(res, i, 7);
		c->unread = col_i64(res, i, 8);
	}
	*count = (size_t)rows;
	return 0;
}

/* Returns 0, -EIO (connection), or sets job->err for a refusal. */
static int query_open(PGconn *conn, struct store_job *job)
{
	const char *v1[] = { job->peer };
	PGresult *res = exec_params(conn,
		"SELECT role FROM users WHERE id = $1 AND erased_at IS NULL",
		1, v1);
	enum store_role peer_role;

	if (!result_ok(res)) {
		PQclear(res);
		return -EIO;
	}
	if (PQntuples(res) != 1 ||
	    role_parse(PQgetvalue(res, 0, 0), &peer_role)) {
		PQclear(res);
		job->err = PROTO_ENOT_FOUND;
		return 0;
	}
	PQclear(res);
	const char *buyer, *seller;
	if (job->role == STORE_ROLE_BUYER && peer_role == STORE_ROLE_SELLER) {
		buyer = job->user;
		seller = job->peer;
	} else if (job->role == STORE_ROLE_SELLER &&
		   peer_role == STORE_ROLE_BUYER) {
		buyer = job->peer;
		seller = job->user;
	} else {
		job->err = PROTO_EFORBIDDEN;
		return 0;
	}
	const char *v2[] = { job->user, buyer, seller, job->topic };
	res = exec_params(conn,
		"WITH ins AS (INSERT INTO conversations (buyer_id, seller_id, "
		"topic) VALUES ($2, $3, $4) ON CONFLICT DO NOTHING "
		"RETURNING *) "
		"SELECT " CONV_COLS ", true FROM ins c",
		4, v2);
	if (!result_ok(res)) {
		PQclear(res);
		return -EIO;
	}
	if (PQntuples(res) < 1) {
		/* it existed already */
		PQclear(res);
		res = exec_params(conn,
			"SELECT " CONV_COLS ", false FROM conversations c "
			"WHERE c.buyer_id = $2 AND c.seller_id = $3 "
			"AND c.topic = $4",
			4, v2);
		if (!result_ok(res) || PQntuples(res) < 1) {
			PQclear(res);
			return -EIO;
		}
	}
	if (read_convs(res, &job->convs, &job->conv_count)) {
		PQclear(res);
		job->err = PROTO_EINTERNAL;
		return 0;
	}
	job->convs[0].created = PQgetvalue(res, 0, 9)[0] == 't';
	job->conv_count = 1;
	PQclear(res);
	return 0;
}

static void since_arrays(const struct proto_since *since, size_t n,
			 struct buf *convs, struct buf *seqs)
{
	buf_putc(convs, '{');
	buf_putc(seqs, '{');
	for (size_t i = 0; i < n; i++) {
		if (i) {
			buf_putc(convs, ',');
			buf_putc(seqs, ',');
		}
		buf_put_i64(convs, since[i].conv);
		buf_put_i64(seqs, since[i].seq);
	}
	buf_putc(convs, '}');
	buf_putc(seqs, '}');
}

static int query_convs(PGconn *conn, struct store_job *job)
{
	const char *v[] = { job->user };
	PGresult *res = exec_params(conn,
		"SELECT " CONV_COLS " FROM conversations c "
		"WHERE c.buyer_id = $1 OR c.seller_id = $1 ORDER BY c.id",
		1, v);

	if (!result_ok(res)) {
		PQclear(res);
		return -EIO;
	}
	if (read_convs(res, &job->convs, &job->conv_count))
		job->err = PROTO_EINTERNAL;
	PQclear(res);
	return 0;
}

/* Messages after each since; for FETCH membership is not checked. */
/*
 * Messages after each since. SYNC checks membership. FETCH (routing) skips
 * the rows this node wrote, which always reach its routing through the
 * writer's answers, and stops before job->before when set: a gap read
 * must not hand over a local message whose ack is still on its way, or
 * its sender would get it twice.
 */
static int query_after(PGconn *conn, struct store_job *job, int limit,
		       bool check_member, const char *skip_node)
{
	struct buf convs, seqs;
	char lim[16];
	PGresult *res;
	int rc = 0;

	buf_init_head(&convs, 0);
	buf_init_head(&seqs, 0);
	since_arrays(job->since, job->since_count, &convs, &seqs);
	snprintf(lim, sizeof(lim), "%d", limit);
	if (convs.oom || seqs.oom) {
		job->err = PROTO_EINTERNAL;
		goto out;
	}
	if (check_member && job->since_count) {
		const char *v[] = { job->user, convs.p };
		res = exec_params(conn,
			"SELECT count(*) FROM conversations c "
			"WHERE c.id = ANY($2::bigint[]) "
			"AND (c.buyer_id = $1 OR c.seller_id = $1)",
			2, v);
		if (!result_ok(res)) {
			PQclear(res);
			rc = -EIO;
			goto out;
		}
		size_t distinct = 0;
		for (size_t i = 0; i < job->since_count; i++) {
			size_t j;
			for (j = 0; j < i; j++)
				if (job->since[j].conv == job->since[i].conv)
					break;
			distinct += j == i;
		}
		bool ok = (size_t)col_i64(res, 0, 0) == distinct;
		PQclear(res);
		if (!ok) {
			job->err = PROTO_ENOT_PARTICIPANT;
			goto out;
		}
	}
	char until[24];
	snprintf(until, sizeof(until), "%lld",
		 (long long)(job->before > 0 ? job->before : INT64_MAX));
	const char *v[] = { convs.p, seqs.p, lim, skip_node ? skip_node : "",
			    until };
	res = exec_params(conn,
		"SELECT " MSG_COLS " FROM unnest($1::bigint[], $2::bigint[]) "
		"AS s(conv, since) "
		"JOIN conversations c ON c.id = s.conv "
		"CROSS JOIN LATERAL (SELECT * FROM messages m "
		"WHERE m.conv_id = s.conv AND m.seq > s.since "
		"AND m.seq < $5::bigint "
		"AND ($4 = '' OR m.node IS DISTINCT FROM $4) "
		"ORDER BY m.seq LIMIT $3::int) m "
		"ORDER BY m.conv_id, m.seq",
		5, v);
	if (!result_ok(res)) {
		PQclear(res);
		rc = -EIO;
		goto out;
	}
	if (read_msgs(res, &job->msgs, &job->msg_count))
		job->err = PROTO_EINTERNAL;
	PQclear(res);
out:
	buf_free(&convs);
	buf_free(&seqs);
	return rc;
}

static int query_history(PGconn *conn, struct store_job *job)
{
	char conv[24], before[24], lim[16];
	PGresult *res;

	snprintf(conv, sizeof(conv), "%lld", (long long)job->msg.conv);
	snprintf(before, sizeof(before), "%lld",
		 (long long)(job->before > 0 ? job->before : INT64_MAX));
	snprintf(lim, sizeof(lim), "%d", job->limit);
	const char *v[] = { job->user, conv, before, lim };
	res = exec_params(conn,
		"SELECT " CONV_COLS " FROM conversations c WHERE c.id = $2 "
		"AND (c.buyer_id = $1 OR c.seller_id = $1)",
		2, v);
	if (!result_ok(res)) {
		PQclear(res);
		return -EIO;
	}
	if (PQntuples(res) != 1) {
		PQclear(res);
		job->err = PROTO_ENOT_PARTICIPANT;
		return 0;
	}
	if (read_convs(res, &job->convs, &job->conv_count)) {
		PQclear(res);
		job->err = PROTO_EINTERNAL;
		return 0;
	}
	PQclear(res);
	const char *v2[] = { conv, before, lim };
	res = exec_params(conn,
		"SELECT * FROM (SELECT " MSG_COLS " FROM messages m "
		"JOIN conversations c ON c.id = m.conv_id "
		"WHERE m.conv_id = $1 AND m.seq < $2 "
		"ORDER BY m.seq DESC LIMIT $3::int) h ORDER BY 2",
		3, v2);
	if (!result_ok(res)) {
		PQclear(res);
		return -EIO;
	}
	if (read_msgs(res, &job->msgs, &job->msg_count))
		job->err = PROTO_EINTERNAL;
	PQclear(res);
	return 0;
}

/*
 * Takes a result that should hold one conversation row (CONV_COLS) into
 * job->convs; none sets job->err to missing. Clears res. 0 or -EIO.
 */
static int one_conv(PGresult *res, struct store_job *job,
		    enum proto_err missing)
{
	if (!result_ok(res)) {
		PQclear(res);
		return -EIO;
	}
	if (PQntuples(res) != 1)
		job->err = missing;
	else if (read_convs(res, &job->convs, &job->conv_count))
		job->err = PROTO_EINTERNAL;
	PQclear(res);
	return 0;
}

static int query_read(PGconn *conn, struct store_job *job)
{
	char conv[24], seq[24];

	snprintf(conv, sizeof(conv), "%lld", (long long)job->msg.conv);
	snprintf(seq, sizeof(seq), "%lld", (long long)job->msg.seq);
	const char *v[] = { job->user, conv, seq };
	PGresult *res = exec_params(conn,
		"WITH u AS (UPDATE conversations c SET "
		"buyer_read_seq = CASE WHEN buyer_id = $1 THEN "
		"GREATEST(buyer_read_seq, LEAST($3::bigint, last_seq)) "
		"ELSE buyer_read_seq END, "
		"seller_read_seq = CASE WHEN seller_id = $1 THEN "
		"GREATEST(seller_read_seq, LEAST($3::bigint, last_seq)) "
		"ELSE seller_read_seq END "
		"WHERE c.id = $2 AND (c.buyer_id = $1 OR c.seller_id = $1) "
		"RETURNING c.*) "
		"SELECT " CONV_COLS " FROM u c",
		3, v);

	return one_conv(res, job, PROTO_ENOT_PARTICIPANT);
}

static int query_members(PGconn *conn, struct store_job *job)
{
	char conv[24];

	snprintf(conv, sizeof(conv), "%lld", (long long)job->msg.conv);
	const char *v[] = { job->user, conv };
	PGresult *res = exec_params(conn,
		"SELECT " CONV_COLS " FROM conversations c WHERE c.id = $2",
		2, v);

	return one_conv(res, job, PROTO_ENOT_FOUND);
}

static int query_set_stage(PGconn *conn, struct store_job *job)
{
	char conv[24];

	snprintf(conv, sizeof(conv), "%lld", (long long)job->msg.conv);
	const char *v[] = { "", conv, job->msg.seq ? "ordered" : "inquiry" };
	PGresult *res = exec_params(conn,
		"WITH u AS (UPDATE conversations SET stage = $3 "
		"WHERE id = $2::bigint RETURNING *), "
		"n AS (SELECT pg_notify('parley_conv', $2::text) FROM u) "
		"SELECT " CONV_COLS " FROM u c, (SELECT count(*) FROM n) x",
		3, v);

	return one_conv(res, job, PROTO_ENOT_FOUND);
}

/* Payload "node<TAB>buyer<TAB>seller<TAB>frame": ids and a small frame. */
static int query_signal(struct store *st, PGconn *conn, struct store_job *job)
{
	struct buf b;
	PGresult *res;

	if (!job->json)
		return 0;
	buf_init_head(&b, 0);
	buf_printf(&b, "%s\t%s\t%s\t%s", st->node_id, job->msg.buyer,
		   job->msg.seller, job->json);
	if (b.oom || b.len > 7900) {
		buf_free(&b);
		return 0;
	}
	const char *v[] = { b.p };
	res = exec_params(conn, "SELECT pg_notify('parley_signal', $1)", 1, v);
	buf_free(&b);
	if (!result_ok(res)) {
		PQclear(res);
		return -EIO;
	}
	PQclear(res);
	return 0;
}

static int query_run(struct store *st, PGconn *conn, struct store_job *job)
{
	job->err = PROTO_OK;
	switch (job->kind) {
	case STORE_OPEN:
		return query_open(conn, job);
	case STORE_SYNC: {
		int r = query_after(conn, job, st->cfg.sync_max, true, NULL);
		if (r || job->err)
			return r;
		return query_convs(conn, job);
	}
	case STORE_FETCH:
		return query_after(conn, job, st->cfg.sync_max, false,
				   st->node_id);
	case STORE_HISTORY:
		return query_history(conn, job);
	case STORE_CONVS:
		return query_convs(conn, job);
	case STORE_READ:
		return query_read(conn, job);
	case STORE_MEMBERS:
		return query_members(conn, job);
	case STORE_SET_STAGE:
		return query_set_stage(conn, job);
	case STORE_SIGNAL:
		return query_signal(st, conn, job);
	case STORE_CALL:
		return calls_run(conn, job, st->has_master ? st->master : NULL,
				 st->has_master_old ? st->master_old : NULL);
	case STORE_CONSENT:
	case STORE_CONSENTS:
	case STORE_OFFER:
	case STORE_OFFER_DUE:
		return consent_db_run(conn, job, st->node_id);
	default:
		job->err = PROTO_EINTERNAL;
		return 0;
	}
}

static void *query_main(void *arg)
{
	struct store *st = arg;
	PGconn *conn = NULL;
	int64_t next_try = 0;

	for (;;) {
		pthread_mutex_lock(&st->lock);
		while (!st->queries.len && !st->stopping)
			pthread_cond_wait(&st->query_cond, &st->lock);
		struct store_job *job = queue_pop(&st->queries);
		pthread_mutex_unlock(&st->lock);
		if (!job)
			break;	/* stopping and drained */

		if (!conn && mono_usec() >= next_try) {
			conn = store_connect_once(st, "query");
			if (!conn)
				next_try = mono_usec() + 500000;
		}
		if (!conn) {
			job->err = PROTO_EUNAVAILABLE;
			store_finish(st, job);
			continue;
		}
		int r = query_run(st, conn, job);
		if (r == -EIO) {
			const char *msg = PQerrorMessage(conn);
			log_warn("store", job->conn, "query failed: %.*s",
				 (int)strcspn(msg, "\n"), msg);
			job->err = PROTO_EUNAVAILABLE;
			/* free the rows read before the failure */
			for (size_t i = 0; i < job->msg_count; i++)
				msg_clear(&job->msgs[i]);
			job->msg_count = 0;
			job->conv_count = 0;
			if (conn_broken(conn)) {
				PQfinish(conn);
				conn = NULL;
				next_try = 0;
			} else if (PQtransactionStatus(conn) != PQTRANS_IDLE) {
				exec_simple(conn, "ROLLBACK");
			}
		}
		store_finish(st, job);
	}
	if (conn)
		PQfinish(conn);
	return NULL;
}

/* ---- listener ------------------------------------------------------- */

/* Reads users (all when id is NULL) into an EV_USERS event. */
static struct store_job *load_users(PGconn *conn, const char *id)
{
	struct store_job *job = store_job_new(STORE_EV_USERS);
	PGresult *res;

	if (!job)
		return NULL;
	if (id) {
		const char *v[] = { id };
		res = exec_params(conn,
			"SELECT id, role, minor, erased_at IS NOT NULL "
			"FROM users WHERE id = $1",
			1, v);
	} else {
		res = PQexec(conn, "SELECT id, role, minor, "
				   "erased_at IS NOT NULL FROM users");
	}
	if (!result_ok(res)) {
		PQclear(res);
		store_job_free(job);
		return NULL;
	}
	int rows = PQntuples(res);
	job->users = calloc((size_t)rows + 1, sizeof(*job->users));
	if (!job->users) {
		PQclear(res);
		store_job_free(job);
		return NULL;
	}
	for (int i = 0; i < rows; i++) {
		struct store_user *u = &job->users[i];
		copy_id(u->id, PQgetvalue(res, i, 0));
		if (role_parse(PQgetvalue(res, i, 1), &u->role))
			u->role = STORE_ROLE_BUYER;
		u->minor = PQgetvalue(res, i, 2)[0] == 't';
		u->erased = PQgetvalue(res, i, 3)[0] == 't';
	}
	job->user_count = (size_t)rows;
	if (id && !rows) {
		copy_id(job->users[0].id, id);
		job->users[0].deleted = true;
		job->user_count = 1;
	}
	job->users_reset = !id;
	PQclear(res);
	return job;
}

/* Payload "node conv:from-to ...": fetch the rows of other nodes. */
static struct store_job *load_remote(struct store *st, PGconn *conn,
				     const char *payload)
{
	size_t nl = strcspn(payload, " ");
	struct buf convs, los, his;
	struct store_job *job = NULL;

	if (nl == strlen(st->node_id) && !strncmp(payload, st->node_id, nl))
		return NULL;	/* our own commit, routed already */
	buf_init_head(&convs, 0);
	buf_init_head(&los, 0);
	buf_init_head(&his, 0);
	buf_putc(&convs, '{');
	buf_putc(&los, '{');
	buf_putc(&his, '{');
	const char *p = payload + nl;
	bool first = true;
	while (*p == ' ') {
		long long c, lo, hi;
		int used = 0;
		if (sscanf(p, " %lld:%lld-%lld%n", &c, &lo, &hi, &used) != 3)
			break;
		p += used;
		if (!first) {
			buf_putc(&convs, ',');
			buf_putc(&los, ',');
			buf_putc(&his, ',');
		}
		first = false;
		buf_put_i64(&convs, c);
		buf_put_i64(&los, lo);
		buf_put_i64(&his, hi);
	}
	buf_putc(&convs, '}');
	buf_putc(&los, '}');
	buf_putc(&his, '}');
	if (first || convs.oom || los.oom || his.oom)
		goto out;
	const char *v[] = { convs.p, los.p, his.p };
	PGresult *res = exec_params(conn,
		"SELECT " MSG_COLS " FROM unnest($1::bigint[], $2::bigint[], "
		"$3::bigint[]) AS d(conv, lo, hi) "
		"JOIN messages m ON m.conv_id = d.conv "
		"AND m.seq BETWEEN d.lo AND d.hi "
		"JOIN conversations c ON c.id = m.conv_id "
		"ORDER BY m.conv_id, m.seq",
		3, v);
	if (result_ok(res)) {
		job = store_job_new(STORE_EV_REMOTE);
		if (job && read_msgs(res, &job->msgs, &job->msg_count)) {
			store_job_free(job);
			job = NULL;
		}
	}
	PQclear(res);
out:
	buf_free(&convs);
	buf_free(&los);
	buf_free(&his);
	return job;
}

static struct store_job *load_conv(PGconn *conn, const char *id)
{
	struct store_job *job = store_job_new(STORE_EV_CONV);
	const char *v[] = { "", id };

	if (!job)
		return NULL;
	PGresult *res = exec_params(conn,
		"SELECT " CONV_COLS " FROM conversations c "
		"WHERE c.id = $2::bigint",
		2, v);
	if (!result_ok(res) || read_convs(res, &job->convs, &job->conv_count)) {
		store_job_free(job);
		job = NULL;
	}
	PQclear(res);
	return job;
}

/* Another node's read or typing frame; our own are relayed already. */
static struct store_job *load_signal(struct store *st, const char *payload)
{
	const char *f[4];
	size_t len[4];
	const char *p = payload;

	for (int i = 0; i < 4; i++) {
		f[i] = p;
		len[i] = i < 3 ? strcspn(p, "\t") : strlen(p);
		if (i < 3 && p[len[i]] != '\t')
			return NULL;
		p += len[i] + 1;
	}
	if ((len[0] == strlen(st->node_id) &&
	     !strncmp(f[0], st->node_id, len[0])) ||
	    len[1] > STORE_ID_MAX || len[2] > STORE_ID_MAX)
		return NULL;
	struct store_job *job = store_job_new(STORE_EV_SIGNAL);
	if (!job)
		return NULL;
	snprintf(job->msg.buyer, sizeof(job->msg.buyer), "%.*s", (int)len[1],
		 f[1]);
	snprintf(job->msg.seller, sizeof(job->msg.seller), "%.*s",
		 (int)len[2], f[2]);
	job->json = strdup(f[3]);
	if (!job->json) {
		store_job_free(job);
		return NULL;
	}
	return job;
}

static struct store_job *load_dispute(PGconn *conn, const char *id)
{
	struct store_job *job = store_job_new(STORE_EV_DISPUTE);

	if (!job)
		return NULL;
	job->json = calls_dispute_frame(conn, id, job->msg.buyer,
					job->msg.seller,
					sizeof(job->msg.buyer));
	if (!job->json) {
		store_job_free(job);
		return NULL;
	}
	return job;
}

static void post_status(struct store *st, bool up, bool restarted)
{
	struct store_job *job = store_job_new(STORE_EV_STATUS);

	if (!job)
		return;
	job->db_up = up;
	job->listener_restarted = restarted;
	store_post(st, job);
}

static void *listener_main(void *arg)
{
	struct store *st = arg;
	int backoff_ms = 100;

	while (!atomic_load(&st->listener_stop)) {
		PGconn *conn = store_connect_once(st, "listener");
		if (!conn) {
			for (int i = 0; i < backoff_ms / 50 &&
					!atomic_load(&st->listener_stop); i++)
				usleep(50000);
			backoff_ms *= 2;
			if (backoff_ms > st->cfg.reconnect_max_s * 1000)
				backoff_ms = st->cfg.reconnect_max_s * 1000;
			continue;
		}
		backoff_ms = 100;
		if (!exec_simple(conn, "LISTEN parley_msg") ||
		    !exec_simple(conn, "LISTEN parley_dispute") ||
		    !exec_simple(conn, "LISTEN parley_signal") ||
		    !exec_simple(conn, "LISTEN parley_user") ||
		    !exec_simple(conn, "LISTEN parley_conv")) {
			PQfinish(conn);
			continue;
		}
		/* Listening first, then reading: nothing falls in between. */
		struct store_job *users = load_users(conn, NULL);
		if (!users) {
			PQfinish(conn);
			continue;
		}
		log_info("store", 0, "listener connected, %zu users known",
			 users->user_count);
		store_post(st, users);
		post_status(st, true, true);

		while (!atomic_load(&st->listener_stop)) {
			int fd = PQsocket(conn);
			fd_set rfds;
			struct timeval tv = { 0, 250000 };

			FD_ZERO(&rfds);
			FD_SET(fd, &rfds);
			if (select(fd + 1, &rfds, NULL, NULL, &tv) < 0 &&
			    errno != EINTR)
				break;
			if (!PQconsumeInput(conn))
				break;
			PGnotify *n;
			while ((n = PQnotifies(conn))) {
				if (!strcmp(n->relname, "parley_msg"))
					store_post(st, load_remote(st, conn,
								   n->extra));
				else if (!strcmp(n->relname, "parley_user"))
					store_post(st, load_users(conn,
						!strcmp(n->extra, "*") ||
						!*n->extra ? NULL : n->extra));
				else if (!strcmp(n->relname, "parley_conv"))
					store_post(st, load_conv(conn, n->extra));
				else if (!strcmp(n->relname, "parley_signal"))
					store_post(st, load_signal(st, n->extra));
				else if (!strcmp(n->relname, "parley_dispute"))
					store_post(st, load_dispute(conn,
								    n->extra));
				PQfreemem(n);
			}
			if (conn_broken(conn))
				break;
		}
		if (!atomic_load(&st->listener_stop)) {
			log_warn("store", 0, "listener lost its connection");
			post_status(st, false, false);
		}
		PQfinish(conn);
	}
	return NULL;
}

/* ---- lifecycle ------------------------------------------------------ */

/* Stops and joins the writers started so far. */
static void writers_stop(struct store *st)
{
	pthread_mutex_lock(&st->lock);
	st->stopping = true;
	for (unsigned i = 0; i < st->nwriters; i++)
		pthread_cond_broadcast(&st->writers[i].cond);
	pthread_mutex_unlock(&st->lock);
	for (unsigned i = 0; i < st->nwriters; i++) {
		if (st->writers[i].started)
			pthread_join(st->writers[i].thread, NULL);
		st->writers[i].started = false;
	}
}

static void store_release(struct store *st)
{
	for (unsigned i = 0; st->writers && i < st->nwriters; i++) {
		struct writer *w = &st->writers[i];
		if (w->keys.buckets) {
			keys_clear(w);
			hmap_deinit(&w->keys);
		}
		if (w->facts.buckets) {
			facts_clear(w);
			hmap_deinit(&w->facts);
		}
		pthread_cond_destroy(&w->cond);
	}
	free(st->writers);
	memset(st->master, 0, sizeof(st->master));
	memset(st->master_old, 0, sizeof(st->master_old));
	pthread_mutex_destroy(&st->lock);
	pthread_cond_destroy(&st->query_cond);
	free(st->db_url);
	free(st->node_id);
	free(st);
}

int store_new(struct store **out, const struct store_config *cfg,
	      store_wake_fn wake, void *wake_arg)
{
	struct store *st = calloc(1, sizeof(*st));

	if (!st)
		return -ENOMEM;
	st->cfg = *cfg;
	st->nwriters = cfg->writers > 0 ? (unsigned)cfg->writers : 1;
	st->db_url = strdup(cfg->db_url ? cfg->db_url : "");
	st->node_id = strdup(cfg->node_id);
	st->writers = calloc(st->nwriters, sizeof(*st->writers));
	pthread_mutex_init(&st->lock, NULL);
	pthread_cond_init(&st->query_cond, NULL);
	for (unsigned i = 0; st->writers && i < st->nwriters; i++) {
		struct writer *w = &st->writers[i];
		w->st = st;
		w->idx = i;
		pthread_cond_init(&w->cond, NULL);
		if (hmap_init(&w->keys, 64) || hmap_init(&w->facts, 256)) {
			st->nwriters = i + 1; /* hmap_deinit copes */
			store_release(st);
			return -ENOMEM;
		}
	}
	if (!st->db_url || !st->node_id || !st->writers) {
		store_release(st);
		return -ENOMEM;
	}
	st->cfg.db_url = st->db_url;
	st->cfg.node_id = st->node_id;
	if (st->cfg.queue_max <= 0)
		st->cfg.queue_max = 100000;
	st->wake = wake;
	st->wake_arg = wake_arg;
	st->cfg.master_key = st->cfg.master_key_old = NULL;
	if (cfg->master_key) {
		memcpy(st->master, cfg->master_key, VAULT_KEY_LEN);
		vault_master_id(st->master, st->master_id);
		st->has_master = true;
	}
	if (cfg->master_key_old) {
		memcpy(st->master_old, cfg->master_key_old, VAULT_KEY_LEN);
		vault_master_id(st->master_old, st->master_old_id);
		st->has_master_old = true;
	}
	for (unsigned i = 0; i < st->nwriters; i++) {
		struct writer *w = &st->writers[i];
		if (pthread_create(&w->thread, NULL, writer_main, w))
			goto fail_writers;
		w->started = true;
	}
	if (pthread_create(&st->query, NULL, query_main, st))
		goto fail_writers;
	if (pthread_create(&st->listener, NULL, listener_main, st))
		goto fail_query;
	*out = st;
	return 0;

fail_query:
	pthread_mutex_lock(&st->lock);
	st->stopping = true;
	pthread_cond_broadcast(&st->query_cond);
	pthread_mutex_unlock(&st->lock);
	pthread_join(st->query, NULL);
fail_writers:
	writers_stop(st);
	store_release(st);
	return -EAGAIN;
}

void store_stop(struct store *st)
{
	pthread_mutex_lock(&st->lock);
	st->stopping = true;
	pthread_cond_broadcast(&st->query_cond);
	pthread_mutex_unlock(&st->lock);
	atomic_store(&st->listener_stop, true);
	writers_stop(st);
	pthread_join(st->query, NULL);
	pthread_join(st->listener, NULL);
}

void store_free(struct store *st)
{
	struct store_job *job;

	if (!st)
		return;
	while ((job = queue_pop(&st->done)))
		store_job_free(job);
	store_release(st);
}

/* Jobs waiting in every queue; the caller holds st->lock. */
static size_t queued(const struct store *st)
{
	size_t n = st->queries.len;

	for (unsigned i = 0; i < st->nwriters; i++)
		n += st->writers[i].q.len;
	return n;
}

int store_submit(struct store *st, struct store_job *job)
{
	int rc = 0;

	job->queued_at = mono_usec();
	pthread_mutex_lock(&st->lock);
	if (st->stopping || queued(st) >= (size_t)st->cfg.queue_max) {
		rc = -EAGAIN;
	} else if (job->kind == STORE_SEND) {
		struct writer *w = &st->writers[(uint64_t)job->msg.conv %
						st->nwriters];
		queue_push(&w->q, job);
		pthread_cond_signal(&w->cond);
	} else if (job->kind == STORE_CONSENT) {
		/* an opt-out goes before offers already queued on this node */
		job->next = st->queries.head;
		st->queries.head = job;
		if (!st->queries.tail)
			st->queries.tail = job;
		st->queries.len++;
		pthread_cond_signal(&st->query_cond);
	} else {
		queue_push(&st->queries, job);
		pthread_cond_signal(&st->query_cond);
	}
	pthread_mutex_unlock(&st->lock);
	return rc;
}

struct store_job *store_drain(struct store *st)
{
	struct store_job *head;

	pthread_mutex_lock(&st->lock);
	head = st->done.head;
	st->done.head = st->done.tail = NULL;
	st->done.len = 0;
	pthread_mutex_unlock(&st->lock);
	return head;
}

bool store_ready(const struct store *st)
{
	return atomic_load(&st->writers_up) == (int)st->nwriters &&
	       atomic_load(&st->schema_ok);
}

size_t store_backlog(const struct store *st)
{
	struct store *s = (struct store *)st;
	size_t n;

	pthread_mutex_lock(&s->lock);
	n = queued(s);
	pthread_mutex_unlock(&s->lock);
	return n;
}
