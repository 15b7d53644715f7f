/*
 * config.h - parleyd and parleyctl settings.
 *
 * Every setting is one row of a table (config.c): INI section and key,
 * environment variable, type, default, bounds. Values come, later winning,
 * from the defaults, the INI file given with --config, and the environment.
 * Secrets are never printed by config_dump().
 */
#ifndef PARLEY_CONFIG_H
#define PARLEY_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define CONFIG_MASTER_KEY_LEN 32

struct parley_config {
	/* [server] */
	char *listen;		/* host:port, default 127.0.0.1:8080 */
	char *tls_cert;		/* PEM path; TLS is on when cert and key are set */
	char *tls_key;
	char *web_root;		/* folder of the web pages; "" = next to binary */
	char *origins;		/* comma list of allowed browser Origins */
	char *node_id;		/* name of this node in logs and NOTIFY */
	int handshake_timeout_s; /* drop connections idle before upgrade */
	int ping_interval_s;	/* WebSocket ping to find dead peers */
	int max_connections;	/* refuse beyond this many sockets */
	/* [auth] */
	char *jwt_secret;	/* HS256 key, >= 32 bytes */
	char *jwt_audience;	/* required "aud" when set */
	/* [database] */
	char *db_url;		/* libpq URL; "" uses libpq's environment */
	int batch_max;		/* messages per group commit */
	bool batch_per_message;	/* one commit per message (benchmarks) */
	int db_writers;		/* writer threads and connections */
	int reconnect_max_s;	/* ceiling of the reconnect back-off */
	/* [limits] */
	int max_text_bytes;	/* longest message text */
	int max_frame_bytes;	/* longest WebSocket frame, closes beyond */
	int out_queue_max;	/* frames queued to one slow client */
	int rate_conn_per_s, rate_conn_burst;
	int rate_user_per_s, rate_user_burst;
	int rate_pair_per_s, rate_pair_burst;
	int history_max;	/* most messages one history answer holds */
	int sync_max;		/* most messages one sync answer holds per conv */
	/* [crypto] */
	char *master_key_b64;	/* base64 of 32 bytes; wraps user data keys */
	uint8_t master_key[CONFIG_MASTER_KEY_LEN];
	bool has_master_key;
	/* [filters] */
	bool pii_enabled;	/* 0 turns the PII engine off (benchmarks) */
	char *pii_policy;	/* policy rules, see docs/configuration.md */
	int pii_split_window_s;	/* window for numbers split over messages */
	/* [offers] */
	char *offers_policy;	/* overrides of the jurisdiction rules */
	int offers_tick_ms;	/* how often deferred offers are released */
	char *test_clock_file;	/* TESTS ONLY: a file holding "now" in ms */
	/* [retention] */
	int retention_chat_days;	/* chat messages older are removed */
	int retention_offer_days;
	int retention_system_days;
	int retention_interval_s;	/* parleyd runs it this often; 0 = off */
	int retention_batch;		/* rows per DELETE */
	/* [log] */
	char *log_level;
};

/* Fills cfg with defaults. Returns 0 or -ENOMEM. */
int config_init(struct parley_config *cfg);

/*
 * Reads the INI file at path (may be NULL: no file) then the environment.
 * On error writes a one-line reason into err and returns -EINVAL.
 */
int config_load(struct parley_config *cfg, const char *path, char *err,
		size_t errlen);

/*
 * Checks what parleyd needs to run (secret length, master key shape, port).
 * Returns 0 or -EINVAL with a reason in err.
 */
int config_validate(const struct parley_config *cfg, char *err, size_t errlen);

/* Frees every string the config owns. */
void config_deinit(struct parley_config *cfg);

/* Writes every key with its value (secrets as "<set>") to f. */
void config_dump(const struct parley_config *cfg, FILE *f);

/* Writes the reference table (key, env var, default, meaning) as Markdown. */
void config_reference(FILE *f);

/* Splits "host:port" ("[::1]:80" too). Returns 0 or -EINVAL. */
int config_split_listen(const char *listen, char *host, size_t hostlen,
			int *port);

#endif
