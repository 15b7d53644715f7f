'use strict';
/*
 * lib.js - helpers of the end-to-end suite: a fresh database per test
 * file (cloned from the migrated template), parleyctl, parleyd processes
 * on free 127.0.0.1 ports with their logs, and a WebSocket client that
 * waits for frames by predicate.
 *
 * Environment (set by scripts/test; every one is required, a missing one
 * fails the file, it is never a skip):
 *   PARLEY_BUILD        build folder holding parleyd and tools/parleyctl
 *   PARLEY_ADMIN_URL    superuser URL of the `postgres` database
 *   PARLEY_TEMPLATE_DB  name of the migrated template database
 *   PARLEY_JWT_SECRET   HS256 secret (>= 32 bytes)
 * Only some files need these:
 *   PG_DIR, PG_BIN, PG_USER   the private PostgreSQL (outage test)
 *   PARLEY_BENCH              parley-bench (durability test)
 *
 * Every process started here is remembered by PID and killed by
 * cleanup() (call it from after()), and on exit of the test process.
 */
const { spawn, execFile } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const WebSocket = require('ws');

/* Generous: a shared 2-core machine, and the ASan build is slow. */
const T = {
	frame: 20000,	/* one expected frame */
	ready: 60000,	/* parleyd up and /readyz 200 */
	stop: 60000,	/* parleyd exit after SIGTERM */
	cmd: 60000,	/* psql, parleyctl */
};

function need(name) {
	const v = process.env[name];
	if (!v)
		throw new Error(`environment variable ${name} is not set: the ` +
			'e2e suite runs from scripts/test, which sets PARLEY_BUILD, ' +
			'PARLEY_ADMIN_URL, PARLEY_TEMPLATE_DB, PARLEY_JWT_SECRET, ' +
			'PG_DIR, PG_BIN, PG_USER and PARLEY_BENCH');
	return v;
}

function needFile(p, what) {
	try {
		fs.accessSync(p, fs.constants.X_OK);
	} catch (e) {
		throw new Error(`${what} not found or not executable at ${p} ` +
			`(${e.code}); build it first`);
	}
	return p;
}

function bin(name) {
	const build = need('PARLEY_BUILD');
	if (name === 'parleyd')
		return needFile(path.join(build, 'parleyd'), 'parleyd');
	return needFile(path.join(build, 'tools', name), name);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/* ---- processes -------------------------------------------------------- */

const live = new Map();	/* pid -> ChildProcess */

function track(child) {
	if (child.pid) {
		live.set(child.pid, child);
		child.once('exit', () => live.delete(child.pid));
	}
	return child;
}

process.on('exit', () => {
	for (const pid of live.keys()) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch { /* gone */ }
	}
});

/* Runs a command to completion: {code, signal, stdout, stderr}. */
function run(cmd, args, { env, timeout = T.cmd, input } = {}) {
	return new Promise((resolve, reject) => {
		const child = track(execFile(cmd, args, {
			env: env || process.env,
			timeout,
			maxBuffer: 64 << 20,
		}, (err, stdout, stderr) => {
			if (err && typeof err.code !== 'number' && !err.signal &&
			    err.code !== undefined)
				return reject(new Error(`${cmd}: ${err.message}`));
			resolve({
				code: err ? (typeof err.code === 'number' ? err.code : null) : 0,
				signal: err ? err.signal : null,
				stdout, stderr,
			});
		}));
		if (input !== undefined)
			child.stdin.end(input);
	});
}

