/*
 * test_config.c - settings from defaults, an INI file and the environment,
 * and the checks config_validate makes before parleyd starts. Each case
 * writes its INI text to a temporary file and sets its own PARLEY_*
 * variables after clearing every one. Single-threaded (setenv).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "parley/config.h"
#include "parley/util.h"

extern char **environ;

#define SECRET32 "0123456789abcdef0123456789abcdef"
/* base64 of the bytes 0..31 */
#define KEY32 "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="

/* Leaves no PARLEY_* variable from the caller's shell in the way. */
static void env_clear(void)
{
	for (;;) {
		char name[128];
		bool found = false;

		for (char **e = environ; *e; e++) {
			const char *eq = strchr(*e, '=');

			if (strncmp(*e, "PARLEY_", 7) || !eq ||
			    (size_t)(eq - *e) >= sizeof(name))
				continue;
			memcpy(name, *e, (size_t)(eq - *e));
			name[eq - *e] = '\0';
			found = true;
			break;
		}
		if (!found)
			return;
		unsetenv(name);
	}
}

static char ini_path[64];

/* Writes text to a fresh temporary file; returns its path or NULL. */
static const char *ini_write(const char *text)
{
	int fd;
	FILE *f;

	if (!text)
		return NULL;
	snprintf(ini_path, sizeof(ini_path), "/tmp/parley-test-cfg-XXXXXX");
	fd = mkstemp(ini_path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return ini_path;
}

struct cfg_case {
	const char *name;
	const char *ini;		/* NULL: no file */
	const char *env[6];		/* "NAME=value", NULL-ended */
	int load_rc;			/* want from config_load */
	int validate_rc;		/* want from config_validate, if loaded */
	const char *err_has;		/* substring of err when refused */
	void (*check)(const struct parley_config *cfg);
};

static void check_defaults(const struct parley_config *c)
{
	assert_string_equal(c->listen, "127.0.0.1:8080");
	assert_string_equal(c->tls_cert, "");
	assert_string_equal(c->tls_key, "");
	assert_string_equal(c->db_url, "");
	assert_string_equal(c->jwt_secret, "");
	assert_string_equal(c->jwt_audience, "");
	assert_string_equal(c->log_level, "info");
	assert_int_equal(c->max_text_bytes, 4096);
	assert_true(c->max_frame_bytes >= c->max_text_bytes);
	assert_true(c->handshake_timeout_s > 0 && c->handshake_timeout_s <= 10);
	assert_true(c->batch_max > 1);
	assert_int_equal(c->batch_per_message, 0);
	assert_true(c->pii_enabled);
	assert_false(c->has_master_key);
	assert_true(c->rate_conn_per_s > 0 && c->rate_conn_burst > 0);
	assert_true(c->rate_user_per_s > 0 && c->rate_user_burst > 0);
	assert_true(c->rate_pair_per_s > 0 && c->rate_pair_burst > 0);
}

static void check_ini(const struct parley_config *c)
{
	assert_string_equal(c->listen, "0.0.0.0:9000");
	assert_string_equal(c->db_url, "postgresql://u@h/db");
	assert_string_equal(c->jwt_secret, SECRET32);
	assert_string_equal(c->jwt_audience, "parley");
	assert_int_equal(c->max_text_bytes, 1000);
	assert_int_equal(c->batch_per_message, 1);
	assert_false(c->pii_enabled);
	assert_string_equal(c->log_level, "debug");
	/* untouched keys keep their defaults */
	assert_string_equal(c->tls_cert, "");
}

static void check_env_wins(const struct parley_config *c)
{
	assert_string_equal(c->listen, "127.0.0.1:7000");
	assert_int_equal(c->max_text_bytes, 2000);
	/* from the file, no variable set */
	assert_string_equal(c->jwt_audience, "parley");
}

static void check_env_only(const struct parley_config *c)
{
	assert_string_equal(c->db_url, "postgresql://x@y:5433/z");
	assert_string_equal(c->jwt_secret, SECRET32);
	assert_string_equal(c->listen, "[::1]:8443");
}

static void check_master_key(const struct parley_config *c)
{
	assert_true(c->has_master_key);
	for (int i = 0; i < CONFIG_MASTER_KEY_LEN; i++)
		assert_int_equal(c->master_key[i], i);
}

static void check_bounds(const struct parley_config *c)
{
	assert_int_equal(c->max_text_bytes, 16);
	assert_int_equal(c->handshake_timeout_s, 1);
}

#define INI_FULL                                                               \
	"; a comment\n"                                                        \
	"[server]\n"                                                           \
	"listen = 0.0.0.0:9000\n"                                              \
	"[auth]\n"                                                             \
	"jwt_secret = " SECRET32 "\n"                                          \
	"jwt_audience = parley\n"                                              \
	"[database]\n"                                                         \
	"url = postgresql://u@h/db\n"                                          \
	"batch_per_message = 1\n"                                              \
	"[limits]\n"                                                           \
	"max_text_bytes = 1000\n"                                              \
	"[filters]\n"                                                          \
	"pii_enabled = false\n"                                                \
	"[log]\n"                                                              \
	"level = debug\n"

static const struct cfg_case cases[] = {
	{ "defaults, no file, no environment", NULL, { NULL }, 0, -EINVAL,
	  "jwt_secret", check_defaults },
	{ "INI overrides defaults", INI_FULL, { NULL }, 0, 0, NULL,
	  check_ini },
	{ "environment overrides INI", INI_FULL,
	  { "PARLEY_LISTEN=127.0.0.1:7000", "PARLEY_MAX_TEXT=2000", NULL }, 0,
	  0, NULL, check_env_wins },
	{ "environment alone", NULL,
	  { "PARLEY_DB_URL=postgresql://x@y:5433/z",
	    "PARLEY_JWT_SECRET=" SECRET32, "PARLEY_LISTEN=[::1]:8443", NULL },
	  0, 0, NULL, check_env_only },
	{ "bounds are inclusive",
	  "[limits]\nmax_text_bytes = 16\n[server]\nhandshake_timeout_s=1\n",
	  { "PARLEY_JWT_SECRET=" SECRET32, NULL }, 0, 0, NULL, check_bounds },
	{ "bad integer in INI", "[limits]\nmax_text_bytes = lots\n", { NULL },
	  -EINVAL, 0, "max_text_bytes", NULL },
	{ "integer with trailing junk", "[limits]\nmax_text_bytes = 12k\n",
	  { NULL }, -EINVAL, 0, "max_text_bytes", NULL },
	{ "empty integer", "[limits]\nmax_text_bytes =\n", { NULL }, -EINVAL,
	  0, "max_text_bytes", NULL },
	{ "integer overflowing long",
	  "[limits]\nmax_text_bytes = 99999999999999999999999\n", { NULL },
	  -EINVAL, 0, "max_text_bytes", NULL },
	{ "integer below range", "[limits]\nmax_text_bytes = 15\n", { NULL },
	  -EINVAL, 0, "max_text_bytes", NULL },
	{ "integer above range", "[limits]\nmax_text_bytes = 99999999\n",
	  { NULL }, -EINVAL, 0, "max_text_bytes", NULL },
	{ "negative integer", "[server]\nhandshake_timeout_s = -1\n", { NULL },
	  -EINVAL, 0, "handshake_timeout_s", NULL },
	{ "bad integer in environment", NULL,
	  { "PARLEY_MAX_TEXT=abc", NULL }, -EINVAL, 0, "PARLEY_MAX_TEXT",
	  NULL },
	{ "environment out of range beats a good INI",
	  "[limits]\nmax_text_bytes = 100\n", { "PARLEY_MAX_TEXT=1", NULL },
	  -EINVAL, 0, "PARLEY_MAX_TEXT", NULL },
	{ "bad boolean", "[filters]\npii_enabled = maybe\n", { NULL }, -EINVAL,
	  0, "pii_enabled", NULL },
	{ "unknown key names the key", "[server]\nlisten_port = 80\n", { NULL },
	  -EINVAL, 0, "listen_port", NULL },
	{ "known key in the wrong section", "[auth]\nlisten = :80\n", { NULL },
	  -EINVAL, 0, "listen", NULL },
	{ "unknown section", "[nope]\nkey_in_nope = 1\n", { NULL }, -EINVAL, 0,
	  "key_in_nope", NULL },
	{ "INI syntax error", "[server\nlisten = x\n", { NULL }, -EINVAL, 0,
	  NULL, NULL },
	{ "bad log level", "[log]\nlevel = chatty\n", { NULL }, -EINVAL, 0,
	  "level", NULL },
	{ "jwt secret 31 bytes refused by validate", NULL,
	  { "PARLEY_JWT_SECRET=0123456789abcdef0123456789abcde", NULL }, 0,
	  -EINVAL, "jwt_secret", NULL },
	{ "jwt secret exactly 32 bytes", NULL,
	  { "PARLEY_JWT_SECRET=" SECRET32, NULL }, 0, 0, NULL, NULL },
	{ "listen without port refused by validate", NULL,
	  { "PARLEY_JWT_SECRET=" SECRET32, "PARLEY_LISTEN=localhost", NULL },
	  0, -EINVAL, "listen", NULL },
	{ "tls cert without key refused by validate", NULL,
	  { "PARLEY_JWT_SECRET=" SECRET32, "PARLEY_TLS_CERT=/x.pem", NULL }, 0,
	  -EINVAL, "tls", NULL },
	{ "master key good", NULL,
	  { "PARLEY_JWT_SECRET=" SECRET32, "PARLEY_MASTER_KEY=" KEY32, NULL },
	  0, 0, NULL, check_master_key },
	{ "master key in INI", "[crypto]\nmaster_key = " KEY32 "\n",
	  { "PARLEY_JWT_SECRET=" SECRET32, NULL }, 0, 0, NULL,
	  check_master_key },
};

/*
 * A master key that is not base64 of exactly 32 bytes must stop start-up:
 * config_load or config_validate refuses it, naming master_key.
 */
static const char *const bad_keys[] = {
	"not base64 at all!",
	"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==",	/* 31 bytes */
	"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gIQ==", /* 34 bytes */
	"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",	/* no padding */
	"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=AAAA",
	"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd-_8=",	/* url alphabet */
	"MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=MTIz",
	"=",
};

static void run_case(const struct cfg_case *c)
{
	struct parley_config cfg;
	char err[256] = "";
	const char *path;
	int rc;

	env_clear();
	for (size_t i = 0; c->env[i]; i++) {
		char name[64];
		const char *eq = strchr(c->env[i], '=');

		assert_non_null(eq);
		assert_true((size_t)(eq - c->env[i]) < sizeof(name));
		memcpy(name, c->env[i], (size_t)(eq - c->env[i]));
		name[eq - c->env[i]] = '\0';
		assert_int_equal(setenv(name, eq + 1, 1), 0);
	}
	path = ini_write(c->ini);
	assert_int_equal(config_init(&cfg), 0);
	rc = config_load(&cfg, path, err, sizeof(err));
	if (path)
		unlink(path);
	if (rc != c->load_rc)
		fail_msg("case '%s': config_load %d want %d (%s)", c->name, rc,
			 c->load_rc, err);
	if (rc == 0) {
		if (c->check)
			c->check(&cfg);
		err[0] = '\0';
		rc = config_validate(&cfg, err, sizeof(err));
		if (rc != c->validate_rc)
			fail_msg("case '%s': config_validate %d want %d (%s)",
				 c->name, rc, c->validate_rc, err);
	}
	if (rc && c->err_has && !strstr(err, c->err_has))
		fail_msg("case '%s': reason '%s' does not name '%s'", c->name,
			 err, c->err_has);
	if (rc && !err[0])
		fail_msg("case '%s': refused without a reason", c->name);
	config_deinit(&cfg);
	env_clear();
}

static void test_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		run_case(&cases[i]);
}

