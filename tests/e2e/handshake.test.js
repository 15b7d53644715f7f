'use strict';
/*
 * handshake.test.js - authentication at the WebSocket upgrade (HTTP 401
 * and no socket for every bad token), the Origin allow-list (403), the
 * browser sign-in through a session cookie, the handshake timeout, and
 * the listening sockets: 127.0.0.1:port and nowhere else.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const L = require('./lib');

const ALLOWED = 'https://app.example.com';
let db, gw;
const tok = {};

before(async () => {
	db = await L.freshDb('handshake');
	tok.b1 = await L.addUser(db, 'b1', 'buyer');
	tok.s1 = await L.addUser(db, 's1', 'seller');
	gw = await L.startGateway(db, { name: 'handshake', env: {
		PARLEY_ORIGINS: ALLOWED, PARLEY_HANDSHAKE_TIMEOUT: '2' } });
});

after(L.cleanup);

const metric = (name) => L.metric(gw, name);

/* Expects an HTTP status and no WebSocket. */
async function refusedWith(status, opts, what) {
	const r = await L.handshake(gw.port, { label: what, ...opts });
	if (r.ok)
		r.client.terminate();
	assert.equal(r.ok, false, `${what}: a socket was opened`);
	assert.equal(r.status, status, `${what}: ${r.status} ${r.body || r.error}`);
	return r;
}

test('a valid bearer token opens parley.v1', L.logged(async () => {
	const r = await L.handshake(gw.port, { token: tok.b1 });
	assert.ok(r.ok, `handshake failed: ${r.status} ${r.body}`);
	assert.equal(r.protocol, 'parley.v1');
	await r.client.roundTrip();
	await r.client.close();
}));

test('bad tokens get HTTP 401 and no socket', L.logged(async () => {
	const now = Math.floor(Date.now() / 1000);
	const other = 'another-secret-of-at-least-32-bytes-length!';
	const good = L.makeJwt({ sub: 'b1', role: 'buyer' });
	const [h, p] = good.split('.');
	const swapped = Buffer.from(JSON.stringify({ sub: 's1', role: 'seller',
		iat: now, exp: now + 3600 })).toString('base64url');
	const cases = {
		'expired token': L.makeJwt({ sub: 'b1', role: 'buyer', iat: now - 7200,
			exp: now - 120 }),
		'forged signature (another secret)': L.makeJwt({ sub: 'b1',
			role: 'buyer' }, { secret: other }),
		'payload swapped under a valid signature': `${h}.${swapped}.` +
			good.split('.')[2],
		'alg none, unsigned': L.makeJwt({ sub: 'b1', role: 'buyer' }, {
			header: { alg: 'none', typ: 'JWT' }, sign: false }),
		'alg none with a signature': L.makeJwt({ sub: 'b1', role: 'buyer' }, {
			header: { alg: 'none', typ: 'JWT' } }),
		'alg HS512': L.makeJwt({ sub: 'b1', role: 'buyer' }, {
			header: { alg: 'HS512', typ: 'JWT' } }),
		'unknown user': L.makeJwt({ sub: 'ghost', role: 'buyer' }),
		'role other than the user\'s': L.makeJwt({ sub: 'b1', role: 'seller' }),
		'support role for a buyer': L.makeJwt({ sub: 'b1', role: 'support' }),
		'unknown role': L.makeJwt({ sub: 'b1', role: 'king' }),
		'no exp': L.makeJwt({ sub: 'b1', role: 'buyer', exp: undefined }),
		'not a JWT': 'hello',
		'two parts': `${h}.${p}`,
		'empty signature': `${h}.${p}.`,
	};
	const before = await metric('parley_handshakes_refused_total');
	for (const [what, token] of Object.entries(cases))
		await refusedWith(401, { token }, what);
	await refusedWith(401, {}, 'missing token');
	await refusedWith(401, { headers: { Authorization: 'Basic YjE6cHc=' } },
		'basic auth');
	await refusedWith(401, { headers: { Authorization: 'Bearer' } },
		'empty bearer');
	/* a token in the subprotocol list is not a credential (see
	 * docs/protocol.md: browsers use the session cookie) */
	await refusedWith(401, { protocols: ['parley.v1', `parley.auth.${good}`] },
		'token in the subprotocol list');
	const after = await metric('parley_handshakes_refused_total');
	assert.ok(after - before >= Object.keys(cases).length + 4,
		'refusals are counted');
	assert.equal(await metric('parley_connections'), 0, 'a socket was left open');
	/* none of the tokens was logged */
	for (const token of Object.values(cases).filter((t) => t.length > 20))
		assert.ok(!gw.log.includes(token.split('.')[2] || token),
			'a token reached the log');
	/* and the good one still works */
	const ok = await L.handshake(gw.port, { token: good });
	assert.ok(ok.ok);
	await ok.client.close();
}));

