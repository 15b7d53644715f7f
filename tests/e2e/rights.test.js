'use strict';
/*
 * rights.test.js - data rights against the real daemon and database:
 * export holds exactly the user's data (their own originals opened,
 * nobody else's), erasure crypto-shreds and keeps legal holds, a killed
 * erasure finishes when run again, retention spares held conversations.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { spawn } = require('node:child_process');
const L = require('./lib');

let db, gw, tok = {}, c = {};
const A_PHONE = '+86 138 0013 8000';
const B_PHONE = '+49 151 23456789';
const S_MAIL = 'sales.chen@example.com';

function get(p, token) {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port: gw.port, path: p,
			headers: { Authorization: 'Bearer ' + token }, agent: false },
		(res) => {
			let b = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (b += d));
			res.on('end', () => resolve({ status: res.statusCode, body: b,
				headers: res.headers }));
		});
		req.on('error', reject);
		req.end();
	});
}

/* Every text-like value of every table, as one string to search. */
async function dumpAll() {
	const out = await L.run('pg_dump', ['--data-only', '--no-owner', db]);
	assert.equal(out.code, 0, out.stderr);
	return out.stdout;
}

before(async () => {
	db = await L.freshDb('rights');
	tok.a = await L.addUser(db, 'ra-buyer', 'buyer', { name: 'Anna Berg' });
	tok.b = await L.addUser(db, 'rb-buyer', 'buyer');
	tok.s = await L.addUser(db, 'rs-seller', 'seller');
	gw = await L.startGateway(db, { name: 'rights',
		env: { PARLEY_MASTER_KEY: L.masterKey(),
			PARLEY_RETENTION_INTERVAL: '0' } });
	c.a = await L.connect(gw, tok.a, { label: 'a', retry401: true });
	c.b = await L.connect(gw, tok.b, { label: 'b', retry401: true });
	c.s = await L.connect(gw, tok.s, { label: 's', retry401: true });
	c.free = (await c.a.open('rs-seller', 'free chat')).conv;
	c.held = (await c.a.open('rs-seller', 'disputed order')).conv;
	c.other = (await c.b.open('rs-seller', 'b chat')).conv;
	await c.a.say(c.free, 'a1', `call me on ${A_PHONE}`);
	await c.s.say(c.free, 's1', `write to ${S_MAIL}`);
	await c.a.say(c.held, 'a2', `my number again ${A_PHONE}`);
	await c.a.say(c.held, 'a3', 'the goods are broken');
	await c.b.say(c.other, 'b1', `B here: ${B_PHONE}`);
	c.a.send({ op: 'dispute', conv: c.held, reason: 'broken goods' });
	await c.a.next('dispute_update');
});

after(L.cleanup);

test('export holds exactly the user\'s data, with their own originals',
	L.logged(async () => {
	const out = await L.ctl(db, ['export', '--user', 'ra-buyer']);
	const doc = JSON.parse(out);
	assert.equal(doc.schema, 'parley.export.v1');
	assert.equal(doc.user.id, 'ra-buyer');
	assert.equal(doc.user.display_name, 'Anna Berg');
	assert.deepEqual(doc.conversations.map((x) => x.conv).sort(),
		[c.free, c.held].sort());
	const free = doc.conversations.find((x) => x.conv === c.free);
	const mine = free.messages.find((m) => m.from === 'ra-buyer');
	assert.equal(mine.text, `call me on ${A_PHONE}`, 'own original opened');
	assert.ok(!mine.as_delivered.includes('0013'));
	const theirs = free.messages.find((m) => m.from === 'rs-seller');
	assert.ok(!theirs.text.includes(S_MAIL),
		'the peer\'s message as the user saw it: redacted');
	assert.ok(!out.includes(B_PHONE) && !out.includes('rb-buyer'),
		'nobody else\'s data');
	assert.ok(doc.disputes.some((d) => d.conv === c.held));

	const api = await get('/api/me/export', tok.a);
	assert.equal(api.status, 200, api.body);
	assert.match(api.headers['content-disposition'], /attachment/);
	assert.equal(JSON.parse(api.body).user.id, 'ra-buyer');
	assert.ok(api.body.includes(A_PHONE));
	assert.ok(!api.body.includes(B_PHONE));
	const audited = await L.sqlValue(db, `SELECT count(*) FROM audit_log
		WHERE action = 'export_user' AND reason LIKE '%ra-buyer%'`);
	assert.equal(audited, '2');
}));

