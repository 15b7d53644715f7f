/*
 * hmap.h - intrusive chained hash table keyed by a 64-bit hash.
 *
 * The caller embeds a struct hnode in its entry, computes the hash, and on
 * lookup walks the nodes with that hash, comparing its own key (a string
 * key may collide; a numeric key is its own hash). The table never owns
 * the entries. Not thread-safe: one thread per table.
 */
#ifndef PARLEY_HMAP_H
#define PARLEY_HMAP_H

#include <stddef.h>
#include <stdint.h>

struct hnode {
	struct hnode *next;
	uint64_t hash;
};

struct hmap {
	struct hnode **buckets;
	size_t mask;		/* bucket count - 1 */
	size_t count;
};

/* Returns 0 or -ENOMEM. */
int hmap_init(struct hmap *m, size_t initial);
void hmap_deinit(struct hmap *m);

/* Inserts node under hash (duplicates allowed). Returns 0 or -ENOMEM. */
int hmap_insert(struct hmap *m, struct hnode *node, uint64_t hash);

/* Unlinks node; it must be in the table. */
void hmap_remove(struct hmap *m, struct hnode *node);

/* First node with this hash, then hmap_next for the following ones. */
struct hnode *hmap_first(const struct hmap *m, uint64_t hash);
struct hnode *hmap_next(const struct hnode *node);

/* Walk: for (it = hmap_iter(m, &i); it; it = hmap_iter_next(m, it, &i)) */
struct hnode *hmap_iter(const struct hmap *m, size_t *pos);
struct hnode *hmap_iter_next(const struct hmap *m, struct hnode *node,
			     size_t *pos);

/* 64-bit FNV-1a of a NUL-ended string, and a mixer for integer keys. */
uint64_t hmap_hash_str(const char *s);
uint64_t hmap_hash_u64(uint64_t v);

#define hmap_entry(ptr, type, member)                                         \
	((type *)((char *)(ptr) - offsetof(type, member)))

#endif
