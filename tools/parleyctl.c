/*
 * parleyctl.c - the operator's command line: schema migrations, users,
 * tokens, conversation stages, configuration.
 *
 * A short-lived single-threaded process with one blocking libpq
 * connection. Changes that running gateways must learn about (a new user,
 * a conversation's stage) are committed together with a NOTIFY, so a
 * gateway never hears of a row it cannot read yet. Secrets are never
 * printed; the one exception is the token `token` exists to print, and
 * it goes to stdout alone so that scripts can capture it.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "ctl.h"
#include "parley/config.h"
#include "parley/jwt.h"
#include "parley/migrate.h"
#include "parley/util.h"

#define CTL_TTL_DEFAULT 86400
#define CTL_TTL_MAX (10LL * 366 * 86400)
#define CTL_NAME_MAX 200	/* users.display_name and company CHECKs */

/* Shared by every sub-command: where the settings come from. */
struct ctl {
	const char *config_path;	/* --config, NULL = none */
	struct parley_config cfg;
	bool cfg_loaded;
	PGconn *conn;
};

/* The argv getopt is walking, to name a bad option in ctl_usage(). */
static int ctl_argc;
static char **ctl_argv;

static const char ctl_usage_text[] =
	"usage: parleyctl [--config FILE] COMMAND [OPTIONS]\n"
	"\n"
	"commands:\n"
	"  migrate                        apply pending schema migrations\n"
	"  user add --id ID --role ROLE --name NAME --country CC --tz ZONE\n"
	"           [--company NAME] [--minor]\n"
	"                                 create a user (ROLE: buyer, seller,\n"
	"                                 support, admin)\n"
	"  user list                      list users\n"
	"  token --user ID [--ttl SECONDS]\n"
	"                                 print an access token (default ttl\n"
	"                                 86400)\n"
	"  conv stage --conv ID --stage inquiry|ordered\n"
	"                                 set a conversation's stage\n"
	"  config [--reference]           print the effective settings (secrets\n"
	"                                 hidden), or the reference of all keys\n"
	"  redact [--bench FILE]          JSON lines in, redacted JSON lines out\n"
	"  original --conv ID --seq N     print a message's original (sealed)\n"
	"  export --user ID [--out FILE]  everything held about a user (JSON)\n"
	"  erase --user ID --reason TEXT [--minor-request]\n"
	"                                 erase a user (crypto-shredding)\n"
	"  retention run                  remove messages past their period\n"
	"  audit [--dispute ID] [--actor ID] [--limit N]\n"
	"                                 list the staff audit log\n"
	"  audit verify                   check the audit log's hash chain\n"
	"  consent verify                 check the consent ledger's chain\n"
	"  consent list --buyer ID        a buyer's consent events\n"
	"  offers explain --offer ID [--buyer ID]  decisions and their facts\n"
	"  rotate-master-key              re-wrap data keys: PARLEY_MASTER_KEY_OLD\n"
	"                                 is retired, PARLEY_MASTER_KEY is new\n"
	"\n"
	"Every command takes --config FILE; settings also come from PARLEY_*\n"
	"environment variables (see `parleyctl config --reference`).\n"
	"Exit status: 0 on success, 1 on any error.\n";

static int ctl_usage(const char *why)
{
	if (why)
		fprintf(stderr, "parleyctl: %s\n", why);
	fputs(ctl_usage_text, stderr);
	return 1;
}

/* What getopt_long refused: c is '?' (unknown) or ':' (value missing). */
static int ctl_bad_option(int c)
{
	const char *opt = optind > 0 && optind <= ctl_argc
				  ? ctl_argv[optind - 1] : "?";

	if (c == ':')
		fprintf(stderr, "parleyctl: option '%s' needs a value\n", opt);
	else
		fprintf(stderr, "parleyctl: unknown option '%s'\n", opt);
	return ctl_usage(NULL);
}

static int ctl_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int ctl_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("parleyctl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return 1;
}

/* libpq messages end in a newline and may span lines; keep the first. */
static const char *ctl_pq_error(PGconn *conn)
{
	static char line[512];
	const char *msg = PQerrorMessage(conn);
	size_t n = strcspn(msg, "\n");

	if (n >= sizeof(line))
		n = sizeof(line) - 1;
	memcpy(line, msg, n);
	line[n] = '\0';
	return line;
}

