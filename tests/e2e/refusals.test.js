'use strict';
/*
 * refusals.test.js - every refusal answers with its stable error code
 * (docs/protocol.md "Errors") or closes with its WebSocket close code, a
 * stranger can neither read nor write a conversation, rate budgets per
 * connection, user and conversation, and the process is still up and
 * serving after all of it.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const L = require('./lib');

let db, gw;
const tok = {};
let conv;	/* b1 <-> s1 */

before(async () => {
	db = await L.freshDb('refusals');
	for (const [id, role] of [['b1', 'buyer'], ['b2', 'buyer'],
		['b3', 'buyer'], ['s1', 'seller'], ['s2', 'seller'], ['s3', 'seller'],
		['s9', 'seller'], ['sup', 'support']])
		tok[id] = await L.addUser(db, id, role);
	gw = await L.startGateway(db, { name: 'refusals' });
	const b = await L.connect(gw, tok.b1, { label: 'setup' });
	conv = (await b.open('s1', 'refusals')).conv;
	await b.say(conv, 'setup-1', 'hello');
	await b.close();
});

after(L.cleanup);

const conn = (id, g = gw, label = id) => L.connect(g, tok[id], { label });

/* Sends frame (object or raw string), expects an error with code. */
async function refused(c, frame, code, { cid, why } = {}) {
	c.send(frame);
	const f = await c.next((x) => x.op !== 'pong', L.T.frame,
		`the answer to ${JSON.stringify(frame).slice(0, 80)}`);
	const shown = typeof frame === 'string' ? frame : JSON.stringify(frame);
	assert.equal(f.op, 'error', `${shown.slice(0, 100)} answered ` +
		JSON.stringify(f).slice(0, 200));
	assert.equal(f.code, code, `${shown.slice(0, 100)}: ${JSON.stringify(f)}`);
	assert.equal(typeof f.message, 'string');
	assert.ok(f.message.length > 0);
	if (cid !== undefined)
		assert.equal(f.cid, cid, `error for ${shown.slice(0, 60)} names the cid`);
	if (why)
		assert.match(f.message, why);
	return f;
}

