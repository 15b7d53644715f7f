'use strict';
/*
 * slowclient.test.js - a client that stops reading is cut off once its
 * queue of frames is full (limits.out_queue_max): the close (1008) waits
 * behind what is queued, and if the client still reads nothing the
 * gateway drops the connection a few seconds later. Its peer keeps
 * sending and getting acks, nothing acked is lost (a new connection's
 * sync brings every message), and the gateway stays up.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const L = require('./lib');

let db, gw;
const tok = {};
const N = 6000;			/* 4 KB messages: 24 MB, past the queue and any socket buffer */
const text = 'x'.repeat(4000);

before(async () => {
	db = await L.freshDb('slowclient');
	tok.b = await L.addUser(db, 'slow-b', 'buyer');
	tok.s = await L.addUser(db, 'slow-s', 'seller');
	const many = '10000000';
	gw = await L.startGateway(db, { name: 'slowclient', env: {
		/* room for one batch of acks (batch_max 1024) to a fast client */
		PARLEY_OUT_QUEUE_MAX: '1100',
		PARLEY_RATE_CONN: many, PARLEY_RATE_CONN_BURST: many,
		PARLEY_RATE_USER: many, PARLEY_RATE_USER_BURST: many,
		PARLEY_RATE_PAIR: many, PARLEY_RATE_PAIR_BURST: many,
	} });
});

after(L.cleanup);

const metric = (name) => L.metric(gw, name);

test('a client that stops reading is cut off; its peer carries on, nothing acked is lost',
	L.logged(async () => {
		const b = await L.connect(gw, tok.b, { label: 'buyer' });
		const s = await L.connect(gw, tok.s, { label: 'seller (stops reading)' });
		const { conv } = await b.open('slow-s', 'slow client');
		await s.roundTrip();
		assert.equal(await metric('parley_slow_clients_cut_total'), 0);

		s.ws.pause();	/* reads nothing more: the socket buffers fill */
		for (let i = 0; i < N; i++)
			b.send({ op: 'send', conv, cid: `m${i}`, text });
		const acks = await b.take('ack', N, 120000);
		assert.deepEqual(acks.map((a) => a.cid),
			Array.from({ length: N }, (_, i) => `m${i}`));
		assert.equal(L.gapless(acks.map((a) => a.seq)), null);
		assert.equal(await metric('parley_slow_clients_cut_total'), 1);

		/* still reading nothing: dropped within the grace (5 s) */
		const until = Date.now() + 15000;
		while (await metric('parley_connections') !== 1) {
			assert.ok(Date.now() < until,
				'the silent client was not dropped within 15 s');
			await L.sleep(200);
		}
		s.ws.resume();	/* and it sees its connection gone */
		const info = await Promise.race([s.closed,
			L.sleep(10000).then(() => null)]);
		assert.ok(info, 'the dropped client saw no close');

		/* the gateway is up and the buyer was never affected */
		await b.roundTrip();
		await b.say(conv, 'after', 'still here');

		/* every acked message is stored, and the seller's new device
		 * gets them in order (a sync answer holds sync_max, 1000) */
		assert.equal(await L.sqlValue(db, `SELECT count(*) || ' ' || max(seq)
			FROM messages WHERE conv_id = ${Number(conv)}`), `${N + 1} ${N + 1}`);
		const s2 = await L.connect(gw, tok.s, { label: 'seller, new device' });
		s2.send({ op: 'sync', since: { [conv]: 0 } });
		const got = await s2.take((f) => f.op === 'message' && f.conv === conv,
			1000, 60000);
		assert.equal(L.gapless(got.map((m) => m.seq)), null);
		assert.equal(got[999].text, text);
		const synced = await s2.next('synced');
		assert.deepEqual(synced.more, [conv]);
		await b.close();
		await s2.close();
	}));