static int ctl_load_config(struct ctl *ctl)
{
	char err[256];

	if (config_init(&ctl->cfg))
		return ctl_fail("out of memory");
	ctl->cfg_loaded = true;
	if (config_load(&ctl->cfg, ctl->config_path, err, sizeof(err)))
		return ctl_fail("configuration: %s", err);
	return 0;
}

static int ctl_connect(struct ctl *ctl)
{
	/* expand_dbname: dbname holds the whole URL; "" falls back to PG*. */
	const char *keys[] = { "dbname", "application_name", NULL };
	const char *vals[] = { ctl->cfg.db_url, "parleyctl", NULL };

	ctl->conn = PQconnectdbParams(keys, vals, 1);
	if (!ctl->conn)
		return ctl_fail("out of memory");
	if (PQstatus(ctl->conn) != CONNECTION_OK)
		return ctl_fail("cannot connect to the database: %s",
				ctl_pq_error(ctl->conn));
	return 0;
}

/*
 * Runs sql with text parameters. Returns the result when its status is
 * want, else prints what failed and returns NULL. The caller PQclears.
 */
static PGresult *ctl_exec(struct ctl *ctl, ExecStatusType want,
			  const char *what, const char *sql, int n,
			  const char *const *params)
{
	PGresult *res = PQexecParams(ctl->conn, sql, n, NULL, params, NULL,
				     NULL, 0);

	if (PQresultStatus(res) == want)
		return res;
	ctl_fail("%s: %s", what, ctl_pq_error(ctl->conn));
	PQclear(res);
	return NULL;
}

static bool ctl_exec_ok(struct ctl *ctl, const char *what, const char *sql)
{
	PGresult *res = ctl_exec(ctl, PGRES_COMMAND_OK, what, sql, 0, NULL);

	PQclear(res);
	return res != NULL;
}

/* True when the last error on res is this SQLSTATE. */
static bool ctl_sqlstate(const PGresult *res, const char *state)
{
	const char *s = PQresultErrorField(res, PG_DIAG_SQLSTATE);

	return s && strcmp(s, state) == 0;
}

/* Same shape as the users.id CHECK in migrations/001_init.sql. */
static bool ctl_user_id_valid(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > JWT_SUB_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
			     (c >= '0' && c <= '9');

		if (!alnum && (i == 0 || !strchr("_.@-", c)))
			return false;
	}
	return true;
}

/* Strict decimal in [lo, hi]. */
static int ctl_parse_int(const char *s, long long lo, long long hi,
			 long long *out)
{
	char *end;
	long long v;

	if (!s || !*s || *s == '+' || *s == ' ')
		return -EINVAL;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return -EINVAL;
	*out = v;
	return 0;
}

/* Text for display_name / company: UTF-8, no control characters. */
static bool ctl_text_valid(const char *s, size_t max)
{
	size_t n = strlen(s);

	if (n == 0 || !utf8_valid(s, n) || utf8_count(s, n) > max)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F)
			return false;
	return true;
}

/*
 * Resets getopt for a sub-command's argv (argv[0] = its name). "+" stops
 * at the first operand; glibc re-initialises when optind is 0.
 */
static void ctl_getopt_reset(int argc, char **argv)
{
	optind = 0;
	/* We name the bad option ourselves: getopt would say "add: ...". */
	opterr = 0;
	ctl_argc = argc;
	ctl_argv = argv;
}

/* ---- migrate ---- */

