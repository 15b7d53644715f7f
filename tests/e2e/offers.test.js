'use strict';
/*
 * offers.test.js - marketing offers over real WebSocket connections:
 * prior opt-in in Germany, STOP / STOPALL / START in chat, a minor never
 * reached, quiet hours deferred to 08:00 buyer time with an injectable
 * clock (and across a restart), the frequency cap, append-only ledger and
 * decisions in the database, `parleyctl consent verify` catching a row a
 * superuser altered, and 10,000 offers racing an opt-out.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const L = require('./lib');

const clockFile = path.join(os.tmpdir(), `parley-clock-${process.pid}`);
const setClock = (iso) => fs.writeFileSync(clockFile, String(Date.parse(iso)));

let db, gw, tok = {};
let seller1, seller2;

const ENV = () => ({
	PARLEY_TEST_CLOCK_FILE: clockFile,
	PARLEY_OFFERS_TICK_MS: '200',
	PARLEY_MAX_FRAME: '1048576',
});

before(async () => {
	setClock('2026-06-10T10:00:00Z');	/* 12:00 in Berlin */
	db = await L.freshDb('offers');
	tok.s1 = await L.addUser(db, 'of-s1', 'seller', { country: 'CN' });
	tok.s2 = await L.addUser(db, 'of-s2', 'seller', { country: 'CN' });
	tok.de = await L.addUser(db, 'of-de', 'buyer',
		{ country: 'DE', tz: 'Europe/Berlin' });
	tok.minor = await L.addUser(db, 'of-minor', 'buyer',
		{ country: 'US', minor: true });
	tok.quiet = await L.addUser(db, 'of-quiet', 'buyer',
		{ country: 'DE', tz: 'Europe/Berlin' });
	tok.cap = await L.addUser(db, 'of-cap', 'buyer', { country: 'US' });
	tok.race = await L.addUser(db, 'of-race', 'buyer', { country: 'US' });
	gw = await L.startGateway(db, { name: 'offers', env: ENV() });
	seller1 = await L.connect(gw, tok.s1, { label: 's1', retry401: true });
	seller2 = await L.connect(gw, tok.s2, { label: 's2', retry401: true });
});

after(async () => {
	await L.cleanup();
	try { fs.unlinkSync(clockFile); } catch { /* gone */ }
});

let cidN = 0;
async function offer(seller, to, text = 'New price break on M8 bolts') {
	const cid = `of-${++cidN}`;
	seller.send({ op: 'offer', to, cid, text, campaign: 'spring' });
	const r = await seller.next((f) => (f.op === 'offer_result' ||
		f.op === 'error') && f.cid === cid, L.T.frame, `offer_result ${cid}`);
	assert.equal(r.op, 'offer_result', JSON.stringify(r));
	return r;
}
const outcome = (r, buyer) => r.recipients.find((x) => x.buyer === buyer).outcome;

async function consent(c, seller, marketing) {
	c.send({ op: 'consent', seller, marketing });
	const f = await c.next((x) => x.op === 'consent' || x.op === 'error');
	assert.equal(f.op, 'consent', JSON.stringify(f));
	assert.equal(f.seller, seller);
	assert.equal(f.marketing, marketing);
	assert.ok(f.at);
	return f;
}

/* Sends a chat message and waits for the keyword's consent frame. */
async function keyword(c, conv, text, cid) {
	c.send({ op: 'send', conv, cid, text });
	await c.next({ op: 'ack', cid });
	return c.next((f) => f.op === 'consent' && f.source === 'keyword');
}

