/*
 * ctl_vault.c - parleyctl original | rotate-master-key: reading a sealed
 * original (operators, tests) and re-wrapping every data key under a new
 * master key. Blocking libpq; main thread of parleyctl.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "parley/config.h"
#include "parley/util.h"
#include "parley/vault.h"

#include "ctl.h"

static int fail(const char *what, const char *why)
{
	fprintf(stderr, "parleyctl: %s: %s\n", what, why);
	return 1;
}



static int decode_key(const char *b64, uint8_t out[VAULT_KEY_LEN])
{
	uint8_t buf[64];
	size_t n = strlen(b64);

	if (n > 60 || base64_decode(b64, n, buf) != VAULT_KEY_LEN)
		return -EINVAL;
	memcpy(out, buf, VAULT_KEY_LEN);
	memset(buf, 0, sizeof(buf));
	return 0;
}

int ctl_original_main(int argc, char **argv, const char *config_path)
{
	static const struct option opts[] = {
		{ "conv", required_argument, NULL, 'v' },
		{ "seq", required_argument, NULL, 's' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	long long conv = 0, seq = 0;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c == 'v')
			conv = atoll(optarg);
		else if (c == 's')
			seq = atoll(optarg);
		else if (c == 'c')
			config_path = optarg;
		else
			return fail("original",
				    "usage: parleyctl original --conv ID --seq N");
	}
	if (conv <= 0 || seq <= 0)
		return fail("original", "usage: parleyctl original --conv ID --seq N");

	struct parley_config cfg;
	if (ctl_config_open(&cfg, config_path))
		return 1;
	if (!cfg.has_master_key) {
		config_deinit(&cfg);
		return fail("original", "PARLEY_MASTER_KEY is not set");
	}
	uint8_t old[VAULT_KEY_LEN];
	const char *old_b64 = getenv("PARLEY_MASTER_KEY_OLD");
	bool has_old = old_b64 && !decode_key(old_b64, old);
	PGconn *conn = ctl_db_connect(&cfg);
	int rc = 1;
	if (conn) {
		char *text = NULL, err[256];
		size_t len = 0;
		int r = vault_db_original(conn, cfg.master_key,
					  has_old ? old : NULL, conv, seq,
					  &text, &len, err, sizeof(err));
		if (r) {
			fail("original", err);
		} else {
			fwrite(text, 1, len, stdout);
			putchar('\n');
			memset(text, 0, len);
			free(text);
			rc = 0;
		}
		PQfinish(conn);
	}
	memset(old, 0, sizeof(old));
	config_deinit(&cfg);
	return rc;
}

int ctl_rotate_main(int argc, char **argv, const char *config_path)
{
	uint8_t old[VAULT_KEY_LEN], new_key[VAULT_KEY_LEN];
	const char *old_b64 = getenv("PARLEY_MASTER_KEY_OLD");
	struct parley_config cfg;
	char err[256];
	long count = 0;
	int rc = 1;

	if (argc > 1 && strcmp(argv[1], "--config") == 0 && argc > 2)
		config_path = argv[2];
	else if (argc > 1)
		return fail("rotate-master-key",
			    "usage: PARLEY_MASTER_KEY_OLD=… PARLEY_MASTER_KEY=… "
			    "parleyctl rotate-master-key");
	if (!old_b64 || decode_key(old_b64, old))
		return fail("rotate-master-key",
			    "PARLEY_MASTER_KEY_OLD must be the base64 of the "
			    "32-byte key being retired");
	if (ctl_config_open(&cfg, config_path))
		return 1;
	if (!cfg.has_master_key) {
		config_deinit(&cfg);
		return fail("rotate-master-key",
			    "PARLEY_MASTER_KEY (the new key) is not set");
	}
	memcpy(new_key, cfg.master_key, VAULT_KEY_LEN);
	PGconn *conn = ctl_db_connect(&cfg);
	if (conn) {
		if (vault_db_rotate(conn, old, new_key, &count, err,
				    sizeof(err))) {
			fail("rotate-master-key", err);
		} else {
			char id[VAULT_KEY_ID_LEN + 1];
			vault_master_id(new_key, id);
			printf("re-wrapped %ld data keys under master key %s\n",
			       count, id);
			rc = 0;
		}
		PQfinish(conn);
	}
	memset(old, 0, sizeof(old));
	memset(new_key, 0, sizeof(new_key));
	config_deinit(&cfg);
	return rc;
}