static int ctl_migrate(struct ctl *ctl, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	char err[512];
	int total = 0, c, rc;

	ctl_getopt_reset(argc, argv);
	while ((c = getopt_long(argc, argv, "+:", opts, NULL)) != -1) {
		if (c == 'c')
			ctl->config_path = optarg;
		else
			return ctl_bad_option(c);
	}
	if (optind != argc)
		return ctl_usage("migrate takes no arguments");
	if (ctl_load_config(ctl) || ctl_connect(ctl))
		return 1;
	/* An edited file stops everything before a single file is applied. */
	rc = migrate_check(ctl->conn, migrate_builtin, migrate_builtin_count,
			   err, sizeof(err));
	if (rc != 0 && rc != -EAGAIN)
		return ctl_fail("migrate: %s", err);
	/*
	 * Growing prefixes apply one file per call, which lets us name each
	 * file as it lands; a concurrent migrator just makes a call apply 0.
	 */
	for (size_t i = 0; rc == -EAGAIN && i < migrate_builtin_count; i++) {
		int applied = 0;

		if (migrate_apply(ctl->conn, migrate_builtin, i + 1, &applied,
				  err, sizeof(err)))
			return ctl_fail("migrate: %s", err);
		if (applied) {
			printf("applied %s\n", migrate_builtin[i].name);
			fflush(stdout);
			total += applied;
		}
	}
	if (migrate_check(ctl->conn, migrate_builtin, migrate_builtin_count,
			  err, sizeof(err)))
		return ctl_fail("migrate: %s", err);
	printf("schema current: %zu migration(s), %d applied now\n",
	       migrate_builtin_count, total);
	return 0;
}

/* ---- user add / user list ---- */

static int ctl_user_add(struct ctl *ctl, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "id", required_argument, NULL, 'i' },
		{ "role", required_argument, NULL, 'r' },
		{ "name", required_argument, NULL, 'n' },
		{ "company", required_argument, NULL, 'o' },
		{ "country", required_argument, NULL, 'C' },
		{ "tz", required_argument, NULL, 't' },
		{ "minor", no_argument, NULL, 'm' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	const char *id = NULL, *role = NULL, *name = NULL, *company = NULL;
	const char *country = NULL, *tz = NULL;
	char cc[3];
	bool minor = false;
	enum jwt_role r;
	PGresult *res;
	int c;

	ctl_getopt_reset(argc, argv);
	while ((c = getopt_long(argc, argv, "+:", opts, NULL)) != -1) {
		switch (c) {
		case 'i': id = optarg; break;
		case 'r': role = optarg; break;
		case 'n': name = optarg; break;
		case 'o': company = optarg; break;
		case 'C': country = optarg; break;
		case 't': tz = optarg; break;
		case 'm': minor = true; break;
		case 'c': ctl->config_path = optarg; break;
		default: return ctl_bad_option(c);
		}
	}
	if (optind != argc)
		return ctl_usage("user add: unexpected argument");
	if (!id || !role || !name || !country || !tz)
		return ctl_usage("user add needs --id, --role, --name, "
				 "--country and --tz");
	if (!ctl_user_id_valid(id))
		return ctl_fail("user add: --id must be 1-64 of A-Z a-z 0-9 "
				"_ . @ -, starting with a letter or digit");
	if (jwt_role_parse(role, &r))
		return ctl_fail("user add: --role must be buyer, seller, "
				"support or admin");
	if (!ctl_text_valid(name, CTL_NAME_MAX))
		return ctl_fail("user add: --name must be 1-%d characters of "
				"UTF-8 text", CTL_NAME_MAX);
	if (company && !ctl_text_valid(company, CTL_NAME_MAX))
		return ctl_fail("user add: --company must be 1-%d characters "
				"of UTF-8 text", CTL_NAME_MAX);
	/* ISO 3166-1 alpha-2; lower case accepted for convenience. */
	if (strlen(country) != 2)
		return ctl_fail("user add: --country must be a two-letter "
				"ISO 3166 code such as DE");
	for (int i = 0; i < 2; i++) {
		char ch = country[i];

		if (ch >= 'a' && ch <= 'z')
			ch = (char)(ch - 'a' + 'A');
		if (ch < 'A' || ch > 'Z')
			return ctl_fail("user add: --country must be a "
					"two-letter ISO 3166 code such as DE");
		cc[i] = ch;
	}
	cc[2] = '\0';
	if (ctl_load_config(ctl) || ctl_connect(ctl))
		return 1;

	{
		const char *p[1] = { tz };

		/* Quiet hours are computed in this zone: it must exist. */
		res = ctl_exec(ctl, PGRES_TUPLES_OK, "time zone",
			       "SELECT 1 FROM pg_timezone_names WHERE name = $1",
			       1, p);
		if (!res)
			return 1;
		if (PQntuples(res) == 0) {
			PQclear(res);
			return ctl_fail("user add: unknown time zone '%s' "
					"(use an IANA name such as "
					"Europe/Berlin)", tz);
		}
		PQclear(res);
	}

	if (!ctl_exec_ok(ctl, "begin", "BEGIN"))
		return 1;
	{
		const char *p[7] = { id, jwt_role_name(r), name, company, cc,
				     tz, minor ? "true" : "false" };

		res = PQexecParams(ctl->conn,
				   "INSERT INTO users (id, role, display_name, "
				   "company, country, tz, minor) VALUES "
				   "($1, $2, $3, $4, $5, $6, $7::boolean)",
				   7, NULL, p, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			if (ctl_sqlstate(res, "23505"))
				ctl_fail("user add: user '%s' already exists",
					 id);
			else
				ctl_fail("user add: %s",
					 ctl_pq_error(ctl->conn));
			PQclear(res);
			return 1;
		}
		PQclear(res);
	}
	{
		/* pg_notify is NOTIFY parley_user, '<id>' with a parameter. */
		const char *p[1] = { id };

		res = ctl_exec(ctl, PGRES_TUPLES_OK, "notify",
			       "SELECT pg_notify('parley_user', $1)", 1, p);
		if (!res)
			return 1;
		PQclear(res);
	}
	if (!ctl_exec_ok(ctl, "commit", "COMMIT"))
		return 1;
	printf("added %s user %s\n", jwt_role_name(r), id);
	return 0;
}