async function runOk(cmd, args, opts) {
	const r = await run(cmd, args, opts);
	if (r.code !== 0)
		throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed ` +
			`(exit ${r.code}${r.signal ? ', ' + r.signal : ''}):\n` +
			`${r.stderr}${r.stdout}`);
	return r.stdout;
}

function freePort() {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.unref();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => resolve(port));
		});
	});
}

/* ---- PostgreSQL ------------------------------------------------------- */

function dbUrl(name) {
	const u = new URL(need('PARLEY_ADMIN_URL'));
	u.pathname = '/' + name;
	return u.toString();
}

/*
 * Runs SQL with psql; returns rows as arrays of strings (tab-separated,
 * unaligned). NULL reads as ''.
 */
async function sql(url, query) {
	const out = await runOk('psql', ['-X', '-q', '-A', '-t', '-F', '\t',
		'-v', 'ON_ERROR_STOP=1', '-d', url, '-c', query], {
		env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning',
			PGCONNECT_TIMEOUT: '10' },
	});
	return out.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}

async function sqlValue(url, query) {
	const rows = await sql(url, query);
	return rows.length ? rows[0][0] : undefined;
}

const databases = [];

/* A fresh database cloned from the migrated template; returns its URL. */
async function freshDb(label) {
	const tmpl = need('PARLEY_TEMPLATE_DB');
	const name = `e2e_${label.replace(/\W/g, '_')}_${process.pid}_` +
		crypto.randomBytes(3).toString('hex');
	const admin = need('PARLEY_ADMIN_URL');
	let last;
	/* CREATE ... TEMPLATE fails while anything else is connected to it */
	for (let i = 0; i < 20; i++) {
		try {
			await sql(admin, `CREATE DATABASE "${name}" TEMPLATE "${tmpl}"`);
			databases.push(name);
			return dbUrl(name);
		} catch (e) {
			last = e;
			if (!/being accessed by other users/.test(e.message))
				break;
			await sleep(250);
		}
	}
	throw new Error(`cannot create database from template ${tmpl}: ` +
		last.message);
}

async function dropDatabases() {
	const admin = process.env.PARLEY_ADMIN_URL;
	while (databases.length) {
		const name = databases.pop();
		try {
			await sql(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
		} catch { /* the server may be down after a failed outage test */ }
	}
}

/* ---- parleyctl, users, tokens ------------------------------------------ */

function ctlEnv(db) {
	return {
		...process.env,
		PARLEY_DB_URL: db,
		PARLEY_JWT_SECRET: need('PARLEY_JWT_SECRET'),
		PARLEY_MASTER_KEY: masterKey(),
	};
}

function ctl(db, args) {
	return runOk(bin('parleyctl'), args, { env: ctlEnv(db) });
}

/* user(db, 'b1', 'buyer') -> adds the user, returns a token for it. */
async function addUser(db, id, role, { name, country = 'DE', tz = 'UTC',
	minor = false, ttl } = {}) {
	const args = ['user', 'add', '--id', id, '--role', role,
		'--name', name || `User ${id}`, '--country', country, '--tz', tz];
	if (minor)
		args.push('--minor');
	await ctl(db, args);
	return token(db, id, ttl);
}

async function token(db, id, ttl) {
	const args = ['token', '--user', id];
	if (ttl !== undefined)
		args.push('--ttl', String(ttl));
	return (await ctl(db, args)).trim();
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');

/*
 * Mints a JWT directly, for tokens parleyctl would never issue (expired,
 * wrong role, unknown user, forged). header defaults to HS256.
 */
function makeJwt(claims, { secret = need('PARLEY_JWT_SECRET'),
	header = { alg: 'HS256', typ: 'JWT' }, sign = true } = {}) {
	const now = Math.floor(Date.now() / 1000);
	const body = { iat: now, exp: now + 3600, ...claims };
	const input = b64url(JSON.stringify(header)) + '.' +
		b64url(JSON.stringify(body));
	if (!sign)
		return input + '.';
	return input + '.' +
		b64url(crypto.createHmac('sha256', secret).update(input).digest());
}

let mkey;
function masterKey() {
	if (!mkey)
		mkey = process.env.PARLEY_MASTER_KEY ||
			crypto.randomBytes(32).toString('base64');
	return mkey;
}

/* ---- HTTP ------------------------------------------------------------- */

function httpGet(port, p, { timeout = 10000, method = 'GET', headers } = {}) {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path: p, method,
			headers, timeout, agent: false }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (body += d));
			res.on('end', () => resolve({ status: res.statusCode,
				headers: res.headers, body }));
		});
		req.on('timeout', () => req.destroy(new Error(`GET ${p} timed out`)));
		req.on('error', reject);
		req.end();
	});
}

/* ---- parleyd ------------------------------------------------------------ */

const gateways = new Set();

/*
 * One parleyd. env adds or overrides settings; port 0 picks a free one.
 * Rate limits are raised unless env sets them: the suite's own traffic
 * must not trip the defaults meant for people typing.
 */
class Gateway {
	constructor(db, { env = {}, name = 'gw', port = 0 } = {}) {
		this.db = db;
		this.extraEnv = env;
		this.name = name;
		this.port = port;
		this.log = '';
		this.child = null;
		this.exits = [];
		this.logFile = path.join(os.tmpdir(),
			`parleyd-${name}-${process.pid}-${Date.now()}.log`);
		gateways.add(this);
	}

	get wsUrl() {
		return `ws://127.0.0.1:${this.port}/ws`;
	}

	get pid() {
		return this.child && this.child.pid;
	}

	get running() {
		return !!this.child && this.child.exitCode === null &&
			this.child.signalCode === null;
	}

	async start() {
		if (this.running)
			throw new Error(`${this.name} already running`);
		if (!this.port)
			this.port = await freePort();
		const env = {
			...process.env,
			PARLEY_DB_URL: this.db,
			PARLEY_LISTEN: `127.0.0.1:${this.port}`,
			PARLEY_JWT_SECRET: need('PARLEY_JWT_SECRET'),
			PARLEY_MASTER_KEY: masterKey(),
			PARLEY_LOG_LEVEL: 'info',
			PARLEY_RATE_CONN: '100000', PARLEY_RATE_CONN_BURST: '100000',
			PARLEY_RATE_USER: '100000', PARLEY_RATE_USER_BURST: '100000',
			PARLEY_RATE_PAIR: '100000', PARLEY_RATE_PAIR_BURST: '100000',
			...this.extraEnv,
		};
		const child = track(spawn(bin('parleyd'), [], {
			env, stdio: ['ignore', 'pipe', 'pipe'] }));
		this.child = child;
		const file = fs.createWriteStream(this.logFile, { flags: 'a' });
		file.write(`==== start ${new Date().toISOString()} port ` +
			`${this.port}\n`);
		const onData = (d) => {
			const s = d.toString();
			this.log += s;
			if (this.log.length > 4 << 20)
				this.log = this.log.slice(-(2 << 20));
			file.write(s);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		this.exited = new Promise((resolve) => {
			child.once('exit', (code, signal) => {
				const e = { code, signal };
				this.exits.push(e);
				/* give the pipes a moment to flush into the log */
				setTimeout(() => { file.end(); resolve(e); }, 50);
			});
		});
		this.exited.then(() => {});
		await this.waitReady();
		return this;
	}

	/* Polls /readyz until 200; fails early if parleyd exits. */
	async waitReady(timeout = T.ready) {
		const until = Date.now() + timeout;
		let last = 'no answer';
		while (Date.now() < until) {
			if (!this.running)
				throw this.fail(new Error(`${this.name} exited during ` +
					`start-up: ${JSON.stringify(this.exits.at(-1))}`));
			try {
				const r = await httpGet(this.port, '/readyz', { timeout: 2000 });
				if (r.status === 200)
					return;
				last = `${r.status} ${r.body.trim()}`;
			} catch (e) {
				last = e.message;
			}
			await sleep(100);
		}
		throw this.fail(new Error(`${this.name} not ready within ` +
			`${timeout} ms (last /readyz: ${last})`));
	}

	/* Waits until /readyz answers status (200 or 503). */
	async waitReadyz(status, timeout = T.ready) {
		const until = Date.now() + timeout;
		let last;
		while (Date.now() < until) {
			try {
				last = (await httpGet(this.port, '/readyz', { timeout: 3000 }))
					.status;
				if (last === status)
					return;
			} catch (e) {
				last = e.message;
			}
			await sleep(200);
		}
		throw new Error(`${this.name}: /readyz did not answer ${status} ` +
			`within ${timeout} ms (last: ${last})`);
	}

	/* Sends sig and waits for the exit: {code, signal}. */
	async stop(sig = 'SIGTERM', timeout = T.stop) {
		if (!this.running)
			return this.exits.at(-1);
		this.child.kill(sig);
		let timer;
		const r = await Promise.race([this.exited, new Promise((resolve) => {
			timer = setTimeout(() => resolve(null), timeout);
		})]);
		clearTimeout(timer);
		if (!r) {
			this.child.kill('SIGKILL');
			await this.exited;
			throw this.fail(new Error(`${this.name} did not exit within ` +
				`${timeout} ms of ${sig}; killed`));
		}
		return r;
	}

	async kill9() {
		if (!this.running)
			throw new Error(`${this.name} is not running`);
		this.child.kill('SIGKILL');
		return this.exited;
	}

	/* Problems a sanitizer or the daemon itself reported in the log. */
	sanitizerReports() {
		return this.log.split('\n').filter((l) =>
			/AddressSanitizer|LeakSanitizer|runtime error:|UndefinedBehavior/
				.test(l));
	}

	tail(n = 80) {
		return this.log.split('\n').slice(-n).join('\n');
	}

	/* Decorates err with the tail of this gateway's log. */
	fail(err) {
		err.message += `\n---- ${this.name} log (last lines; whole log in ` +
			`${this.logFile}) ----\n${this.tail()}`;
		return err;
	}
}

