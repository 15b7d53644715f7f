/*
 * jwt.h - HS256 JSON Web Tokens: verification at the WebSocket handshake
 * and minting for parleyctl. Pure computation: OpenSSL HMAC, jansson.
 */
#ifndef PARLEY_JWT_H
#define PARLEY_JWT_H

#include <stddef.h>
#include <stdint.h>

#define JWT_SUB_MAX 64

enum jwt_role {
	JWT_ROLE_BUYER,
	JWT_ROLE_SELLER,
	JWT_ROLE_SUPPORT,
	JWT_ROLE_ADMIN,
};

struct jwt_claims {
	char sub[JWT_SUB_MAX + 1];	/* user id */
	enum jwt_role role;
	int64_t exp;			/* seconds since the epoch */
	int64_t iat;
};

/* Failure codes of jwt_verify, each a distinct negative number. */
enum jwt_error {
	JWT_OK = 0,
	JWT_EMALFORMED = -1,	/* not three base64url parts of JSON */
	JWT_EALG = -2,		/* alg other than HS256, or typ not JWT */
	JWT_ESIGNATURE = -3,	/* HMAC does not match */
	JWT_EEXPIRED = -4,	/* exp missing or <= now */
	JWT_EAUDIENCE = -5,	/* aud required and absent or different */
	JWT_ECLAIMS = -6,	/* sub or role missing or invalid */
};

/*
 * Verifies token[0..len) signed with secret[0..secret_len) at time now
 * (seconds). audience may be NULL or "" (then any aud is accepted).
 * The HMAC is compared in constant time. Fills out on success.
 * Returns JWT_OK or a negative enum jwt_error.
 */
int jwt_verify(const char *token, size_t len, const uint8_t *secret,
	       size_t secret_len, const char *audience, int64_t now,
	       struct jwt_claims *out);

/*
 * Mints a token for sub/role valid from now for ttl seconds, with aud when
 * audience is non-empty. Returns a malloc'd NUL-ended string the caller
 * frees, or NULL on error.
 */
char *jwt_mint(const char *sub, enum jwt_role role, int64_t now, int64_t ttl,
	       const uint8_t *secret, size_t secret_len, const char *audience);

/* "buyer" -> JWT_ROLE_BUYER ...; returns 0 or -EINVAL. */
int jwt_role_parse(const char *name, enum jwt_role *out);
const char *jwt_role_name(enum jwt_role role);

/* Human-readable reason for an enum jwt_error, for logs. */
const char *jwt_strerror(int err);

#endif
