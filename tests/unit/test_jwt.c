/*
 * test_jwt.c - HS256 verification and minting. Tokens are built here from
 * raw header and payload JSON, signed with OpenSSL directly, so that the
 * verifier is tested against an independent signer. Single-threaded.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "parley/jwt.h"
#include "parley/util.h"

#define NOW 1800000000LL
#define SECRET "0123456789abcdef0123456789abcdef-test"
#define HDR "{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
#define GOOD_PL "{\"sub\":\"buyer-1\",\"role\":\"buyer\",\"exp\":1800000600," \
		"\"iat\":1800000000}"

static const uint8_t *secret = (const uint8_t *)SECRET;
static const size_t secret_len = sizeof(SECRET) - 1;

/* b64url(header) "." b64url(payload) "." b64url(HMAC(key, first two)). */
static char *make_token(const char *hdr, const char *pl, const char *key)
{
	char *t = malloc(8192);
	size_t o;
	uint8_t mac[32];
	unsigned int mac_len = 0;

	assert_non_null(t);
	o = base64url_encode((const uint8_t *)hdr, strlen(hdr), t);
	t[o++] = '.';
	o += base64url_encode((const uint8_t *)pl, strlen(pl), t + o);
	assert_non_null(HMAC(EVP_sha256(), key, (int)strlen(key),
			     (const unsigned char *)t, o, mac, &mac_len));
	t[o++] = '.';
	base64url_encode(mac, mac_len, t + o);
	return t;
}

static int verify(const char *tok, const char *aud, struct jwt_claims *c)
{
	return jwt_verify(tok, strlen(tok), secret, secret_len, aud, NOW, c);
}

struct jwt_case {
	const char *name;
	const char *hdr;
	const char *pl;
	const char *aud;	/* configured audience */
	int want;
};