test('Germany needs prior opt-in; STOP, STOPALL and START in chat; a ' +
	'minor is never reached', L.logged(async () => {
	const de = await L.connect(gw, tok.de, { label: 'de' });
	const minor = await L.connect(gw, tok.minor, { label: 'minor' });

	let r = await offer(seller1, ['of-de']);
	assert.equal(outcome(r, 'of-de'), 'needs_opt_in');

	await consent(de, '*', 'opt_in');
	r = await offer(seller1, ['of-de'],
		'Samples free this week, call +86 138 0013 8000');
	assert.equal(outcome(r, 'of-de'), 'allowed');
	const got = await de.next({ op: 'offer', offer: r.offer });
	assert.equal(got.from, 'of-s1');
	/* offer text crosses the PII engine like a seller's message */
	assert.ok(got.text.startsWith('Samples free this week, call '), got.text);
	assert.ok(!got.text.includes('138'), got.text);
	const stored = await L.sqlValue(db, `SELECT text FROM offers
		WHERE id = ${r.offer}`);
	assert.equal(stored, got.text);
	assert.equal(got.campaign, 'spring');
	assert.deepEqual(got.opt_out, { op: 'consent', seller: 'of-s1',
		marketing: 'opt_out', offer: r.offer });

	/* STOP in the conversation: the seller still gets the message */
	const c1 = (await de.open('of-s1', 'M8 bolts')).conv;
	const stop = await keyword(de, c1, 'STOP', 'kw-1');
	assert.equal(stop.marketing, 'opt_out');
	assert.equal(stop.seller, 'of-s1');
	const relayed = await seller1.next({ op: 'message', cid: 'kw-1' });
	assert.equal(relayed.text, 'STOP');
	r = await offer(seller1, ['of-de']);
	assert.equal(outcome(r, 'of-de'), 'opted_out_seller');
	r = await offer(seller2, ['of-de'], 'Seller two news');
	assert.equal(outcome(r, 'of-de'), 'allowed');
	await de.next({ op: 'offer', offer: r.offer });

	/* STOPALL refuses every seller */
	const c2 = (await de.open('of-s2', 'Nuts')).conv;
	const all = await keyword(de, c2, 'stopall', 'kw-2');
	assert.equal(all.seller, '*');
	r = await offer(seller1, ['of-de']);
	assert.equal(outcome(r, 'of-de'), 'opted_out_global');
	r = await offer(seller2, ['of-de']);
	assert.equal(outcome(r, 'of-de'), 'opted_out_global');

	/* START restores this seller only */
	const start = await keyword(de, c1, 'Start', 'kw-3');
	assert.equal(start.marketing, 'opt_in');
	assert.equal(start.seller, 'of-s1');
	r = await offer(seller1, ['of-de']);
	assert.equal(outcome(r, 'of-de'), 'allowed');
	await de.next({ op: 'offer', offer: r.offer });
	r = await offer(seller2, ['of-de']);
	assert.equal(outcome(r, 'of-de'), 'opted_out_global');

	/* a phrase in other words, and HELP */
	const phrase = await keyword(de, c1, '不要再发广告', 'kw-4');
	assert.equal(phrase.marketing, 'opt_out');
	de.send({ op: 'send', conv: c1, cid: 'kw-5', text: 'help' });
	const help = await de.next('consent_help');
	assert.match(help.text, /STOP/);
	/* trade talk changes nothing */
	await de.say(c1, 'kw-6', 'stop production until we confirm');
	await de.say(c1, 'kw-7', 'cancel order 4411');
	de.send({ op: 'consents' });
	const list = await de.next('consents');
	const s1 = list.consents.find((x) => x.seller === 'of-s1');
	assert.equal(s1.marketing, 'opt_out');
	assert.equal(de.all.filter((f) => f.op === 'consent' &&
		f.source === 'keyword').length, 4);

	/* a minor: never, and nothing arrives; unknown ids are named */
	r = await offer(seller1, ['of-minor', 'nobody-here', 'of-s2']);
	assert.equal(outcome(r, 'of-minor'), 'recipient_minor');
	assert.equal(outcome(r, 'nobody-here'), 'unknown_recipient');
	assert.equal(outcome(r, 'of-s2'), 'unknown_recipient');
	await minor.roundTrip();
	await L.sleep(300);
	assert.equal(minor.all.filter((f) => f.op === 'offer').length, 0);

	/* the explanation names the events */
	const ex = await L.ctl(db, ['offers', 'explain', '--offer',
		String(r.offer), '--buyer', 'of-minor']);
	assert.match(ex, /reason recipient_minor/);
	await de.close();
	await minor.close();
}));

