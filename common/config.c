/*
 * config.c - settings from defaults, an INI file and the environment.
 *
 * One table row per setting (name, env var, type, default, bounds); the
 * INI reader (inih) and the environment pass both go through
 * config_set(), so every value is checked the same way wherever it came
 * from. Runs once at start-up on the main thread.
 */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <ini.h>

#include "parley/config.h"
#include "parley/log.h"
#include "parley/util.h"

enum config_type {
	CONFIG_STR,
	CONFIG_SECRET,	/* a string never printed */
	CONFIG_INT,
	CONFIG_BOOL,
};

struct config_row {
	const char *section;
	const char *key;
	const char *env;
	enum config_type type;
	size_t offset;
	const char *def;
	long min, max;		/* CONFIG_INT bounds */
	const char *help;
};

#define STR(sec, key, env, field, def, help)                                   \
	{ sec, key, env, CONFIG_STR, offsetof(struct parley_config, field),    \
	  def, 0, 0, help }
#define SECRET(sec, key, env, field, help)                                     \
	{ sec, key, env, CONFIG_SECRET,                                        \
	  offsetof(struct parley_config, field), "", 0, 0, help }
#define INT(sec, key, env, field, def, lo, hi, help)                           \
	{ sec, key, env, CONFIG_INT, offsetof(struct parley_config, field),    \
	  def, lo, hi, help }
#define BOOL(sec, key, env, field, def, help)                                  \
	{ sec, key, env, CONFIG_BOOL, offsetof(struct parley_config, field),   \
	  def, 0, 1, help }

