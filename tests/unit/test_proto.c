/*
 * test_proto.c - the parley.v1 frame decoder: one table of good frames
 * with what they decode to, one table of malformed frames with the error
 * code each must get. Single-threaded.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parley/proto.h"
#include "parley/util.h"

#define MAX_TEXT 16

static enum proto_err decode(const char *s, size_t len, struct proto_req *r)
{
	const char *why = NULL;
	enum proto_err e = proto_decode(s, len, MAX_TEXT, r, &why);

	/* Every refusal carries a reason for the error frame. */
	if (e != PROTO_OK)
		assert_non_null(why);
	return e;
}

struct good_case {
	const char *frame;
	enum proto_op op;
	int64_t conv, seq;
	int limit;
	const char *cid, *peer, *topic, *text;
	size_t since_count;
};

static const struct good_case good[] = {
	{ "{\"op\":\"open\",\"peer\":\"seller-1\",\"topic\":\"SKU 1234 \xe2\x80\x94 steel\"}",
	  PROTO_OP_OPEN, 0, 0, 0, "", "seller-1", "SKU 1234 \xe2\x80\x94 steel",
	  NULL, 0 },
	{ "{\"op\":\"open\",\"peer\":\"a.b_c-d@e\",\"topic\":\"x\"}",
	  PROTO_OP_OPEN, 0, 0, 0, "", "a.b_c-d@e", "x", NULL, 0 },
	{ "{\"op\":\"send\",\"conv\":7,\"cid\":\"c-1\",\"text\":\"hi\"}",
	  PROTO_OP_SEND, 7, 0, 0, "c-1", "", "", "hi", 0 },
	{ "{\"text\":\"caf\xc3\xa9\",\"cid\":\"x\",\"conv\":9007199254740991,\"op\":\"send\"}",
	  PROTO_OP_SEND, 9007199254740991LL, 0, 0, "x", "", "", "caf\xc3\xa9",
	  0 },
	{ "{\"op\":\"send\",\"conv\":1,\"cid\":\"a\",\"text\":\"0123456789abcdef\"}",
	  PROTO_OP_SEND, 1, 0, 0, "a", "", "", "0123456789abcdef", 0 },
	{ "{\"op\":\"send\",\"conv\":1,\"cid\":\"0123456789012345678901234567890123456789012345678901234567890123\",\"text\":\"t\"}",
	  PROTO_OP_SEND, 1, 0, 0,
	  "0123456789012345678901234567890123456789012345678901234567890123",
	  "", "", "t", 0 },
	{ "{\"op\":\"send\",\"conv\":1,\"cid\":\"a\",\"text\":\"\\u00e9\\ud83d\\ude00\"}",
	  PROTO_OP_SEND, 1, 0, 0, "a", "", "", "\xc3\xa9\xf0\x9f\x98\x80", 0 },
	{ "{\"op\":\"sync\"}", PROTO_OP_SYNC, 0, 0, 0, "", "", "", NULL, 0 },
	{ "{\"op\":\"sync\",\"since\":{}}", PROTO_OP_SYNC, 0, 0, 0, "", "", "",
	  NULL, 0 },
	{ "{\"op\":\"sync\",\"since\":{\"1\":0,\"42\":17,\"9007199254740991\":9007199254740991}}",
	  PROTO_OP_SYNC, 0, 0, 0, "", "", "", NULL, 3 },
	{ "{\"op\":\"history\",\"conv\":3}", PROTO_OP_HISTORY, 3, 0, 50, "", "",
	  "", NULL, 0 },
	{ "{\"op\":\"history\",\"conv\":3,\"before\":100,\"limit\":200}",
	  PROTO_OP_HISTORY, 3, 100, 200, "", "", "", NULL, 0 },
	{ "{\"op\":\"history\",\"conv\":3,\"before\":0,\"limit\":1}",
	  PROTO_OP_HISTORY, 3, 0, 1, "", "", "", NULL, 0 },
	{ "{\"op\":\"read\",\"conv\":5,\"seq\":0}", PROTO_OP_READ, 5, 0, 0, "",
	  "", "", NULL, 0 },
	{ "{\"op\":\"read\",\"conv\":5,\"seq\":12}", PROTO_OP_READ, 5, 12, 0, "",
	  "", "", NULL, 0 },
	{ "{\"op\":\"typing\",\"conv\":5}", PROTO_OP_TYPING, 5, 0, 0, "", "", "",
	  NULL, 0 },
	{ "{\"op\":\"convs\"}", PROTO_OP_CONVS, 0, 0, 0, "", "", "", NULL, 0 },
	{ " { \"op\" : \"ping\" , \"extra\": [1, {\"x\": null}] } ",
	  PROTO_OP_PING, 0, 0, 0, "", "", "", NULL, 0 },
	{ "{\"op\":\"ping\",\"cid\":\"p1\"}", PROTO_OP_PING, 0, 0, 0, "p1", "",
	  "", NULL, 0 },
	{ "{\"op\":\"dispute\",\"conv\":4,\"reason\":\"dead panels\"}",
	  PROTO_OP_DISPUTE, 4, 0, 0, "", "", "", "dead panels", 0 },
	{ "{\"op\":\"report\",\"conv\":4,\"seq\":2,\"category\":\"spam\"}",
	  PROTO_OP_REPORT, 4, 2, 0, "", "", "spam", NULL, 0 },
	{ "{\"op\":\"report\",\"conv\":4,\"seq\":2,\"category\":\"fraud\",\"note\":\"n\"}",
	  PROTO_OP_REPORT, 4, 2, 0, "", "", "fraud", "n", 0 },
	{ "{\"op\":\"accesses\"}", PROTO_OP_ACCESSES, 0, 0, 0, "", "", "",
	  NULL, 0 },
	{ "{\"op\":\"disputes\"}", PROTO_OP_DISPUTES, 0, 0, 0, "", "", "",
	  NULL, 0 },
};

