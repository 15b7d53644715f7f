/*
 * vault_db.c - the user_keys table: opening originals, rotating the
 * master key, destroying a user's key. Blocking libpq on the caller's
 * connection: parleyctl, or a storage thread.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley/vault.h"

static int hex_decode(const char *hex, uint8_t *out, size_t cap)
{
	size_t n = strlen(hex);

	if (n % 2 || n / 2 > cap)
		return -EINVAL;
	for (size_t i = 0; i < n / 2; i++)
		if (sscanf(hex + 2 * i, "%2hhx", &out[i]) != 1)
			return -EINVAL;
	return (int)(n / 2);
}

static void pq_reason(PGconn *conn, char *err, size_t errlen)
{
	const char *m = PQerrorMessage(conn);

	snprintf(err, errlen, "%.*s", (int)strcspn(m, "\n"), m);
}

/* Unwraps the key of row (user, hex wrapped, master id). */
static int unwrap_row(const char *user, const char *hex, const char *mid,
		      const uint8_t master[VAULT_KEY_LEN],
		      const uint8_t *master_old, uint8_t key[VAULT_KEY_LEN])
{
	uint8_t wrapped[VAULT_KEY_LEN + VAULT_OVERHEAD];
	char id[VAULT_KEY_ID_LEN + 1];
	int n = hex_decode(hex, wrapped, sizeof(wrapped));

	if (n != (int)sizeof(wrapped))
		return -EBADMSG;
	vault_master_id(master, id);
	if (!strcmp(id, mid))
		return vault_unwrap(master, user, wrapped, (size_t)n, key) ?
			       -EBADMSG : 0;
	if (master_old) {
		vault_master_id(master_old, id);
		if (!strcmp(id, mid))
			return vault_unwrap(master_old, user, wrapped,
					    (size_t)n, key) ? -EBADMSG : 0;
	}
	return -EKEYREJECTED;
}

int vault_db_original(PGconn *conn, const uint8_t master[VAULT_KEY_LEN],
		      const uint8_t *master_old, int64_t conv, int64_t seq,
		      char **out, size_t *len, char *err, size_t errlen)
{
	char c[24], s[24];
	int rc;

	snprintf(c, sizeof(c), "%lld", (long long)conv);
	snprintf(s, sizeof(s), "%lld", (long long)seq);
	const char *v[] = { c, s };
	PGresult *res = PQexecParams(conn,
		"SELECT m.sender_id, m.cid, m.text, m.original IS NULL, "
		"encode(m.original, 'hex'), k.user_id, "
		"encode(k.wrapped, 'hex'), k.master_key_id, "
		"k.destroyed_at IS NOT NULL, m.redactions IS NULL "
		"FROM messages m LEFT JOIN user_keys k ON k.id = m.key_id "
		"WHERE m.conv_id = $1 AND m.seq = $2",
		2, NULL, v, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		pq_reason(conn, err, errlen);
		PQclear(res);
		return -EIO;
	}
	if (PQntuples(res) != 1) {
		snprintf(err, errlen, "no message %s:%s", c, s);
		PQclear(res);
		return -ENOENT;
	}
	const char *sender = PQgetvalue(res, 0, 0);
	const char *cid = PQgetvalue(res, 0, 1);
	if (PQgetvalue(res, 0, 3)[0] == 't' && PQgetvalue(res, 0, 9)[0] != 't') {
		snprintf(err, errlen, "the original was not kept");
		PQclear(res);
		return -ENODATA;
	}
	if (PQgetvalue(res, 0, 3)[0] == 't') {
		/* nothing was redacted: the text is the original */
		*out = strdup(PQgetvalue(res, 0, 2));
		*len = (size_t)PQgetlength(res, 0, 2);
		PQclear(res);
		return *out ? 0 : -ENOMEM;
	}
	if (PQgetisnull(res, 0, 5) || PQgetvalue(res, 0, 8)[0] == 't') {
		snprintf(err, errlen, "the sender's data key was destroyed");
		PQclear(res);
		return -EKEYREVOKED;
	}
	uint8_t key[VAULT_KEY_LEN];
	rc = unwrap_row(PQgetvalue(res, 0, 5), PQgetvalue(res, 0, 6),
			PQgetvalue(res, 0, 7), master, master_old, key);
	if (rc) {
		snprintf(err, errlen, rc == -EKEYREJECTED ?
			 "the data key is wrapped by another master key" :
			 "the data key does not open");
		PQclear(res);
		return rc;
	}
	const char *hex = PQgetvalue(res, 0, 4);
	size_t cap = strlen(hex) / 2;
	uint8_t *sealed = malloc(cap + 1);
	char *plain = malloc(cap + 1);
	char aad[160];
	if (!sealed || !plain) {
		free(sealed);
		free(plain);
		PQclear(res);
		return -ENOMEM;
	}
	int n = hex_decode(hex, sealed, cap);
	size_t alen = vault_msg_aad(sender, cid, aad, sizeof(aad));
	long pl = n < 0 ? -EBADMSG :
			  vault_open(key, aad, alen, sealed, (size_t)n,
				     (uint8_t *)plain);
	memset(key, 0, sizeof(key));
	free(sealed);
	PQclear(res);
	if (pl < 0) {
		snprintf(err, errlen, "the sealed original does not open");
		free(plain);
		return -EBADMSG;
	}
	plain[pl] = '\0';
	*out = plain;
	*len = (size_t)pl;
	return 0;
}

