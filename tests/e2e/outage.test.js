'use strict';
/*
 * outage.test.js - PostgreSQL stops while clients chat: sends are answered
 * `unavailable` (never acked), the gateway stays up (/healthz 200,
 * /readyz 503); PostgreSQL starts again with the same options and port;
 * /readyz returns to 200 by itself; the client resends with the same cids
 * and gets acks; nothing acked before is lost, nothing is stored twice,
 * and the peer gets every message once, in order.
 *
 * Stops the suite's shared PostgreSQL: the runner must run test files one
 * at a time (scripts/test passes --test-concurrency=1).
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const L = require('./lib');

let db, gw;
const tok = {};
let pgOpts;	/* the postgres options the server was started with */
let pgDown = false;

function pgCtl(args) {
	const ctl = path.join(L.need('PG_BIN'), 'pg_ctl');
	const data = path.join(L.need('PG_DIR'), 'data');
	const full = ['-D', data, ...args];
	if (process.getuid() === 0)
		return L.runOk('runuser', ['-u', L.need('PG_USER'), '--', ctl, ...full]);
	return L.runOk(ctl, full);
}

/* The options of the running server, from postmaster.opts, minus -D. */
function readPgOpts() {
	const file = path.join(L.need('PG_DIR'), 'data', 'postmaster.opts');
	const line = fs.readFileSync(file, 'utf8').trim();
	const args = [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
	assert.ok(args.length >= 2, `cannot read the options in ${file}: ${line}`);
	const out = [];
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '-D') {
			i++;
			continue;
		}
		out.push(`"${args[i]}"`);
	}
	const port = new URL(L.need('PARLEY_ADMIN_URL')).port;
	if (port && !out.includes('"-p"'))
		out.push('"-p"', `"${port}"`);
	return out.join(' ');
}

async function pgStop() {
	pgDown = true;
	await pgCtl(['-m', 'fast', '-w', 'stop']);
}

async function pgStart() {
	const log = path.join(L.need('PG_DIR'), 'server.log');
	await pgCtl(['-l', log, '-w', '-t', '60', '-o', pgOpts, 'start']);
	pgDown = false;
}

before(async () => {
	pgOpts = readPgOpts();
	for (const v of ['PG_BIN', 'PG_USER'])
		L.need(v);
	db = await L.freshDb('outage');
	tok.b = await L.addUser(db, 'ob', 'buyer');
	tok.s = await L.addUser(db, 'os', 'seller');
	gw = await L.startGateway(db, { name: 'outage',
		env: { PARLEY_RECONNECT_MAX: '1' } });
});

after(async () => {
	/* never leave the suite's database server down */
	if (pgDown)
		await pgStart();
	await L.cleanup();
});

/* Sends and waits for the answer to that cid: the ack or error frame. */
async function answer(c, conv, cid, text) {
	c.send({ op: 'send', conv, cid, text });
	return c.next((f) => f.cid === cid && (f.op === 'ack' || f.op === 'error'),
		60000, `the answer to ${cid}`);
}

test('PostgreSQL down: unavailable, gateway up, recovers by itself, nothing lost',
	L.logged(async () => {
		const b = await L.connect(gw, tok.b, { label: 'buyer' });
		const s = await L.connect(gw, tok.s, { label: 'seller' });
		const { conv } = await b.open('os', 'outage');
		const acked = new Map();	/* cid -> seq */
		for (let i = 0; i < 20; i++) {
			const a = await b.say(conv, `pre-${i}`, `before ${i}`);
			acked.set(`pre-${i}`, a.seq);
		}
		/* sends in flight as the server stops */
		for (let i = 0; i < 10; i++)
			b.send({ op: 'send', conv, cid: `edge-${i}`, text: `edge ${i}` });
		await pgStop();
		const retry = [];
		for (let i = 0; i < 10; i++) {
			const f = await b.next((x) => x.cid === `edge-${i}` &&
				(x.op === 'ack' || x.op === 'error'), 60000);
			if (f.op === 'ack') {
				acked.set(f.cid, f.seq);
			} else {
				assert.equal(f.code, 'unavailable', JSON.stringify(f));
				retry.push(f.cid);
			}
		}
		/* while it is down: every send is refused as retryable */
		for (let i = 0; i < 10; i++) {
			const f = await answer(b, conv, `down-${i}`, `down ${i}`);
			assert.equal(f.op, 'error', `acked while PostgreSQL is down: ` +
				JSON.stringify(f));
			assert.equal(f.code, 'unavailable');
			retry.push(f.cid);
		}
		assert.ok(gw.running, 'parleyd died with the database');
		assert.equal((await L.httpGet(gw.port, '/healthz')).status, 200);
		await gw.waitReadyz(503, 30000);
		/* the sockets stay open and answer */
		await b.roundTrip();
		await s.roundTrip();

		await pgStart();
		/* ready again by itself, no restart of parleyd */
		await gw.waitReadyz(200, 60000);
		for (const cid of retry) {
			let f;
			const until = Date.now() + 60000;
			do {
				f = await answer(b, conv, cid, cid.replace('-', ' '));
				if (f.op === 'error') {
					assert.equal(f.code, 'unavailable', JSON.stringify(f));
					await L.sleep(250);
				}
			} while (f.op !== 'ack' && Date.now() < until);
			assert.equal(f.op, 'ack', `${cid} never acked after recovery`);
			acked.set(cid, f.seq);
		}
		assert.equal(acked.size, 40);
		/* the database: every acked message once, with its seq, gapless */
		const rows = await L.sql(db, `SELECT cid, seq FROM messages WHERE ` +
			`conv_id = ${conv} ORDER BY seq`);
		assert.equal(rows.length, 40, 'stored rows');
		assert.equal(L.gapless(rows.map((r) => Number(r[1]))), null);
		for (const [cid, seq] of rows)
			assert.equal(acked.get(cid), Number(seq), `${cid} stored at ${seq}`);
		/* the seller, connected throughout, got all 40 once, in order */
		const got = await s.take({ op: 'message', conv }, 40, 60000);
		assert.equal(L.gapless(got.map((f) => f.seq)), null);
		await s.roundTrip();
		assert.deepEqual(s.drain('message'), [], 'duplicates at the seller');
		const m = await L.httpGet(gw.port, '/metrics');
		const rc = /^parley_db_reconnects_total (\d+)/m.exec(m.body);
		assert.ok(rc && Number(rc[1]) > 0, 'database reconnects are counted');
		await b.close();
		await s.close();
	}));