/* Pads s to width display columns, counting code points, not bytes. */
static void ctl_cell(const char *s, size_t width, bool last)
{
	size_t n = utf8_count(s, strlen(s));

	fputs(s, stdout);
	if (last) {
		fputc('\n', stdout);
		return;
	}
	for (; n < width + 2; n++)
		fputc(' ', stdout);
}

static int ctl_user_list(struct ctl *ctl, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const heads[] = { "ID",      "ROLE",  "NAME",
					     "COMPANY", "COUNTRY", "TZ",
					     "MINOR",   "STATUS", "CREATED" };
	enum { NCOL = ARRAY_SIZE(heads) };
	size_t width[NCOL];
	PGresult *res;
	int c, rows;

	ctl_getopt_reset(argc, argv);
	while ((c = getopt_long(argc, argv, "+:", opts, NULL)) != -1) {
		if (c == 'c')
			ctl->config_path = optarg;
		else
			return ctl_bad_option(c);
	}
	if (optind != argc)
		return ctl_usage("user list takes no arguments");
	if (ctl_load_config(ctl) || ctl_connect(ctl))
		return 1;
	res = ctl_exec(ctl, PGRES_TUPLES_OK, "user list",
		       "SELECT id, role, display_name, coalesce(company, ''), "
		       "country, tz, CASE WHEN minor THEN 'yes' ELSE 'no' END, "
		       "CASE WHEN erased_at IS NULL THEN 'active' "
		       "ELSE 'erased' END, "
		       "to_char(created_at AT TIME ZONE 'UTC', "
		       "'YYYY-MM-DD HH24:MI') "
		       "FROM users ORDER BY id",
		       0, NULL);
	if (!res)
		return 1;
	rows = PQntuples(res);
	for (int j = 0; j < NCOL; j++)
		width[j] = strlen(heads[j]);
	for (int i = 0; i < rows; i++) {
		for (int j = 0; j < NCOL; j++) {
			const char *v = PQgetvalue(res, i, j);
			size_t n = utf8_count(v, strlen(v));

			if (n > width[j])
				width[j] = n;
		}
	}
	for (int j = 0; j < NCOL; j++)
		ctl_cell(heads[j], width[j], j == NCOL - 1);
	for (int i = 0; i < rows; i++)
		for (int j = 0; j < NCOL; j++)
			ctl_cell(PQgetvalue(res, i, j), width[j],
				 j == NCOL - 1);
	PQclear(res);
	return 0;
}

