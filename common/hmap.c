/*
 * hmap.c - intrusive chained hash table; used by the gateway thread only.
 */
#include <errno.h>
#include <stdlib.h>

#include "parley/hmap.h"

int hmap_init(struct hmap *m, size_t initial)
{
	size_t n = 16;

	while (n < initial)
		n *= 2;
	m->buckets = calloc(n, sizeof(*m->buckets));
	if (!m->buckets)
		return -ENOMEM;
	m->mask = n - 1;
	m->count = 0;
	return 0;
}

void hmap_deinit(struct hmap *m)
{
	free(m->buckets);
	m->buckets = NULL;
	m->count = 0;
}

static void hmap_grow(struct hmap *m)
{
	size_t n = (m->mask + 1) * 2;
	struct hnode **b = calloc(n, sizeof(*b));

	if (!b)
		return;	/* stay at this size: longer chains, still correct */
	for (size_t i = 0; i <= m->mask; i++) {
		struct hnode *node = m->buckets[i], *next;
		for (; node; node = next) {
			next = node->next;
			node->next = b[node->hash & (n - 1)];
			b[node->hash & (n - 1)] = node;
		}
	}
	free(m->buckets);
	m->buckets = b;
	m->mask = n - 1;
}

int hmap_insert(struct hmap *m, struct hnode *node, uint64_t hash)
{
	if (m->count >= m->mask + 1)
		hmap_grow(m);
	node->hash = hash;
	node->next = m->buckets[hash & m->mask];
	m->buckets[hash & m->mask] = node;
	m->count++;
	return 0;
}

void hmap_remove(struct hmap *m, struct hnode *node)
{
	struct hnode **pp = &m->buckets[node->hash & m->mask];

	for (; *pp; pp = &(*pp)->next) {
		if (*pp == node) {
			*pp = node->next;
			node->next = NULL;
			m->count--;
			return;
		}
	}
}

struct hnode *hmap_first(const struct hmap *m, uint64_t hash)
{
	struct hnode *n = m->buckets[hash & m->mask];

	while (n && n->hash != hash)
		n = n->next;
	return n;
}

struct hnode *hmap_next(const struct hnode *node)
{
	uint64_t hash = node->hash;
	struct hnode *n = node->next;

	while (n && n->hash != hash)
		n = n->next;
	return n;
}

struct hnode *hmap_iter(const struct hmap *m, size_t *pos)
{
	for (*pos = 0; *pos <= m->mask; (*pos)++)
		if (m->buckets[*pos])
			return m->buckets[*pos];
	return NULL;
}

struct hnode *hmap_iter_next(const struct hmap *m, struct hnode *node,
			     size_t *pos)
{
	if (node->next)
		return node->next;
	for ((*pos)++; *pos <= m->mask; (*pos)++)
		if (m->buckets[*pos])
			return m->buckets[*pos];
	return NULL;
}

uint64_t hmap_hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

uint64_t hmap_hash_u64(uint64_t v)
{
	v ^= v >> 33;
	v *= 0xff51afd7ed558ccdULL;
	v ^= v >> 33;
	v *= 0xc4ceb9fe1a85ec53ULL;
	v ^= v >> 33;
	return v;
}
