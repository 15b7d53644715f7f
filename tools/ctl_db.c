/*
 * ctl_db.c - what every parleyctl sub-command that talks to the database
 * starts with: the configuration, then one blocking connection.
 */
#include <stdio.h>
#include <string.h>

#include "ctl.h"

int ctl_config_open(struct parley_config *cfg, const char *path)
{
	char err[256];

	if (config_init(cfg)) {
		fprintf(stderr, "parleyctl: out of memory\n");
		return -1;
	}
	if (config_load(cfg, path, err, sizeof(err))) {
		fprintf(stderr, "parleyctl: configuration: %s\n", err);
		config_deinit(cfg);
		return -1;
	}
	return 0;
}

PGconn *ctl_db_connect(const struct parley_config *cfg)
{
	const char *keys[] = { "dbname", "application_name", NULL };
	const char *vals[] = { cfg->db_url, "parleyctl", NULL };
	PGconn *conn = PQconnectdbParams(keys, vals, 1);

	if (PQstatus(conn) != CONNECTION_OK) {
		const char *m = PQerrorMessage(conn);
		fprintf(stderr, "parleyctl: cannot connect to the database: %.*s\n",
			(int)strcspn(m, "\n"), m);
		PQfinish(conn);
		return NULL;
	}
	/* times printed and exported read the same wherever this runs */
	PQclear(PQexec(conn, "SET TIME ZONE 'UTC'"));
	return conn;
}

PGconn *ctl_db_open(const char *path)
{
	struct parley_config cfg;
	PGconn *conn;

	if (ctl_config_open(&cfg, path))
		return NULL;
	conn = ctl_db_connect(&cfg);
	config_deinit(&cfg);
	return conn;
}
