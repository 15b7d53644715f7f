'use strict';
/*
 * pii.test.js - the content policy on the real message path: what the
 * counterpart sees, what the sender's ack lists, what the database holds
 * (no plain original; the sealed one opens to the PCI-cut original), the
 * conversation stage rule, a number split over three messages, and a
 * blocking policy.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const L = require('./lib');

const PHRASE = 'call me +86 138 0013 8000 or mail lee.wang@example.com, ' +
	'card 4111 1111 1111 1111';

let db, gw, buyer, seller, adminTok;

before(async () => {
	db = await L.freshDb('pii');
	const tb = await L.addUser(db, 'pii-buyer', 'buyer', { country: 'DE' });
	const ts = await L.addUser(db, 'pii-seller', 'seller', { country: 'CN' });
	adminTok = await L.addUser(db, 'pii-admin', 'admin');
	/* contact details may pass once an order exists, as configured */
	gw = await L.startGateway(db, {
		name: 'pii',
		env: {
			PARLEY_MASTER_KEY: L.masterKey(),
			PARLEY_PII_POLICY: 'contact.ordered=pass',
		},
	});
	buyer = await L.connect(gw, tb, { label: 'buyer', retry401: true });
	seller = await L.connect(gw, ts, { label: 'seller', retry401: true });
});

after(L.cleanup);