static const struct jwt_case cases[] = {
	{ "good", HDR, GOOD_PL, NULL, JWT_OK },
	{ "good, no typ", "{\"alg\":\"HS256\"}", GOOD_PL, NULL, JWT_OK },
	{ "good, no iat", HDR,
	  "{\"sub\":\"s@x.io\",\"role\":\"seller\",\"exp\":1800000001}", NULL,
	  JWT_OK },
	{ "good, aud string", HDR,
	  "{\"sub\":\"u\",\"role\":\"support\",\"exp\":1900000000,"
	  "\"aud\":\"parley\"}", "parley", JWT_OK },
	{ "good, aud array", HDR,
	  "{\"sub\":\"u\",\"role\":\"admin\",\"exp\":1900000000,"
	  "\"aud\":[\"other\",\"parley\"]}", "parley", JWT_OK },
	{ "aud present, none configured", HDR,
	  "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":1900000000,"
	  "\"aud\":\"whatever\"}", "", JWT_OK },
	{ "expired", HDR,
	  "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":1799999999}", NULL,
	  JWT_EEXPIRED },
	{ "expires exactly now", HDR,
	  "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":1800000000}", NULL,
	  JWT_EEXPIRED },
	{ "exp missing", HDR, "{\"sub\":\"u\",\"role\":\"buyer\"}", NULL,
	  JWT_EEXPIRED },
	{ "exp a string", HDR,
	  "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":\"1900000000\"}", NULL,
	  JWT_EEXPIRED },
	{ "alg none", "{\"alg\":\"none\",\"typ\":\"JWT\"}", GOOD_PL, NULL,
	  JWT_EALG },
	{ "alg RS256", "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", GOOD_PL, NULL,
	  JWT_EALG },
	{ "alg hs256 lower case", "{\"alg\":\"hs256\"}", GOOD_PL, NULL,
	  JWT_EALG },
	{ "alg missing", "{\"typ\":\"JWT\"}", GOOD_PL, NULL, JWT_EALG },
	{ "alg not a string", "{\"alg\":256}", GOOD_PL, NULL, JWT_EALG },
	{ "typ not JWT", "{\"alg\":\"HS256\",\"typ\":\"JWE\"}", GOOD_PL, NULL,
	  JWT_EALG },
	{ "wrong audience", HDR,
	  "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":1900000000,"
	  "\"aud\":\"other\"}", "parley", JWT_EAUDIENCE },
	{ "wrong audience in array", HDR,
	  "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":1900000000,"
	  "\"aud\":[\"a\",\"b\"]}", "parley", JWT_EAUDIENCE },
	{ "aud missing, required", HDR, GOOD_PL, "parley", JWT_EAUDIENCE },
	{ "aud a number", HDR,
	  "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":1900000000,\"aud\":1}",
	  "parley", JWT_EAUDIENCE },
	{ "sub missing", HDR, "{\"role\":\"buyer\",\"exp\":1900000000}", NULL,
	  JWT_ECLAIMS },
	{ "sub empty", HDR,
	  "{\"sub\":\"\",\"role\":\"buyer\",\"exp\":1900000000}", NULL,
	  JWT_ECLAIMS },
	{ "sub starts with dash", HDR,
	  "{\"sub\":\"-u\",\"role\":\"buyer\",\"exp\":1900000000}", NULL,
	  JWT_ECLAIMS },
	{ "sub with space", HDR,
	  "{\"sub\":\"a b\",\"role\":\"buyer\",\"exp\":1900000000}", NULL,
	  JWT_ECLAIMS },
	{ "sub with quote", HDR,
	  "{\"sub\":\"a'b\",\"role\":\"buyer\",\"exp\":1900000000}", NULL,
	  JWT_ECLAIMS },
	{ "sub 65 chars", HDR,
	  "{\"sub\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	  "aaaaa\",\"role\":\"buyer\",\"exp\":1900000000}", NULL, JWT_ECLAIMS },
	{ "sub a number", HDR,
	  "{\"sub\":12,\"role\":\"buyer\",\"exp\":1900000000}", NULL,
	  JWT_ECLAIMS },
	{ "unknown role", HDR,
	  "{\"sub\":\"u\",\"role\":\"root\",\"exp\":1900000000}", NULL,
	  JWT_ECLAIMS },
	{ "role missing", HDR, "{\"sub\":\"u\",\"exp\":1900000000}", NULL,
	  JWT_ECLAIMS },
	{ "iat a string", HDR,
	  "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":1900000000,\"iat\":\"x\"}",
	  NULL, JWT_ECLAIMS },
	{ "header not JSON", "alg=HS256", GOOD_PL, NULL, JWT_EMALFORMED },
	{ "header a JSON array", "[\"HS256\"]", GOOD_PL, NULL,
	  JWT_EMALFORMED },
	{ "payload not JSON", HDR, "sub=u;role=buyer", NULL, JWT_EMALFORMED },
	{ "payload a string", HDR, "\"u\"", NULL, JWT_EMALFORMED },
	{ "payload duplicate key", HDR,
	  "{\"sub\":\"u\",\"sub\":\"admin\",\"role\":\"buyer\","
	  "\"exp\":1900000000}", NULL, JWT_EMALFORMED },
};

static void test_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		const struct jwt_case *c = &cases[i];
		char *tok = make_token(c->hdr, c->pl, SECRET);
		struct jwt_claims cl;
		int rc = verify(tok, c->aud, &cl);

		if (rc != c->want)
			fail_msg("case '%s': got %d (%s) want %d (%s)", c->name,
				 rc, jwt_strerror(rc), c->want,
				 jwt_strerror(c->want));
		free(tok);
	}
}

static void test_good_claims(void **state)
{
	char *tok = make_token(HDR, GOOD_PL, SECRET);
	struct jwt_claims c;

	(void)state;
	assert_int_equal(verify(tok, NULL, &c), JWT_OK);
	assert_string_equal(c.sub, "buyer-1");
	assert_int_equal(c.role, JWT_ROLE_BUYER);
	assert_int_equal(c.exp, 1800000600);
	assert_int_equal(c.iat, 1800000000);
	free(tok);
}

