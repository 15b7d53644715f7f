'use strict';
/*
 * shutdown.test.js - SIGTERM right after a burst of sends: every send
 * written before the signal gets an ack or an error (no silent drop),
 * every socket closes with 1001, parleyd exits 0, and every acked message
 * is in the database.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const L = require('./lib');

let db;
const tok = {};

before(async () => {
	db = await L.freshDb('shutdown');
	tok.b = await L.addUser(db, 'tb', 'buyer');
	tok.s = await L.addUser(db, 'ts', 'seller');
});

after(L.cleanup);

test('SIGTERM after a burst: all answered, close 1001, exit 0, acks durable',
	L.logged(async () => {
		const gw = await L.startGateway(db, { name: 'sigterm' });
		const b = await L.connect(gw, tok.b, { label: 'buyer' });
		const b2 = await L.connect(gw, tok.b, { label: 'buyer device 2' });
		const s = await L.connect(gw, tok.s, { label: 'seller' });
		const { conv } = await b.open('ts', 'shutdown');
		const N = 300;
		const written = [];
		for (let i = 0; i < N; i++) {
			const cid = `st-${i}`;
			const c = i % 3 === 2 ? s : i % 2 ? b2 : b;
			written.push(c.sendRaw(JSON.stringify({ op: 'send', conv, cid,
				text: `burst ${i}` })).then(() => [c, cid]));
		}
		/* as soon as every frame is handed to the kernel */
		const sent = await Promise.all(written);
		const exited = gw.stop('SIGTERM');
		const closes = await Promise.all([b, b2, s].map((c) => c.closed));
		const e = await exited;
		assert.equal(e.code, 0, `parleyd exit ${JSON.stringify(e)}`);
		for (const [i, c] of [b, b2, s].entries())
			assert.equal(closes[i].code, 1001, `${c.label} closed with ` +
				`${closes[i].code} ${closes[i].reason}`);
		const acked = new Map();
		const silent = [];
		const errors = {};
		for (const [c, cid] of sent) {
			const f = c.all.filter((x) => x.cid === cid &&
				(x.op === 'ack' || x.op === 'error'));
			if (!f.length) {
				silent.push(cid);
				continue;
			}
			assert.equal(f.length, 1, `${cid} answered ${f.length} times`);
			if (f[0].op === 'ack')
				acked.set(cid, f[0].seq);
			else
				errors[f[0].code] = (errors[f[0].code] || 0) + 1;
		}
		assert.deepEqual(silent, [], `${silent.length} of ${N} sends were ` +
			`never answered (first: ${silent.slice(0, 5)}); acked ` +
			`${acked.size}, errors ${JSON.stringify(errors)}`);
		for (const code of Object.keys(errors))
			assert.equal(code, 'unavailable', `errors: ${JSON.stringify(errors)}`);
		const rows = await L.sql(db, `SELECT cid, seq FROM messages WHERE ` +
			`conv_id = ${conv}`);
		const stored = new Map(rows.map(([cid, seq]) => [cid, Number(seq)]));
		for (const [cid, seq] of acked)
			assert.equal(stored.get(cid), seq, `acked ${cid} (seq ${seq}) ` +
				`is not in the database`);
		assert.equal(L.gapless([...stored.values()].sort((x, y) => x - y)), null);
		const rep = gw.sanitizerReports();
		assert.deepEqual(rep, []);
	}));

test('after SIGTERM new handshakes are refused and idle sockets close 1001',
	L.logged(async () => {
		const gw = await L.startGateway(db, { name: 'sigterm-idle' });
		const idle = [];
		for (let i = 0; i < 5; i++)
			idle.push(await L.connect(gw, i % 2 ? tok.s : tok.b,
				{ label: `idle ${i}` }));
		const e = await gw.stop('SIGTERM');
		assert.equal(e.code, 0);
		for (const c of idle)
			assert.equal((await c.closed).code, 1001, c.label);
		const r = await L.handshake(gw.port, { token: tok.b });
		assert.equal(r.ok, false, 'a handshake after exit succeeded');
	}));