static int ctl_user(struct ctl *ctl, int argc, char **argv)
{
	if (argc < 2)
		return ctl_usage("user needs add or list");
	if (strcmp(argv[1], "add") == 0)
		return ctl_user_add(ctl, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return ctl_user_list(ctl, argc - 1, argv + 1);
	return ctl_usage("user needs add or list");
}

/* ---- token ---- */

static int ctl_token(struct ctl *ctl, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "user", required_argument, NULL, 'u' },
		{ "ttl", required_argument, NULL, 't' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	const char *user = NULL, *ttl_s = NULL;
	long long ttl = CTL_TTL_DEFAULT;
	enum jwt_role role;
	PGresult *res;
	char *tok;
	int c;

	ctl_getopt_reset(argc, argv);
	while ((c = getopt_long(argc, argv, "+:", opts, NULL)) != -1) {
		switch (c) {
		case 'u': user = optarg; break;
		case 't': ttl_s = optarg; break;
		case 'c': ctl->config_path = optarg; break;
		default: return ctl_bad_option(c);
		}
	}
	if (optind != argc)
		return ctl_usage("token: unexpected argument");
	if (!user)
		return ctl_usage("token needs --user ID");
	if (!ctl_user_id_valid(user))
		return ctl_fail("token: '%s' is not a valid user id", user);
	if (ttl_s && ctl_parse_int(ttl_s, 1, CTL_TTL_MAX, &ttl))
		return ctl_fail("token: --ttl must be whole seconds from 1 to "
				"%lld", CTL_TTL_MAX);
	if (ctl_load_config(ctl))
		return 1;
	/* The gateway would refuse a token signed with a weak key anyway. */
	if (strlen(ctl->cfg.jwt_secret) < 32)
		return ctl_fail("token: auth.jwt_secret (PARLEY_JWT_SECRET) "
				"must be set, at least 32 bytes");
	if (ctl_connect(ctl))
		return 1;
	{
		const char *p[1] = { user };

		res = ctl_exec(ctl, PGRES_TUPLES_OK, "token",
			       "SELECT role, erased_at IS NOT NULL "
			       "FROM users WHERE id = $1",
			       1, p);
	}
	if (!res)
		return 1;
	if (PQntuples(res) == 0) {
		PQclear(res);
		return ctl_fail("token: no such user '%s'", user);
	}
	if (strcmp(PQgetvalue(res, 0, 1), "t") == 0) {
		PQclear(res);
		return ctl_fail("token: user '%s' is erased", user);
	}
	if (jwt_role_parse(PQgetvalue(res, 0, 0), &role)) {
		PQclear(res);
		return ctl_fail("token: user '%s' has an unknown role", user);
	}
	PQclear(res);
	tok = jwt_mint(user, role, now_usec() / 1000000, ttl,
		       (const uint8_t *)ctl->cfg.jwt_secret,
		       strlen(ctl->cfg.jwt_secret), ctl->cfg.jwt_audience);
	if (!tok)
		return ctl_fail("token: cannot mint a token");
	printf("%s\n", tok);
	free(tok);
	return 0;
}

/* ---- conv stage ---- */

static int ctl_conv_stage(struct ctl *ctl, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "conv", required_argument, NULL, 'v' },
		{ "stage", required_argument, NULL, 's' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conv_s = NULL, *stage = NULL;
	char conv[24];
	long long id;
	PGresult *res;
	int c;

	ctl_getopt_reset(argc, argv);
	while ((c = getopt_long(argc, argv, "+:", opts, NULL)) != -1) {
		switch (c) {
		case 'v': conv_s = optarg; break;
		case 's': stage = optarg; break;
		case 'c': ctl->config_path = optarg; break;
		default: return ctl_bad_option(c);
		}
	}
	if (optind != argc)
		return ctl_usage("conv stage: unexpected argument");
	if (!conv_s || !stage)
		return ctl_usage("conv stage needs --conv ID and --stage");
	if (ctl_parse_int(conv_s, 1, INT64_MAX, &id))
		return ctl_fail("conv stage: --conv must be a positive "
				"conversation id");
	if (strcmp(stage, "inquiry") && strcmp(stage, "ordered"))
		return ctl_fail("conv stage: --stage must be inquiry or "
				"ordered");
	snprintf(conv, sizeof(conv), "%lld", id);
	if (ctl_load_config(ctl) || ctl_connect(ctl))
		return 1;
	if (!ctl_exec_ok(ctl, "begin", "BEGIN"))
		return 1;
	{
		const char *p[2] = { conv, stage };

		res = ctl_exec(ctl, PGRES_COMMAND_OK, "conv stage",
			       "UPDATE conversations SET stage = $2 "
			       "WHERE id = $1::bigint",
			       2, p);
	}
	if (!res)
		return 1;
	if (strcmp(PQcmdTuples(res), "1") != 0) {
		PQclear(res);
		return ctl_fail("conv stage: no such conversation %s", conv);
	}
	PQclear(res);
	{
		const char *p[1] = { conv };

		res = ctl_exec(ctl, PGRES_TUPLES_OK, "notify",
			       "SELECT pg_notify('parley_conv', $1)", 1, p);
	}
	if (!res)
		return 1;
	PQclear(res);
	if (!ctl_exec_ok(ctl, "commit", "COMMIT"))
		return 1;
	printf("conversation %s is now %s\n", conv, stage);
	return 0;
}

static int ctl_conv(struct ctl *ctl, int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "stage") != 0)
		return ctl_usage("conv needs stage");
	return ctl_conv_stage(ctl, argc - 1, argv + 1);
}

