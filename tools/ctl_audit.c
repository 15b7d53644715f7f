/*
 * ctl_audit.c - parleyctl audit [--dispute ID] [--actor ID] [--limit N]
 * and parleyctl audit verify: lists the staff audit log, and recomputes
 * its hash chain here, in C, from the stored fields (not with the
 * database's own functions), naming the first record that does not match.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>
#include <openssl/sha.h>

#include "parley/buf.h"
#include "parley/config.h"
#include "parley/util.h"

#include "ctl.h"


/* Same canonical form as audit_canonical() in migrations/004. */
static void canonical(struct buf *b, PGresult *res, int row)
{
	for (int col = 0; col < 10; col++) {
		const char *f = PQgetisnull(res, row, col) ?
					"-" : PQgetvalue(res, row, col);
		size_t n = strlen(f);
		if (col)
			buf_putc(b, '|');
		buf_printf(b, "%zu:", utf8_count(f, n));
		buf_append(b, f, n);
	}
}

static int audit_verify(PGconn *conn)
{
	PGresult *res = PQexec(conn,
		"SELECT id, to_char(at AT TIME ZONE 'UTC', "
		"'YYYY-MM-DD\"T\"HH24:MI:SS.US'), actor, role, action, "
		"dispute_id, conv_id, seq, reason, client_addr, "
		"encode(prev_hash, 'hex'), encode(hash, 'hex') "
		"FROM audit_log ORDER BY id");
	uint8_t prev[SHA256_DIGEST_LENGTH] = { 0 };
	size_t prev_len = 1;	/* the chain starts from one zero byte */
	char hex[2 * SHA256_DIGEST_LENGTH + 1];
	struct buf b;
	int rows, rc = 0;

	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "parleyctl: audit verify: %s",
			PQerrorMessage(conn));
		PQclear(res);
		return 1;
	}
	rows = PQntuples(res);
	buf_init_head(&b, 0);
	for (int r = 0; r < rows; r++) {
		uint8_t md[SHA256_DIGEST_LENGTH];
		char prev_hex[2 * SHA256_DIGEST_LENGTH + 1];

		for (size_t i = 0; i < prev_len; i++)
			snprintf(prev_hex + 2 * i, 3, "%02x", prev[i]);
		if (strcmp(prev_hex, PQgetvalue(res, r, 10))) {
			printf("audit chain BROKEN at record %s: its link to "
			       "the previous record does not match\n",
			       PQgetvalue(res, r, 0));
			rc = 1;
			break;
		}
		buf_reset(&b);
		buf_append(&b, prev, prev_len);
		canonical(&b, res, r);
		if (b.oom) {
			rc = 1;
			break;
		}
		SHA256((const unsigned char *)b.p, b.len, md);
		for (size_t i = 0; i < sizeof(md); i++)
			snprintf(hex + 2 * i, 3, "%02x", md[i]);
		if (strcmp(hex, PQgetvalue(res, r, 11))) {
			printf("audit chain BROKEN at record %s: its content "
			       "was changed after it was written\n",
			       PQgetvalue(res, r, 0));
			rc = 1;
			break;
		}
		memcpy(prev, md, sizeof(md));
		prev_len = sizeof(md);
	}
	if (!rc)
		printf("audit chain intact: %d records\n", rows);
	buf_free(&b);
	PQclear(res);
	return rc;
}

static int audit_list(PGconn *conn, const char *dispute, const char *actor,
		      const char *limit)
{
	const char *v[] = { dispute, actor, limit };
	PGresult *res = PQexecParams(conn,
		"SELECT id, to_char(at AT TIME ZONE 'UTC', "
		"'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), actor, role, action, "
		"coalesce(dispute_id::text, '-'), coalesce(conv_id::text, '-'), "
		"coalesce(seq::text, '-'), coalesce(client_addr, '-'), "
		"coalesce(reason, '') FROM audit_log "
		"WHERE ($1 = '' OR dispute_id = $1::bigint) "
		"AND ($2 = '' OR actor = $2) ORDER BY id DESC LIMIT $3::int",
		3, NULL, v, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "parleyctl: audit: %s", PQerrorMessage(conn));
		PQclear(res);
		return 1;
	}
	printf("%-6s %-20s %-16s %-8s %-14s %-7s %-6s %-5s %-15s %s\n", "ID",
	       "AT", "ACTOR", "ROLE", "ACTION", "DISPUTE", "CONV", "SEQ",
	       "CLIENT", "REASON");
	for (int r = PQntuples(res) - 1; r >= 0; r--)
		printf("%-6s %-20s %-16s %-8s %-14s %-7s %-6s %-5s %-15s %s\n",
		       PQgetvalue(res, r, 0), PQgetvalue(res, r, 1),
		       PQgetvalue(res, r, 2), PQgetvalue(res, r, 3),
		       PQgetvalue(res, r, 4), PQgetvalue(res, r, 5),
		       PQgetvalue(res, r, 6), PQgetvalue(res, r, 7),
		       PQgetvalue(res, r, 8), PQgetvalue(res, r, 9));
	PQclear(res);
	return 0;
}

int ctl_audit_main(int argc, char **argv, const char *config_path)
{
	static const struct option opts[] = {
		{ "dispute", required_argument, NULL, 'd' },
		{ "actor", required_argument, NULL, 'a' },
		{ "limit", required_argument, NULL, 'l' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dispute = "", *actor = "", *limit = "100";
	bool verify = false;
	int c, rc;

	if (argc > 1 && !strcmp(argv[1], "verify")) {
		verify = true;
		argc--;
		argv++;
	}
	optind = 1;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dispute = optarg; break;
		case 'a': actor = optarg; break;
		case 'l': limit = optarg; break;
		case 'c': config_path = optarg; break;
		default:
			fprintf(stderr, "usage: parleyctl audit [verify] "
				"[--dispute ID] [--actor ID] [--limit N]\n");
			return 1;
		}
	}
	if ((*dispute && atoll(dispute) <= 0) || atoll(limit) <= 0) {
		fprintf(stderr, "parleyctl: audit: --dispute and --limit take "
			"positive numbers\n");
		return 1;
	}
	PGconn *conn = ctl_db_open(config_path);
	if (!conn)
		return 1;
	rc = verify ? audit_verify(conn) : audit_list(conn, dispute, actor,
						       limit);
	PQfinish(conn);
	return rc;
}