int vault_db_rotate(PGconn *conn, const uint8_t master_old[VAULT_KEY_LEN],
		    const uint8_t master_new[VAULT_KEY_LEN], long *count,
		    char *err, size_t errlen)
{
	char old_id[VAULT_KEY_ID_LEN + 1], new_id[VAULT_KEY_ID_LEN + 1];
	PGresult *res;
	int rc = -EIO;

	*count = 0;
	vault_master_id(master_old, old_id);
	vault_master_id(master_new, new_id);
	res = PQexec(conn, "BEGIN");
	PQclear(res);
	res = PQexec(conn,
		"SELECT id, user_id, encode(wrapped, 'hex'), master_key_id "
		"FROM user_keys WHERE destroyed_at IS NULL FOR UPDATE");
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		pq_reason(conn, err, errlen);
		goto fail;
	}
	for (int i = 0; i < PQntuples(res); i++) {
		const char *user = PQgetvalue(res, i, 1);
		const char *mid = PQgetvalue(res, i, 3);
		uint8_t key[VAULT_KEY_LEN];
		uint8_t wrapped[VAULT_KEY_LEN + VAULT_OVERHEAD];
		char hex[2 * sizeof(wrapped) + 1];

		if (!strcmp(mid, new_id))
			continue;
		if (strcmp(mid, old_id) ||
		    unwrap_row(user, PQgetvalue(res, i, 2), mid, master_old,
			       NULL, key)) {
			snprintf(err, errlen,
				 "key %s of user %s is wrapped by master key "
				 "%s, neither the old nor the new one",
				 PQgetvalue(res, i, 0), user, mid);
			rc = -EKEYREJECTED;
			goto fail;
		}
		if (vault_wrap(master_new, user, key, wrapped)) {
			memset(key, 0, sizeof(key));
			snprintf(err, errlen, "wrapping failed");
			goto fail;
		}
		memset(key, 0, sizeof(key));
		for (size_t k = 0; k < sizeof(wrapped); k++)
			snprintf(hex + 2 * k, 3, "%02x", wrapped[k]);
		const char *v[] = { PQgetvalue(res, i, 0), hex, new_id };
		PGresult *u = PQexecParams(conn,
			"UPDATE user_keys SET wrapped = decode($2, 'hex'), "
			"master_key_id = $3 WHERE id = $1",
			3, NULL, v, NULL, NULL, 0);
		bool ok = PQresultStatus(u) == PGRES_COMMAND_OK;
		PQclear(u);
		if (!ok) {
			pq_reason(conn, err, errlen);
			goto fail;
		}
		(*count)++;
	}
	PQclear(res);
	res = PQexec(conn, "COMMIT");
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		pq_reason(conn, err, errlen);
		PQclear(res);
		*count = 0;
		return -EIO;
	}
	PQclear(res);
	return 0;
fail:
	PQclear(res);
	PQclear(PQexec(conn, "ROLLBACK"));
	*count = 0;
	return rc;
}

int vault_db_destroy(PGconn *conn, const char *user, char *err, size_t errlen)
{
	const char *v[] = { user };
	PGresult *res = PQexecParams(conn,
		"UPDATE user_keys SET wrapped = NULL, destroyed_at = now() "
		"WHERE user_id = $1 AND destroyed_at IS NULL",
		1, NULL, v, NULL, NULL, 0);
	int rc = PQresultStatus(res) == PGRES_COMMAND_OK ? 0 : -EIO;

	if (rc)
		pq_reason(conn, err, errlen);
	PQclear(res);
	return rc;
}