static void test_wrong_signature(void **state)
{
	char *tok = make_token(HDR, GOOD_PL,
			       "another-secret-another-secret-0123");
	struct jwt_claims c;

	(void)state;
	assert_int_equal(verify(tok, NULL, &c), JWT_ESIGNATURE);
	free(tok);
}

/* Every single-symbol change of the signature is refused. */
static void test_flipped_signature(void **state)
{
	char *tok = make_token(HDR, GOOD_PL, SECRET);
	char *sig = strrchr(tok, '.') + 1;
	struct jwt_claims c;

	(void)state;
	for (size_t i = 0; sig[i]; i++) {
		char save = sig[i];

		sig[i] = save == 'A' ? 'B' : 'A';
		if (verify(tok, NULL, &c) == JWT_OK)
			fail_msg("signature symbol %zu flipped accepted", i);
		sig[i] = save;
	}
	assert_int_equal(verify(tok, NULL, &c), JWT_OK);
	free(tok);
}

/* A payload swapped for another with the old signature kept. */
static void test_tampered_payload(void **state)
{
	char *good = make_token(HDR, GOOD_PL, SECRET);
	char *evil = make_token(HDR,
				"{\"sub\":\"buyer-1\",\"role\":\"admin\","
				"\"exp\":1800000600}", "attacker");
	char *forged = malloc(8192);
	struct jwt_claims c;

	(void)state;
	/* evil's header and payload, good's signature */
	strcpy(forged, evil);
	strcpy(strrchr(forged, '.') + 1, strrchr(good, '.') + 1);
	assert_int_equal(verify(forged, NULL, &c), JWT_ESIGNATURE);
	free(good);
	free(evil);
	free(forged);
}

static const char *const malformed[] = {
	"",
	"abc",
	"a.b",
	"eyJhbGciOiJIUzI1NiJ9.e30",			/* two parts */
	"a.b.c.d",
	"...",
	"eyJhbGciOiJIUzI1NiJ9..",
	"!!!.e30.AAAA",					/* bad base64 */
	"eyJhbGciOiJIUzI1NiJ9.e30.!!!!",
	"eyJhbGciOiJIUzI1NiJ9=.e30.AAAA",		/* padding */
	"eyJhbGciOiJIUzI1NiJ9.e30.A",
};

static void test_malformed(void **state)
{
	struct jwt_claims c;

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(malformed); i++) {
		int rc = verify(malformed[i], NULL, &c);

		if (rc != JWT_EMALFORMED)
			fail_msg("'%s': got %d want malformed", malformed[i],
				 rc);
	}
}

/* Signature of the wrong length (a truncated HMAC) is a bad signature. */
static void test_short_signature(void **state)
{
	char *tok = make_token(HDR, GOOD_PL, SECRET);
	char *sig = strrchr(tok, '.') + 1;
	struct jwt_claims c;

	(void)state;
	sig[40] = '\0'; /* 30 bytes of 32 */
	assert_int_equal(verify(tok, NULL, &c), JWT_ESIGNATURE);
	free(tok);
}

static void test_bad_payload_base64(void **state)
{
	/* A correctly signed token whose payload part is not base64url. */
	const char *signing = "eyJhbGciOiJIUzI1NiJ9.e30*";
	char tok[256];
	uint8_t mac[32];
	unsigned int mac_len;
	size_t o = strlen(signing);
	struct jwt_claims c;

	(void)state;
	memcpy(tok, signing, o);
	HMAC(EVP_sha256(), SECRET, (int)secret_len,
	     (const unsigned char *)signing, o, mac, &mac_len);
	tok[o++] = '.';
	base64url_encode(mac, mac_len, tok + o);
	assert_int_equal(verify(tok, NULL, &c), JWT_EMALFORMED);
}

