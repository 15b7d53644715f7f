/*
 * jwt.c - HS256 JSON Web Tokens (RFC 7519): verification of the token a
 * client presents at the WebSocket handshake, and minting for parleyctl.
 *
 * Pure computation over the token bytes, the secret and a caller-given
 * clock, so any thread may call it; the gateway calls it on its event loop
 * thread, which is why every input is bounded before any work is done.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "parley/jwt.h"
#include "parley/util.h"

/* Longer tokens are refused before decoding: a handshake header is small. */
#define JWT_TOKEN_MAX 4096
#define JWT_SIG_LEN 32	/* HMAC-SHA256 */

static const char *const role_names[] = {
	[JWT_ROLE_BUYER] = "buyer",
	[JWT_ROLE_SELLER] = "seller",
	[JWT_ROLE_SUPPORT] = "support",
	[JWT_ROLE_ADMIN] = "admin",
};

int jwt_role_parse(const char *name, enum jwt_role *out)
{
	if (!name)
		return -EINVAL;
	for (size_t i = 0; i < ARRAY_SIZE(role_names); i++) {
		if (strcmp(name, role_names[i]) == 0) {
			*out = (enum jwt_role)i;
			return 0;
		}
	}
	return -EINVAL;
}

const char *jwt_role_name(enum jwt_role role)
{
	if ((unsigned)role >= ARRAY_SIZE(role_names))
		return "unknown";
	return role_names[role];
}

const char *jwt_strerror(int err)
{
	switch (err) {
	case JWT_OK:
		return "ok";
	case JWT_EMALFORMED:
		return "malformed token";
	case JWT_EALG:
		return "algorithm not HS256";
	case JWT_ESIGNATURE:
		return "bad signature";
	case JWT_EEXPIRED:
		return "token expired";
	case JWT_EAUDIENCE:
		return "wrong audience";
	case JWT_ECLAIMS:
		return "bad claims";
	}
	return "unknown error";
}

/* Same shape as the users.id CHECK in migrations/001_init.sql. */
static bool jwt_sub_valid(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > JWT_SUB_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
			     (c >= '0' && c <= '9');

		if (alnum)
			continue;
		if (i > 0 && (c == '_' || c == '.' || c == '@' || c == '-'))
			continue;
		return false;
	}
	return true;
}

static int jwt_hmac(const uint8_t *secret, size_t secret_len,
		    const char *data, size_t len, uint8_t mac[JWT_SIG_LEN])
{
	unsigned int mac_len = 0;

	if (secret_len > INT32_MAX)
		return -EINVAL;
	if (!HMAC(EVP_sha256(), secret, (int)secret_len,
		  (const unsigned char *)data, len, mac, &mac_len) ||
	    mac_len != JWT_SIG_LEN)
		return -EIO;
	return 0;
}

/* Decodes one base64url part into a JSON object; NULL when it is not. */
static json_t *jwt_part_json(const char *part, size_t len)
{
	uint8_t *buf = malloc(len * 3 / 4 + 1);
	json_t *obj = NULL;
	long n;

	if (!buf)
		return NULL;
	n = base64url_decode(part, len, buf);
	if (n > 0)
		obj = json_loadb((const char *)buf, (size_t)n,
				 JSON_REJECT_DUPLICATES, NULL);
	free(buf);
	if (obj && !json_is_object(obj)) {
		json_decref(obj);
		obj = NULL;
	}
	return obj;
}

static int jwt_check_header(const json_t *hdr)
{
	const json_t *alg = json_object_get(hdr, "alg");
	const json_t *typ = json_object_get(hdr, "typ");

	/* Only the algorithm we sign with: never "none", never a key swap. */
	if (!json_is_string(alg) || strcmp(json_string_value(alg), "HS256"))
		return JWT_EALG;
	if (typ && (!json_is_string(typ) ||
		    strcmp(json_string_value(typ), "JWT")))
		return JWT_EALG;
	return JWT_OK;
}

/* NumericDate: an integer, or a real with no fraction that fits int64. */
static bool jwt_numeric_date(const json_t *v, int64_t *out)
{
	if (json_is_integer(v)) {
		*out = json_integer_value(v);
		return true;
	}
	if (json_is_real(v)) {
		double d = json_real_value(v);

		if (d >= -9.2e18 && d <= 9.2e18) {
			*out = (int64_t)d;
			return true;
		}
	}
	return false;
}

static int jwt_check_audience(const json_t *aud, const char *audience)
{
	size_t i;
	const json_t *v;

	if (!audience || !audience[0])
		return JWT_OK;
	if (json_is_string(aud))
		return strcmp(json_string_value(aud), audience) ? JWT_EAUDIENCE
							       : JWT_OK;
	if (json_is_array(aud)) {
		json_array_foreach(aud, i, v)
			if (json_is_string(v) &&
			    strcmp(json_string_value(v), audience) == 0)
				return JWT_OK;
	}
	return JWT_EAUDIENCE;
}

