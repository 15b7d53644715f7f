#!/usr/bin/env node
'use strict';
/*
 * offer-bench.js - one seller's offer to N buyers (default 10,000): how
 * long from the `offer` frame to the seller's `offer_result`, and the
 * decisions per second that makes. Uses the e2e helpers: a fresh database
 * cloned from the migrated template, a real parleyd, a real WebSocket.
 *
 * Buyers: a third in Germany (prior opt-in; half of those opted in), a
 * tenth opted out of the seller, a few minors, the rest in the US; time
 * zones spread over four zones. Consent facts of all N are loaded in one
 * query per offer (storage/consent_db.c).
 *
 *   PARLEY_BUILD=… PARLEY_ADMIN_URL=… PARLEY_TEMPLATE_DB=… \
 *   PARLEY_JWT_SECRET=… node tools/bench/offer-bench.js [N] [ROUNDS]
 *
 * Run it from tests/e2e (for the `ws` module) or with NODE_PATH pointing
 * at tests/e2e/node_modules.
 */
const path = require('node:path');
const L = require(path.join(__dirname, '..', '..', 'tests', 'e2e', 'lib.js'));

const N = Number(process.argv[2] || 10000);
const ROUNDS = Number(process.argv[3] || 5);

function pct(v, p) {
	const s = [...v].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

async function main() {
	const db = await L.freshDb('offerbench');
	const seller = await L.addUser(db, 'bench-seller', 'seller');
	await L.sql(db, `INSERT INTO users (id, role, display_name, country, tz,
		minor) SELECT 'bb' || i, 'buyer', 'Buyer ' || i,
		CASE WHEN i % 3 = 0 THEN 'DE' ELSE 'US' END,
		(ARRAY['Europe/Berlin', 'America/New_York', 'Asia/Shanghai',
		       'UTC'])[1 + i % 4], i % 97 = 0
		FROM generate_series(1, ${N}) i`);
	await L.sql(db, `SELECT count(consent_append(now(), 'bb' || i,
		'bench-seller', CASE WHEN i % 10 = 1 THEN 'opt_out'
		ELSE 'opt_in' END, 'import', '2026.1', NULL, 'bench'))
		FROM generate_series(1, ${N}) i WHERE i % 6 = 0 OR i % 10 = 1`);
	const gw = await L.startGateway(db, { name: 'offerbench', env: {
		PARLEY_MAX_FRAME: '4194304', PARLEY_LOG_LEVEL: 'notice',
		/* no quiet hours and no cap: every round decides all N afresh */
		PARLEY_OFFERS_POLICY: 'quiet=00:00-00:00;cap=0',
	} });
	const c = await L.connect(gw, seller, { label: 'seller' });
	const to = Array.from({ length: N }, (_, i) => `bb${i + 1}`);
	const times = [];
	let outcomes;
	for (let r = 0; r < ROUNDS + 1; r++) {
		const cid = `bench-${r}`;
		const t0 = process.hrtime.bigint();
		c.send({ op: 'offer', to, cid, text: 'Bench offer: 5% off M8 bolts',
			campaign: 'bench' });
		const f = await c.next((x) => x.cid === cid, 120000);
		const ms = Number(process.hrtime.bigint() - t0) / 1e6;
		if (f.op !== 'offer_result')
			throw new Error(JSON.stringify(f).slice(0, 300));
		if (f.recipients.length !== N)
			throw new Error(`got ${f.recipients.length} recipients`);
		outcomes = {};
		for (const x of f.recipients)
			outcomes[x.outcome] = (outcomes[x.outcome] || 0) + 1;
		if (r > 0)	/* round 0 warms caches and prepared plans */
			times.push(ms);
	}
	const med = pct(times, 0.5);
	console.log(JSON.stringify({
		recipients: N, rounds: ROUNDS,
		offer_to_result_ms: { median: +med.toFixed(1),
			min: +Math.min(...times).toFixed(1),
			max: +Math.max(...times).toFixed(1) },
		decisions_per_s: Math.round(N / (med / 1000)),
		outcomes,
	}, null, 1));
	await c.close();
	await L.cleanup();
}

main().catch(async (e) => {
	console.error(e);
	await L.cleanup();
	process.exit(1);
});