static const struct config_row config_rows[] = {
	STR("server", "listen", "PARLEY_LISTEN", listen, "127.0.0.1:8080",
	    "Address and port of the HTTP and WebSocket listener"),
	STR("server", "tls_cert", "PARLEY_TLS_CERT", tls_cert, "",
	    "PEM certificate chain; TLS is on when cert and key are set"),
	STR("server", "tls_key", "PARLEY_TLS_KEY", tls_key, "",
	    "PEM private key for tls_cert"),
	STR("server", "web_root", "PARLEY_WEB_ROOT", web_root, "",
	    "Folder of the web pages; empty finds web/ beside the binary"),
	STR("server", "origins", "PARLEY_ORIGINS", origins, "",
	    "Comma list of browser Origins allowed to open /ws, besides the "
	    "gateway's own"),
	STR("server", "node_id", "PARLEY_NODE_ID", node_id, "",
	    "Name of this node in logs and NOTIFY; empty = host:pid"),
	INT("server", "handshake_timeout_s", "PARLEY_HANDSHAKE_TIMEOUT",
	    handshake_timeout_s, "5", 1, 120,
	    "Seconds a connection may take to finish its HTTP/WebSocket "
	    "handshake"),
	INT("server", "ping_interval_s", "PARLEY_PING_INTERVAL",
	    ping_interval_s, "30", 0, 3600,
	    "Seconds between WebSocket pings to idle clients (0 = off)"),
	INT("server", "max_connections", "PARLEY_MAX_CONNECTIONS",
	    max_connections, "100000", 16, 1000000,
	    "Most simultaneous sockets"),
	SECRET("auth", "jwt_secret", "PARLEY_JWT_SECRET", jwt_secret,
	       "HS256 key for access tokens, at least 32 bytes"),
	STR("auth", "jwt_audience", "PARLEY_JWT_AUDIENCE", jwt_audience, "",
	    "When set, tokens must carry this aud"),
	SECRET("database", "url", "PARLEY_DB_URL", db_url,
	       "libpq connection URL; empty uses libpq's PG* environment"),
	INT("database", "batch_max", "PARLEY_BATCH_MAX", batch_max, "1024", 1,
	    10000, "Most messages written in one transaction (group commit)"),
	INT("database", "writers", "PARLEY_DB_WRITERS", db_writers, "1", 1, 16,
	    "Writer threads, each with its own connection; conversations are "
	    "spread over them by id"),
	BOOL("database", "batch_per_message", "PARLEY_BATCH_PER_MESSAGE",
	     batch_per_message, "0",
	     "1 commits every message on its own (for comparison only)"),
	INT("database", "reconnect_max_s", "PARLEY_RECONNECT_MAX",
	    reconnect_max_s, "5", 1, 300,
	    "Ceiling of the database reconnect back-off, seconds"),
	INT("limits", "max_text_bytes", "PARLEY_MAX_TEXT", max_text_bytes,
	    "4096", 16, 1048576, "Longest message text, bytes of UTF-8"),
	INT("limits", "max_frame_bytes", "PARLEY_MAX_FRAME", max_frame_bytes,
	    "65536", 1024, 4194304,
	    "Longest WebSocket message; a longer one closes with 1009"),
	INT("limits", "out_queue_max", "PARLEY_OUT_QUEUE_MAX", out_queue_max,
	    "4096", 16, 1000000,
	    "Frames queued to one client before it is cut off as too slow"),
	INT("limits", "rate_conn_per_s", "PARLEY_RATE_CONN", rate_conn_per_s,
	    "20", 1, 10000000, "Sustained frames per second per connection"),
	INT("limits", "rate_conn_burst", "PARLEY_RATE_CONN_BURST",
	    rate_conn_burst, "60", 1, 10000000,
	    "Burst of frames per connection"),
	INT("limits", "rate_user_per_s", "PARLEY_RATE_USER", rate_user_per_s,
	    "30", 1, 10000000,
	    "Sustained messages per second per user (all devices)"),
	INT("limits", "rate_user_burst", "PARLEY_RATE_USER_BURST",
	    rate_user_burst, "90", 1, 10000000, "Burst of messages per user"),
	INT("limits", "rate_pair_per_s", "PARLEY_RATE_PAIR", rate_pair_per_s,
	    "20", 1, 10000000,
	    "Sustained messages per second per conversation"),
	INT("limits", "rate_pair_burst", "PARLEY_RATE_PAIR_BURST",
	    rate_pair_burst, "60", 1, 10000000,
	    "Burst of messages per conversation"),
	INT("limits", "history_max", "PARLEY_HISTORY_MAX", history_max, "200",
	    1, 10000, "Most messages in one history answer"),
	INT("limits", "sync_max", "PARLEY_SYNC_MAX", sync_max, "1000", 1,
	    100000,
	    "Most messages one sync answer holds per conversation; the "
	    "client pages on with history"),
	SECRET("crypto", "master_key", "PARLEY_MASTER_KEY", master_key_b64,
	       "Base64 of 32 random bytes; wraps every user's data key"),
	BOOL("filters", "pii_enabled", "PARLEY_PII_ENABLED", pii_enabled, "1",
	     "0 turns the PII engine off (benchmarks only)"),
	STR("filters", "pii_policy", "PARLEY_PII_POLICY", pii_policy, "",
	    "Overrides of the PII policy, see docs/pii.md"),
	INT("filters", "pii_split_window_s", "PARLEY_PII_SPLIT_WINDOW",
	    pii_split_window_s, "120", 0, 86400,
	    "Seconds within which a number split over messages is joined"),
	STR("offers", "policy", "PARLEY_OFFERS_POLICY", offers_policy, "",
	    "Overrides of the marketing rules (opt-in countries, quiet hours, "
	    "caps), see docs/privacy.md"),
	INT("offers", "tick_ms", "PARLEY_OFFERS_TICK_MS", offers_tick_ms,
	    "1000", 10, 60000,
	    "How often offers deferred by quiet hours are looked for"),
	STR("offers", "test_clock_file", "PARLEY_TEST_CLOCK_FILE",
	    test_clock_file, "",
	    "TESTS ONLY: a file whose number is the current time in ms for "
	    "the offer rules; never set it in production"),
	INT("retention", "chat_days", "PARLEY_RETENTION_CHAT_DAYS",
	    retention_chat_days, "730", 1, 36500,
	    "Chat messages older than this are removed, except on legal hold"),
	INT("retention", "offer_days", "PARLEY_RETENTION_OFFER_DAYS",
	    retention_offer_days, "180", 1, 36500,
	    "Offer messages older than this are removed, except on legal "
	    "hold"),
	INT("retention", "system_days", "PARLEY_RETENTION_SYSTEM_DAYS",
	    retention_system_days, "90", 1, 36500,
	    "System messages older than this are removed, except on legal "
	    "hold"),
	INT("retention", "interval_s", "PARLEY_RETENTION_INTERVAL",
	    retention_interval_s, "3600", 0, 604800,
	    "Seconds between retention runs inside parleyd (0 = off; "
	    "parleyctl retention run does one by hand)"),
	INT("retention", "batch", "PARLEY_RETENTION_BATCH", retention_batch,
	    "1000", 10, 100000,
	    "Rows removed per transaction, so no lock is held for long"),
	STR("log", "level", "PARLEY_LOG_LEVEL", log_level, "info",
	    "err, warn, notice, info or debug"),
};