/* The value of one unlabelled metric of gw's /metrics. */
async function metric(gw, name) {
	const m = await httpGet(gw.port, '/metrics');
	const line = m.body.split('\n').find((l) => l.startsWith(name + ' '));
	if (!line)
		throw new Error(`metric ${name} missing from ${gw.name}'s /metrics`);
	return Number(line.split(' ')[1]);
}

async function startGateway(db, opts) {
	const gw = new Gateway(db, opts);
	await gw.start();
	return gw;
}

/*
 * Wraps a test body: on failure, the logs of every gateway started by
 * this file are attached to the error.
 */
function logged(fn) {
	return async (t) => {
		try {
			await fn(t);
		} catch (err) {
			const e = err instanceof Error ? err : new Error(String(err));
			for (const gw of gateways) {
				if (gw.log)
					gw.fail(e);
			}
			throw e;
		}
	};
}

/* ---- WebSocket client --------------------------------------------------- */

function matcher(pred) {
	if (typeof pred === 'function')
		return pred;
	if (typeof pred === 'string')
		return (f) => f.op === pred;
	return (f) => Object.entries(pred).every(([k, v]) => f[k] === v);
}

function describe(pred) {
	if (typeof pred === 'function')
		return pred.label || pred.toString().slice(0, 120);
	return JSON.stringify(pred);
}