test('erasure: key destroyed, token refused, connection dropped, legal ' +
	'hold kept, nothing decryptable left', L.logged(async () => {
	const closed = new Promise((resolve) => c.a.ws.once('close',
		(code) => resolve(code)));
	const out = await L.ctl(db, ['erase', '--user', 'ra-buyer',
		'--reason', 'user asked to be forgotten']);
	assert.match(out, /erased user ra-buyer/);
	assert.equal(await closed, 1008);

	const h = await L.handshake(gw.port, { token: tok.a });
	assert.equal(h.status, 401);

	const [u] = await L.sql(db, `SELECT display_name, company IS NULL,
		erased_at IS NOT NULL FROM users WHERE id = 'ra-buyer'`);
	assert.deepEqual(u, ['Erased user', 't', 't']);
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM user_keys
		WHERE user_id = 'ra-buyer' AND wrapped IS NOT NULL`), '0');
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM
		marketing_suppression WHERE identity_hash =
		suppression_hash('ra-buyer')`), '1');

	/* the free conversation lost A's messages; the held one kept them */
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE conv_id = ${c.free} AND sender_id = 'ra-buyer'`), '0');
	const held = await L.sql(db, `SELECT seq, text FROM messages
		WHERE conv_id = ${c.held} ORDER BY seq`);
	assert.equal(held.length, 2);
	assert.ok(!held[0][1].includes('0013'), 'redacted transcript stays');
	assert.equal(held[1][1], 'the goods are broken');

	/* no plain original anywhere, and none that still opens */
	const dump = await dumpAll();
	assert.ok(!dump.includes('138 0013 8000'), 'phone found in a table');
	const sealed = await L.sql(db, `SELECT seq FROM messages
		WHERE sender_id = 'ra-buyer' AND original IS NOT NULL`);
	assert.ok(sealed.length >= 1, 'the held phone message was sealed');
	for (const [seq] of sealed) {
		const r = await L.run(L.bin('parleyctl'), ['original', '--conv',
			String(c.held), '--seq', seq], { env: { ...process.env,
			PARLEY_DB_URL: db, PARLEY_MASTER_KEY: L.masterKey() } });
		assert.notEqual(r.code, 0, 'a sealed original must not open');
		assert.match(r.stderr, /destroyed/);
	}
	/* B's data is intact and still opens */
	const [[bseq]] = await L.sql(db, `SELECT seq FROM messages
		WHERE conv_id = ${c.other}`);
	const bo = await L.ctl(db, ['original', '--conv', String(c.other),
		'--seq', bseq]);
	assert.match(bo, /151 23456789/);

	/* an erased buyer is never offered to again */
	c.s.send({ op: 'offer', to: ['ra-buyer', 'rb-buyer'], cid: 'of-erased',
		text: 'New LED panels, 10% off', campaign: 'after-erasure' });
	const r = await c.s.next((f) => (f.op === 'offer_result' ||
		f.op === 'error') && f.cid === 'of-erased');
	assert.equal(r.op, 'offer_result', JSON.stringify(r));
	assert.equal(r.recipients.find((x) => x.buyer === 'ra-buyer').outcome,
		'recipient_erased');

	const again = await L.ctl(db, ['erase', '--user', 'ra-buyer',
		'--reason', 'user asked to be forgotten']);
	assert.match(again, /again/);
	assert.ok(Number(await L.sqlValue(db, `SELECT count(*) FROM audit_log
		WHERE action = 'erase'`)) >= 1);
}));

test('an erasure killed halfway ends in the same state when run again',
	L.logged(async () => {
	await L.addUser(db, 'rk-buyer', 'buyer');
	const conv = await L.sqlValue(db, `INSERT INTO conversations
		(buyer_id, seller_id, topic) VALUES ('rk-buyer', 'rs-seller', 'k')
		RETURNING id`);
	await L.sql(db, `INSERT INTO messages (conv_id, seq, sender_id, cid, text)
		SELECT ${conv}, g, 'rk-buyer', 'k' || g, 'message ' || g
		FROM generate_series(1, 20000) g;
		UPDATE conversations SET last_seq = 20000 WHERE id = ${conv}`);
	const child = spawn(L.bin('parleyctl'), ['erase', '--user', 'rk-buyer',
		'--reason', 'test', '--batch', '50'], { env: { ...process.env,
		PARLEY_DB_URL: db } });
	/* kill it once it has removed some but not all */
	for (let i = 0; i < 400; i++) {
		const n = Number(await L.sqlValue(db, `SELECT count(*) FROM messages
			WHERE sender_id = 'rk-buyer'`));
		if (n < 20000)
			break;
		await L.sleep(25);
	}
	child.kill('SIGKILL');
	await new Promise((r) => child.once('exit', r));
	const left = Number(await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE sender_id = 'rk-buyer'`));
	assert.ok(left > 0 && left < 20000, `killed halfway (left ${left})`);
	assert.equal(await L.sqlValue(db, `SELECT erased_at IS NOT NULL
		FROM users WHERE id = 'rk-buyer'`), 't',
		'the first step is whole before any message goes');

	const out = await L.ctl(db, ['erase', '--user', 'rk-buyer',
		'--reason', 'test']);
	assert.match(out, /again/);
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE sender_id = 'rk-buyer'`), '0');
	assert.equal(await L.sqlValue(db, `SELECT display_name FROM users
		WHERE id = 'rk-buyer'`), 'Erased user');
}));

test('retention removes old messages and keeps held conversations',
	L.logged(async () => {
	const recent = await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE conv_id = ${c.other}`);
	await c.b.say(c.other, 'b-old', 'an old message');
	await L.sql(db, `UPDATE messages SET created_at = now() - interval
		'1000 days' WHERE conv_id IN (${c.other}, ${c.held})
		AND (cid = 'b-old' OR conv_id = ${c.held})`);
	const out = await L.ctl(db, ['retention', 'run']);
	assert.match(out, /removed 1 chat/);
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE conv_id = ${c.other}`), recent);
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE conv_id = ${c.held}`), '2', 'legal hold kept');
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM audit_log
		WHERE action = 'retention'`), '1');
}));