test('the seller sees the masked text, the ack lists three redactions, ' +
	'the row holds no plain original', L.logged(async () => {
	const opened = await buyer.open('pii-seller', 'PII order 1');
	const conv = opened.conv;
	buyer.send({ op: 'send', conv, cid: 'pii-1', text: PHRASE });
	const ack = await buyer.next({ op: 'ack', cid: 'pii-1' });
	const msg = await seller.next({ op: 'message', cid: 'pii-1' });

	assert.equal(ack.redactions.length, 3, JSON.stringify(ack.redactions));
	assert.deepEqual(ack.redactions.map((r) => r.type),
		['PHONE', 'EMAIL', 'PAYMENT_CARD']);
	for (const r of ack.redactions) {
		assert.equal(r.action, 'mask');
		assert.ok(r.end > r.start);
	}
	/* spans are code points of the original: check them against it */
	const cps = Array.from(PHRASE);
	assert.equal(cps.slice(ack.redactions[0].start, ack.redactions[0].end)
		.join(''), '+86 138 0013 8000');
	assert.equal(cps.slice(ack.redactions[1].start, ack.redactions[1].end)
		.join(''), 'lee.wang@example.com');

	assert.ok(!msg.text.includes('138'), msg.text);
	assert.ok(!msg.text.includes('lee.wang'), msg.text);
	assert.ok(!msg.text.includes('4111'), msg.text);
	assert.match(msg.text, /1111/, 'a card keeps its last four digits');

	/* the database: redacted text, spans, sealed original, no plain PII */
	const [row] = await L.sql(db, `SELECT text, redactions::text,
		original IS NOT NULL, key_id IS NOT NULL,
		position('lee.wang' in encode(original, 'escape')) = 0,
		position('4111 1111' in encode(original, 'escape')) = 0
		FROM messages WHERE conv_id = ${conv} AND seq = ${ack.seq}`);
	assert.equal(row[0], msg.text);
	assert.match(row[1], /PAYMENT_CARD/);
	assert.deepEqual(row.slice(2), ['t', 't', 't', 't']);
	const plain = await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE text LIKE '%lee.wang%' OR text LIKE '%4111 1111%'`);
	assert.equal(plain, '0');

	/* the right keys give back the original, card cut to its last four */
	const orig = await L.ctl(db, ['original', '--conv', String(conv),
		'--seq', String(ack.seq)]);
	assert.equal(orig.replace(/\n$/, ''), PHRASE.replace(
		'4111 1111 1111 1111', '••••1111'));

	/* a wrong master key opens nothing */
	const wrong = await L.run(L.bin('parleyctl'), ['original', '--conv',
		String(conv), '--seq', String(ack.seq)], {
		env: { ...process.env, PARLEY_DB_URL: db,
			PARLEY_MASTER_KEY: require('node:crypto').randomBytes(32)
				.toString('base64') },
	});
	assert.notEqual(wrong.code, 0);
	assert.doesNotMatch(wrong.stdout, /lee\.wang/);
}));

test('contact details are masked in inquiry and pass once ordered',
	L.logged(async () => {
	const { conv } = await buyer.open('pii-seller', 'PII stage');
	const text = 'my whatsapp is +49 151 23456789';
	const batches = async () => {
		const m = (await L.httpGet(gw.port, '/metrics')).body;
		const n = (path) => Number(new RegExp(
			`^parley_batches_total\\{path="${path}"\\} (\\d+)$`, 'm')
			.exec(m)[1]);
		return { oneTrip: n('one_trip'), locking: n('locking') };
	};
	const before = await batches();

	buyer.send({ op: 'send', conv, cid: 'st-1', text });
	const a1 = await buyer.next({ op: 'ack', cid: 'st-1' });
	const m1 = await seller.next({ op: 'message', cid: 'st-1' });
	assert.equal(a1.redactions.length, 1);
	assert.ok(!m1.text.includes('23456789'), m1.text);

	/* a buyer may not move the stage; the admin API may */
	const denied = await L.httpGet(gw.port,
		`/api/admin/conversations/${conv}/stage`, { method: 'POST',
			headers: { Authorization: 'Bearer ' + (await L.token(db,
				'pii-buyer')), 'Content-Type': 'application/json' } });
	assert.equal(denied.status, 403);
	const r = await postJson(gw.port, `/api/admin/conversations/${conv}/stage`,
		adminTok, { stage: 'ordered' });
	assert.equal(r.status, 200, r.body);
	assert.deepEqual(JSON.parse(r.body), { conv, stage: 'ordered' });

	buyer.send({ op: 'send', conv, cid: 'st-2', text });
	const a2 = await buyer.next({ op: 'ack', cid: 'st-2' });
	const m2 = await seller.next({ op: 'message', cid: 'st-2' });
	assert.deepEqual(a2.redactions, []);
	assert.equal(m2.text, text);

	/* a card is masked whatever the stage */
	buyer.send({ op: 'send', conv, cid: 'st-3',
		text: 'pay with 5500 0000 0000 0004' });
	const m3 = await seller.next({ op: 'message', cid: 'st-3' });
	assert.ok(!m3.text.includes('5500 0000'), m3.text);

	/* back to inquiry: the gateway filtered the last messages for
	 * 'ordered'; the next one must be masked again, with no seq lost */
	const back = await postJson(gw.port,
		`/api/admin/conversations/${conv}/stage`, adminTok,
		{ stage: 'inquiry' });
	assert.equal(back.status, 200, back.body);
	buyer.send({ op: 'send', conv, cid: 'st-4', text });
	const a4 = await buyer.next({ op: 'ack', cid: 'st-4' });
	const m4 = await seller.next({ op: 'message', cid: 'st-4' });
	assert.equal(a4.redactions.length, 1);
	assert.ok(!m4.text.includes('23456789'), m4.text);
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE conv_id = ${conv} AND text LIKE '%23456789%'`), '1');
	assert.equal(await L.sqlValue(db, `SELECT string_agg(seq::text, ','
		ORDER BY seq) FROM messages WHERE conv_id = ${conv}`), '1,2,3,4');

	/* st-1: a conversation the writer had not seen; st-2 and st-4: the
	 * stage had moved; st-3 alone went in one round trip */
	const after = await batches();
	assert.deepEqual({ oneTrip: after.oneTrip - before.oneTrip,
		locking: after.locking - before.locking },
	{ oneTrip: 1, locking: 3 });
}));

test('a phone number split over three messages is caught', L.logged(async () => {
	const { conv } = await buyer.open('pii-seller', 'PII split');
	const parts = ['my number: +86 138', '0013', '8000 call me'];
	const acks = [];
	for (let i = 0; i < parts.length; i++) {
		buyer.send({ op: 'send', conv, cid: `sp-${i}`, text: parts[i] });
		acks.push(await buyer.next({ op: 'ack', cid: `sp-${i}` }));
	}
	const last = await seller.next({ op: 'message', cid: 'sp-2' });
	assert.ok(acks[2].redactions.length >= 1,
		'the completing message is redacted: ' + JSON.stringify(acks[2]));
	assert.ok(!last.text.includes('8000'), last.text);
	const flagged = await L.sqlValue(db, `SELECT flagged FROM messages
		WHERE conv_id = ${conv} AND seq = ${acks[2].seq}`);
	assert.equal(flagged, 't');
}));

