/*
 * main.c - parleyd: reads the configuration, builds the gateway, runs its
 * event loop until SIGTERM or SIGINT, exits 0 after a clean stop.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley/config.h"
#include "parley/gateway.h"
#include "parley/log.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: parleyd [--config FILE] [--check-config]\n"
		   "Settings come from FILE and PARLEY_* environment "
		   "variables; see docs/configuration.md.\n");
}

int main(int argc, char **argv)
{
	struct parley_config cfg;
	const char *path = NULL;
	bool check = false;
	char err[512];
	struct gw *gw;
	enum log_level lvl;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--config") && i + 1 < argc) {
			path = argv[++i];
		} else if (!strcmp(argv[i], "--check-config")) {
			check = true;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return 0;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (config_init(&cfg)) {
		fprintf(stderr, "parleyd: out of memory\n");
		return 1;
	}
	if (config_load(&cfg, path, err, sizeof(err)) ||
	    config_validate(&cfg, err, sizeof(err))) {
		fprintf(stderr, "parleyd: configuration: %s\n", err);
		config_deinit(&cfg);
		return 2;
	}
	if (check) {
		config_dump(&cfg, stdout);
		config_deinit(&cfg);
		return 0;
	}
	if (!log_level_parse(cfg.log_level, &lvl))
		log_set_level(lvl);
	rc = gw_new(&gw, &cfg);
	if (rc) {
		log_err("main", 0, "cannot start: %s", strerror(-rc));
		config_deinit(&cfg);
		return 1;
	}
	rc = gw_run(gw);
	gw_free(gw);
	config_deinit(&cfg);
	return rc ? 1 : 0;
}
