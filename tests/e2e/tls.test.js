'use strict';
/*
 * tls.test.js - parleyd with PARLEY_TLS_CERT/KEY: wss:// and https://
 * work with the certificate (the self-signed example of
 * docs/operations.md), TLS 1.1 is refused, TLS 1.2 is accepted, and the
 * token check is the same as without TLS.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const tls = require('node:tls');
const WebSocket = require('ws');
const L = require('./lib');

let db, dir, cert, key, port, child, log = '';

function get(p) {
	return new Promise((resolve, reject) => {
		const req = https.request({ host: '127.0.0.1', port, path: p, ca: cert,
			servername: 'localhost', agent: false, timeout: 3000 }, (res) => {
			let b = '';
			res.on('data', (d) => (b += d));
			res.on('end', () => resolve({ status: res.statusCode, body: b }));
		});
		req.on('error', reject);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.end();
	});
}

before(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-tls-'));
	execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt',
		'ec_paramgen_curve:P-256', '-nodes', '-keyout', path.join(dir, 'key.pem'),
		'-out', path.join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=localhost',
		'-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
	cert = fs.readFileSync(path.join(dir, 'cert.pem'));
	key = path.join(dir, 'key.pem');
	db = await L.freshDb('tls');
	port = await L.freePort();
	child = spawn(L.bin('parleyd'), [], { env: { ...process.env,
		PARLEY_DB_URL: db, PARLEY_LISTEN: `127.0.0.1:${port}`,
		PARLEY_JWT_SECRET: L.need('PARLEY_JWT_SECRET'),
		PARLEY_MASTER_KEY: L.masterKey(),
		PARLEY_TLS_CERT: path.join(dir, 'cert.pem'), PARLEY_TLS_KEY: key } });
	child.stderr.on('data', (d) => (log += d));
	for (let i = 0; i < 300; i++) {
		try {
			if ((await get('/readyz')).status === 200)
				return;
		} catch { /* not up yet */ }
		await L.sleep(100);
	}
	throw new Error('parleyd with TLS not ready:\n' + log);
});

after(async () => {
	if (child && child.exitCode === null) {
		child.kill('SIGTERM');
		await new Promise((r) => child.once('exit', r));
	}
	fs.rmSync(dir, { recursive: true, force: true });
	await L.cleanup();
	assert.doesNotMatch(log, /AddressSanitizer|runtime error:/);
});

test('https and wss work with the certificate; the token is checked',
	async () => {
	assert.equal((await get('/healthz')).body, 'ok\n');
	const tok = await L.addUser(db, 'tls-buyer', 'buyer');
	await L.addUser(db, 'tls-seller', 'seller');
	const open = (token) => new Promise((resolve) => {
		const ws = new WebSocket(`wss://localhost:${port}/ws`, 'parley.v1', {
			ca: cert, headers: { Authorization: 'Bearer ' + token } });
		ws.on('open', () => resolve({ ws }));
		ws.on('unexpected-response', (req, res) => resolve({ status: res.statusCode }));
		ws.on('error', (e) => resolve({ error: e.message }));
	});
	let r;
	for (let i = 0; i < 50; i++) {	/* the user was added a moment ago */
		r = await open(tok);
		if (!r.status)
			break;
		await L.sleep(100);
	}
	assert.ok(r.ws, JSON.stringify(r));
	r.ws.send(JSON.stringify({ op: 'open', peer: 'tls-seller', topic: 'x' }));
	const f = await new Promise((resolve) => r.ws.once('message',
		(d) => resolve(JSON.parse(d))));
	assert.equal(f.op, 'opened');
	r.ws.close();
	const bad = await open(tok.slice(0, -2) + 'xx');
	assert.equal(bad.status, 401);
});

test('TLS 1.1 is refused; TLS 1.2 is accepted', async () => {
	const hello = (maxVersion) => new Promise((resolve) => {
		const s = tls.connect({ host: '127.0.0.1', port, ca: cert,
			servername: 'localhost', minVersion: 'TLSv1', maxVersion },
		() => {
			resolve(s.getProtocol());
			s.end();
		});
		s.on('error', (e) => resolve('error: ' + e.code));
	});
	assert.match(await hello('TLSv1.1'), /^error/);
	assert.equal(await hello('TLSv1.2'), 'TLSv1.2');
});