static void test_good(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(good); i++) {
		const struct good_case *c = &good[i];
		struct proto_req r;
		enum proto_err e = decode(c->frame, strlen(c->frame), &r);

		if (e != PROTO_OK)
			fail_msg("good[%zu] %s: got %s", i, c->frame,
				 proto_err_code(e));
		assert_int_equal(r.op, c->op);
		assert_int_equal(r.conv, c->conv);
		assert_int_equal(r.seq, c->seq);
		assert_int_equal(r.limit, c->limit);
		assert_string_equal(r.cid, c->cid);
		assert_string_equal(r.peer, c->peer);
		assert_string_equal(r.topic, c->topic);
		if (c->text) {
			assert_int_equal(r.text_len, strlen(c->text));
			assert_memory_equal(r.text, c->text, r.text_len);
		} else {
			assert_null(r.text);
		}
		assert_int_equal(r.since_count, c->since_count);
		proto_req_clear(&r);
	}
}

static void test_sync_values(void **state)
{
	const char *f = "{\"op\":\"sync\",\"since\":{\"10\":3,\"2\":0}}";
	struct proto_req r;
	int seen = 0;

	(void)state;
	assert_int_equal(decode(f, strlen(f), &r), PROTO_OK);
	assert_int_equal(r.since_count, 2);
	for (size_t i = 0; i < r.since_count; i++) {
		if (r.since[i].conv == 10 && r.since[i].seq == 3)
			seen |= 1;
		if (r.since[i].conv == 2 && r.since[i].seq == 0)
			seen |= 2;
	}
	assert_int_equal(seen, 3);
	proto_req_clear(&r);
}

struct bad_case {
	const char *name;
	const char *frame;
	size_t len;		/* 0: strlen */
	enum proto_err want;
	const char *cid;	/* expected cid, NULL = "" */
};

#define SEND_PRE "{\"op\":\"send\",\"conv\":1,\"cid\":\"c1\","