/* ---- config ---- */

static int ctl_config(struct ctl *ctl, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reference", no_argument, NULL, 'r' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	bool reference = false;
	int c;

	ctl_getopt_reset(argc, argv);
	while ((c = getopt_long(argc, argv, "+:", opts, NULL)) != -1) {
		switch (c) {
		case 'r': reference = true; break;
		case 'c': ctl->config_path = optarg; break;
		default: return ctl_bad_option(c);
		}
	}
	if (optind != argc)
		return ctl_usage("config: unexpected argument");
	if (reference) {
		config_reference(stdout);
		return 0;
	}
	if (ctl_load_config(ctl))
		return 1;
	config_dump(&ctl->cfg, stdout);
	return 0;
}

static int ctl_redact(struct ctl *ctl, int argc, char **argv)
{
	(void)ctl;
	return ctl_redact_main(argc, argv);
}

/*
 * Sub-commands: those in this file take the shared struct ctl; those in
 * their own files (ctl.h) take the --config path given before the name.
 */
static const struct {
	const char *name;
	int (*run)(struct ctl *ctl, int argc, char **argv);
	int (*ext)(int argc, char **argv, const char *config_path);
} ctl_commands[] = {
	{ "migrate", ctl_migrate, NULL },
	{ "user", ctl_user, NULL },
	{ "token", ctl_token, NULL },
	{ "conv", ctl_conv, NULL },
	{ "config", ctl_config, NULL },
	{ "redact", ctl_redact, NULL },
	{ "original", NULL, ctl_original_main },
	{ "rotate-master-key", NULL, ctl_rotate_main },
	{ "audit", NULL, ctl_audit_main },
	{ "export", NULL, ctl_export_main },
	{ "erase", NULL, ctl_erase_main },
	{ "retention", NULL, ctl_retention_main },
	{ "consent", NULL, ctl_consent_main },
	{ "offers", NULL, ctl_offers_main },
};

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct ctl ctl = { 0 };
	int c, rc = -1;

	ctl_getopt_reset(argc, argv);

	while ((c = getopt_long(argc, argv, "+:h", opts, NULL)) != -1) {
		switch (c) {
		case 'c':
			ctl.config_path = optarg;
			break;
		case 'h':
			fputs(ctl_usage_text, stdout);
			return 0;
		default:
			return ctl_bad_option(c);
		}
	}
	if (optind >= argc)
		return ctl_usage("no command given");
	if (strcmp(argv[optind], "help") == 0) {
		fputs(ctl_usage_text, stdout);
		return 0;
	}
	for (size_t i = 0; i < ARRAY_SIZE(ctl_commands); i++) {
		if (strcmp(argv[optind], ctl_commands[i].name) == 0) {
			rc = ctl_commands[i].run ?
				     ctl_commands[i].run(&ctl, argc - optind,
							 argv + optind) :
				     ctl_commands[i].ext(argc - optind,
							 argv + optind,
							 ctl.config_path);
			break;
		}
	}
	if (rc < 0) {
		fprintf(stderr, "parleyctl: unknown command '%s'\n",
			argv[optind]);
		fputs(ctl_usage_text, stderr);
		rc = 1;
	}
	/* Nothing to roll back explicitly: closing aborts an open BEGIN. */
	PQfinish(ctl.conn);
	if (ctl.cfg_loaded)
		config_deinit(&ctl.cfg);
	if (fflush(stdout) != 0)
		rc = 1;
	return rc;
}
