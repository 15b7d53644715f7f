/*
 * ctl_rights.c - parleyctl export | erase | retention run: a user's data
 * rights and the retention purge, for operators. Blocking libpq; the
 * main thread of parleyctl. Progress goes to stderr, results to stdout.
 */
#include <errno.h>
#include <getopt.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "parley/config.h"
#include "parley/rights.h"
#include "parley/util.h"

#include "ctl.h"

static int load_connect(const char *path, struct parley_config *cfg,
			PGconn **conn)
{
	if (ctl_config_open(cfg, path))
		return -1;
	*conn = ctl_db_connect(cfg);
	if (!*conn) {
		config_deinit(cfg);
		return -1;
	}
	return 0;
}

/* Who runs the command, for the audit record. */
static const char *operator_name(void)
{
	static char name[80];
	const char *env = getenv("PARLEY_OPERATOR");
	struct passwd *pw = getpwuid(getuid());

	snprintf(name, sizeof(name), "operator:%s",
		 env && *env ? env : pw ? pw->pw_name : "unknown");
	return name;
}

int ctl_export_main(int argc, char **argv, const char *config_path)
{
	static const struct option opts[] = {
		{ "user", required_argument, NULL, 'u' },
		{ "out", required_argument, NULL, 'o' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	const char *user = NULL, *out = NULL;
	struct parley_config cfg;
	PGconn *conn;
	int c, rc = 1;

	optind = 1;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case 'u': user = optarg; break;
		case 'o': out = optarg; break;
		case 'c': config_path = optarg; break;
		default: user = NULL; goto usage;
		}
	}
	if (!user)
		goto usage;
	if (load_connect(config_path, &cfg, &conn))
		return 1;
	char *doc = NULL, err[256];
	int r = rights_export(conn, cfg.has_master_key ? cfg.master_key : NULL,
			      NULL, user, operator_name(), "operator", &doc,
			      err, sizeof(err));
	if (r) {
		fprintf(stderr, "parleyctl: export: %s\n", err);
	} else {
		FILE *f = out ? fopen(out, "w") : stdout;
		if (!f) {
			fprintf(stderr, "parleyctl: export: %s: %s\n", out,
				strerror(errno));
		} else {
			fputs(doc, f);
			fputc('\n', f);
			rc = (out ? fclose(f) : fflush(f)) ? 1 : 0;
			if (out && !rc)
				fprintf(stderr, "exported user %s to %s\n",
					user, out);
		}
		free(doc);
	}
	if (!cfg.has_master_key)
		fprintf(stderr, "parleyctl: export: PARLEY_MASTER_KEY not set: "
			"originals left out\n");
	PQfinish(conn);
	config_deinit(&cfg);
	return rc;
usage:
	fprintf(stderr, "usage: parleyctl export --user ID [--out FILE]\n");
	return 1;
}

int ctl_erase_main(int argc, char **argv, const char *config_path)
{
	static const struct option opts[] = {
		{ "user", required_argument, NULL, 'u' },
		{ "reason", required_argument, NULL, 'r' },
		{ "minor-request", no_argument, NULL, 'm' },
		{ "batch", required_argument, NULL, 'b' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	const char *user = NULL, *reason = NULL;
	bool minor = false;
	int batch = 1000, c;
	struct parley_config cfg;
	PGconn *conn;

	optind = 1;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case 'u': user = optarg; break;
		case 'r': reason = optarg; break;
		case 'm': minor = true; break;
		case 'b': batch = atoi(optarg); break;
		case 'c': config_path = optarg; break;
		default: user = NULL; break;
		}
	}
	if (!user || !reason || !*reason || batch < 1) {
		fprintf(stderr, "usage: parleyctl erase --user ID --reason TEXT "
			"[--minor-request] [--batch N]\n");
		return 1;
	}
	if (load_connect(config_path, &cfg, &conn))
		return 1;
	struct rights_erase_result res;
	char err[256];
	int r = rights_erase(conn, user, reason, minor, operator_name(), batch,
			     &res, err, sizeof(err));
	if (r)
		fprintf(stderr, "parleyctl: erase: %s\n", err);
	else
		printf("erased user %s%s: data key destroyed, profile "
		       "anonymised, %ld messages removed, %ld kept under legal "
		       "hold (redacted)\n",
		       user, res.already ? " (again: finishing)" : "",
		       res.messages_removed, res.messages_kept);
	PQfinish(conn);
	config_deinit(&cfg);
	return r ? 1 : 0;
}

static void progress(void *arg, const char *kind, long removed)
{
	(void)arg;
	fprintf(stderr, "retention: %s: %ld removed\n", kind, removed);
}

int ctl_retention_main(int argc, char **argv, const char *config_path)
{
	struct parley_config cfg;
	PGconn *conn;

	if (argc < 2 || strcmp(argv[1], "run")) {
		fprintf(stderr, "usage: parleyctl retention run\n");
		return 1;
	}
	if (argc > 3 && !strcmp(argv[2], "--config"))
		config_path = argv[3];
	if (load_connect(config_path, &cfg, &conn))
		return 1;
	struct retention_policy pol = {
		.chat_days = cfg.retention_chat_days,
		.offer_days = cfg.retention_offer_days,
		.system_days = cfg.retention_system_days,
		.batch = cfg.retention_batch,
	};
	struct retention_result res;
	char err[256];
	int r = retention_run(conn, &pol, operator_name(), progress, NULL,
			      NULL, &res, err, sizeof(err));
	if (r)
		fprintf(stderr, "parleyctl: retention: %s\n", err);
	else
		printf("retention: removed %ld chat, %ld offer, %ld system "
		       "messages in %ld batches of at most %d\n",
		       res.removed[0], res.removed[1], res.removed[2],
		       res.batches, pol.batch);
	PQfinish(conn);
	config_deinit(&cfg);
	return r ? 1 : 0;
}