static void test_too_long(void **state)
{
	size_t n = 5000;
	char *pl = malloc(n + 100);
	char *tok;
	struct jwt_claims c;

	(void)state;
	snprintf(pl, n + 100,
		 "{\"sub\":\"u\",\"role\":\"buyer\",\"exp\":1900000000,"
		 "\"pad\":\"%0*d\"}", (int)n - 60, 0);
	tok = make_token(HDR, pl, SECRET);
	assert_true(strlen(tok) > 4096);
	assert_int_equal(verify(tok, NULL, &c), JWT_EMALFORMED);
	free(tok);
	free(pl);
}

static void test_mint_roundtrip(void **state)
{
	struct jwt_claims c;
	char *tok;

	(void)state;
	tok = jwt_mint("seller.7@acme", JWT_ROLE_SELLER, NOW, 3600, secret,
		       secret_len, NULL);
	assert_non_null(tok);
	assert_int_equal(verify(tok, NULL, &c), JWT_OK);
	assert_string_equal(c.sub, "seller.7@acme");
	assert_int_equal(c.role, JWT_ROLE_SELLER);
	assert_int_equal(c.exp, NOW + 3600);
	assert_int_equal(c.iat, NOW);
	/* Not valid once the ttl has passed. */
	assert_int_equal(jwt_verify(tok, strlen(tok), secret, secret_len, NULL,
				    NOW + 3600, &c),
			 JWT_EEXPIRED);
	/* Minted without aud: refused where an audience is required. */
	assert_int_equal(verify(tok, "parley", &c), JWT_EAUDIENCE);
	free(tok);

	tok = jwt_mint("sup", JWT_ROLE_SUPPORT, NOW, 60, secret, secret_len,
		       "parley");
	assert_non_null(tok);
	assert_int_equal(verify(tok, "parley", &c), JWT_OK);
	assert_int_equal(c.role, JWT_ROLE_SUPPORT);
	assert_int_equal(verify(tok, "other", &c), JWT_EAUDIENCE);
	free(tok);
}

static void test_mint_refuses(void **state)
{
	(void)state;
	assert_null(jwt_mint("bad id", JWT_ROLE_BUYER, NOW, 60, secret,
			     secret_len, NULL));
	assert_null(jwt_mint("", JWT_ROLE_BUYER, NOW, 60, secret, secret_len,
			     NULL));
	assert_null(jwt_mint("u", (enum jwt_role)42, NOW, 60, secret,
			     secret_len, NULL));
	assert_null(jwt_mint("u", JWT_ROLE_BUYER, NOW, 0, secret, secret_len,
			     NULL));
	assert_null(jwt_mint("u", JWT_ROLE_BUYER, NOW, INT64_MAX, secret,
			     secret_len, NULL));
}

static void test_roles(void **state)
{
	static const char *const names[] = { "buyer", "seller", "support",
					     "admin" };
	enum jwt_role r;

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		assert_int_equal(jwt_role_parse(names[i], &r), 0);
		assert_int_equal(r, (enum jwt_role)i);
		assert_string_equal(jwt_role_name(r), names[i]);
	}
	assert_int_equal(jwt_role_parse("Buyer", &r), -EINVAL);
	assert_int_equal(jwt_role_parse("", &r), -EINVAL);
	assert_int_equal(jwt_role_parse(NULL, &r), -EINVAL);
	for (int e = JWT_ECLAIMS; e <= JWT_OK; e++)
		assert_string_not_equal(jwt_strerror(e), "unknown error");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_good_claims),
		cmocka_unit_test(test_wrong_signature),
		cmocka_unit_test(test_flipped_signature),
		cmocka_unit_test(test_tampered_payload),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_short_signature),
		cmocka_unit_test(test_bad_payload_base64),
		cmocka_unit_test(test_too_long),
		cmocka_unit_test(test_mint_roundtrip),
		cmocka_unit_test(test_mint_refuses),
		cmocka_unit_test(test_roles),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