test('malformed frames: bad_json, unknown_op, missing_field, bad_field',
	L.logged(async () => {
		const c = await conn('b1');
		for (const raw of ['not json', '[1,2,3]', '"a string"', '42', 'null',
			'{"op":"send",', '{"op":"ping","op":"ping"}', '{op:"ping"}', ''])
			await refused(c, raw, 'bad_json');
		for (const f of [{}, { op: 'fly' }, { op: 5 }, { op: null },
			{ op: 'SEND' }, { op: '' }, { conv, text: 'x' }])
			await refused(c, f, 'unknown_op');
		const missing = [
			[{ op: 'send', cid: 'm1', text: 'x' }, /conv/],
			[{ op: 'send', conv, text: 'x' }, /cid/],
			[{ op: 'send', conv, cid: 'm2' }, /text/],
			[{ op: 'open', topic: 't' }, /peer/],
			[{ op: 'open', peer: 's1' }, /topic/],
			[{ op: 'history' }, /conv/],
			[{ op: 'read', conv }, /seq/],
			[{ op: 'read', seq: 1 }, /conv/],
			[{ op: 'typing' }, /conv/],
		];
		for (const [f, why] of missing)
			await refused(c, f, 'missing_field', { why });
		/* the cid of a refused send comes back when it was readable */
		await refused(c, { op: 'send', conv, cid: 'm3' }, 'missing_field',
			{ cid: 'm3' });
		const bad = [
			{ op: 'send', conv: String(conv), cid: 'b1', text: 'x' },
			{ op: 'send', conv: 0, cid: 'b2', text: 'x' },
			{ op: 'send', conv: -1, cid: 'b3', text: 'x' },
			{ op: 'send', conv: 1.5, cid: 'b4', text: 'x' },
			{ op: 'send', conv: 2 ** 53, cid: 'b5', text: 'x' },
			{ op: 'send', conv, cid: 'has space', text: 'x' },
			{ op: 'send', conv, cid: 'x'.repeat(65), text: 'x' },
			{ op: 'send', conv, cid: '', text: 'x' },
			{ op: 'send', conv, cid: 7, text: 'x' },
			{ op: 'send', conv, cid: 'b6', text: 5 },
			{ op: 'send', conv, cid: 'b7', text: '' },
			{ op: 'send', conv, cid: 'b8', text: null },
			{ op: 'open', peer: 'bad id!', topic: 't' },
			{ op: 'open', peer: 's1', topic: '' },
			{ op: 'open', peer: 's1', topic: 'x'.repeat(201) },
			{ op: 'open', peer: 's1', topic: 'tab\there' },
			{ op: 'history', conv, limit: 0 },
			{ op: 'history', conv, limit: 201 },
			{ op: 'history', conv, before: -1 },
			{ op: 'read', conv, seq: -1 },
			{ op: 'read', conv, seq: 'last' },
			{ op: 'sync', since: [] },
			{ op: 'sync', since: { abc: 1 } },
			{ op: 'sync', since: { '01': 1 } },
			{ op: 'sync', since: { [conv]: -1 } },
			{ op: 'sync', since: { [conv]: 'x' } },
		];
		for (const f of bad)
			await refused(c, f, 'bad_field');
		/* the error names the offending field */
		await refused(c, { op: 'send', conv, cid: 'b9', text: 5 }, 'bad_field',
			{ cid: 'b9', why: /text/ });
		await refused(c, { op: 'history', conv, limit: 0 }, 'bad_field',
			{ why: /limit/ });
		/* nothing of that was stored */
		assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages`), '1');
		await c.roundTrip();
		await c.close();
	}));

test('text: too_long over max bytes, exactly max passes, bad_text for NUL',
	L.logged(async () => {
		const c = await conn('b1');
		const s = await conn('s1');
		/* 2-byte characters: the limit counts bytes of UTF-8 */
		const max = 'é'.repeat(2048);
		assert.equal(Buffer.byteLength(max), 4096);
		const a = await c.say(conv, 'len-max', max);
		assert.equal((await s.next({ op: 'message', cid: 'len-max' })).text, max);
		assert.equal(await L.sqlValue(db, `SELECT octet_length(text) FROM ` +
			`messages WHERE sender_id = 'b1' AND cid = 'len-max'`), '4096');
		await refused(c, { op: 'send', conv, cid: 'len-over', text: max + 'a' },
			'too_long', { cid: 'len-over' });
		await refused(c, { op: 'send', conv, cid: 'len-over2',
			text: 'a'.repeat(4097) }, 'too_long', { cid: 'len-over2' });
		/* a NUL PostgreSQL cannot store */
		await refused(c, { op: 'send', conv, cid: 'nul', text: 'a\u0000b' },
			'bad_text', { cid: 'nul' });
		await refused(c, '{"op":"send","conv":' + conv +
			',"cid":"nul2","text":"\\u0000"}', 'bad_text', { cid: 'nul2' });
		/* other control characters and odd but valid Unicode are fine */
		const odd = 'tab\tnew\nline \u200b zero-width, 𝄞 clef, emoji 🙂, ' +
			'RTL \u202e text';
		const b = await c.say(conv, 'odd', odd);
		assert.equal(b.seq, a.seq + 1, 'the refusals used no seq');
		assert.equal((await s.next({ op: 'message', cid: 'odd' })).text, odd);
		for (const cid of ['len-over', 'len-over2', 'nul', 'nul2'])
			assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages ` +
				`WHERE cid = '${cid}'`), '0');
		await c.close();
		await s.close();
	}));

test('open: not_found for an unknown peer, forbidden for a non buyer-seller pair',
	L.logged(async () => {
		const b = await conn('b1');
		const s = await conn('s1');
		const sup = await conn('sup');
		await refused(b, { op: 'open', peer: 'ghost', topic: 't' }, 'not_found');
		await refused(b, { op: 'open', peer: 'b2', topic: 't' }, 'forbidden');
		await refused(b, { op: 'open', peer: 'b1', topic: 't' }, 'forbidden');
		await refused(s, { op: 'open', peer: 's2', topic: 't' }, 'forbidden');
		await refused(b, { op: 'open', peer: 'sup', topic: 't' }, 'forbidden');
		await refused(sup, { op: 'open', peer: 's1', topic: 't' }, 'forbidden');
		/* support reads disputes through its console, never sends here */
		await refused(sup, { op: 'send', conv, cid: 'sup-1', text: 'x' },
			'forbidden', { cid: 'sup-1' });
		/* a conversation that does not exist */
		await refused(b, { op: 'send', conv: 999999, cid: 'nf-1', text: 'x' },
			'not_found', { cid: 'nf-1' });
		assert.equal(await L.sqlValue(db, `SELECT count(*) FROM conversations ` +
			`WHERE topic = 't'`), '0');
		for (const c of [b, s, sup])
			await c.close();
	}));

/*
 * A stranger (another buyer, another seller) can neither write nor read
 * a conversation. Checked on the node where the conversation is known
 * and on a fresh node that has never seen it (the database decides).
 */