static void test_bad_master_keys(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(bad_keys); i++) {
		struct parley_config cfg;
		char err[256] = "";
		int rc;

		env_clear();
		setenv("PARLEY_JWT_SECRET", SECRET32, 1);
		setenv("PARLEY_MASTER_KEY", bad_keys[i], 1);
		assert_int_equal(config_init(&cfg), 0);
		rc = config_load(&cfg, NULL, err, sizeof(err));
		if (rc == 0)
			rc = config_validate(&cfg, err, sizeof(err));
		if (rc != -EINVAL)
			fail_msg("master key '%s' accepted", bad_keys[i]);
		if (!strstr(err, "master_key") &&
		    !strstr(err, "PARLEY_MASTER_KEY"))
			fail_msg("master key '%s': reason '%s'", bad_keys[i],
				 err);
		/* The reason never echoes the key itself. */
		if (strlen(bad_keys[i]) > 4 && strstr(err, bad_keys[i]))
			fail_msg("reason echoes the key: %s", err);
		config_deinit(&cfg);
	}
	env_clear();
}

static void test_missing_file(void **state)
{
	struct parley_config cfg;
	char err[256] = "";

	(void)state;
	env_clear();
	assert_int_equal(config_init(&cfg), 0);
	assert_int_equal(config_load(&cfg, "/nonexistent/parley.ini", err,
				     sizeof(err)),
			 -EINVAL);
	assert_non_null(strstr(err, "/nonexistent/parley.ini"));
	config_deinit(&cfg);
}