class Client {
	constructor(ws, label) {
		this.ws = ws;
		this.label = label;
		this.pending = [];	/* received, not yet taken by next() */
		this.all = [];		/* every frame received, in order */
		this.waiters = [];
		this.closeInfo = null;
		this.closed = new Promise((resolve) => {
			ws.on('close', (code, reason) => {
				this.closeInfo = { code, reason: reason.toString() };
				for (const w of this.waiters.splice(0))
					w.fail(new Error(`${this.label}: socket closed (code ` +
						`${code} ${reason}) while waiting for ${w.what}`));
				resolve(this.closeInfo);
			});
		});
		ws.on('error', () => {});
		ws.on('message', (data, isBinary) => {
			let f;
			try {
				f = JSON.parse(data.toString());
			} catch {
				f = { op: '__unparsable', raw: data.toString(), isBinary };
			}
			this.all.push(f);
			const i = this.waiters.findIndex((w) => w.match(f));
			if (i >= 0) {
				const [w] = this.waiters.splice(i, 1);
				w.done(f);
			} else {
				this.pending.push(f);
			}
		});
	}

	send(obj) {
		this.ws.send(typeof obj === 'string' ? obj : JSON.stringify(obj));
	}

	/* Sends and resolves once the bytes are handed to the kernel. */
	sendRaw(data, opts = {}) {
		return new Promise((resolve, reject) =>
			this.ws.send(data, opts, (e) => (e ? reject(e) : resolve())));
	}

