'use strict';
/*
 * chat.test.js - the basic guarantees of a conversation through one
 * parleyd: relay both ways, ack only after commit, idempotent resend,
 * per-conversation order under concurrent senders, resume after a
 * reconnect, several devices, typing and read receipts, history, the
 * conversation list with unread counts.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const L = require('./lib');

let db, gw;
const tok = {};

before(async () => {
	db = await L.freshDb('chat');
	for (const [id, role] of [['b1', 'buyer'], ['b2', 'buyer'],
		['s1', 'seller'], ['s2', 'seller']])
		tok[id] = await L.addUser(db, id, role);
	gw = await L.startGateway(db, { name: 'chat' });
});

after(L.cleanup);

const conn = (id, label = id) => L.connect(gw, tok[id], { label,
	retry401: true });

/* The row of (sender, cid) in messages: [conv, seq, text] or undefined. */
async function row(sender, cid) {
	const rows = await L.sql(db, `SELECT conv_id, seq, text FROM messages ` +
		`WHERE sender_id = '${sender}' AND cid = '${cid}'`);
	assert.ok(rows.length <= 1, `(${sender}, ${cid}) stored ${rows.length} times`);
	return rows[0];
}

test('relay both ways; the row is committed when the ack arrives',
	L.logged(async () => {
		const b = await conn('b1', 'buyer');
		const s = await conn('s1', 'seller');
		const o = await b.open('s1', 'SKU LED-T8-1200');
		assert.equal(o.created, true);
		assert.equal(o.peer, 's1');
		assert.equal(o.last_seq, 0);
		const o2 = await s.open('b1', 'SKU LED-T8-1200');
		assert.equal(o2.conv, o.conv, 'the same pair and topic is one conversation');
		assert.equal(o2.created, false);
		assert.equal(o2.peer, 'b1');
		const conv = o.conv;

		const ack = await b.say(conv, 'rel-1', 'Can you do 5,000 pcs FOB Ningbo?');
		/* queried the moment the ack is in: no retry, no wait */
		const r = await row('b1', 'rel-1');
		assert.ok(r, 'ack arrived before its row was committed');
		assert.deepEqual(r, [String(conv), '1', 'Can you do 5,000 pcs FOB Ningbo?']);
		assert.equal(ack.seq, 1);
		assert.equal(ack.conv, conv);
		assert.match(ack.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
		const m = await s.next({ op: 'message', cid: 'rel-1' });
		assert.equal(m.conv, conv);
		assert.equal(m.seq, 1);
		assert.equal(m.from, 'b1');
		assert.equal(m.text, 'Can you do 5,000 pcs FOB Ningbo?');

		const ack2 = await s.say(conv, 'rel-2', 'Yes, lead time 25 days.');
		assert.ok(await row('s1', 'rel-2'), 'ack arrived before commit');
		assert.equal(ack2.seq, 2);
		const m2 = await b.next({ op: 'message', cid: 'rel-2' });
		assert.equal(m2.from, 's1');
		assert.equal(m2.seq, 2);
		assert.equal(m2.text, 'Yes, lead time 25 days.');

		/* a run of sends, each row checked the moment its ack lands */
		const acks = [];
		for (let i = 0; i < 30; i++)
			b.send({ op: 'send', conv, cid: `rel-run-${i}`, text: `line ${i}` });
		for (let i = 0; i < 30; i++) {
			const a = await b.next({ op: 'ack', cid: `rel-run-${i}` });
			const rr = await row('b1', `rel-run-${i}`);
			assert.ok(rr, `ack of rel-run-${i} arrived before its row was committed`);
			assert.equal(Number(rr[1]), a.seq);
			acks.push(a.seq);
		}
		assert.equal(L.gapless(acks.map((x) => x - 2)), null);
		const got = await s.take({ op: 'message', from: 'b1' }, 30);
		assert.deepEqual(got.map((x) => x.seq), acks);
		await b.close();
		await s.close();
	}));

test('a resent cid gets the first ack, is stored once and delivered once',
	L.logged(async () => {
		const b = await conn('b1', 'buyer');
		const s = await conn('s1', 'seller');
		const { conv } = await b.open('s1', 'idempotency');
		const first = await b.say(conv, 'dup-1', 'first copy');
		assert.notEqual(first.duplicate, true);
		const again = await b.say(conv, 'dup-1', 'first copy');
		assert.equal(again.duplicate, true, 'a resend is marked duplicate');
		assert.equal(again.seq, first.seq);
		assert.equal(again.conv, conv);
		/* even with other text, the cid decides */
		const third = await b.say(conv, 'dup-1', 'changed text');
		assert.equal(third.seq, first.seq);
		assert.equal(third.duplicate, true);

		/* and from a new connection (a lost ack, then a reconnect) */
		await b.close();
		const b2 = await conn('b1', 'buyer again');
		const fourth = await b2.say(conv, 'dup-1', 'first copy');
		assert.equal(fourth.seq, first.seq);
		assert.equal(fourth.duplicate, true);

		/* barrier: a later message reaches the seller after any repeat would */
		const after = await b2.say(conv, 'dup-2', 'next');
		assert.equal(after.seq, first.seq + 1, 'a duplicate must not use a seq');
		await s.next({ op: 'message', cid: 'dup-2' });
		const copies = s.all.filter((f) => f.op === 'message' && f.cid === 'dup-1');
		assert.equal(copies.length, 1, 'the peer got the message once');
		assert.equal(copies[0].text, 'first copy');
		const n = await L.sqlValue(db, `SELECT count(*) FROM messages ` +
			`WHERE sender_id = 'b1' AND cid = 'dup-1'`);
		assert.equal(n, '1');
		const seqs = await L.sql(db, `SELECT seq FROM messages WHERE ` +
			`conv_id = ${conv} ORDER BY seq`);
		assert.deepEqual(seqs.map((r) => Number(r[0])), [1, 2]);
		await b2.close();
		await s.close();
	}));

test('order without gaps under concurrent senders on several devices',
	L.logged(async () => {
		const bA = await conn('b1', 'buyer A');
		const bB = await conn('b1', 'buyer B');
		const sC = await conn('s1', 'seller C');
		const sD = await conn('s1', 'seller D (watching)');
		const { conv: c } = await bA.open('s1', 'concurrency');
		const senders = [[bA, 'A', 70], [bB, 'B', 70], [sC, 'C', 60]];
		const N = 200;
		/* everyone fires at once, nobody waits */
		for (let i = 0; i < 70; i++)
			for (const [cl, tag, n] of senders)
				if (i < n)
					cl.send({ op: 'send', conv: c, cid: `cc-${tag}-${i}`,
						text: `${tag} says ${i}` });
		const acks = {};
		for (const [cl, tag, n] of senders) {
			acks[tag] = [];
			for (let i = 0; i < n; i++) {
				const a = await cl.next((f) => (f.op === 'ack' || f.op === 'error') &&
					f.cid === `cc-${tag}-${i}`, L.T.frame * 3);
				assert.equal(a.op, 'ack', JSON.stringify(a));
				acks[tag].push(a.seq);
			}
			for (let i = 1; i < n; i++)
				assert.ok(acks[tag][i] > acks[tag][i - 1],
					`${tag}: one connection's messages keep their order`);
		}
		/* each connection: messages from the others + its own acks = 1..N */
		for (const [cl, tag] of [...senders, [sD, 'D']]) {
			const own = acks[tag] || [];
			const want = N - own.length;
			const msgs = await cl.take((f) => f.op === 'message' && f.conv === c,
				want, L.T.frame * 3);
			const seqs = msgs.map((f) => f.seq);
			for (let i = 1; i < seqs.length; i++)
				assert.ok(seqs[i] > seqs[i - 1], `${cl.label}: seq ${seqs[i]} ` +
					`after ${seqs[i - 1]}`);
			const union = [...seqs, ...own].sort((x, y) => x - y);
			assert.equal(L.gapless(union), null, `${cl.label}: ` +
				L.gapless(union));
			for (const f of msgs)
				assert.ok(!(f.cid || '').startsWith(`cc-${tag}-`),
					`${cl.label} got its own message ${f.cid} back`);
		}
		/* the watching device saw all N as messages, strictly in order */
		await bA.roundTrip();
		const rows = await L.sql(db, `SELECT seq, sender_id, cid FROM messages ` +
			`WHERE conv_id = ${c} ORDER BY seq`);
		assert.equal(L.gapless(rows.map((r) => Number(r[0]))), null);
		assert.equal(rows.length, N);
		for (const cl of [bA, bB, sC, sD]) {
			await cl.roundTrip();
			assert.deepEqual(cl.drain('message'), [], `${cl.label}: extra messages`);
			await cl.close();
		}
	}));

test('resume after a reconnect: sync gives exactly what was missed, then live',
	L.logged(async () => {
		const b = await conn('b1', 'buyer');
		let s = await conn('s1', 'seller');
		const { conv } = await b.open('s1', 'resume');
		for (let i = 0; i < 5; i++)
			await b.say(conv, `rs-pre-${i}`, `before ${i}`);
		const seen = await s.take({ op: 'message', conv }, 5);
		const last = seen.at(-1).seq;
		assert.equal(last, 5);
		await s.close();

		for (let i = 0; i < 20; i++)
			await b.say(conv, `rs-gap-${i}`, `while away ${i}`);

		s = await conn('s1', 'seller back');
		s.send({ op: 'sync', since: { [conv]: last } });
		/* live messages race the sync */
		for (let i = 0; i < 10; i++)
			b.send({ op: 'send', conv, cid: `rs-live-${i}`, text: `live ${i}` });
		const synced = await s.next('synced');
		const mine = synced.convs.find((x) => x.conv === conv);
		assert.ok(mine, 'synced lists the conversation');
		assert.deepEqual(synced.more, []);
		for (let i = 0; i < 10; i++)
			await b.next({ op: 'ack', cid: `rs-live-${i}` });
		const got = await s.take({ op: 'message', conv }, 30);
		assert.deepEqual(got.map((f) => f.seq),
			Array.from({ length: 30 }, (_, i) => last + 1 + i),
			'missed messages in order, then live ones, none twice');
		assert.deepEqual(got.slice(0, 20).map((f) => f.cid),
			Array.from({ length: 20 }, (_, i) => `rs-gap-${i}`));
		/* the synced frame comes after the 20 missed ones */
		const order = s.all.filter((f) => f.op === 'synced' ||
			(f.op === 'message' && f.seq <= last + 20));
		assert.equal(order.at(-1).op, 'synced', 'synced follows the catch-up');
		await b.say(conv, 'rs-after', 'after');
		const m = await s.next({ op: 'message', cid: 'rs-after' });
		assert.equal(m.seq, last + 31);
		await s.roundTrip();
		assert.deepEqual(s.drain('message'), [], 'no duplicate after the sync');
		await b.close();
		await s.close();
	}));

test('sync with nothing missed returns no messages; more than sync_max is cut',
	L.logged(async () => {
		const b = await conn('b1', 'buyer');
		const { conv, last_seq: lastSeq } = await b.open('s1', 'resume');
		assert.ok(lastSeq > 0);
		b.send({ op: 'sync', since: { [conv]: lastSeq } });
		const synced = await b.next('synced');
		assert.deepEqual(b.drain('message'), []);
		assert.equal(synced.convs.find((x) => x.conv === conv).last_seq, lastSeq);
		assert.deepEqual(synced.more, []);
		await b.close();

		/* a node that sends at most 10 per sync */
		const small = await L.startGateway(db, { name: 'chat-sync10',
			env: { PARLEY_SYNC_MAX: '10' } });
		const c = await L.connect(small, tok.b1, { label: 'buyer on sync10' });
		c.send({ op: 'sync', since: { [conv]: 0 } });
		const cut = await c.next('synced');
		assert.deepEqual(c.drain('message').map((f) => f.seq),
			[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		assert.deepEqual(cut.more, [conv], 'a cut conversation is in more');
		c.send({ op: 'sync', since: { [conv]: 10 } });
		await c.next('synced');
		assert.deepEqual(c.drain('message').map((f) => f.seq),
			[11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
		c.send({ op: 'sync', since: { [conv]: lastSeq - 3 } });
		const end = await c.next('synced');
		assert.deepEqual(c.drain('message').map((f) => f.seq),
			[lastSeq - 2, lastSeq - 1, lastSeq]);
		assert.deepEqual(end.more, []);
		await c.close();
		const e = await small.stop();
		assert.equal(e.code, 0);
	}));

test('several devices: peers and own other devices get it, sender only the ack',
	L.logged(async () => {
		const bA = await conn('b2', 'buyer A');
		const bB = await conn('b2', 'buyer B');
		const sC = await conn('s1', 'seller C');
		const sD = await conn('s1', 'seller D');
		const { conv } = await bA.open('s1', 'devices');
		await sC.say(conv, 'dev-s', 'from the seller phone');
		for (const cl of [bA, bB, sD]) {
			const m = await cl.next({ op: 'message', cid: 'dev-s' });
			assert.equal(m.from, 's1');
			assert.equal(m.text, 'from the seller phone');
		}
		const a = await bA.say(conv, 'dev-b', 'from the buyer laptop');
		for (const cl of [bB, sC, sD]) {
			const m = await cl.next({ op: 'message', cid: 'dev-b' });
			assert.equal(m.seq, a.seq);
			assert.equal(m.from, 'b2');
		}
		/* barrier, then: the senders got no copy of their own message */
		await sD.say(conv, 'dev-barrier', 'barrier');
		for (const cl of [bA, bB, sC])
			await cl.next({ op: 'message', cid: 'dev-barrier' });
		assert.equal(sC.all.filter((f) => f.cid === 'dev-s' && f.op === 'message')
			.length, 0, 'sending device got its own message');
		assert.equal(sC.all.filter((f) => f.cid === 'dev-s' && f.op === 'ack')
			.length, 1);
		assert.equal(bA.all.filter((f) => f.cid === 'dev-b' && f.op === 'message')
			.length, 0, 'sending device got its own message');
		assert.equal(bB.all.filter((f) => f.op === 'ack').length, 0,
			'another device got an ack');
		for (const cl of [bA, bB, sC, sD])
			await cl.close();
	}));

test('typing and read receipts are relayed; the read pointer is stored',
	L.logged(async () => {
		const bA = await conn('b2', 'buyer A');
		const bB = await conn('b2', 'buyer B');
		const s = await conn('s1', 'seller');
		const { conv } = await bA.open('s1', 'receipts');
		bA.send({ op: 'typing', conv });
		for (const cl of [s, bB]) {
			const t = await cl.next('typing');
			assert.deepEqual(t, { op: 'typing', conv, from: 'b2' });
		}
		s.send({ op: 'typing', conv });
		assert.deepEqual(await bA.next('typing'), { op: 'typing', conv, from: 's1' });

		for (let i = 0; i < 3; i++)
			await bA.say(conv, `rcpt-${i}`, `line ${i}`);
		await s.take({ op: 'message', conv }, 3);
		s.send({ op: 'read', conv, seq: 2 });
		for (const cl of [bA, bB]) {
			const r = await cl.next('read');
			assert.deepEqual(r, { op: 'read', conv, seq: 2, by: 's1' });
		}
		const stored = async () => L.sqlValue(db, `SELECT seller_read_seq ` +
			`FROM conversations WHERE id = ${conv}`);
		assert.equal(await stored(), '2');
		/* never moved back */
		s.send({ op: 'read', conv, seq: 1 });
		const back = await bA.next('read');
		assert.equal(back.seq, 2, 'a read pointer does not move back');
		assert.equal(await stored(), '2');
		/* never past the last message */
		s.send({ op: 'read', conv, seq: 999 });
		const past = await bA.next('read');
		assert.equal(past.seq, 3, 'a read pointer stops at the last message');
		assert.equal(await stored(), '3');
		/* the reader's connection gets no echo of its own receipt */
		await s.roundTrip();
		assert.deepEqual(s.drain((f) => f.op === 'read' || f.op === 'typing'), []);
		for (const cl of [bA, bB, s])
			await cl.close();
	}));

test('history pages backwards with more', L.logged(async () => {
	const b = await conn('b2', 'buyer');
	const { conv } = await b.open('s2', 'history');
	for (let i = 1; i <= 25; i++)
		b.send({ op: 'send', conv, cid: `hist-${i}`, text: `h${i}` });
	await b.take('ack', 25);
	const page = async (q) => {
		b.send({ op: 'history', conv, ...q });
		const h = await b.next('history');
		assert.equal(h.conv, conv);
		return h;
	};
	const p1 = await page({ limit: 10 });
	assert.deepEqual(p1.messages.map((m) => m.seq), [16, 17, 18, 19, 20, 21, 22,
		23, 24, 25]);
	assert.equal(p1.more, true);
	assert.equal(p1.messages[0].text, 'h16');
	assert.equal(p1.messages[0].from, 'b2');
	assert.equal(p1.messages[0].cid, 'hist-16');
	const p2 = await page({ before: 16, limit: 10 });
	assert.deepEqual(p2.messages.map((m) => m.seq), [6, 7, 8, 9, 10, 11, 12, 13,
		14, 15]);
	assert.equal(p2.more, true);
	const p3 = await page({ before: 6, limit: 10 });
	assert.deepEqual(p3.messages.map((m) => m.seq), [1, 2, 3, 4, 5]);
	assert.equal(p3.more, false);
	const all = await page({});
	assert.equal(all.messages.length, 25, 'default limit (50) covers all 25');
	assert.equal(all.more, false);
	await b.close();
}));

test('the conversation list carries unread counts', L.logged(async () => {
	const b = await conn('b2', 'buyer');
	const s = await conn('s2', 'seller');
	const { conv } = await s.open('b2', 'unread counts');
	for (let i = 0; i < 3; i++)
		await s.say(conv, `unr-${i}`, `offer ${i}`);
	await b.say(conv, 'unr-b', 'thanks');
	const list = async (cl) => {
		cl.send({ op: 'convs' });
		const c = (await cl.next('convs')).convs.find((x) => x.conv === conv);
		assert.ok(c, `${cl.label}: conversation ${conv} listed`);
		return c;
	};
	let c = await list(b);
	assert.equal(c.peer, 's2');
	assert.equal(c.topic, 'unread counts');
	assert.equal(c.last_seq, 4);
	assert.equal(c.unread, 3, "the peer's 3 messages are unread");
	b.send({ op: 'read', conv, seq: 2 });
	await s.next({ op: 'read', by: 'b2' });
	c = await list(b);
	assert.equal(c.read_seq, 2);
	assert.equal(c.unread, 1);
	const sc = await list(s);
	assert.equal(sc.peer, 'b2');
	assert.equal(sc.unread, 1, "the seller has the buyer's 1 message unread");
	assert.equal(sc.peer_read_seq, 2);
	/* the buyer's other conversations are listed too, not the seller's */
	b.send({ op: 'convs' });
	const mineB = (await b.next('convs')).convs;
	assert.ok(mineB.length >= 2, 'b2 has the devices and history conversations');
	for (const x of mineB)
		assert.ok(['s1', 's2'].includes(x.peer));
	await b.close();
	await s.close();
}));

test('every ack is counted and timed in /metrics', L.logged(async () => {
	const metric = (name) => L.metric(gw, name);
	const b = await conn('b1');
	const { conv } = await b.open('s2', 'ack metrics');
	const acks0 = await metric('parley_acks_total');
	const timed0 = await metric('parley_ack_seconds_count');
	for (let i = 0; i < 12; i++)
		b.send({ op: 'send', conv, cid: `am-${i}`, text: `metrics ${i}` });
	for (let i = 0; i < 12; i++)
		await b.next({ op: 'ack', cid: `am-${i}` });
	await b.say(conv, 'am-0', 'metrics 0');	/* a resend is acked too */
	assert.equal(await metric('parley_acks_total') - acks0, 13);
	assert.equal(await metric('parley_ack_seconds_count') - timed0, 13);
	const body = (await L.httpGet(gw.port, '/metrics')).body;
	const inf = body.match(/^parley_ack_seconds_bucket\{le="\+Inf"\} (\d+)$/m);
	assert.ok(inf, 'parley_ack_seconds has a +Inf bucket');
	assert.equal(Number(inf[1]), await metric('parley_ack_seconds_count'));
	assert.ok(await metric('parley_ack_seconds_sum') > 0,
		'the acks took some time');
	await b.close();
}));
