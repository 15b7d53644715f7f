/*
 * vault.h - encryption of original message text (crypto-shredding).
 *
 * Each user has a random 256-bit data key. The key is stored only wrapped
 * (AES-256-GCM under the master key, PARLEY_MASTER_KEY), with the id of
 * the master key that wrapped it, so the master key can be rotated by
 * re-wrapping. An original is sealed with AES-256-GCM under its sender's
 * data key, bound by its associated data to the message it belongs to.
 * Destroying a data key makes every original of that user unreadable,
 * wherever copies of the ciphertext went (backups included).
 *
 * Pure computation over caller buffers: no SQL, thread-safe.
 *
 * Sealed layout: version (1 byte = 1) | nonce (12) | ciphertext | tag (16).
 */
#ifndef PARLEY_VAULT_H
#define PARLEY_VAULT_H

#include <stddef.h>
#include <stdint.h>

#define VAULT_KEY_LEN 32
#define VAULT_OVERHEAD (1 + 12 + 16)
#define VAULT_KEY_ID_LEN 16	/* hex characters of a master key id */

/* Fills key with VAULT_KEY_LEN random bytes. Returns 0 or -EIO. */
int vault_key_new(uint8_t key[VAULT_KEY_LEN]);

/*
 * The public id of a master key: the first 8 bytes of SHA-256 over a
 * label and the key, in hex (NUL-ended, VAULT_KEY_ID_LEN + 1 bytes).
 */
void vault_master_id(const uint8_t master[VAULT_KEY_LEN],
		     char out[VAULT_KEY_ID_LEN + 1]);

/*
 * Seals in[0..len) with key and associated data aad[0..aad_len) into out,
 * which holds len + VAULT_OVERHEAD bytes. Returns the sealed length or a
 * negative errno.
 */
long vault_seal(const uint8_t key[VAULT_KEY_LEN], const void *aad,
		size_t aad_len, const void *in, size_t len, uint8_t *out);

/*
 * Opens a sealed buffer; out holds len - VAULT_OVERHEAD bytes. Returns the
 * plain length, -EBADMSG when the data, key or aad do not match, or
 * -EINVAL when the layout is wrong.
 */
long vault_open(const uint8_t key[VAULT_KEY_LEN], const void *aad,
		size_t aad_len, const uint8_t *in, size_t len, uint8_t *out);

/* Wraps and unwraps a data key under a master key (aad = user id). */
int vault_wrap(const uint8_t master[VAULT_KEY_LEN], const char *user,
	       const uint8_t key[VAULT_KEY_LEN],
	       uint8_t out[VAULT_KEY_LEN + VAULT_OVERHEAD]);
int vault_unwrap(const uint8_t master[VAULT_KEY_LEN], const char *user,
		 const uint8_t *wrapped, size_t len,
		 uint8_t key[VAULT_KEY_LEN]);

/*
 * The associated data of a message original: "parley.msg.v1|sender|cid".
 * Writes at most size bytes; returns the length.
 */
size_t vault_msg_aad(const char *sender, const char *cid, char *out,
		     size_t size);

/* ---- the key table (blocking libpq: parleyctl, storage threads) ---- */

#include <libpq-fe.h>

/*
 * Reads the original of message (conv, seq): opens its sealed original
 * with its sender's data key, unwrapped by master (or master_old, may be
 * NULL, during a rotation). When nothing was redacted the stored text is
 * the original and is returned as is. *out is malloc'd (NUL-ended), the
 * caller frees it. Returns 0; -ENOENT (no such message); -ENODATA (the
 * original was withheld and not kept); -EKEYREVOKED (the
 * sender's key was destroyed: erased); -EKEYREJECTED (wrong master key);
 * -EBADMSG (ciphertext altered); -EIO (database). err gets a reason.
 */
int vault_db_original(PGconn *conn, const uint8_t master[VAULT_KEY_LEN],
		      const uint8_t *master_old, int64_t conv, int64_t seq,
		      char **out, size_t *len, char *err, size_t errlen);

/*
 * Re-wraps every live data key wrapped by master_old under master_new, in
 * one transaction. *count gets how many. Keys already under master_new
 * are left alone; a key under neither fails the run (-EKEYREJECTED).
 */
int vault_db_rotate(PGconn *conn, const uint8_t master_old[VAULT_KEY_LEN],
		    const uint8_t master_new[VAULT_KEY_LEN], long *count,
		    char *err, size_t errlen);

/*
 * Destroys user's live data key (crypto-shredding): wrapped becomes NULL.
 * Returns 0 (also when there was none), -EIO.
 */
int vault_db_destroy(PGconn *conn, const char *user, char *err,
		     size_t errlen);

#endif
