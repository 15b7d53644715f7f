'use strict';
/*
 * support.test.js - disputes and the support API against the real
 * daemon: open -> claim -> transcript -> reveal -> note -> resolve, who
 * may do what (403/400/401), participants told of every change, exactly
 * one audit record per step, an append-only audit table whose chain
 * `parleyctl audit verify` checks, reports, staff accesses, the export.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const L = require('./lib');

let db, gw, buyer, seller, tok = {}, conv, disputeId;

function api(method, p, token, body) {
	return new Promise((resolve, reject) => {
		const data = body === undefined ? '' : JSON.stringify(body);
		const headers = { 'Content-Length': Buffer.byteLength(data) };
		if (token)
			headers.Authorization = 'Bearer ' + token;
		if (body !== undefined)
			headers['Content-Type'] = 'application/json';
		const req = http.request({ host: '127.0.0.1', port: gw.port,
			path: p, method, headers, agent: false }, (res) => {
			let b = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (b += d));
			res.on('end', () => {
				let json;
				try { json = JSON.parse(b); } catch { json = undefined; }
				resolve({ status: res.statusCode, body: b, json,
					type: res.headers['content-type'] });
			});
		});
		req.on('error', reject);
		req.end(data);
	});
}

async function auditRows(where = 'true') {
	return L.sql(db, `SELECT actor, action, dispute_id, conv_id,
		coalesce(seq::text, ''), coalesce(reason, '') FROM audit_log
		WHERE ${where} ORDER BY id`);
}

before(async () => {
	db = await L.freshDb('support');
	tok.buyer = await L.addUser(db, 'sup-buyer', 'buyer');
	tok.seller = await L.addUser(db, 'sup-seller', 'seller');
	tok.agent = await L.addUser(db, 'agent-1', 'support');
	tok.agent2 = await L.addUser(db, 'agent-2', 'support');
	tok.stranger = await L.addUser(db, 'sup-stranger', 'buyer');
	gw = await L.startGateway(db, { name: 'support',
		env: { PARLEY_MASTER_KEY: L.masterKey() } });
	buyer = await L.connect(gw, tok.buyer, { label: 'buyer', retry401: true });
	seller = await L.connect(gw, tok.seller, { label: 'seller', retry401: true });
	({ conv } = await buyer.open('sup-seller', 'ORDER 8841 LED panels'));
	await buyer.say(conv, 'b1', 'Hello, 30% of the panels are dead');
	await buyer.say(conv, 'b2', 'call me on +86 138 0013 8000 to sort it out');
	await seller.say(conv, 's1', '<img src=x onerror=alert(1)><script>x()</script>');
});

after(L.cleanup);

test('a participant opens a dispute; both sides are told; legal hold',
	L.logged(async () => {
	const stranger = await L.connect(gw, tok.stranger, { label: 'stranger' });
	stranger.send({ op: 'dispute', conv, reason: 'not mine' });
	const e = await stranger.next('error');
	assert.equal(e.code, 'not_participant');

	buyer.send({ op: 'dispute', conv, reason: 'Goods not as described' });
	const ub = await buyer.next('dispute_update');
	const us = await seller.next('dispute_update');
	assert.equal(ub.state, 'open');
	assert.equal(ub.conv, conv);
	assert.equal(us.dispute, ub.dispute);
	disputeId = ub.dispute;
	assert.equal(await L.sqlValue(db,
		`SELECT legal_hold FROM conversations WHERE id = ${conv}`), 't');

	buyer.send({ op: 'dispute', conv, reason: 'again' });
	assert.equal((await buyer.next('error')).code, 'conflict');
}));

test('buyer and seller tokens get 403 on every support endpoint, no token 401',
	L.logged(async () => {
	const calls = [
		['GET', '/api/support/disputes'],
		['GET', `/api/support/disputes/${disputeId}`],
		['POST', `/api/support/disputes/${disputeId}/claim`, {}],
		['GET', `/api/support/disputes/${disputeId}/transcript`],
		['POST', `/api/support/disputes/${disputeId}/reveal`,
			{ seq: 2, reason: 'x' }],
		['POST', `/api/support/disputes/${disputeId}/notes`, { text: 'x' }],
		['POST', `/api/support/disputes/${disputeId}/resolve`,
			{ outcome: 'no_action', summary: 'x' }],
		['GET', `/api/support/disputes/${disputeId}/export?format=json`],
		['GET', '/api/support/reports'],
	];
	const before = await L.sqlValue(db, 'SELECT count(*) FROM audit_log');
	for (const [m, p, body] of calls) {
		for (const who of ['buyer', 'seller']) {
			const r = await api(m, p, tok[who], body);
			assert.equal(r.status, 403, `${who} ${m} ${p}: ${r.body}`);
		}
		const r = await api(m, p, null, body);
		assert.equal(r.status, 401, `anonymous ${m} ${p}`);
	}
	assert.equal(await L.sqlValue(db, 'SELECT count(*) FROM audit_log'),
		before, 'refused callers leave no access record');
}));

test('open -> claim -> transcript -> reveal -> note -> resolve, ' +
	'each step audited once', L.logged(async () => {
	const list = await api('GET', '/api/support/disputes?state=open', tok.agent);
	assert.equal(list.status, 200, list.body);
	assert.ok(list.json.disputes.some((d) => d.id === disputeId));

	const claim = await api('POST', `/api/support/disputes/${disputeId}/claim`,
		tok.agent, {});
	assert.equal(claim.status, 200, claim.body);
	assert.equal(claim.json.state, 'assigned');
	assert.equal(claim.json.assignee, 'agent-1');
	assert.equal((await buyer.next({ op: 'dispute_update', state: 'assigned' }))
		.dispute, disputeId);
	await seller.next({ op: 'dispute_update', state: 'assigned' });

	const other = await api('POST', `/api/support/disputes/${disputeId}/claim`,
		tok.agent2, {});
	assert.equal(other.status, 409);

	const tr = await api('GET', `/api/support/disputes/${disputeId}/transcript`,
		tok.agent);
	assert.equal(tr.status, 200, tr.body);
	const msgs = tr.json.messages;
	assert.equal(msgs.length, 3);
	assert.ok(!msgs[1].text.includes('138 0013'), msgs[1].text);
	assert.equal(msgs[1].redactions[0].type, 'PHONE');

	/* reveal: not the assignee -> 403 and audited; no reason -> 400 */
	const denied = await api('POST', `/api/support/disputes/${disputeId}/reveal`,
		tok.agent2, { seq: 2, reason: 'curious' });
	assert.equal(denied.status, 403);
	const noReason = await api('POST',
		`/api/support/disputes/${disputeId}/reveal`, tok.agent, { seq: 2 });
	assert.equal(noReason.status, 400);
	const rev = await api('POST', `/api/support/disputes/${disputeId}/reveal`,
		tok.agent, { seq: 2, reason: 'buyer says the seller asked to call' });
	assert.equal(rev.status, 200, rev.body);
	assert.equal(rev.json.original, 'call me on +86 138 0013 8000 to sort it out');

	const note = await api('POST', `/api/support/disputes/${disputeId}/notes`,
		tok.agent, { text: 'Photos confirm dead panels' });
	assert.equal(note.status, 201, note.body);
	assert.equal(note.json.note.author, 'agent-1');

	const bad = await api('POST', `/api/support/disputes/${disputeId}/resolve`,
		tok.agent, { outcome: 'free_money', summary: 'x' });
	assert.equal(bad.status, 400);
	const res = await api('POST', `/api/support/disputes/${disputeId}/resolve`,
		tok.agent, { outcome: 'refund_buyer', summary: 'Refund 30%' });
	assert.equal(res.status, 200, res.body);
	assert.equal(res.json.state, 'resolved');
	const ob = await buyer.next({ op: 'dispute_update', state: 'resolved' });
	assert.equal(ob.outcome, 'refund_buyer');
	const os = await seller.next({ op: 'dispute_update', state: 'resolved' });
	assert.equal(os.summary, 'Refund 30%');

	const rows = await auditRows(`dispute_id = ${disputeId}`);
	assert.deepEqual(rows.map((r) => [r[0], r[1], r[4]]), [
		['agent-1', 'claim', ''],
		['agent-1', 'transcript', ''],
		['agent-2', 'reveal_denied', '2'],
		['agent-1', 'reveal', '2'],
		['agent-1', 'note', ''],
		['agent-1', 'resolve', ''],
	]);
	assert.equal(rows[3][5], 'buyer says the seller asked to call');
}));