test('an offer at 23:00 buyer time is deferred and delivered at 08:00, ' +
	'also across a restart', L.logged(async () => {
	const q = await L.connect(gw, tok.quiet, { label: 'quiet' });
	await consent(q, 'of-s1', 'opt_in');
	setClock('2026-06-10T21:00:00Z');	/* 23:00 CEST */
	let r = await offer(seller1, ['of-quiet'], 'Night offer');
	assert.equal(outcome(r, 'of-quiet'), 'deferred_quiet_hours');
	assert.equal(r.recipients[0].deliver_at, '2026-06-11T06:00:00.000Z');
	await L.sleep(1000);
	assert.equal(q.all.filter((f) => f.op === 'offer').length, 0);
	setClock('2026-06-11T05:59:00Z');	/* 07:59 */
	await L.sleep(800);
	assert.equal(q.all.filter((f) => f.op === 'offer').length, 0);
	setClock('2026-06-11T06:00:00Z');	/* 08:00 */
	const got = await q.next({ op: 'offer', offer: r.offer }, 10000);
	assert.equal(got.text, 'Night offer');
	assert.ok(got.opt_out);

	/* deferred, then parleyd restarts: the deferral is in the database */
	setClock('2026-06-11T20:30:00Z');	/* 22:30 CEST */
	r = await offer(seller1, ['of-quiet'], 'Second night offer');
	assert.equal(outcome(r, 'of-quiet'), 'deferred_quiet_hours');
	await q.close();
	await seller1.close();
	await seller2.close();
	await gw.stop();
	setClock('2026-06-12T06:00:10Z');
	await gw.start();
	seller1 = await L.connect(gw, tok.s1, { label: 's1' });
	seller2 = await L.connect(gw, tok.s2, { label: 's2' });
	const q2 = await L.connect(gw, tok.quiet, { label: 'quiet2' });
	const again = await q2.next({ op: 'offer', offer: r.offer }, 10000);
	assert.equal(again.text, 'Second night offer');
	const rel = await L.sqlValue(db, `SELECT count(*) FROM offer_decisions
		WHERE offer_id = ${r.offer} AND phase = 'release'
		AND decision = 'deliver'`);
	assert.equal(rel, '1');
	await q2.close();
	setClock('2026-06-12T10:00:00Z');
}));

test('the frequency cap refuses the N+1th offer in the window',
	L.logged(async () => {
	const cap = Number(await L.sqlValue(db,
		'SELECT cap FROM consent_policy ORDER BY seq DESC LIMIT 1'));
	assert.ok(cap > 0);
	for (let i = 0; i < cap; i++) {
		const r = await offer(seller2, ['of-cap'], `cap ${i}`);
		assert.equal(outcome(r, 'of-cap'), 'allowed');
	}
	const r = await offer(seller2, ['of-cap'], 'one too many');
	assert.equal(outcome(r, 'of-cap'), 'frequency_cap');
	/* another seller has its own budget */
	const r2 = await offer(seller1, ['of-cap'], 'other seller');
	assert.equal(outcome(r2, 'of-cap'), 'allowed');
	/* a resent offer (same cid) is answered, not decided again */
	seller2.send({ op: 'offer', to: ['of-cap'], cid: r.cid, text: 'again' });
	const dup = await seller2.next({ op: 'offer_result', cid: r.cid });
	assert.equal(dup.duplicate, true);
	assert.equal(dup.offer, r.offer);
}));

test('consent events and decisions are append-only; a superuser edit is ' +
	'caught by consent verify', L.logged(async () => {
	const ok = await L.ctl(db, ['consent', 'verify']);
	assert.match(ok, /intact/);
	await assert.rejects(L.sql(db,
		"UPDATE consent_events SET action = 'opt_in'"), /append-only/);
	await assert.rejects(L.sql(db, 'DELETE FROM consent_events'),
		/append-only/);
	await assert.rejects(L.sql(db, 'TRUNCATE consent_events CASCADE'),
		/append-only/);
	await assert.rejects(L.sql(db,
		"UPDATE offer_decisions SET reason = 'allowed'"), /append-only/);
	await assert.rejects(L.sql(db, 'DELETE FROM offer_decisions'),
		/append-only/);
	const id = await L.sqlValue(db, "SELECT min(id) FROM consent_events " +
		"WHERE buyer_id = 'of-de' AND action = 'opt_out'");
	await L.sql(db, 'ALTER TABLE consent_events DISABLE TRIGGER ' +
		'consent_events_append_only');
	await L.sql(db, `UPDATE consent_events SET action = 'opt_in' ` +
		`WHERE id = ${id}`);
	await L.sql(db, 'ALTER TABLE consent_events ENABLE TRIGGER ' +
		'consent_events_append_only');
	const r = await L.run(L.bin('parleyctl'), ['consent', 'verify'], {
		env: { ...process.env, PARLEY_DB_URL: db } });
	assert.equal(r.code, 1, r.stdout + r.stderr);
	assert.match(r.stdout, new RegExp(`BROKEN at event ${id}\\b`));
	/* put it back so the race test below starts from an intact chain */
	await L.sql(db, 'ALTER TABLE consent_events DISABLE TRIGGER ' +
		'consent_events_append_only');
	await L.sql(db, `UPDATE consent_events SET action = 'opt_out' ` +
		`WHERE id = ${id}`);
	await L.sql(db, 'ALTER TABLE consent_events ENABLE TRIGGER ' +
		'consent_events_append_only');
	assert.match(await L.ctl(db, ['consent', 'verify']), /intact/);
}));