static void *config_field(struct parley_config *cfg,
			  const struct config_row *row)
{
	return (char *)cfg + row->offset;
}

static int config_set(struct parley_config *cfg, const struct config_row *row,
		      const char *value, char *err, size_t errlen)
{
	void *field = config_field(cfg, row);

	switch (row->type) {
	case CONFIG_STR:
	case CONFIG_SECRET: {
		char *copy = strdup(value);
		if (!copy)
			return -ENOMEM;
		free(*(char **)field);
		*(char **)field = copy;
		return 0;
	}
	case CONFIG_INT: {
		char *end;
		errno = 0;
		long v = strtol(value, &end, 10);
		if (errno || end == value || *end || v < row->min ||
		    v > row->max) {
			snprintf(err, errlen,
				 "%s.%s: '%s' is not an integer in [%ld, %ld]",
				 row->section, row->key, value, row->min,
				 row->max);
			return -EINVAL;
		}
		*(int *)field = (int)v;
		return 0;
	}
	case CONFIG_BOOL:
		if (!strcmp(value, "1") || !strcasecmp(value, "true") ||
		    !strcasecmp(value, "yes") || !strcasecmp(value, "on")) {
			*(bool *)field = true;
		} else if (!strcmp(value, "0") || !strcasecmp(value, "false") ||
			   !strcasecmp(value, "no") ||
			   !strcasecmp(value, "off")) {
			*(bool *)field = false;
		} else {
			snprintf(err, errlen, "%s.%s: '%s' is not a boolean",
				 row->section, row->key, value);
			return -EINVAL;
		}
		return 0;
	}
	return -EINVAL;
}

int config_init(struct parley_config *cfg)
{
	char err[128];

	memset(cfg, 0, sizeof(*cfg));
	for (size_t i = 0; i < ARRAY_SIZE(config_rows); i++) {
		int r = config_set(cfg, &config_rows[i], config_rows[i].def, err,
				   sizeof(err));
		if (r)
			return r;
	}
	return 0;
}

struct ini_ctx {
	struct parley_config *cfg;
	char *err;
	size_t errlen;
	int rc;
};

static int config_ini_handler(void *user, const char *section,
			      const char *key, const char *value)
{
	struct ini_ctx *ctx = user;

	for (size_t i = 0; i < ARRAY_SIZE(config_rows); i++) {
		const struct config_row *row = &config_rows[i];
		if (strcmp(row->section, section) || strcmp(row->key, key))
			continue;
		ctx->rc = config_set(ctx->cfg, row, value, ctx->err,
				     ctx->errlen);
		return ctx->rc == 0;
	}
	snprintf(ctx->err, ctx->errlen, "unknown setting [%s] %s", section,
		 key);
	ctx->rc = -EINVAL;
	return 0;
}

static int config_decode_master_key(struct parley_config *cfg, char *err,
				    size_t errlen)
{
	uint8_t buf[64];
	size_t len = strlen(cfg->master_key_b64);

	cfg->has_master_key = false;
	if (!len)
		return 0;
	if (len > 60) {
		snprintf(err, errlen, "crypto.master_key: not base64 of 32 bytes");
		return -EINVAL;
	}
	long n = base64_decode(cfg->master_key_b64, len, buf);
	if (n != CONFIG_MASTER_KEY_LEN) {
		snprintf(err, errlen, "crypto.master_key: not base64 of 32 bytes");
		return -EINVAL;
	}
	memcpy(cfg->master_key, buf, CONFIG_MASTER_KEY_LEN);
	cfg->has_master_key = true;
	return 0;
}

int config_load(struct parley_config *cfg, const char *path, char *err,
		size_t errlen)
{
	snprintf(err, errlen, "no error");
	if (path) {
		struct ini_ctx ctx = { cfg, err, errlen, 0 };
		int r = ini_parse(path, config_ini_handler, &ctx);
		if (r == -1) {
			snprintf(err, errlen, "%s: cannot open: %s", path,
				 strerror(errno));
			return -EINVAL;
		}
		if (r != 0) {
			if (ctx.rc == 0)
				snprintf(err, errlen, "%s:%d: syntax error",
					 path, r);
			else {
				char reason[256];
				snprintf(reason, sizeof(reason), "%s", err);
				snprintf(err, errlen, "%s:%d: %s", path, r,
					 reason);
			}
			return -EINVAL;
		}
	}
	for (size_t i = 0; i < ARRAY_SIZE(config_rows); i++) {
		const char *v = getenv(config_rows[i].env);
		if (!v)
			continue;
		int r = config_set(cfg, &config_rows[i], v, err, errlen);
		if (r) {
			char reason[256];
			snprintf(reason, sizeof(reason), "%s", err);
			snprintf(err, errlen, "%s: %s", config_rows[i].env,
				 reason);
			return r;
		}
	}
	enum log_level lvl;
	if (log_level_parse(cfg->log_level, &lvl)) {
		snprintf(err, errlen, "log.level: '%s' is not a log level",
			 cfg->log_level);
		return -EINVAL;
	}
	return config_decode_master_key(cfg, err, errlen);
}

