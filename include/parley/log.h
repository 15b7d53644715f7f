/*
 * log.h - one line per event: time, level, subsystem, connection id, text.
 *
 * Any thread may log; each line is written with one write(2) so lines from
 * different threads never interleave. Never pass a token, key or message
 * text to these functions: logs are read by operators, not by users.
 */
#ifndef PARLEY_LOG_H
#define PARLEY_LOG_H

#include <stdarg.h>
#include <stdint.h>

/* syslog severities, lowest number most severe */
enum log_level {
	LOG_LVL_ERR = 3,
	LOG_LVL_WARN = 4,
	LOG_LVL_NOTICE = 5,
	LOG_LVL_INFO = 6,
	LOG_LVL_DEBUG = 7,
};

/* Lines above this level are dropped. Default LOG_LVL_INFO. */
void log_set_level(enum log_level level);
enum log_level log_get_level(void);

/* Parses "err", "warn", "notice", "info", "debug"; returns 0 or -EINVAL. */
int log_level_parse(const char *name, enum log_level *out);

/*
 * Writes one line to stderr. subsys is a short tag ("gw", "store", "ws").
 * conn is the connection id, 0 when the line is about no connection.
 */
void log_msg(enum log_level level, const char *subsys, uint64_t conn,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Routes libwebsockets' own log lines into log_msg with subsystem "lws". */
void log_hook_lws(enum log_level level);

#define log_err(s, c, ...) log_msg(LOG_LVL_ERR, s, c, __VA_ARGS__)
#define log_warn(s, c, ...) log_msg(LOG_LVL_WARN, s, c, __VA_ARGS__)
#define log_notice(s, c, ...) log_msg(LOG_LVL_NOTICE, s, c, __VA_ARGS__)
#define log_info(s, c, ...) log_msg(LOG_LVL_INFO, s, c, __VA_ARGS__)
#define log_debug(s, c, ...) log_msg(LOG_LVL_DEBUG, s, c, __VA_ARGS__)

#endif