test('a stranger cannot read or write a conversation (not_participant)',
	L.logged(async () => {
		const fresh = await L.startGateway(db, { name: 'refusals-fresh' });
		for (const g of [gw, fresh]) {
			const b = await conn('b1', g, `buyer on ${g.name}`);
			const s = await conn('s1', g, `seller on ${g.name}`);
			for (const who of ['b3', 's2']) {
				const x = await conn(who, g, `stranger ${who} on ${g.name}`);
				const cid = `stranger-${who}-${g.name}`;
				await refused(x, { op: 'send', conv, cid, text: 'let me in' },
					'not_participant', { cid });
				await refused(x, { op: 'history', conv }, 'not_participant');
				await refused(x, { op: 'read', conv, seq: 1 }, 'not_participant');
				await refused(x, { op: 'typing', conv }, 'not_participant');
				await refused(x, { op: 'sync', since: { [conv]: 0 } },
					'not_participant');
				/* its own list does not show the conversation */
				x.send({ op: 'convs' });
				const list = await x.next('convs');
				assert.ok(!list.convs.some((c) => c.conv === conv));
				x.send({ op: 'sync' });
				const synced = await x.next('synced');
				assert.ok(!synced.convs.some((c) => c.conv === conv));
				assert.deepEqual(x.drain('message'), [],
					'a stranger got messages of the conversation');
				await x.close();
				assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages ` +
					`WHERE cid = '${cid}'`), '0');
			}
			/* the participants heard nothing from the strangers */
			await b.say(conv, `barrier-${g.name}`, 'barrier');
			await s.next({ op: 'message', cid: `barrier-${g.name}` });
			for (const c of [b, s]) {
				await c.roundTrip();
				assert.deepEqual(c.drain((f) => ['message', 'typing', 'read']
					.includes(f.op)), [], `${c.label} got a stranger's frame`);
			}
			const r = await L.sql(db, `SELECT buyer_read_seq, seller_read_seq ` +
				`FROM conversations WHERE id = ${conv}`);
			assert.deepEqual(r, [['0', '0']], 'a stranger moved a read pointer');
			await b.close();
			await s.close();
		}
		assert.equal((await fresh.stop()).code, 0);
	}));