	/*
	 * The first frame (received or still to come) that matches pred: an
	 * op name, an object of fields to equal, or a function. It is taken
	 * out, so the next call finds the next one.
	 */
	next(pred, timeout = T.frame, what = describe(pred)) {
		const match = matcher(pred);
		const i = this.pending.findIndex(match);
		if (i >= 0)
			return Promise.resolve(this.pending.splice(i, 1)[0]);
		if (this.closeInfo)
			return Promise.reject(new Error(`${this.label}: socket is ` +
				`closed (code ${this.closeInfo.code}); wanted ${what}`));
		return new Promise((resolve, reject) => {
			const w = { match, what };
			const timer = setTimeout(() => {
				this.waiters.splice(this.waiters.indexOf(w), 1);
				reject(new Error(`${this.label}: no frame matching ${what} ` +
					`within ${timeout} ms; last frames received: ` +
					JSON.stringify(this.all.slice(-5))));
			}, timeout);
			w.done = (f) => { clearTimeout(timer); resolve(f); };
			w.fail = (e) => { clearTimeout(timer); reject(e); };
			this.waiters.push(w);
		});
	}

	/* n matching frames, in arrival order. */
	async take(pred, n, timeout = T.frame * 2) {
		const out = [];
		const until = Date.now() + timeout;
		while (out.length < n)
			out.push(await this.next(pred, Math.max(until - Date.now(), 1),
				`${describe(pred)} (#${out.length + 1} of ${n})`));
		return out;
	}

	/* Removes and returns every pending frame matching pred. */
	drain(pred = () => true) {
		const match = matcher(pred);
		const out = this.pending.filter(match);
		this.pending = this.pending.filter((f) => !match(f));
		return out;
	}

	/* A request and its answer: ping → pong round-trip barrier. */
	async roundTrip() {
		this.send({ op: 'ping' });
		await this.next('pong');
	}

	/* Sends one message and waits for its ack (or error). */
	async say(conv, cid, text) {
		this.send({ op: 'send', conv, cid, text });
		const f = await this.next((x) => (x.op === 'ack' || x.op === 'error') &&
			x.cid === cid, T.frame, `ack of ${cid}`);
		if (f.op !== 'ack')
			throw new Error(`${this.label}: send ${cid} refused: ` +
				JSON.stringify(f));
		return f;
	}

	async open(peer, topic) {
		this.send({ op: 'open', peer, topic });
		const f = await this.next((x) => x.op === 'opened' || x.op === 'error',
			T.frame, `opened ${peer}/${topic}`);
		if (f.op !== 'opened')
			throw new Error(`${this.label}: open refused: ${JSON.stringify(f)}`);
		return f;
	}

	close(code = 1000) {
		if (this.ws.readyState === WebSocket.OPEN ||
		    this.ws.readyState === WebSocket.CONNECTING)
			this.ws.close(code);
		return this.closed;
	}

	terminate() {
		this.ws.terminate();
		return this.closed;
	}
}

const clients = new Set();

/*
 * The outcome of a WebSocket handshake, without throwing:
 * {ok: true, client} or {ok: false, status, body} (status 0 = no HTTP
 * answer, with error).
 */