test('upgrade without parley.v1 is 400, another path 404', L.logged(async () => {
	await refusedWith(400, { token: tok.b1, protocols: ['chat'] },
		'other subprotocol');
	await refusedWith(400, { token: tok.b1, protocols: [] }, 'no subprotocol');
	await refusedWith(404, { token: tok.b1, path: '/other' }, 'other path');
}));

test('Origin: own host and the allow-list pass, others get 403',
	L.logged(async () => {
		for (const origin of [`http://127.0.0.1:${gw.port}`, ALLOWED]) {
			const r = await L.handshake(gw.port, { token: tok.b1,
				headers: { Origin: origin } });
			assert.ok(r.ok, `${origin}: ${r.status} ${r.body}`);
			await r.client.close();
		}
		for (const origin of ['https://evil.example', 'null',
			`http://127.0.0.1:${gw.port + 1}`, ALLOWED + '.evil.example',
			'https://app.example.co'])
			await refusedWith(403, { token: tok.b1, headers: { Origin: origin } },
				`origin ${origin}`);
	}));

test('browser sign-in: the session cookie opens /ws from an allowed Origin',
	L.logged(async () => {
		const post = (headers) => L.httpGet(gw.port, '/api/session', {
			method: 'POST', headers });
		const r = await post({ Authorization: `Bearer ${tok.s1}`,
			Origin: ALLOWED });
		assert.equal(r.status, 204);
		const set = [].concat(r.headers['set-cookie'] || []).join('\n');
		const m = /parley_session=([^;]+)/.exec(set);
		assert.ok(m, `no session cookie in ${set}`);
		assert.match(set, /HttpOnly/);
		assert.match(set, /SameSite=Strict/);
		assert.match(set, /Path=\/ws/);
		const cookie = `parley_session=${m[1]}`;

		const ws = await L.handshake(gw.port, { headers: { Cookie: cookie,
			Origin: ALLOWED } });
		assert.ok(ws.ok, `cookie handshake: ${ws.status} ${ws.body}`);
		ws.client.send({ op: 'open', peer: 'b1', topic: 'cookie' });
		const o = await ws.client.next('opened');
		assert.equal(o.peer, 'b1');
		await ws.client.close();

		/* a cookie rides along cross-site: it needs an allowed Origin */
		await refusedWith(403, { headers: { Cookie: cookie } },
			'cookie without Origin');
		await refusedWith(403, { headers: { Cookie: cookie,
			Origin: 'https://evil.example' } }, 'cookie from another site');
		await refusedWith(401, { headers: { Cookie: 'parley_session=forged',
			Origin: ALLOWED } }, 'forged cookie');
		/* sign-in refused for a bad token or a foreign Origin */
		assert.equal((await post({ Authorization: 'Bearer nope',
			Origin: ALLOWED })).status, 401);
		assert.equal((await post({ Authorization: `Bearer ${tok.s1}`,
			Origin: 'https://evil.example' })).status, 403);
		/* sign-out clears the cookie */
		const out = await post({ Origin: ALLOWED });
		assert.equal(out.status, 204);
		assert.match([].concat(out.headers['set-cookie'] || []).join(''),
			/parley_session=;.*Max-Age=0/);
	}));

