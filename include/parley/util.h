/*
 * util.h - small pure helpers shared by every module: UTF-8 checks,
 * base64 / base64url, time formatting, constant-time compare.
 */
#ifndef PARLEY_UTIL_H
#define PARLEY_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define PARLEY_MUSTCHECK __attribute__((warn_unused_result))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/*
 * True when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates,
 * nothing above U+10FFFF). A NUL byte is valid UTF-8; callers that store
 * text in PostgreSQL check for it separately.
 */
PARLEY_MUSTCHECK bool utf8_valid(const char *s, size_t len);

/* Number of code points in well-formed UTF-8 s[0..len). */
size_t utf8_count(const char *s, size_t len);

/*
 * base64url without padding (RFC 4648 section 5), as JWT uses.
 * encode writes at most base64url_encoded_len(n) + 1 bytes (NUL ended) and
 * returns the length written. decode returns the decoded length or -EINVAL;
 * out must hold at least (len * 3) / 4 + 1 bytes.
 */
size_t base64url_encoded_len(size_t n);
size_t base64url_encode(const uint8_t *in, size_t n, char *out);
long base64url_decode(const char *in, size_t len, uint8_t *out);

/* Standard base64 with padding; decode returns length or -EINVAL. */
long base64_decode(const char *in, size_t len, uint8_t *out);

/* Constant-time comparison of two equal-length buffers. */
PARLEY_MUSTCHECK bool ct_equal(const void *a, const void *b, size_t n);

/* Current wall-clock time in microseconds since the epoch. */
int64_t now_usec(void);

/* Monotonic time in microseconds, for intervals and rate limits. */
int64_t mono_usec(void);

/*
 * Formats a time in microseconds since the epoch as RFC 3339 in UTC with
 * millisecond precision ("2026-11-29T05:34:24.123Z"). buf holds >= 32 bytes.
 */
void time_format_rfc3339(int64_t usec, char *buf, size_t size);

#endif
