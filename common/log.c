/*
 * log.c - the one log sink of parleyd and parleyctl.
 *
 * Any thread may call log_msg(). A line is formatted into a stack buffer
 * and written with a single write(2) to stderr, so concurrent lines never
 * interleave. Format: "2026-11-29T05:34:24.123Z INFO  gw     c=12 text".
 */
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <libwebsockets.h>

#include "parley/log.h"
#include "parley/util.h"

static _Atomic int log_level = LOG_LVL_INFO;

static const char *const level_names[] = {
	[LOG_LVL_ERR] = "ERROR", [LOG_LVL_WARN] = "WARN",
	[LOG_LVL_NOTICE] = "NOTICE", [LOG_LVL_INFO] = "INFO",
	[LOG_LVL_DEBUG] = "DEBUG",
};

void log_set_level(enum log_level level)
{
	atomic_store(&log_level, level);
}

enum log_level log_get_level(void)
{
	return atomic_load(&log_level);
}

int log_level_parse(const char *name, enum log_level *out)
{
	static const struct {
		const char *name;
		enum log_level level;
	} names[] = {
		{ "err", LOG_LVL_ERR },	      { "error", LOG_LVL_ERR },
		{ "warn", LOG_LVL_WARN },     { "warning", LOG_LVL_WARN },
		{ "notice", LOG_LVL_NOTICE }, { "info", LOG_LVL_INFO },
		{ "debug", LOG_LVL_DEBUG },
	};
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		if (!strcasecmp(name, names[i].name)) {
			*out = names[i].level;
			return 0;
		}
	}
	return -EINVAL;
}

static void log_vmsg(enum log_level level, const char *subsys, uint64_t conn,
		     const char *fmt, va_list ap)
{
	char line[1024];
	size_t n;
	int r;

	time_format_rfc3339(now_usec(), line, 32);
	n = strlen(line);
	if (conn)
		r = snprintf(line + n, sizeof(line) - n, " %-6s %-6s c=%llu ",
			     level_names[level], subsys,
			     (unsigned long long)conn);
	else
		r = snprintf(line + n, sizeof(line) - n, " %-6s %-6s ",
			     level_names[level], subsys);
	if (r > 0)
		n += (size_t)r;
	if (n < sizeof(line) - 1) {
		r = vsnprintf(line + n, sizeof(line) - n, fmt, ap);
		if (r > 0)
			n += (size_t)r;
	}
	if (n > sizeof(line) - 2)
		n = sizeof(line) - 2;
	/* Keep each event on one line whatever the caller formatted. */
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		n--;
	for (size_t i = 0; i < n; i++)
		if (line[i] == '\n' || line[i] == '\r')
			line[i] = ' ';
	line[n++] = '\n';
	if (write(STDERR_FILENO, line, n) < 0) {
		/* nowhere left to report it */
	}
}

void log_msg(enum log_level level, const char *subsys, uint64_t conn,
	     const char *fmt, ...)
{
	va_list ap;

	if ((int)level > atomic_load(&log_level))
		return;
	va_start(ap, fmt);
	log_vmsg(level, subsys, conn, fmt, ap);
	va_end(ap);
}

static void log_lws_emit(int lws_level, const char *line)
{
	enum log_level level = LOG_LVL_DEBUG;

	if (lws_level & LLL_ERR)
		level = LOG_LVL_ERR;
	else if (lws_level & LLL_WARN)
		level = LOG_LVL_WARN;
	else if (lws_level & LLL_NOTICE)
		level = LOG_LVL_NOTICE;
	else if (lws_level & LLL_INFO)
		level = LOG_LVL_INFO;
	/* lws prefixes its own timestamp; skip to the text after "] ". */
	const char *p = strstr(line, "] ");
	log_msg(level, "lws", 0, "%s", p ? p + 2 : line);
}

void log_hook_lws(enum log_level level)
{
	int mask = LLL_ERR;

	if (level >= LOG_LVL_WARN)
		mask |= LLL_WARN;
	if (level >= LOG_LVL_DEBUG)
		mask |= LLL_NOTICE;
	lws_set_log_level(mask, log_lws_emit);
}
