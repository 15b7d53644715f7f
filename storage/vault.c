/*
 * vault.c - AES-256-GCM sealing of originals and data keys (OpenSSL EVP).
 * Pure and thread-safe; the key table itself is handled in store.c.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "parley/vault.h"

#define VAULT_VERSION 1
#define NONCE_LEN 12
#define TAG_LEN 16

int vault_key_new(uint8_t key[VAULT_KEY_LEN])
{
	return RAND_bytes(key, VAULT_KEY_LEN) == 1 ? 0 : -EIO;
}

void vault_master_id(const uint8_t master[VAULT_KEY_LEN],
		     char out[VAULT_KEY_ID_LEN + 1])
{
	static const char label[] = "parley.master-key-id.v1";
	uint8_t buf[sizeof(label) - 1 + VAULT_KEY_LEN];
	uint8_t md[SHA256_DIGEST_LENGTH];

	memcpy(buf, label, sizeof(label) - 1);
	memcpy(buf + sizeof(label) - 1, master, VAULT_KEY_LEN);
	SHA256(buf, sizeof(buf), md);
	memset(buf, 0, sizeof(buf));
	for (int i = 0; i < VAULT_KEY_ID_LEN / 2; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

long vault_seal(const uint8_t key[VAULT_KEY_LEN], const void *aad,
		size_t aad_len, const void *in, size_t len, uint8_t *out)
{
	EVP_CIPHER_CTX *ctx;
	int n = 0, m = 0;
	long rc = -EIO;

	if (len > (size_t)INT32_MAX)
		return -EINVAL;
	out[0] = VAULT_VERSION;
	if (RAND_bytes(out + 1, NONCE_LEN) != 1)
		return -EIO;
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx)
		return -ENOMEM;
	if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, NONCE_LEN, NULL) != 1 ||
	    EVP_EncryptInit_ex(ctx, NULL, NULL, key, out + 1) != 1 ||
	    (aad_len && EVP_EncryptUpdate(ctx, NULL, &n, aad, (int)aad_len) != 1) ||
	    EVP_EncryptUpdate(ctx, out + 1 + NONCE_LEN, &n, in, (int)len) != 1 ||
	    EVP_EncryptFinal_ex(ctx, out + 1 + NONCE_LEN + n, &m) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, TAG_LEN,
				out + 1 + NONCE_LEN + n + m) != 1)
		goto out;
	rc = 1 + NONCE_LEN + n + m + TAG_LEN;
out:
	EVP_CIPHER_CTX_free(ctx);
	return rc;
}

long vault_open(const uint8_t key[VAULT_KEY_LEN], const void *aad,
		size_t aad_len, const uint8_t *in, size_t len, uint8_t *out)
{
	EVP_CIPHER_CTX *ctx;
	int n = 0, m = 0;
	long rc = -EBADMSG;

	if (len < VAULT_OVERHEAD || in[0] != VAULT_VERSION ||
	    len > (size_t)INT32_MAX)
		return -EINVAL;
	size_t clen = len - VAULT_OVERHEAD;
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx)
		return -ENOMEM;
	if (EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, NONCE_LEN, NULL) != 1 ||
	    EVP_DecryptInit_ex(ctx, NULL, NULL, key, in + 1) != 1 ||
	    (aad_len && EVP_DecryptUpdate(ctx, NULL, &n, aad, (int)aad_len) != 1) ||
	    EVP_DecryptUpdate(ctx, out, &n, in + 1 + NONCE_LEN, (int)clen) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, TAG_LEN,
				(void *)(in + len - TAG_LEN)) != 1 ||
	    EVP_DecryptFinal_ex(ctx, out + n, &m) != 1) {
		/* never hand out plaintext that failed authentication */
		memset(out, 0, clen);
		goto out;
	}
	rc = n + m;
out:
	EVP_CIPHER_CTX_free(ctx);
	return rc;
}

int vault_wrap(const uint8_t master[VAULT_KEY_LEN], const char *user,
	       const uint8_t key[VAULT_KEY_LEN],
	       uint8_t out[VAULT_KEY_LEN + VAULT_OVERHEAD])
{
	char aad[96];
	int n = snprintf(aad, sizeof(aad), "parley.key.v1|%s", user);
	long r = vault_seal(master, aad, (size_t)n, key, VAULT_KEY_LEN, out);

	return r < 0 ? (int)r : 0;
}

int vault_unwrap(const uint8_t master[VAULT_KEY_LEN], const char *user,
		 const uint8_t *wrapped, size_t len,
		 uint8_t key[VAULT_KEY_LEN])
{
	char aad[96];
	uint8_t tmp[VAULT_KEY_LEN + VAULT_OVERHEAD];
	int n = snprintf(aad, sizeof(aad), "parley.key.v1|%s", user);

	if (len != VAULT_KEY_LEN + VAULT_OVERHEAD)
		return -EINVAL;
	long r = vault_open(master, aad, (size_t)n, wrapped, len, tmp);
	if (r != VAULT_KEY_LEN)
		return r < 0 ? (int)r : -EBADMSG;
	memcpy(key, tmp, VAULT_KEY_LEN);
	memset(tmp, 0, sizeof(tmp));
	return 0;
}

size_t vault_msg_aad(const char *sender, const char *cid, char *out,
		     size_t size)
{
	int n = snprintf(out, size, "parley.msg.v1|%s|%s", sender, cid);

	return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}
