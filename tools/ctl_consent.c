/*
 * ctl_consent.c - parleyctl consent verify | list --buyer ID, and
 * parleyctl offers explain --offer ID [--buyer ID].
 *
 * verify recomputes the consent ledger's hash chain here, in C, from the
 * stored fields (not with the database's own functions) and names the
 * first event whose link does not hold. explain prints each decision of
 * an offer with the policy version and the consent events it rested on.
 * Runs in the parleyctl process, one blocking connection.
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


static void hex(const uint8_t *h, size_t n, char *out)
{
	static const char d[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = d[h[i] >> 4];
		out[2 * i + 1] = d[h[i] & 15];
	}
	out[2 * n] = '\0';
}

#define VERIFY_PAGE "5000"

/* Same canonical form as consent_canonical() in migrations/003. */
static int verify(PGconn *conn)
{
	char prev_hex[2 * SHA256_DIGEST_LENGTH + 1] = "00";
	char last_id[24] = "0";
	long n = 0;

	for (;;) {
		const char *v[] = { last_id };
		PGresult *res = PQexecParams(conn,
			"SELECT id, to_char(at AT TIME ZONE 'UTC', "
			"'YYYY-MM-DD\"T\"HH24:MI:SS.US'), buyer_id, seller_id, "
			"action, source, policy_version, detail, "
			"encode(prev_hash, 'hex'), encode(hash, 'hex') "
			"FROM consent_events WHERE id > $1::bigint ORDER BY id "
			"LIMIT " VERIFY_PAGE, 1, NULL, v, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			fprintf(stderr, "parleyctl: %s", PQerrorMessage(conn));
			PQclear(res);
			return 2;
		}
		int rows = PQntuples(res);
		for (int r = 0; r < rows; r++) {
			struct buf b;
			uint8_t prev[SHA256_DIGEST_LENGTH + 1];
			uint8_t h[SHA256_DIGEST_LENGTH];
			char h_hex[2 * SHA256_DIGEST_LENGTH + 1];
			const char *id = PQgetvalue(res, r, 0);
			const char *stored_prev = PQgetvalue(res, r, 8);
			size_t plen = strlen(prev_hex) / 2;

			if (strcmp(stored_prev, prev_hex)) {
				printf("consent ledger BROKEN at event %s: its "
				       "prev_hash does not match the hash of "
				       "the event before it\n", id);
				PQclear(res);
				return 1;
			}
			for (size_t i = 0; i < plen; i++) {
				unsigned x;
				sscanf(prev_hex + 2 * i, "%2x", &x);
				prev[i] = (uint8_t)x;
			}
			buf_init_head(&b, 0);
			buf_append(&b, prev, plen);
			for (int c = 0; c < 8; c++) {
				const char *f = PQgetisnull(res, r, c) ?
						"-" : PQgetvalue(res, r, c);
				size_t fl = strlen(f);
				if (c)
					buf_putc(&b, '|');
				buf_printf(&b, "%zu:", utf8_count(f, fl));
				buf_append(&b, f, fl);
			}
			if (b.oom) {
				buf_free(&b);
				PQclear(res);
				return 2;
			}
			SHA256((const uint8_t *)b.p, b.len, h);
			buf_free(&b);
			hex(h, sizeof(h), h_hex);
			if (strcmp(h_hex, PQgetvalue(res, r, 9))) {
				printf("consent ledger BROKEN at event %s: its "
				       "fields do not give its stored hash "
				       "(changed after it was written)\n", id);
				PQclear(res);
				return 1;
			}
			snprintf(prev_hex, sizeof(prev_hex), "%s", h_hex);
			snprintf(last_id, sizeof(last_id), "%s", id);
			n++;
		}
		PQclear(res);
		if (rows < atoi(VERIFY_PAGE))
			break;
	}
	printf("consent ledger intact: %ld events, head %.16s\n", n,
	       n ? prev_hex : "(empty)");
	return 0;
}

static int list(PGconn *conn, const char *buyer)
{
	const char *v[] = { buyer };
	PGresult *res = PQexecParams(conn,
		"SELECT id, at, seller_id, action, source, policy_version, "
		"coalesce(detail, '') FROM consent_events WHERE buyer_id = $1 "
		"ORDER BY id", 1, NULL, v, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "parleyctl: %s", PQerrorMessage(conn));
		PQclear(res);
		return 2;
	}
	for (int r = 0; r < PQntuples(res); r++)
		printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", PQgetvalue(res, r, 0),
		       PQgetvalue(res, r, 1), PQgetvalue(res, r, 2),
		       PQgetvalue(res, r, 3), PQgetvalue(res, r, 4),
		       PQgetvalue(res, r, 5), PQgetvalue(res, r, 6));
	PQclear(res);
	return 0;
}