test('10,000 offers racing an opt-out: none delivered after its commit',
	L.logged(async () => {
	const N = 10000, WINDOW = 256;
	const race = await L.startGateway(db, { name: 'race',
		env: { ...ENV(), PARLEY_OFFERS_POLICY: 'cap=0' } });
	const s = await L.connect(race, tok.s1, { label: 'race-s1' });
	const b = await L.connect(race, tok.race, { label: 'race-buyer' });
	const conv = (await b.open('of-s1', 'race')).conv;
	let sent = 0, done = 0, stopAt = -1;
	const outcomes = {};
	const cid = (i) => `race-${i}`;
	await new Promise((resolve, reject) => {
		const pump = () => {
			while (sent < N && sent - done < WINDOW)
				s.send({ op: 'offer', to: ['of-race'], cid: cid(sent++),
					text: 'flash sale' });
		};
		const onResult = (f) => {
			if (f.op === 'error')
				return reject(new Error(JSON.stringify(f)));
			if (f.op !== 'offer_result')
				return;
			outcomes[f.recipients[0].outcome] =
				(outcomes[f.recipients[0].outcome] || 0) + 1;
			done++;
			if (done === 2000 && stopAt < 0) {
				stopAt = done;
				b.send({ op: 'send', conv, cid: 'race-stop', text: 'STOP' });
			}
			if (done === N)
				return resolve();
			pump();
		};
		s.ws.on('message', (d) => onResult(JSON.parse(d.toString())));
		pump();
	});
	const conf = await b.next((f) => f.op === 'consent' &&
		f.source === 'keyword');
	await b.roundTrip();
	const idx = b.all.indexOf(conf);
	const after = b.all.slice(idx + 1).filter((f) => f.op === 'offer');
	assert.equal(after.length, 0, `${after.length} offers after the opt-out`);
	assert.ok(outcomes.allowed >= 1, JSON.stringify(outcomes));
	assert.ok(outcomes.opted_out_seller >= 1, JSON.stringify(outcomes));
	assert.equal(outcomes.allowed + outcomes.opted_out_seller, N);
	/* the database agrees: every decision after the opt-out rests on it
	 * and refuses; none after it delivers */
	const bad = await L.sqlValue(db, `SELECT count(*) FROM offer_decisions
		WHERE buyer_id = 'of-race' AND decision = 'deliver' AND id >
		(SELECT min(id) FROM offer_decisions WHERE buyer_id = 'of-race'
		 AND seller_event = ${conf.event})`);
	assert.equal(bad, '0');
	const rested = await L.sqlValue(db, `SELECT count(*) FROM offer_decisions
		WHERE buyer_id = 'of-race' AND seller_event = ${conf.event}
		AND reason = 'opted_out_seller'`);
	assert.equal(Number(rested), outcomes.opted_out_seller);
	const delivered = b.all.filter((f) => f.op === 'offer').length;
	assert.equal(delivered, outcomes.allowed);
	await s.close();
	await b.close();
	await race.stop();
}));

test('two nodes: an offer decided on one reaches a buyer on the other; ' +
	'an opt-out on that node holds on the first', L.logged(async () => {
	const a = await L.startGateway(db, { name: 'node-a', env: ENV() });
	const b = await L.startGateway(db, { name: 'node-b', env: ENV() });
	const tb = await L.addUser(db, 'of-two', 'buyer', { country: 'US' });
	const s = await L.connect(a, tok.s2, { label: 'a-s2' });
	const buyer = await L.connect(b, tb, { label: 'b-buyer', retry401: true });
	let r = await offer(s, ['of-two'], 'cross-node offer');
	assert.equal(outcome(r, 'of-two'), 'allowed');
	const got = await buyer.next({ op: 'offer', offer: r.offer }, 10000);
	assert.equal(got.from, 'of-s2');
	await consent(buyer, 'of-s2', 'opt_out');
	r = await offer(s, ['of-two'], 'after the opt-out');
	assert.equal(outcome(r, 'of-two'), 'opted_out_seller');
	await s.close();
	await buyer.close();
	await a.stop();
	await b.stop();
}));