int config_split_listen(const char *listen, char *host, size_t hostlen,
			int *port)
{
	const char *colon, *h = listen;
	size_t hl;

	if (listen[0] == '[') {
		const char *close = strchr(listen, ']');
		if (!close || close[1] != ':')
			return -EINVAL;
		h = listen + 1;
		hl = (size_t)(close - h);
		colon = close + 1;
	} else {
		colon = strrchr(listen, ':');
		if (!colon)
			return -EINVAL;
		hl = (size_t)(colon - listen);
	}
	if (!hl || hl >= hostlen)
		return -EINVAL;
	char *end;
	long p = strtol(colon + 1, &end, 10);
	if (end == colon + 1 || *end || p < 0 || p > 65535)
		return -EINVAL;
	memcpy(host, h, hl);
	host[hl] = '\0';
	*port = (int)p;
	return 0;
}

int config_validate(const struct parley_config *cfg, char *err, size_t errlen)
{
	char host[256];
	int port;

	if (config_split_listen(cfg->listen, host, sizeof(host), &port)) {
		snprintf(err, errlen, "server.listen: '%s' is not host:port",
			 cfg->listen);
		return -EINVAL;
	}
	if (strlen(cfg->jwt_secret) < 32) {
		snprintf(err, errlen,
			 "auth.jwt_secret (PARLEY_JWT_SECRET) must be at least "
			 "32 bytes");
		return -EINVAL;
	}
	if (!!*cfg->tls_cert != !!*cfg->tls_key) {
		snprintf(err, errlen,
			 "server.tls_cert and server.tls_key go together");
		return -EINVAL;
	}
	if (*cfg->master_key_b64 && !cfg->has_master_key) {
		snprintf(err, errlen, "crypto.master_key: not base64 of 32 bytes");
		return -EINVAL;
	}
	return 0;
}

void config_deinit(struct parley_config *cfg)
{
	for (size_t i = 0; i < ARRAY_SIZE(config_rows); i++) {
		const struct config_row *row = &config_rows[i];
		if (row->type == CONFIG_STR || row->type == CONFIG_SECRET) {
			char **p = config_field(cfg, row);
			free(*p);
			*p = NULL;
		}
	}
	memset(cfg->master_key, 0, sizeof(cfg->master_key));
}

void config_dump(const struct parley_config *cfg, FILE *f)
{
	const char *section = "";

	for (size_t i = 0; i < ARRAY_SIZE(config_rows); i++) {
		const struct config_row *row = &config_rows[i];
		const void *field = (const char *)cfg + row->offset;
		if (strcmp(section, row->section)) {
			section = row->section;
			fprintf(f, "%s[%s]\n", i ? "\n" : "", section);
		}
		switch (row->type) {
		case CONFIG_STR:
			fprintf(f, "%s = %s\n", row->key,
				*(char *const *)field);
			break;
		case CONFIG_SECRET:
			fprintf(f, "%s = %s\n", row->key,
				**(char *const *)field ? "<set>" : "");
			break;
		case CONFIG_INT:
			fprintf(f, "%s = %d\n", row->key, *(const int *)field);
			break;
		case CONFIG_BOOL:
			fprintf(f, "%s = %d\n", row->key, *(const bool *)field);
			break;
		}
	}
}

void config_reference(FILE *f)
{
	fprintf(f, "| section | key | environment | default | meaning |\n");
	fprintf(f, "|---|---|---|---|---|\n");
	for (size_t i = 0; i < ARRAY_SIZE(config_rows); i++) {
		const struct config_row *row = &config_rows[i];
		fprintf(f, "| `%s` | `%s` | `%s` | `%s` | %s",
			row->section, row->key, row->env,
			row->type == CONFIG_SECRET ? "(none)" :
			*row->def ? row->def : "(empty)",
			row->help);
		if (row->type == CONFIG_INT)
			fprintf(f, " (%ld to %ld)", row->min, row->max);
		fprintf(f, " |\n");
	}
}
