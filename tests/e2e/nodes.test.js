'use strict';
/*
 * nodes.test.js - two parleyd nodes (A and B) on one database: a buyer on
 * A and a seller on B chat with the same guarantees as on one node (acks,
 * order, no gap, no duplicate, also under a concurrent burst from both
 * sides); the buyer's second device on B gets what the buyer sent on A;
 * a client that moves to the other node resumes without loss.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const L = require('./lib');

let db, A, B;
const tok = {};

before(async () => {
	db = await L.freshDb('nodes');
	tok.b = await L.addUser(db, 'nb', 'buyer');
	tok.s = await L.addUser(db, 'ns', 'seller');
	A = await L.startGateway(db, { name: 'node-A', env: { PARLEY_NODE_ID: 'A' } });
	B = await L.startGateway(db, { name: 'node-B', env: { PARLEY_NODE_ID: 'B' } });
});

after(L.cleanup);

/* Checks a receiver's view: messages strictly increasing, and together
 * with its own acks exactly base+1..base+n. */
function checkView(label, msgs, ownAcks, base, n) {
	const seqs = msgs.map((f) => f.seq);
	for (let i = 1; i < seqs.length; i++)
		assert.ok(seqs[i] > seqs[i - 1], `${label}: seq ${seqs[i]} after ` +
			`${seqs[i - 1]}`);
	const union = [...seqs, ...ownAcks].map((x) => x - base).sort((x, y) => x - y);
	const gap = L.gapless(union);
	assert.equal(gap, null, `${label}: ${gap}`);
	assert.equal(union.length, n, `${label}: ${union.length} of ${n}`);
}

test('buyer on A, seller on B: both ways, acks, order, devices across nodes',
	L.logged(async () => {
		const bA = await L.connect(A, tok.b, { label: 'buyer on A' });
		const sB = await L.connect(B, tok.s, { label: 'seller on B' });
		const b2B = await L.connect(B, tok.b, { label: 'buyer device 2 on B' });
		const { conv } = await bA.open('ns', 'two nodes');
		const o = await sB.open('nb', 'two nodes');
		assert.equal(o.conv, conv);

		const a1 = await bA.say(conv, 'x-1', 'from A');
		assert.equal(a1.seq, 1);
		for (const c of [sB, b2B]) {
			const m = await c.next({ op: 'message', cid: 'x-1' });
			assert.equal(m.seq, 1);
			assert.equal(m.from, 'nb');
			assert.equal(m.text, 'from A');
		}
		const a2 = await sB.say(conv, 'x-2', 'from B');
		assert.equal(a2.seq, 2);
		for (const c of [bA, b2B]) {
			const m = await c.next({ op: 'message', cid: 'x-2' });
			assert.equal(m.seq, 2);
			assert.equal(m.from, 'ns');
		}
		/* the same cid resent on the other node is still one message */
		const again = await b2B.say(conv, 'x-1', 'from A');
		assert.equal(again.seq, 1);
		assert.equal(again.duplicate, true);
		/* a burst from both sides at once */
		const N = 100;
		for (let i = 0; i < N; i++) {
			bA.send({ op: 'send', conv, cid: `xb-${i}`, text: `b ${i}` });
			sB.send({ op: 'send', conv, cid: `xs-${i}`, text: `s ${i}` });
		}
		const ackB = [];
		const ackS = [];
		for (let i = 0; i < N; i++) {
			const x = await bA.next((f) => f.cid === `xb-${i}` &&
				(f.op === 'ack' || f.op === 'error'), L.T.frame * 3);
			assert.equal(x.op, 'ack', JSON.stringify(x));
			ackB.push(x.seq);
			const y = await sB.next((f) => f.cid === `xs-${i}` &&
				(f.op === 'ack' || f.op === 'error'), L.T.frame * 3);
			assert.equal(y.op, 'ack', JSON.stringify(y));
			ackS.push(y.seq);
		}
		const base = 2;
		const take = (c, n) => c.take((f) => f.op === 'message' && f.conv === conv &&
			f.seq > base, n, L.T.frame * 4);
		checkView('buyer on A', await take(bA, N), ackB, base, 2 * N);
		checkView('seller on B', await take(sB, N), ackS, base, 2 * N);
		const all = await take(b2B, 2 * N);
		checkView('buyer device 2 on B', all, [], base, 2 * N);
		/* what the buyer sent on A reached its device on B, once each */
		assert.deepEqual(all.filter((f) => f.from === 'nb').map((f) => f.cid),
			Array.from({ length: N }, (_, i) => `xb-${i}`));
		for (const c of [bA, sB, b2B]) {
			await c.roundTrip();
			assert.deepEqual(c.drain('message'), [], `${c.label}: extra messages`);
		}
		const rows = await L.sql(db, `SELECT seq, node FROM messages WHERE ` +
			`conv_id = ${conv} ORDER BY seq`);
		assert.equal(L.gapless(rows.map((x) => Number(x[0]))), null);
		assert.equal(rows.length, 2 * N + 2);
		const nodes = new Set(rows.map((x) => x[1]));
		assert.ok(nodes.has('A') && nodes.has('B'),
			`both nodes wrote: ${[...nodes]}`);
		assert.equal(await L.sqlValue(db, `SELECT count(*) FROM (SELECT ` +
			`sender_id, cid FROM messages GROUP BY 1, 2 HAVING count(*) > 1) d`),
		'0');
		for (const c of [bA, sB, b2B])
			await c.close();
	}));