/* config_dump shows every setting but never a secret's value. */
static void test_dump_hides_secrets(void **state)
{
	struct parley_config cfg;
	char err[256];
	char *out = NULL;
	size_t len = 0;
	FILE *f;

	(void)state;
	env_clear();
	setenv("PARLEY_JWT_SECRET", SECRET32, 1);
	setenv("PARLEY_MASTER_KEY", KEY32, 1);
	setenv("PARLEY_DB_URL", "postgresql://u:hunter2pw@h/db", 1);
	setenv("PARLEY_JWT_AUDIENCE", "aud-visible", 1);
	assert_int_equal(config_init(&cfg), 0);
	assert_int_equal(config_load(&cfg, NULL, err, sizeof(err)), 0);
	f = open_memstream(&out, &len);
	assert_non_null(f);
	config_dump(&cfg, f);
	fclose(f);
	assert_null(strstr(out, SECRET32));
	assert_null(strstr(out, KEY32));
	assert_null(strstr(out, "hunter2pw"));
	assert_non_null(strstr(out, "<set>"));
	assert_non_null(strstr(out, "aud-visible"));
	assert_non_null(strstr(out, "127.0.0.1:8080"));
	free(out);
	config_deinit(&cfg);
	env_clear();
}

/* The reference names every environment variable the docs promise. */
static void test_reference(void **state)
{
	static const char *const vars[] = {
		"PARLEY_DB_URL", "PARLEY_LISTEN", "PARLEY_JWT_SECRET",
		"PARLEY_MASTER_KEY", "PARLEY_TLS_CERT", "PARLEY_TLS_KEY",
		"PARLEY_JWT_AUDIENCE",
	};
	char *out = NULL;
	size_t len = 0;
	FILE *f;

	(void)state;
	f = open_memstream(&out, &len);
	assert_non_null(f);
	config_reference(f);
	fclose(f);
	for (size_t i = 0; i < ARRAY_SIZE(vars); i++)
		if (!strstr(out, vars[i]))
			fail_msg("reference lacks %s", vars[i]);
	assert_non_null(strstr(out, "4096"));
	free(out);
}

