'use strict';
/*
 * durability.test.js - kill -9 of parleyd while parley-bench runs, then a
 * restart on the same port: every message that was acked is in the
 * database exactly once with the seq it was acked with, every
 * conversation's seqs are gapless, and the bench (which reconnects, syncs
 * and resends unacked messages with the same cid) reports nothing lost
 * and nothing duplicated.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const L = require('./lib');

let db;
const record = path.join(os.tmpdir(), `parley-acked-${process.pid}.tsv`);

before(async () => {
	db = await L.freshDb('durability');
});

after(async () => {
	fs.rmSync(record, { force: true });
	await L.cleanup();
});

function benchPath() {
	const p = L.need('PARLEY_BENCH');
	try {
		fs.accessSync(p, fs.constants.X_OK);
	} catch (e) {
		throw new Error(`parley-bench not found or not executable at ${p} ` +
			`(${e.code}): build tools/bench first`);
	}
	return p;
}

function lines(file) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
	} catch {
		return [];
	}
}

test('kill -9 mid-run, restart: every acked message stored once, none lost',
	L.logged(async () => {
		const bench = benchPath();
		const gw = await L.startGateway(db, { name: 'durable' });
		const port = gw.port;
		const child = spawn(bench, ['--url', gw.wsUrl, '--pairs', '10',
			'--rate', '1000', '--duration', '8', '--size', '64',
			'--kill-safe', '--record', record, '--db', db,
			'--secret', L.need('PARLEY_JWT_SECRET'), '--user-prefix', 'dur'], {
			env: { ...process.env, PARLEY_DB_URL: db },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		const done = new Promise((resolve) => child.once('exit',
			(code, signal) => resolve({ code, signal })));
		const fail = (msg) => new Error(`${msg}\n---- parley-bench stderr ` +
			`(tail) ----\n${err.split('\n').slice(-30).join('\n')}\n---- ` +
			`stdout ----\n${out}`);

		/* wait until acks flow, then kill the gateway mid-run */
		const until = Date.now() + 60000;
		while (lines(record).length < 300) {
			if (child.exitCode !== null)
				throw fail(`parley-bench ended before the kill (exit ` +
					`${child.exitCode})`);
			if (Date.now() > until)
				throw fail(`only ${lines(record).length} acks after 60 s`);
			await L.sleep(100);
		}
		const ackedBefore = lines(record).length;
		const killed = await gw.kill9();
		assert.equal(killed.signal, 'SIGKILL');
		await L.sleep(300);
		/* same port, same database: the bench reconnects by itself */
		await gw.start();
		assert.equal(gw.port, port);

		let timer;
		const res = await Promise.race([done, new Promise((resolve) => {
			timer = setTimeout(() => resolve(null), 120000);
		})]);
		clearTimeout(timer);
		if (!res) {
			child.kill('SIGKILL');
			throw fail('parley-bench did not finish within 120 s');
		}
		const jsonLine = out.split('\n').reverse().find((l) => l.startsWith('{'));
		if (!jsonLine)
			throw fail(`parley-bench printed no JSON line (exit ${res.code})`);
		const r = JSON.parse(jsonLine);
		assert.equal(r.lost, 0, `lost: ${jsonLine}`);
		assert.equal(r.duplicates, 0, `duplicates: ${jsonLine}`);
		assert.ok(r.acked > ackedBefore, `nothing acked after the restart: ` +
			jsonLine);
		assert.ok(r.reconnects > 0, `the kill did not drop the bench: ${jsonLine}`);
		assert.equal(res.code, 0, `parley-bench exit ${res.code}: ${jsonLine}`);

		/* the record: cid conv seq sender, one line per first ack */
		const acked = lines(record).map((l) => l.split('\t'));
		assert.equal(acked.length, r.acked, 'record and report agree');
		const seenCid = new Set();
		const seenSeq = new Set();
		for (const [cid, conv, seq, sender] of acked) {
			const k = `${sender}\t${cid}`;
			assert.ok(!seenCid.has(k), `(${sender}, ${cid}) acked twice`);
			seenCid.add(k);
			assert.ok(!seenSeq.has(`${conv}/${seq}`), `${conv}/${seq} acked twice`);
			seenSeq.add(`${conv}/${seq}`);
		}
		const rows = await L.sql(db, 'SELECT sender_id, cid, conv_id, seq FROM messages');
		const stored = new Map();
		for (const [sender, cid, conv, seq] of rows) {
			const k = `${sender}\t${cid}`;
			assert.ok(!stored.has(k), `(${sender}, ${cid}) stored twice`);
			stored.set(k, `${conv}/${seq}`);
		}
		let missing = 0;
		for (const [cid, conv, seq, sender] of acked) {
			const at = stored.get(`${sender}\t${cid}`);
			if (at === undefined)
				missing++;
			else
				assert.equal(at, `${conv}/${seq}`, `(${sender}, ${cid}) acked ` +
					`as ${conv}/${seq}, stored as ${at}`);
		}
		assert.equal(missing, 0, `${missing} acked messages are not in the ` +
			'database');
		/* every conversation: seqs 1..last_seq, no gap, no repeat */
		const convs = await L.sql(db, `SELECT c.id, c.last_seq, count(m.*), ` +
			`coalesce(min(m.seq), 0), coalesce(max(m.seq), 0), ` +
			`count(DISTINCT m.seq) FROM conversations c LEFT JOIN messages m ` +
			`ON m.conv_id = c.id GROUP BY c.id, c.last_seq`);
		assert.equal(convs.length, 10);
		for (const [id, last, n, min, max, distinct] of convs) {
			assert.ok(Number(n) > 0, `conversation ${id} is empty`);
			assert.deepEqual([min, max, distinct, last], ['1', n, n, n],
				`conversation ${id}: ${n} rows, seqs ${min}..${max}, ` +
				`${distinct} distinct, last_seq ${last}`);
		}
		assert.equal((await gw.stop()).code, 0);
	}));