test('a seller who moves from node B to node A resumes without loss',
	L.logged(async () => {
		const bA = await L.connect(A, tok.b, { label: 'buyer on A' });
		let s = await L.connect(B, tok.s, { label: 'seller on B' });
		const { conv } = await bA.open('ns', 'moving');
		await bA.say(conv, 'mv-0', 'hello');
		const first = await s.next({ op: 'message', cid: 'mv-0' });
		await s.close();
		for (let i = 1; i <= 10; i++)
			await bA.say(conv, `mv-${i}`, `while moving ${i}`);
		s = await L.connect(A, tok.s, { label: 'seller now on A' });
		s.send({ op: 'sync', since: { [conv]: first.seq } });
		await s.next('synced');
		const got = s.drain('message');
		assert.deepEqual(got.map((f) => f.cid),
			Array.from({ length: 10 }, (_, i) => `mv-${i + 1}`));
		assert.deepEqual(got.map((f) => f.seq),
			Array.from({ length: 10 }, (_, i) => first.seq + 1 + i));
		/* and live from the buyer's device on B */
		const b2 = await L.connect(B, tok.b, { label: 'buyer on B' });
		await b2.say(conv, 'mv-live', 'live');
		const m = await s.next({ op: 'message', cid: 'mv-live' });
		assert.equal(m.seq, first.seq + 11);
		for (const c of [bA, s, b2])
			await c.close();
	}));

test('typing and read receipts reach the counterpart on the other node',
	L.logged(async () => {
		const bA = await L.connect(A, tok.b, { label: 'buyer on A' });
		const sB = await L.connect(B, tok.s, { label: 'seller on B' });
		const { conv } = await bA.open('ns', 'receipts across nodes');
		await bA.say(conv, 'rx-1', 'hello');
		await sB.next({ op: 'message', cid: 'rx-1' });
		sB.send({ op: 'typing', conv });
		assert.deepEqual(await bA.next('typing'), { op: 'typing', conv,
			from: 'ns' });
		sB.send({ op: 'read', conv, seq: 1 });
		assert.deepEqual(await bA.next('read'), { op: 'read', conv, seq: 1,
			by: 'ns' });
		bA.send({ op: 'typing', conv });
		assert.deepEqual(await sB.next('typing'), { op: 'typing', conv,
			from: 'nb' });
		await bA.close();
		await sB.close();
	}));