test('a blocking policy refuses the message and stores nothing',
	L.logged(async () => {
	const db2 = await L.freshDb('pii_block');
	const tb = await L.addUser(db2, 'blk-buyer', 'buyer');
	await L.addUser(db2, 'blk-seller', 'seller');
	const adminTok2 = await L.addUser(db2, 'blk-admin', 'admin');
	const gw2 = await L.startGateway(db2, { name: 'pii-block', env: {
		PARLEY_MASTER_KEY: L.masterKey(),
		PARLEY_PII_POLICY: 'IBAN=block' } });
	const b = await L.connect(gw2, tb, { label: 'blk', retry401: true });
	const { conv } = await b.open('blk-seller', 'blocked');
	b.send({ op: 'send', conv, cid: 'blk-1',
		text: 'pay to DE89 3704 0044 0532 0130 00 please' });
	const err = await b.next({ op: 'error', cid: 'blk-1' });
	assert.equal(err.code, 'blocked');
	assert.match(err.message, /IBAN/);
	assert.doesNotMatch(err.message, /DE89/);
	assert.equal(await L.sqlValue(db2, 'SELECT count(*) FROM messages'), '0');

	/*
	 * A batch the writer has to redo (here: filtered for 'inquiry',
	 * stored after the stage moved) keeps its refusals: the blocked
	 * message is refused again, never stored. The three sends leave in
	 * one TCP write so that they usually share a batch.
	 */
	b.send({ op: 'send', conv, cid: 'blk-2', text: 'hello' });
	await b.next({ op: 'ack', cid: 'blk-2' });
	const st = await postJson(gw2.port,
		`/api/admin/conversations/${conv}/stage`,
		adminTok2, { stage: 'ordered' });
	assert.equal(st.status, 200, st.body);
	for (let round = 0; round < 5; round++) {
		const c = (k) => `blk-r${round}-${k}`;
		b.ws._socket.cork();
		b.send({ op: 'send', conv, cid: c(0), text: 'one' });
		b.send({ op: 'send', conv, cid: c(1),
			text: 'pay to DE89 3704 0044 0532 0130 00 please' });
		b.send({ op: 'send', conv, cid: c(2), text: 'two' });
		b.ws._socket.uncork();
		await b.next({ op: 'ack', cid: c(0) });
		assert.equal((await b.next({ op: 'error', cid: c(1) })).code,
			'blocked');
		await b.next({ op: 'ack', cid: c(2) });
		const moved = await postJson(gw2.port,
			`/api/admin/conversations/${conv}/stage`,
			adminTok2,
			{ stage: round % 2 ? 'ordered' : 'inquiry' });
		assert.equal(moved.status, 200, moved.body);
	}
	assert.equal(await L.sqlValue(db2, `SELECT count(*) FROM messages
		WHERE text LIKE '%DE89%' OR cid LIKE 'blk-r%-1'`), '0');
	assert.equal(await L.sqlValue(db2, `SELECT string_agg(seq::text, ',')
		= string_agg(n::text, ',') FROM (SELECT seq, row_number() OVER
		(ORDER BY seq) AS n FROM messages WHERE conv_id = ${conv}) s`), 't');
}));

function postJson(port, p, tok, body) {
	return new Promise((resolve, reject) => {
		const data = JSON.stringify(body);
		const req = require('node:http').request({ host: '127.0.0.1', port,
			path: p, method: 'POST', agent: false, headers: {
				Authorization: 'Bearer ' + tok,
				'Content-Type': 'application/json',
				'Content-Length': Buffer.byteLength(data) } }, (res) => {
			let b = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (b += d));
			res.on('end', () => resolve({ status: res.statusCode, body: b }));
		});
		req.on('error', reject);
		req.end(data);
	});
}