test('rate limits per connection, per user and per conversation',
	L.logged(async () => {
		/* per connection: frames of any kind */
		const gc = await L.startGateway(db, { name: 'rate-conn', env: {
			PARLEY_RATE_CONN: '1', PARLEY_RATE_CONN_BURST: '5' } });
		const c = await conn('b1', gc, 'buyer on rate-conn');
		for (let i = 0; i < 12; i++)
			c.send({ op: 'ping' });
		c.send({ op: 'send', conv, cid: 'rl-conn', text: 'x' });
		const answers = await c.take((f) => f.op === 'pong' || f.op === 'error', 13);
		const limited = answers.filter((f) => f.code === 'rate_limited');
		assert.ok(answers.filter((f) => f.op === 'pong').length >= 5,
			'the burst passes');
		assert.ok(limited.length >= 5, `12 pings and a send over a burst of 5 ` +
			`at 1/s: only ${limited.length} refused`);
		assert.equal(answers.at(-1).code, 'rate_limited');
		assert.equal(answers.at(-1).cid, 'rl-conn', 'rate_limited names the cid');
		assert.match(answers.at(-1).message, /connection/);
		/* later, the same cid goes through */
		let ok = null;
		for (let i = 0; i < 30 && !ok; i++) {
			await L.sleep(1000);
			c.send({ op: 'send', conv, cid: 'rl-conn', text: 'x' });
			const f = await c.next((x) => x.cid === 'rl-conn');
			if (f.op === 'ack')
				ok = f;
			else
				assert.equal(f.code, 'rate_limited');
		}
		assert.ok(ok, 'a rate-limited send never went through later');
		await c.close();
		assert.equal((await gc.stop()).code, 0);

		/* per user (all devices) and per conversation pair */
		const gu = await L.startGateway(db, { name: 'rate-user-pair', env: {
			PARLEY_RATE_USER: '1', PARLEY_RATE_USER_BURST: '6',
			PARLEY_RATE_PAIR: '1', PARLEY_RATE_PAIR_BURST: '4' } });
		const d1 = await conn('b2', gu, 'b2 device 1');
		const d2 = await conn('b2', gu, 'b2 device 2');
		const convs = [];
		for (const seller of ['s1', 's2', 's3'])
			convs.push((await d1.open(seller, 'rate')).conv);
		/* 9 sends over 3 conversations (3 each, under the pair burst of
		 * 4) from two devices: the user's burst of 6 refuses some */
		const sent = [];
		for (let i = 0; i < 9; i++) {
			const dev = i % 2 ? d2 : d1;
			const cid = `rl-user-${i}`;
			dev.send({ op: 'send', conv: convs[i % 3], cid, text: 'x' });
			sent.push([dev, cid]);
		}
		const res = [];
		for (const [dev, cid] of sent)
			res.push(await dev.next((f) => f.cid === cid &&
				(f.op === 'ack' || f.op === 'error')));
		const userLimited = res.filter((f) => f.code === 'rate_limited');
		/* each device sent 5 or 4, each conversation got 3: only the
		 * user's budget, shared by both devices, can refuse */
		assert.ok(userLimited.length >= 1, 'the user budget never ran out: ' +
			JSON.stringify(res));
		for (const f of userLimited)
			assert.match(f.message, /user/);
		assert.ok(res.filter((f) => f.op === 'ack').length >= 6);
		await d1.close();
		await d2.close();

		/* the pair: 6 sends in one conversation from both sides, burst 4 */
		const pb = await conn('b3', gu, 'b3');
		const ps = await conn('s9', gu, 's9');
		const pc = (await pb.open('s9', 'rate pair')).conv;
		const other = (await pb.open('s1', 'rate pair')).conv;
		for (let i = 0; i < 3; i++) {
			pb.send({ op: 'send', conv: pc, cid: `rl-pair-b${i}`, text: 'x' });
			ps.send({ op: 'send', conv: pc, cid: `rl-pair-s${i}`, text: 'x' });
		}
		const pres = [];
		for (let i = 0; i < 3; i++) {
			pres.push(await pb.next((f) => f.cid === `rl-pair-b${i}` &&
				f.op !== 'message'));
			pres.push(await ps.next((f) => f.cid === `rl-pair-s${i}` &&
				f.op !== 'message'));
		}
		const pairLimited = pres.filter((f) => f.code === 'rate_limited');
		assert.ok(pairLimited.length >= 1, 'the pair budget never ran out: ' +
			JSON.stringify(pres));
		for (const f of pairLimited)
			assert.match(f.message, /conversation/);
		/* another conversation of the same buyer is its own budget */
		const a = await pb.say(other, 'rl-pair-other', 'x');
		assert.equal(a.op, 'ack');
		await pb.close();
		await ps.close();
		assert.equal((await gu.stop()).code, 0);
	}));

test('binary 1003, oversized 1009, invalid UTF-8 1007; the process lives on',
	L.logged(async () => {
		const bin = await conn('b1', gw, 'binary');
		await bin.sendRaw(Buffer.from('{"op":"ping"}'), { binary: true });
		assert.equal((await bin.closed).code, 1003, 'binary frame');

		const big = await conn('b1', gw, 'oversized');
		const text = 'x'.repeat(70000);	/* PARLEY_MAX_FRAME default 65536 */
		big.send({ op: 'send', conv, cid: 'big', text });
		assert.equal((await big.closed).code, 1009, 'oversized frame');

		const bad = await conn('b1', gw, 'bad utf-8');
		await bad.sendRaw(Buffer.concat([
			Buffer.from('{"op":"send","conv":' + conv + ',"cid":"u8","text":"'),
			Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
			Buffer.from('"}')]), { binary: false });
		assert.equal((await bad.closed).code, 1007, 'invalid UTF-8');

		/* a lone surrogate escape is not text either */
		const sur = await conn('b1', gw, 'surrogate');
		sur.send('{"op":"send","conv":' + conv + ',"cid":"sur","text":"\\ud800"}');
		const f = await sur.next((x) => x.op === 'error' || x.op === 'ack');
		assert.equal(f.op, 'error');
		assert.ok(['bad_json', 'bad_utf8', 'bad_text'].includes(f.code), f.code);
		await sur.close();

		assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages WHERE ` +
			`cid IN ('big', 'u8', 'sur')`), '0');
		assert.ok(gw.running, 'parleyd died');
		const h = await L.httpGet(gw.port, '/healthz');
		assert.equal(h.status, 200);
		/* and it still chats */
		const b = await conn('b1', gw, 'after');
		const s = await conn('s1', gw, 'after');
		await b.say(conv, 'still-alive', 'still here');
		await s.next({ op: 'message', cid: 'still-alive' });
		await b.close();
		await s.close();
		const m = await L.httpGet(gw.port, '/metrics');
		assert.equal(m.status, 200);
		assert.match(m.body, /bad_json/);
	}));