static const struct bad_case bad[] = {
	/* not JSON, or not an object */
	{ "empty frame", "", 0, PROTO_EBAD_JSON, NULL },
	{ "not JSON", "hello", 0, PROTO_EBAD_JSON, NULL },
	{ "truncated", "{\"op\":\"ping\"", 0, PROTO_EBAD_JSON, NULL },
	{ "trailing garbage", "{\"op\":\"ping\"} x", 0, PROTO_EBAD_JSON, NULL },
	{ "two objects", "{\"op\":\"ping\"}{\"op\":\"ping\"}", 0,
	  PROTO_EBAD_JSON, NULL },
	{ "JSON array", "[{\"op\":\"ping\"}]", 0, PROTO_EBAD_JSON, NULL },
	{ "JSON string", "\"ping\"", 0, PROTO_EBAD_JSON, NULL },
	{ "JSON number", "42", 0, PROTO_EBAD_JSON, NULL },
	{ "JSON null", "null", 0, PROTO_EBAD_JSON, NULL },
	{ "single quotes", "{'op':'ping'}", 0, PROTO_EBAD_JSON, NULL },
	{ "duplicate key", "{\"op\":\"ping\",\"op\":\"send\"}", 0,
	  PROTO_EBAD_JSON, NULL },
	{ "lone surrogate escape", SEND_PRE "\"text\":\"\\ud800\"}", 0,
	  PROTO_EBAD_JSON, NULL },
	{ "integer past int64",
	  "{\"op\":\"send\",\"conv\":99999999999999999999,\"cid\":\"c\",\"text\":\"t\"}", 0,
	  PROTO_EBAD_JSON, NULL },
	/* bytes that are not UTF-8 are refused before parsing */
	{ "latin-1 byte", "{\"op\":\"send\",\"conv\":1,\"cid\":\"c\",\"text\":\"caf\xe9\"}",
	  0, PROTO_EBAD_UTF8, NULL },
	{ "overlong", "{\"op\":\"ping\",\"x\":\"\xc0\xaf\"}", 0,
	  PROTO_EBAD_UTF8, NULL },
	{ "surrogate bytes", "{\"op\":\"ping\",\"x\":\"\xed\xa0\x80\"}", 0,
	  PROTO_EBAD_UTF8, NULL },
	{ "truncated sequence", "{\"op\":\"ping\",\"x\":\"\xe2\x82\"}", 0,
	  PROTO_EBAD_UTF8, NULL },
	{ "above U+10FFFF", "{\"op\":\"ping\",\"x\":\"\xf4\x90\x80\x80\"}", 0,
	  PROTO_EBAD_UTF8, NULL },
	/* op */
	{ "op missing", "{\"conv\":1}", 0, PROTO_EUNKNOWN_OP, NULL },
	{ "op missing keeps cid", "{\"cid\":\"k9\"}", 0, PROTO_EUNKNOWN_OP,
	  "k9" },
	{ "op number", "{\"op\":1}", 0, PROTO_EUNKNOWN_OP, NULL },
	{ "op null", "{\"op\":null}", 0, PROTO_EUNKNOWN_OP, NULL },
	{ "op object", "{\"op\":{}}", 0, PROTO_EUNKNOWN_OP, NULL },
	{ "unknown op", "{\"op\":\"delete\"}", 0, PROTO_EUNKNOWN_OP, NULL },
	{ "op wrong case", "{\"op\":\"Send\"}", 0, PROTO_EUNKNOWN_OP, NULL },
	{ "op with NUL", "{\"op\":\"ping\\u0000x\"}", 0, PROTO_EUNKNOWN_OP,
	  NULL },
	{ "op empty", "{\"op\":\"\"}", 0, PROTO_EUNKNOWN_OP, NULL },
	/* open */
	{ "open no peer", "{\"op\":\"open\",\"topic\":\"t\"}", 0,
	  PROTO_EMISSING_FIELD, NULL },
	{ "open no topic", "{\"op\":\"open\",\"peer\":\"p\"}", 0,
	  PROTO_EMISSING_FIELD, NULL },
	{ "open peer number", "{\"op\":\"open\",\"peer\":5,\"topic\":\"t\"}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "open peer empty", "{\"op\":\"open\",\"peer\":\"\",\"topic\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "open peer space", "{\"op\":\"open\",\"peer\":\"a b\",\"topic\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "open peer leading dot",
	  "{\"op\":\"open\",\"peer\":\".x\",\"topic\":\"t\"}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "open peer with quote",
	  "{\"op\":\"open\",\"peer\":\"a'b\",\"topic\":\"t\"}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "open peer 65", "{\"op\":\"open\",\"peer\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"topic\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "open topic empty", "{\"op\":\"open\",\"peer\":\"p\",\"topic\":\"\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "open topic array", "{\"op\":\"open\",\"peer\":\"p\",\"topic\":[]}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "open topic control char",
	  "{\"op\":\"open\",\"peer\":\"p\",\"topic\":\"a\\nb\"}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "open topic NUL",
	  "{\"op\":\"open\",\"peer\":\"p\",\"topic\":\"a\\u0000b\"}", 0,
	  PROTO_EBAD_FIELD, NULL },
	/* send */
	{ "send no conv", "{\"op\":\"send\",\"cid\":\"c1\",\"text\":\"t\"}", 0,
	  PROTO_EMISSING_FIELD, "c1" },
	{ "send no cid", "{\"op\":\"send\",\"conv\":1,\"text\":\"t\"}", 0,
	  PROTO_EMISSING_FIELD, NULL },
	{ "send no text", SEND_PRE "\"x\":1}", 0, PROTO_EMISSING_FIELD, "c1" },
	{ "send conv string", "{\"op\":\"send\",\"conv\":\"1\",\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send conv zero", "{\"op\":\"send\",\"conv\":0,\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send conv negative", "{\"op\":\"send\",\"conv\":-3,\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send conv real", "{\"op\":\"send\",\"conv\":1.0,\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send conv huge real", "{\"op\":\"send\",\"conv\":1e300,\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send conv past 2^53", "{\"op\":\"send\",\"conv\":9007199254740992,\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send conv int64 max", "{\"op\":\"send\",\"conv\":9223372036854775807,\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send conv bool", "{\"op\":\"send\",\"conv\":true,\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send conv null", "{\"op\":\"send\",\"conv\":null,\"cid\":\"c1\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, "c1" },
	{ "send cid number", "{\"op\":\"send\",\"conv\":1,\"cid\":7,\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "send cid empty", "{\"op\":\"send\",\"conv\":1,\"cid\":\"\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "send cid 65", "{\"op\":\"send\",\"conv\":1,\"cid\":\"01234567890123456789012345678901234567890123456789012345678901234\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "send cid space", "{\"op\":\"send\",\"conv\":1,\"cid\":\"a b\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "send cid non-ascii", "{\"op\":\"send\",\"conv\":1,\"cid\":\"\xc3\xa9\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "send cid tab", "{\"op\":\"send\",\"conv\":1,\"cid\":\"a\\tb\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "send cid NUL", "{\"op\":\"send\",\"conv\":1,\"cid\":\"a\\u0000\",\"text\":\"t\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "send text number", SEND_PRE "\"text\":5}", 0, PROTO_EBAD_FIELD, "c1" },
	{ "send text null", SEND_PRE "\"text\":null}", 0, PROTO_EBAD_FIELD,
	  "c1" },
	{ "send text object", SEND_PRE "\"text\":{}}", 0, PROTO_EBAD_FIELD,
	  "c1" },
	{ "send text empty", SEND_PRE "\"text\":\"\"}", 0, PROTO_EBAD_FIELD,
	  "c1" },
	{ "send text one byte too long",
	  SEND_PRE "\"text\":\"0123456789abcdefg\"}", 0, PROTO_ETOO_LONG, "c1" },
	{ "send text too long in bytes not chars",
	  SEND_PRE "\"text\":\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\"}",
	  0, PROTO_ETOO_LONG, "c1" },
	{ "send text escapes expand past limit",
	  SEND_PRE "\"text\":\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"}",
	  0, PROTO_ETOO_LONG, "c1" },
	{ "send text NUL escape", SEND_PRE "\"text\":\"a\\u0000b\"}", 0,
	  PROTO_EBAD_TEXT, "c1" },
	{ "send text only NUL", SEND_PRE "\"text\":\"\\u0000\"}", 0,
	  PROTO_EBAD_TEXT, "c1" },
	{ "raw NUL byte in frame", SEND_PRE "\"text\":\"a\0b\"}",
	  sizeof(SEND_PRE "\"text\":\"a\0b\"}") - 1, PROTO_EBAD_JSON, NULL },
	/* sync */
	{ "sync since array", "{\"op\":\"sync\",\"since\":[1,2]}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync since number", "{\"op\":\"sync\",\"since\":1}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync since null", "{\"op\":\"sync\",\"since\":null}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key not a number", "{\"op\":\"sync\",\"since\":{\"abc\":1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key empty", "{\"op\":\"sync\",\"since\":{\"\":1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key zero", "{\"op\":\"sync\",\"since\":{\"0\":1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key leading zero", "{\"op\":\"sync\",\"since\":{\"07\":1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key negative", "{\"op\":\"sync\",\"since\":{\"-1\":1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key plus", "{\"op\":\"sync\",\"since\":{\"+1\":1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key spaces", "{\"op\":\"sync\",\"since\":{\" 1\":1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key 1e3", "{\"op\":\"sync\",\"since\":{\"1e3\":1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync key past 2^53", "{\"op\":\"sync\",\"since\":{\"9007199254740992\":1}}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "sync key huge", "{\"op\":\"sync\",\"since\":{\"99999999999999999999999\":1}}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "sync value negative", "{\"op\":\"sync\",\"since\":{\"1\":-1}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync value string", "{\"op\":\"sync\",\"since\":{\"1\":\"3\"}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync value real", "{\"op\":\"sync\",\"since\":{\"1\":2.5}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync value null", "{\"op\":\"sync\",\"since\":{\"1\":null}}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "sync duplicate key", "{\"op\":\"sync\",\"since\":{\"1\":1,\"1\":2}}", 0,
	  PROTO_EBAD_JSON, NULL },
	/* history */
	{ "history no conv", "{\"op\":\"history\"}", 0, PROTO_EMISSING_FIELD,
	  NULL },
	{ "history conv negative", "{\"op\":\"history\",\"conv\":-1}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "history before negative", "{\"op\":\"history\",\"conv\":1,\"before\":-1}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "history before string", "{\"op\":\"history\",\"conv\":1,\"before\":\"5\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "history limit zero", "{\"op\":\"history\",\"conv\":1,\"limit\":0}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "history limit 201", "{\"op\":\"history\",\"conv\":1,\"limit\":201}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "history limit negative", "{\"op\":\"history\",\"conv\":1,\"limit\":-5}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "history limit huge", "{\"op\":\"history\",\"conv\":1,\"limit\":4294967346}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "history limit real", "{\"op\":\"history\",\"conv\":1,\"limit\":10.5}",
	  0, PROTO_EBAD_FIELD, NULL },
	/* read */
	{ "read no seq", "{\"op\":\"read\",\"conv\":1}", 0,
	  PROTO_EMISSING_FIELD, NULL },
	{ "read no conv", "{\"op\":\"read\",\"seq\":1}", 0,
	  PROTO_EMISSING_FIELD, NULL },
	{ "read seq negative", "{\"op\":\"read\",\"conv\":1,\"seq\":-1}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "read seq string", "{\"op\":\"read\",\"conv\":1,\"seq\":\"1\"}", 0,
	  PROTO_EBAD_FIELD, NULL },
	{ "read seq past 2^53", "{\"op\":\"read\",\"conv\":1,\"seq\":9007199254740992}",
	  0, PROTO_EBAD_FIELD, NULL },
	/* typing */
	{ "typing no conv", "{\"op\":\"typing\"}", 0, PROTO_EMISSING_FIELD,
	  NULL },
	{ "typing conv array", "{\"op\":\"typing\",\"conv\":[1]}", 0,
	  PROTO_EBAD_FIELD, NULL },
	/* dispute, report */
	{ "dispute no reason", "{\"op\":\"dispute\",\"conv\":1}", 0,
	  PROTO_EMISSING_FIELD, NULL },
	{ "dispute empty reason", "{\"op\":\"dispute\",\"conv\":1,\"reason\":\"\"}",
	  0, PROTO_EBAD_FIELD, NULL },
	{ "dispute reason NUL", "{\"op\":\"dispute\",\"conv\":1,\"reason\":\"a\\u0000\"}",
	  0, PROTO_EBAD_TEXT, NULL },
	{ "report no category", "{\"op\":\"report\",\"conv\":1,\"seq\":1}",
	  0, PROTO_EMISSING_FIELD, NULL },
	{ "report no seq", "{\"op\":\"report\",\"conv\":1,\"category\":\"spam\"}",
	  0, PROTO_EMISSING_FIELD, NULL },
	{ "report note number", "{\"op\":\"report\",\"conv\":1,\"seq\":1,\"category\":\"spam\",\"note\":3}",
	  0, PROTO_EBAD_FIELD, NULL },
};

static void test_bad(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		const struct bad_case *c = &bad[i];
		size_t len = c->len ? c->len : strlen(c->frame);
		struct proto_req r;
		enum proto_err e = decode(c->frame, len, &r);

		if (e != c->want)
			fail_msg("bad '%s': got %s want %s", c->name,
				 proto_err_code(e), proto_err_code(c->want));
		if (strcmp(r.cid, c->cid ? c->cid : "") != 0)
			fail_msg("bad '%s': cid '%s' want '%s'", c->name, r.cid,
				 c->cid ? c->cid : "");
		proto_req_clear(&r);
	}
}

/* Builds {"op":"sync","since":{"1":0,...,"n":0}}; caller frees. */
static char *sync_frame(size_t n)
{
	size_t cap = 64 + n * 24;
	char *f = malloc(cap);
	size_t o;

	assert_non_null(f);
	o = (size_t)snprintf(f, cap, "{\"op\":\"sync\",\"since\":{");
	for (size_t i = 1; i <= n; i++)
		o += (size_t)snprintf(f + o, cap - o, "%s\"%zu\":%zu",
				      i > 1 ? "," : "", i, i);
	snprintf(f + o, cap - o, "}}");
	return f;
}

static void test_sync_max(void **state)
{
	struct proto_req r;
	char *f;

	(void)state;
	f = sync_frame(PROTO_SYNC_MAX);
	assert_int_equal(decode(f, strlen(f), &r), PROTO_OK);
	assert_int_equal(r.since_count, PROTO_SYNC_MAX);
	proto_req_clear(&r);
	free(f);
	f = sync_frame(PROTO_SYNC_MAX + 1);
	assert_int_equal(decode(f, strlen(f), &r), PROTO_EBAD_FIELD);
	proto_req_clear(&r);
	free(f);
}

/* Length comes from the caller, not a NUL: bytes past len are ignored. */
static void test_len_bound(void **state)
{
	const char *f = "{\"op\":\"ping\"}GARBAGE";
	struct proto_req r;

	(void)state;
	assert_int_equal(decode(f, 13, &r), PROTO_OK);
	assert_int_equal(r.op, PROTO_OP_PING);
	proto_req_clear(&r);
	assert_int_equal(decode(f, strlen(f), &r), PROTO_EBAD_JSON);
	proto_req_clear(&r);
}

/* Text over the limit: a large frame still decodes to too_long. */
static void test_large_text(void **state)
{
	size_t n = 100000;
	char *f = malloc(n + 64);
	struct proto_req r;
	const char *why;
	int o;

	(void)state;
	o = snprintf(f, n + 64, SEND_PRE "\"text\":\"");
	memset(f + o, 'x', n);
	strcpy(f + o + n, "\"}");
	assert_int_equal(proto_decode(f, strlen(f), 4096, &r, &why),
			 PROTO_ETOO_LONG);
	assert_string_equal(r.cid, "c1");
	proto_req_clear(&r);
	assert_int_equal(proto_decode(f, strlen(f), n, &r, NULL), PROTO_OK);
	assert_int_equal(r.text_len, n);
	proto_req_clear(&r);
	free(f);
}

/* The reason names the field, so a client developer can fix the frame. */
static void test_why_names_field(void **state)
{
	static const struct {
		const char *frame, *has;
	} cases[] = {
		{ "{\"op\":\"typing\"}", "'conv'" },
		{ "{\"op\":\"read\",\"conv\":1,\"seq\":-1}", "'seq'" },
		{ "{\"op\":\"open\",\"peer\":\"p\",\"topic\":5}", "'topic'" },
		{ "{\"op\":\"send\",\"conv\":1,\"cid\":\" \",\"text\":\"t\"}",
		  "'cid'" },
		{ "{\"op\":\"history\",\"conv\":1,\"limit\":0}", "'limit'" },
		{ "{\"op\":\"sync\",\"since\":{\"x\":1}}", "'since'" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct proto_req r;
		const char *why = NULL;

		assert_int_not_equal(proto_decode(cases[i].frame,
						  strlen(cases[i].frame),
						  MAX_TEXT, &r, &why),
				     PROTO_OK);
		assert_non_null(why);
		if (!strstr(why, cases[i].has))
			fail_msg("'%s': reason '%s' lacks %s", cases[i].frame,
				 why, cases[i].has);
		proto_req_clear(&r);
	}
}

static void test_err_codes(void **state)
{
	static const char *const want[PROTO_ERR_COUNT] = {
		"ok", "bad_json", "unknown_op", "missing_field", "bad_field",
		"too_long", "bad_utf8", "bad_text", "not_participant",
		"not_found", "forbidden", "rate_limited", "unavailable",
		"busy", "blocked", "internal", "conflict",
	};

	(void)state;
	for (int i = 0; i < PROTO_ERR_COUNT; i++)
		assert_string_equal(proto_err_code((enum proto_err)i), want[i]);
	assert_string_equal(proto_err_code(PROTO_ERR_COUNT), "internal");
	assert_string_equal(proto_err_code((enum proto_err)-1), "internal");
}

static void test_storable(void **state)
{
	(void)state;
	assert_true(proto_text_storable("abc", 3));
	assert_true(proto_text_storable("", 0));
	assert_false(proto_text_storable("a\0c", 3));
	assert_false(proto_text_storable("\0", 1));
	assert_true(proto_text_storable("ab\0", 2));
}

/* Clearing twice, or a request never decoded into, is harmless. */
static void test_clear(void **state)
{
	struct proto_req r;

	(void)state;
	memset(&r, 0, sizeof(r));
	proto_req_clear(&r);
	proto_req_clear(NULL);
	assert_int_equal(decode("{\"op\":\"sync\",\"since\":{\"1\":1}}", 29, &r),
			 PROTO_OK);
	proto_req_clear(&r);
	proto_req_clear(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good),
		cmocka_unit_test(test_sync_values),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_sync_max),
		cmocka_unit_test(test_len_bound),
		cmocka_unit_test(test_large_text),
		cmocka_unit_test(test_why_names_field),
		cmocka_unit_test(test_err_codes),
		cmocka_unit_test(test_storable),
		cmocka_unit_test(test_clear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