int ctl_consent_main(int argc, char **argv, const char *config_path)
{
	static const struct option opts[] = {
		{ "buyer", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 },
	};
	const char *buyer = NULL;
	int c, rc;

	if (argc < 2 || (strcmp(argv[1], "verify") && strcmp(argv[1], "list"))) {
		fprintf(stderr, "usage: parleyctl consent verify | "
				"consent list --buyer ID\n");
		return 64;
	}
	optind = 2;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'b') {
			fprintf(stderr, "parleyctl consent: bad option\n");
			return 64;
		}
		buyer = optarg;
	}
	if (!strcmp(argv[1], "list") && !buyer) {
		fprintf(stderr, "parleyctl consent list: --buyer is required\n");
		return 64;
	}
	PGconn *conn = ctl_db_open(config_path);
	if (!conn)
		return 2;
	rc = buyer ? list(conn, buyer) : verify(conn);
	PQfinish(conn);
	return rc;
}

/* One decision row and the events it names. */
static void explain_row(PGresult *res, int r)
{
	printf("offer %s  buyer %s  seller %s  phase %s\n"
	       "  decision %s  reason %s  policy %s  at %s%s%s\n",
	       PQgetvalue(res, r, 0), PQgetvalue(res, r, 1),
	       PQgetvalue(res, r, 2), PQgetvalue(res, r, 3),
	       PQgetvalue(res, r, 4), PQgetvalue(res, r, 5),
	       PQgetvalue(res, r, 6), PQgetvalue(res, r, 7),
	       PQgetisnull(res, r, 8) ? "" : "  deliver at ",
	       PQgetisnull(res, r, 8) ? "" : PQgetvalue(res, r, 8));
	for (int k = 0; k < 2; k++) {
		int base = 9 + k * 6;
		const char *what = k ? "this seller" : "all sellers";
		if (PQgetisnull(res, r, base)) {
			printf("  rested on: no consent event for %s\n", what);
			continue;
		}
		printf("  rested on: event %s (%s) %s by %s at %s, policy %s\n",
		       PQgetvalue(res, r, base), what,
		       PQgetvalue(res, r, base + 1),
		       PQgetvalue(res, r, base + 2),
		       PQgetvalue(res, r, base + 3),
		       PQgetvalue(res, r, base + 4));
	}
	printf("  facts: %s\n", PQgetvalue(res, r, 21));
}

int ctl_offers_main(int argc, char **argv, const char *config_path)
{
	static const struct option opts[] = {
		{ "offer", required_argument, NULL, 'o' },
		{ "buyer", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 },
	};
	const char *offer = NULL, *buyer = NULL;
	int c;

	if (argc < 2 || strcmp(argv[1], "explain")) {
		fprintf(stderr, "usage: parleyctl offers explain --offer ID "
				"[--buyer ID]\n");
		return 64;
	}
	optind = 2;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'o')
			offer = optarg;
		else if (c == 'b')
			buyer = optarg;
		else
			return 64;
	}
	if (!offer) {
		fprintf(stderr, "parleyctl offers explain: --offer is required\n");
		return 64;
	}
	PGconn *conn = ctl_db_open(config_path);
	if (!conn)
		return 2;
	const char *v[] = { offer, buyer };
	PGresult *res = PQexecParams(conn,
		"SELECT d.offer_id, d.buyer_id, d.seller_id, d.phase, "
		"d.decision, d.reason, d.policy_version, d.decided_at, "
		"d.deliver_at, "
		"g.id, g.action, g.source, g.at, g.policy_version, g.detail, "
		"s.id, s.action, s.source, s.at, s.policy_version, s.detail, "
		"coalesce((SELECT format('role %s, country %s, tz %s%s%s', "
		" u.role, u.country, u.tz, CASE WHEN u.minor THEN ', minor' "
		" ELSE '' END, CASE WHEN u.erased_at IS NOT NULL THEN "
		" ', erased' ELSE '' END) FROM users u WHERE u.id = d.buyer_id), "
		" 'no such user') "
		"FROM offer_decisions d "
		"LEFT JOIN consent_events g ON g.id = d.global_event "
		"LEFT JOIN consent_events s ON s.id = d.seller_event "
		"WHERE d.offer_id = $1::bigint AND ($2::text IS NULL OR "
		"d.buyer_id = $2) ORDER BY d.buyer_id, d.id",
		2, NULL, v, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "parleyctl: %s", PQerrorMessage(conn));
		PQclear(res);
		PQfinish(conn);
		return 2;
	}
	if (!PQntuples(res)) {
		fprintf(stderr, "parleyctl: no decisions for offer %s%s%s\n",
			offer, buyer ? " and buyer " : "", buyer ? buyer : "");
		PQclear(res);
		PQfinish(conn);
		return 1;
	}
	for (int r = 0; r < PQntuples(res); r++)
		explain_row(res, r);
	PQclear(res);
	PQfinish(conn);
	return 0;
}