function rawConnect() {
	return new Promise((resolve, reject) => {
		const s = net.connect(gw.port, '127.0.0.1');
		s.once('connect', () => resolve(s));
		s.once('error', reject);
	});
}

/* Resolves when the server ends the connection; what it sent, if any. */
function closedByServer(s, timeout) {
	return new Promise((resolve, reject) => {
		let data = '';
		const timer = setTimeout(() => {
			s.destroy();
			reject(new Error(`connection still open after ${timeout} ms`));
		}, timeout);
		s.on('data', (d) => (data += d));
		s.on('error', () => {});
		s.once('close', () => {
			clearTimeout(timer);
			resolve(data);
		});
	});
}

test('a handshake that never completes is dropped (PARLEY_HANDSHAKE_TIMEOUT)',
	L.logged(async () => {
		const silent = await rawConnect();
		const partial = await rawConnect();
		partial.write('GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n');
		/* an established socket is not subject to that timeout */
		const c = await L.connect(gw, tok.b1, { label: 'established' });
		/* PARLEY_HANDSHAKE_TIMEOUT is 2 s here; 15 s is slack for a
		 * loaded machine, not a measurement */
		const t0 = Date.now();
		await Promise.all([closedByServer(silent, 15000),
			closedByServer(partial, 15000)]).catch((e) => {
			throw new Error(`a handshake left incomplete was not dropped ` +
				`within 15 s of a 2 s PARLEY_HANDSHAKE_TIMEOUT: ${e.message}`);
		});
		assert.ok(Date.now() - t0 < 15000);
		await c.roundTrip();
		assert.equal(c.closeInfo, null, 'an established socket was dropped');
		await c.close();
		assert.ok(gw.running);
		assert.equal((await L.httpGet(gw.port, '/healthz')).status, 200);
	}));

/* Listening sockets of pid: [{family, addr, port}] from /proc/net. */
function listeners(pid) {
	const inodes = new Set();
	for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
		try {
			const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(
				`/proc/${pid}/fd/${fd}`));
			if (m)
				inodes.add(m[1]);
		} catch { /* closed meanwhile */ }
	}
	const out = [];
	for (const family of ['tcp', 'tcp6']) {
		const lines = fs.readFileSync(`/proc/net/${family}`, 'utf8')
			.split('\n').slice(1).filter(Boolean);
		for (const line of lines) {
			const f = line.trim().split(/\s+/);
			const [addr, port] = f[1].split(':');
			if (f[3] !== '0A' || !inodes.has(f[9]))
				continue;	/* not LISTEN, or not parleyd's */
			let ip;
			if (family === 'tcp') {
				ip = Buffer.from(addr, 'hex').reverse().join('.');
			} else {
				ip = addr === '0'.repeat(32) ? '::' : addr;
				if (addr === '00000000000000000000000001000000')
					ip = '::1';
			}
			out.push({ family, addr: ip, port: parseInt(port, 16) });
		}
	}
	return out;
}

test('listens on 127.0.0.1:port only, nowhere else', L.logged(async () => {
	const l = listeners(gw.pid);
	assert.deepEqual(l, [{ family: 'tcp', addr: '127.0.0.1', port: gw.port }],
		`parleyd listens on ${JSON.stringify(l)}`);
	/* and not on the machine's other addresses */
	const r = await new Promise((resolve) => {
		const s = net.connect({ port: gw.port, host: '::1' });
		s.once('connect', () => { s.destroy(); resolve('connected'); });
		s.once('error', (e) => resolve(e.code));
	});
	assert.notEqual(r, 'connected', 'parleyd answers on [::1]');
}));