struct listen_case {
	const char *in;
	int rc;
	const char *host;
	int port;
};

static const struct listen_case listens[] = {
	{ "127.0.0.1:8080", 0, "127.0.0.1", 8080 },
	{ "localhost:1", 0, "localhost", 1 },
	{ "[::1]:80", 0, "::1", 80 },
	{ "0.0.0.0:65535", 0, "0.0.0.0", 65535 },
	{ "127.0.0.1", -EINVAL, NULL, 0 },
	{ ":8080", -EINVAL, NULL, 0 },
	{ "host:", -EINVAL, NULL, 0 },
	{ "host:65536", -EINVAL, NULL, 0 },
	{ "host:-1", -EINVAL, NULL, 0 },
	{ "host:80x", -EINVAL, NULL, 0 },
	{ "[::1]80", -EINVAL, NULL, 0 },
	{ "[::1", -EINVAL, NULL, 0 },
	{ "", -EINVAL, NULL, 0 },
};

static void test_split_listen(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(listens); i++) {
		const struct listen_case *c = &listens[i];
		char host[64];
		int port = -1;
		int rc = config_split_listen(c->in, host, sizeof(host), &port);

		if (rc != c->rc)
			fail_msg("listen '%s': %d want %d", c->in, rc, c->rc);
		if (rc == 0) {
			assert_string_equal(host, c->host);
			assert_int_equal(port, c->port);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_bad_master_keys),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_dump_hides_secrets),
		cmocka_unit_test(test_reference),
		cmocka_unit_test(test_split_listen),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