test('export as JSON and as an inert printable page', L.logged(async () => {
	const j = await api('GET',
		`/api/support/disputes/${disputeId}/export?format=json`, tok.agent);
	assert.equal(j.status, 200, j.body);
	assert.equal(j.json.dispute.id, disputeId);
	assert.equal(j.json.transcript.length, 3);
	assert.ok(j.json.access_log.some((a) => a.action === 'reveal'));
	assert.ok(j.json.access_log.some((a) => a.action === 'export'));
	assert.ok(!JSON.stringify(j.json).includes('138 0013 8000'),
		'the bundle holds the redacted transcript only');

	const h = await api('GET',
		`/api/support/disputes/${disputeId}/export?format=html`, tok.agent);
	assert.equal(h.status, 200);
	assert.match(h.type, /text\/html/);
	assert.ok(!h.body.includes('<script>x()'), 'script must be escaped');
	assert.ok(!h.body.includes('<img src=x'), 'markup must be escaped');
	assert.ok(h.body.includes('&lt;script&gt;'));
}));

test('reports, and staff accesses visible to the participants',
	L.logged(async () => {
	seller.send({ op: 'report', conv, seq: 2, category: 'off_platform',
		note: 'asks to call outside' });
	const r = await seller.next('reported');
	assert.equal(r.seq, 2);
	const reports = await api('GET', '/api/support/reports', tok.agent);
	assert.equal(reports.status, 200, reports.body);
	assert.ok(reports.json.reports.some((x) => x.id === r.report));

	buyer.send({ op: 'accesses' });
	const acc = await buyer.next('accesses');
	assert.ok(acc.accesses.some((a) => a.action === 'reveal' &&
		a.actor === 'agent-1' && a.seq === 2));
}));

test('the audit log is append-only and its chain catches tampering',
	L.logged(async () => {
	for (const q of ['UPDATE audit_log SET reason = \'x\'',
		'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
		await assert.rejects(L.sql(db, q), /append-only/);
	}
	const ok = await L.ctl(db, ['audit', 'verify']);
	assert.match(ok, /intact/);

	const id = await L.sqlValue(db, `SELECT id FROM audit_log
		WHERE action = 'reveal' ORDER BY id LIMIT 1`);
	await L.sql(db, `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
		UPDATE audit_log SET reason = 'nothing to see' WHERE id = ${id};
		ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
	const bad = await L.run(L.bin('parleyctl'), ['audit', 'verify'], {
		env: { ...process.env, PARLEY_DB_URL: db } });
	assert.notEqual(bad.code, 0);
	assert.match(bad.stdout, new RegExp(`BROKEN at record ${id}\\b`));
}));
