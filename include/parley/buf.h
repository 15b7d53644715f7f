/*
 * buf.h - a growable byte buffer for building frames and SQL parameters.
 *
 * A buf owns its memory; buf_free() releases it. Appends never fail
 * silently: on allocation failure the buf is marked (oom) and later
 * appends do nothing, so callers check buf.oom once at the end.
 */
#ifndef PARLEY_BUF_H
#define PARLEY_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct buf {
	char *p;
	size_t len;
	size_t cap;
	bool oom;
};

/* Leaves room for `head` bytes before the data (lws needs LWS_PRE). */
void buf_init_head(struct buf *b, size_t head);
void buf_free(struct buf *b);
void buf_reset(struct buf *b);
void buf_reserve(struct buf *b, size_t more);
void buf_append(struct buf *b, const void *data, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_put_i64(struct buf *b, int64_t v);

/* Appends s[0..n) as a JSON string literal with quotes (UTF-8 kept). */
void buf_json_str(struct buf *b, const char *s, size_t n);

/*
 * Appends s[0..n) as one quoted element of a PostgreSQL array literal
 * ("..." with " and \ escaped). s == NULL appends NULL.
 */
void buf_pg_array_elem(struct buf *b, const char *s, size_t n);


#endif