function handshake(port, { token, protocols = ['parley.v1'], headers = {},
	label = 'client', path: p = '/ws', timeout = T.frame } = {}) {
	return new Promise((resolve) => {
		const h = { ...headers };
		if (token)
			h.Authorization = `Bearer ${token}`;
		const ws = new WebSocket(`ws://127.0.0.1:${port}${p}`, protocols, {
			headers: h, handshakeTimeout: timeout, perMessageDeflate: false });
		let settled = false;
		const settle = (r) => {
			if (!settled) {
				settled = true;
				resolve(r);
			}
		};
		ws.on('unexpected-response', (req, res) => {
			let body = '';
			res.on('data', (d) => (body += d));
			res.on('end', () => {
				settle({ ok: false, status: res.statusCode, body });
				ws.terminate();
			});
			res.on('error', () => settle({ ok: false, status: res.statusCode,
				body }));
		});
		ws.on('error', (e) => settle({ ok: false, status: 0, error: e.message }));
		ws.on('open', () => {
			const c = new Client(ws, label);
			clients.add(c);
			c.closed.then(() => clients.delete(c));
			settle({ ok: true, client: c, protocol: ws.protocol });
		});
		ws.on('close', () => settle({ ok: false, status: 0,
			error: 'closed before open' }));
	});
}

/*
 * Connects as the token's user. retry401: a user added a moment ago
 * may not be known to the gateway yet (it learns through NOTIFY): retry
 * a 401 for a few seconds. Only for the first connection after adding.
 */
async function connect(gw, token, { label = 'client', retry401 = false,
	headers, protocols } = {}) {
	const until = Date.now() + (retry401 ? 5000 : 0);
	for (;;) {
		const r = await handshake(gw.port, { token, label, headers, protocols });
		if (r.ok)
			return r.client;
		if (r.status === 401 && Date.now() < until) {
			await sleep(100);
			continue;
		}
		throw new Error(`${label}: handshake to ${gw.name} failed: ` +
			`${r.status} ${r.body || r.error || ''}`);
	}
}

/* ---- cleanup ------------------------------------------------------------ */

/*
 * Closes clients, stops gateways with SIGTERM (SIGKILL if they hang),
 * drops the databases. Throws if a gateway's exit or log shows a fault
 * (non-zero exit on SIGTERM, sanitizer report), so after() fails loudly.
 */
async function cleanup() {
	const problems = [];
	for (const c of clients)
		c.terminate();
	for (const gw of gateways) {
		if (gw.running) {
			try {
				const e = await gw.stop('SIGTERM');
				if (e.code !== 0)
					problems.push(gw.fail(new Error(`${gw.name} exited ` +
						`${JSON.stringify(e)} on SIGTERM`)));
			} catch (err) {
				problems.push(err);
			}
		}
		const rep = gw.sanitizerReports();
		if (rep.length)
			problems.push(gw.fail(new Error(`${gw.name}: sanitizer ` +
				`reported:\n${rep.slice(0, 20).join('\n')}`)));
	}
	gateways.clear();
	for (const child of live.values())
		child.kill('SIGKILL');
	await dropDatabases();
	if (problems.length)
		throw new Error(problems.map((e) => e.message).join('\n\n'));
}

/* Fails the test unless every line of values is strictly 1..n. */
function gapless(seqs) {
	for (let i = 0; i < seqs.length; i++)
		if (seqs[i] !== i + 1)
			return `position ${i}: expected seq ${i + 1}, got ${seqs[i]} ` +
				`(first ${Math.min(seqs.length, 20)}: ` +
				`${seqs.slice(0, 20).join(',')})`;
	return null;
}

module.exports = {
	T, need, bin, sleep, run, runOk, freePort,
	sql, sqlValue, freshDb, dbUrl,
	ctl, addUser, token, makeJwt, masterKey,
	httpGet, metric, Gateway, startGateway, logged,
	Client, handshake, connect, cleanup, gapless,
};