static int jwt_check_claims(const json_t *pl, const char *audience,
			    int64_t now, struct jwt_claims *out)
{
	const json_t *sub = json_object_get(pl, "sub");
	const json_t *role = json_object_get(pl, "role");
	const json_t *exp = json_object_get(pl, "exp");
	const json_t *iat = json_object_get(pl, "iat");
	const json_t *aud = json_object_get(pl, "aud");
	struct jwt_claims c = { 0 };
	int rc;

	if (!exp || !jwt_numeric_date(exp, &c.exp))
		return JWT_EEXPIRED;
	if (c.exp <= now)
		return JWT_EEXPIRED;
	if (iat && !jwt_numeric_date(iat, &c.iat))
		return JWT_ECLAIMS;
	/* aud may be absent when no audience is configured, never malformed. */
	if (aud && !json_is_string(aud) && !json_is_array(aud))
		return JWT_EAUDIENCE;
	rc = jwt_check_audience(aud, audience);
	if (rc)
		return rc;
	if (!json_is_string(sub) || !jwt_sub_valid(json_string_value(sub)))
		return JWT_ECLAIMS;
	if (!json_is_string(role) ||
	    jwt_role_parse(json_string_value(role), &c.role))
		return JWT_ECLAIMS;
	strcpy(c.sub, json_string_value(sub)); /* length checked above */
	*out = c;
	return JWT_OK;
}

int jwt_verify(const char *token, size_t len, const uint8_t *secret,
	       size_t secret_len, const char *audience, int64_t now,
	       struct jwt_claims *out)
{
	const char *dot1, *dot2, *sig;
	size_t sig_len;
	uint8_t want[JWT_SIG_LEN];
	uint8_t got[JWT_TOKEN_MAX * 3 / 4 + 1];
	json_t *hdr = NULL, *pl = NULL;
	long n;
	int rc;

	if (!token || len == 0 || len > JWT_TOKEN_MAX || !secret || !out)
		return JWT_EMALFORMED;
	dot1 = memchr(token, '.', len);
	if (!dot1)
		return JWT_EMALFORMED;
	dot2 = memchr(dot1 + 1, '.', len - (size_t)(dot1 + 1 - token));
	if (!dot2)
		return JWT_EMALFORMED;
	sig = dot2 + 1;
	sig_len = len - (size_t)(sig - token);
	if (memchr(sig, '.', sig_len) || sig_len == 0 || dot1 == token ||
	    dot2 == dot1 + 1)
		return JWT_EMALFORMED;

	hdr = jwt_part_json(token, (size_t)(dot1 - token));
	if (!hdr)
		return JWT_EMALFORMED;
	rc = jwt_check_header(hdr);
	json_decref(hdr);
	if (rc)
		return rc;

	/* The signature is checked before the payload is even parsed. */
	n = base64url_decode(sig, sig_len, got);
	if (n < 0)
		return JWT_EMALFORMED;
	if (jwt_hmac(secret, secret_len, token, (size_t)(dot2 - token), want))
		return JWT_ESIGNATURE;
	if (n != JWT_SIG_LEN || !ct_equal(want, got, JWT_SIG_LEN))
		return JWT_ESIGNATURE;

	pl = jwt_part_json(dot1 + 1, (size_t)(dot2 - dot1 - 1));
	if (!pl)
		return JWT_EMALFORMED;
	rc = jwt_check_claims(pl, audience, now, out);
	json_decref(pl);
	return rc;
}

/* Appends the base64url of a JSON object's compact text to out at *o. */
static int jwt_append_json(const json_t *obj, char *out, size_t cap,
			   size_t *o)
{
	char *text = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER);
	size_t n;

	if (!text)
		return -ENOMEM;
	n = strlen(text);
	if (*o + base64url_encoded_len(n) + 1 > cap) {
		free(text);
		return -E2BIG;
	}
	*o += base64url_encode((const uint8_t *)text, n, out + *o);
	free(text);
	return 0;
}

char *jwt_mint(const char *sub, enum jwt_role role, int64_t now, int64_t ttl,
	       const uint8_t *secret, size_t secret_len, const char *audience)
{
	json_t *hdr = NULL, *pl = NULL;
	char *out = NULL;
	size_t o = 0;
	uint8_t mac[JWT_SIG_LEN];

	if (!sub || !jwt_sub_valid(sub) || !secret ||
	    (unsigned)role >= ARRAY_SIZE(role_names) || ttl <= 0 ||
	    now > INT64_MAX - ttl)
		return NULL;
	hdr = json_pack("{s:s, s:s}", "alg", "HS256", "typ", "JWT");
	pl = json_pack("{s:s, s:s, s:I, s:I}", "sub", sub, "role",
		       role_names[role], "iat", (json_int_t)now, "exp",
		       (json_int_t)(now + ttl));
	if (!hdr || !pl)
		goto fail;
	if (audience && audience[0] &&
	    json_object_set_new(pl, "aud", json_string(audience)))
		goto fail;
	out = malloc(JWT_TOKEN_MAX + 1);
	if (!out)
		goto fail;
	if (jwt_append_json(hdr, out, JWT_TOKEN_MAX, &o))
		goto fail;
	out[o++] = '.';
	if (jwt_append_json(pl, out, JWT_TOKEN_MAX, &o))
		goto fail;
	if (o + 1 + base64url_encoded_len(JWT_SIG_LEN) > JWT_TOKEN_MAX)
		goto fail;
	if (jwt_hmac(secret, secret_len, out, o, mac))
		goto fail;
	out[o++] = '.';
	o += base64url_encode(mac, JWT_SIG_LEN, out + o);
	json_decref(hdr);
	json_decref(pl);
	return out;
fail:
	free(out);
	json_decref(pl);
	json_decref(hdr);
	return NULL;
}
