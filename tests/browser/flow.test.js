'use strict';
/*
 * flow.test.js - the two web pages in headless Chromium (Debian's
 * /usr/bin/chromium driven by playwright-core), against the real parleyd
 * on a fresh database: a buyer and a seller chat live in two browser
 * contexts, the seller sees the buyer's phone number masked, markup in a
 * message stays inert text, the buyer opens a dispute, a support agent
 * in a third context claims it, reveals the masked message with a
 * reason, notes, exports and resolves it, and both participants see the
 * outcome. Every page is screenshotted at each step (desktop and phone
 * width) into tests/browser/screenshots/, and any console error, page
 * error or JavaScript dialog on any page fails the test.
 *
 * Environment: as tests/e2e (PARLEY_BUILD, PARLEY_ADMIN_URL,
 * PARLEY_TEMPLATE_DB, PARLEY_JWT_SECRET); PARLEY_CHROMIUM overrides the
 * browser path.
 */
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const L = require('../e2e/lib');

const CHROMIUM = process.env.PARLEY_CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'screenshots');
const WEB = path.resolve(__dirname, '..', '..', 'web');
const DESKTOP = { width: 1200, height: 800 };
const PHONE = { width: 375, height: 740 };
/* Generous: a shared 2-core machine; nothing here measures time. */
const WAIT = 30000;
const STEP = { timeout: 180000 };

const PHONE_TEXT = 'My number is +86 138 0013 8000, call me about the dead panels';
const XSS = '<img src=x onerror=alert(1)><script>alert(2)</script>' +
	'<b id="injected">bold?</b>';
const REASON = 'Buyer says the seller asked to settle by phone';

let db, gw, browser;
const tok = {};
const P = {};		/* role -> page */
const problems = [];	/* console errors, page errors, dialogs */
let shotNo = 0;
let disputeId;

let outage = false;	/* the gateway is down on purpose */
let outageErrors = 0;

function watch(page, who) {
	page.on('console', (m) => {
		if (m.type() !== 'error')
			return;
		/* the browser logs each refused reconnect while we hold it down */
		if (outage && /WebSocket connection to .* failed/.test(m.text()))
			outageErrors += 1;
		else
			problems.push(`${who}: console error: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`${who}: page error: ${e.message}`));
	page.on('dialog', (d) => {
		problems.push(`${who}: dialog fired: ${d.type()} ${d.message()}`);
		d.dismiss().catch(() => {});
	});
}

async function newPage(who, base) {
	const ctx = await browser.newContext({ viewport: DESKTOP,
		acceptDownloads: true, baseURL: base });
	const page = await ctx.newPage();
	page.setDefaultTimeout(WAIT);
	watch(page, who);
	P[who] = page;
	return page;
}

/* Screenshots of every open page, at desktop and at phone width. */
async function snap(step) {
	shotNo += 1;
	const n = String(shotNo).padStart(2, '0');
	for (const [who, page] of Object.entries(P)) {
		await page.screenshot({ path: path.join(SHOTS, `${n}-${step}-${who}.png`) });
		await page.setViewportSize(PHONE);
		await page.screenshot({ path: path.join(SHOTS,
			`${n}-${step}-${who}-phone.png`) });
		const overflow = await page.evaluate(() =>
			document.documentElement.scrollWidth - window.innerWidth);
		await page.setViewportSize(DESKTOP);
		assert.ok(overflow <= 0, `${who} at ${PHONE.width} px wide scrolls ` +
			`sideways by ${overflow} px (step ${step})`);
	}
}

/* Wraps a step: on failure, every page is screenshotted as FAIL-*. */
function step(fn) {
	return L.logged(async (t) => {
		try {
			await fn(t);
		} catch (err) {
			for (const [who, page] of Object.entries(P))
				await page.screenshot({ path: path.join(SHOTS,
					`FAIL-${String(shotNo).padStart(2, '0')}-${who}.png`) })
					.catch(() => {});
			throw err;
		}
	});
}

/* Fails on any console error, page error or dialog since the last call. */
function clean() {
	const seen = problems.splice(0);
	assert.deepEqual(seen, [], 'no console errors, page errors or ' +
		'dialogs on any page');
}

/* Waits until some element matching sel has text matching re. */
function waitText(page, sel, re) {
	return page.waitForFunction(([s, src, flags]) => {
		const rx = new RegExp(src, flags);
		return [...document.querySelectorAll(s)]
			.some((n) => rx.test(n.textContent));
	}, [sel, re.source, re.flags], { timeout: WAIT });
}

async function signInChat(page, token, who) {
	await page.goto('/');
	await page.locator('#token').fill(token);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');	/* keyboard only: the submit button */
	await page.locator('#conn.ok').waitFor();
	assert.equal((await page.locator('#who').textContent()).trim(),
		`${who.id} · ${who.role}`);
}

before(async () => {
	fs.mkdirSync(SHOTS, { recursive: true });
	for (const f of fs.readdirSync(SHOTS))
		if (f.endsWith('.png'))
			fs.unlinkSync(path.join(SHOTS, f));
	db = await L.freshDb('browser');
	tok.buyer = await L.addUser(db, 'lena-buyer', 'buyer',
		{ name: 'Lena Wang', country: 'DE', tz: 'Europe/Berlin' });
	tok.seller = await L.addUser(db, 'chen-seller', 'seller',
		{ name: 'Chen Hao', country: 'CN', tz: 'Asia/Shanghai' });
	tok.agent = await L.addUser(db, 'sam-agent', 'support',
		{ name: 'Sam Rivera', country: 'US', tz: 'America/New_York' });
	gw = await L.startGateway(db, { name: 'browser', env: {
		PARLEY_MASTER_KEY: L.masterKey(), PARLEY_WEB_ROOT: WEB } });
	/* a user added a moment ago reaches the gateway through NOTIFY */
	for (const t of [tok.buyer, tok.seller]) {
		const c = await L.connect(gw, t, { label: 'probe', retry401: true });
		c.ws.close();
	}
	fs.accessSync(CHROMIUM, fs.constants.X_OK);
	browser = await chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		/* playwright gives each launch a fresh, empty user-data-dir */
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic',
			'--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync'],
	});
});

after(async () => {
	if (browser)
		await browser.close().catch(() => {});
	await L.cleanup();
});

test('buyer and seller sign in with their tokens, by keyboard', STEP,
	step(async () => {
	const base = `http://127.0.0.1:${gw.port}`;
	const b = await newPage('buyer', base);
	const s = await newPage('seller', base);
	await b.goto('/');
	await b.locator('#token').waitFor();
	await snap('signin');
	await signInChat(b, tok.buyer, { id: 'lena-buyer', role: 'buyer' });
	await signInChat(s, tok.seller, { id: 'chen-seller', role: 'seller' });
	/* the token itself is not kept by the page */
	for (const p of [b, s]) {
		const stored = await p.evaluate(() => JSON.stringify(sessionStorage));
		assert.ok(!stored.includes(tok.buyer) && !stored.includes(tok.seller));
	}
	await snap('signed-in');
	clean();
}));

test('they chat live; the seller sees the phone number masked; ' +
	'delivery, read and typing state', STEP, step(async () => {
	const b = P.buyer, s = P.seller;
	await b.locator('#open-peer').fill('chen-seller');
	await b.locator('#open-topic').fill('Order 8841 — LED panel 600x600');
	await b.locator('#open-topic').press('Enter');
	await waitText(b, '#conv-title', /^chen-seller$/);

	await b.locator('#composer-text').fill('Hello, 30% of the panels arrived dead.');
	await b.locator('#composer-text').press('Enter');
	await b.locator('#composer-text').fill(PHONE_TEXT);
	await b.locator('#composer-text').press('Enter');
	await b.locator('.msg.mine[data-seq="2"][data-state="sent"]').waitFor();
	/* the sender is told what was removed */
	await waitText(b, '#notice', /removed phone number/);
	await waitText(b, '.msg[data-seq="2"] .msg-redacted', /phone number/);
	assert.equal(await b.locator('.msg[data-seq="2"] del.removed').textContent(),
		'+86 138 0013 8000');

	/* the seller's list shows the conversation with two unread */
	await waitText(s, '.conv-item .badge', /^2$/);
	await snap('unread');
	await s.locator('.conv-item', { hasText: 'lena-buyer' }).click();
	const masked = s.locator('.msg[data-seq="2"] .msg-text');
	await masked.waitFor();
	const seen = await masked.textContent();
	assert.ok(!/138|0013|8000/.test(seen), `seller sees: ${seen}`);
	assert.match(seen, /^My number is .+, call me about the dead panels$/);
	assert.equal(await s.locator('.msg[data-seq="2"] .masked').count(), 1);

	/* the seller's view is visible: the buyer sees both read */
	await b.locator('.msg.mine[data-seq="2"][data-state="read"]').waitFor();
	await b.locator('.msg.mine[data-seq="1"][data-state="read"]').waitFor();

	/* typing, then a live reply */
	await s.locator('#composer-text').click();
	await s.keyboard.type('Sorry to hear');
	await waitText(b, '#typing', /chen-seller is typing/);
	await snap('typing');
	await s.locator('#composer-text').fill('Sorry to hear that. Please send photos here.');
	await s.locator('#composer-text').press('Enter');
	await waitText(b, '.msg.theirs .msg-text', /^Sorry to hear that\. Please send photos here\.$/);
	await s.locator('.msg.mine[data-seq="3"][data-state="read"]').waitFor();
	await waitText(b, '#typing', /^$/);
	await snap('chat');
	clean();
}));

test('markup in a message is inert text in the chat', STEP,
	step(async () => {
	const b = P.buyer, s = P.seller;
	await s.locator('#composer-text').fill(XSS);
	await s.locator('#composer-text').press('Enter');
	const line = b.locator('.msg[data-seq="4"] .msg-text');
	await line.waitFor();
	assert.equal(await line.textContent(), XSS);
	await s.locator('.msg.mine[data-seq="4"]').waitFor();
	for (const p of [b, s]) {
		const dom = await p.evaluate(() => ({
			imgs: document.querySelectorAll('img').length,
			injected: !!document.getElementById('injected'),
			bold: document.querySelectorAll('.messages b').length,
			scripts: [...document.scripts].map((x) => x.src),
		}));
		assert.deepEqual(dom, { imgs: 0, injected: false, bold: 0,
			scripts: [`http://127.0.0.1:${gw.port}/chat.js`] });
	}
	await snap('markup');
	clean();
}));

test('the seller reports the message that asks to call', STEP,
	step(async () => {
	const s = P.seller;
	await s.locator('.msg[data-seq="2"] button.report').click();
	await s.locator('#report-dialog[open]').waitFor();
	assert.equal(await s.evaluate(() => document.activeElement.id),
		'report-category');
	await s.locator('#report-category').selectOption('off_platform');
	await s.locator('#report-note').fill('Wants to move the talk to the phone');
	await snap('report-dialog');
	await s.locator('#report-form button[type=submit]').click();
	await s.locator('#report-dialog').waitFor({ state: 'hidden' });
	await waitText(s, '#notice', /Message #2 was reported/);
	/* own messages carry no report button */
	assert.equal(await s.locator('.msg.mine button.report').count(), 0);
	clean();
}));

test('the buyer opens a dispute; both sides see it', STEP,
	step(async () => {
	const b = P.buyer, s = P.seller;
	/* Escape closes the dialog without opening anything */
	await b.locator('#dispute-btn').click();
	await b.locator('#dispute-dialog[open]').waitFor();
	await b.keyboard.press('Escape');
	await b.locator('#dispute-dialog').waitFor({ state: 'hidden' });
	assert.equal(await b.locator('#dispute-banner').isHidden(), true);

	await b.locator('#dispute-btn').click();
	await b.locator('#dispute-reason').fill('Goods not as described: 30% of ' +
		'the LED panels are dead');
	await snap('dispute-dialog');
	await b.locator('#dispute-form button[type=submit]').click();
	await b.locator('#dispute-dialog').waitFor({ state: 'hidden' });
	for (const p of [b, s]) {
		await p.locator('#dispute-banner[data-state="open"]').waitFor();
		await waitText(p, '.event[data-state="open"]', /dispute was opened/);
		assert.equal(await p.locator('#dispute-btn').isDisabled(), true);
	}
	await waitText(s, '#dispute-banner', /Dispute open — Goods not as described/);
	await snap('dispute-open');
	clean();
}));

test('the agent claims it, reveals the masked message with a reason, ' +
	'notes, exports and resolves it', STEP, step(async () => {
	const a = await newPage('agent', `http://127.0.0.1:${gw.port}`);
	await a.goto('/support.html');
	await a.locator('#token').fill(tok.agent);
	await a.locator('#signin-form button[type=submit]').click();
	await waitText(a, '#who', /^sam-agent · support$/);
	const item = a.locator('.dispute-item', { hasText: 'lena-buyer ↔ chen-seller' });
	await item.waitFor();
	disputeId = Number(await item.getAttribute('data-id'));
	assert.ok(disputeId > 0);
	await snap('queue');

	await item.click();
	await waitText(a, '#case-title', new RegExp(`^Dispute #${disputeId}$`));
	await a.locator('#case-state[data-state="open"]').waitFor();
	const t2 = a.locator('.tline[data-seq="2"]');
	await t2.waitFor();
	const redacted = await t2.locator('.tline-text').textContent();
	assert.ok(!/138|0013|8000/.test(redacted), redacted);
	assert.equal(await t2.locator('.cat[data-type="PHONE"]').count(), 1);
	/* markup is inert in the console as well */
	assert.equal(await a.locator('.tline[data-seq="4"] .tline-text')
		.textContent(), XSS);
	assert.deepEqual(await a.evaluate(() => ({
		imgs: document.querySelectorAll('img').length,
		injected: !!document.getElementById('injected') })),
	{ imgs: 0, injected: false });
	/* not claimed: no reveal yet */
	assert.equal(await t2.locator('button.reveal').isDisabled(), true);

	await a.locator('#claim').click();
	await a.locator('#case-state[data-state="assigned"]').waitFor();
	for (const p of [P.buyer, P.seller])
		await p.locator('#dispute-banner[data-state="assigned"]').waitFor();

	/* the reason prompt: refused empty, Escape cancels, then by keyboard */
	await t2.locator('button.reveal').click();
	await a.locator('#reveal-dialog[open]').waitFor();
	await a.locator('#reveal-ok').click();
	await waitText(a, '#reveal-error', /reason is required/);
	await a.keyboard.press('Escape');
	await a.locator('#reveal-dialog').waitFor({ state: 'hidden' });
	assert.equal(await t2.locator('.original').count(), 0);
	await t2.locator('button.reveal').focus();
	await a.keyboard.press('Enter');
	await a.locator('#reveal-dialog[open]').waitFor();
	await a.keyboard.type(REASON);
	await snap('reveal-dialog');
	await a.keyboard.press('Tab');	/* Cancel */
	await a.keyboard.press('Tab');	/* Reveal */
	await a.keyboard.press('Enter');
	await waitText(a, '.tline[data-seq="2"] .original', /\+86 138 0013 8000/);
	assert.equal(await t2.locator('.original .tline-text').textContent(),
		PHONE_TEXT);
	await waitText(a, '#access-log li', new RegExp('reveal · message #2' +
		REASON));

	await a.locator('#note-text').fill('Photos confirm dead panels. <i>ok</i>');
	await a.locator('#note-form button[type=submit]').click();
	await waitText(a, '#notes li', /Photos confirm dead panels\. <i>ok<\/i>/);

	/* the export is fetched with the bearer header and saved */
	const [dl] = await Promise.all([a.waitForEvent('download'),
		a.locator('#export-json').click()]);
	assert.equal(dl.suggestedFilename(), `dispute-${disputeId}.json`);
	const bundle = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
	assert.equal(bundle.dispute.id, disputeId);
	assert.equal(bundle.transcript.length, 4);
	assert.ok(!JSON.stringify(bundle).includes('138 0013 8000'));
	const [dh] = await Promise.all([a.waitForEvent('download'),
		a.locator('#export-html').click()]);
	const html = fs.readFileSync(await dh.path(), 'utf8');
	assert.ok(html.includes('&lt;script&gt;') && !html.includes('<script>alert'));
	await snap('revealed');

	await a.locator('#outcome').selectOption('refund_buyer');
	await a.locator('#summary').fill('Refund of 30% approved: photos show dead panels');
	await a.locator('#resolve').click();
	await a.locator('#case-state[data-state="resolved"]').waitFor();
	await waitText(a, '#facts', /Refund to the buyer/);
	assert.equal(await a.locator('#resolve-panel').isHidden(), true);
	clean();
}));

test('both participants see the outcome', STEP, step(async () => {
	for (const p of [P.buyer, P.seller]) {
		await p.locator('#dispute-banner[data-state="resolved"]').waitFor();
		await waitText(p, '#dispute-banner', /Dispute resolved: refund to the buyer — Refund of 30% approved/);
		await waitText(p, '.event[data-state="resolved"]', /Refund of 30% approved/);
		await waitText(p, '.conv-item .tag-resolved', /refund to the buyer/);
		assert.equal(await p.locator('#dispute-btn').isDisabled(), false);
	}
	await snap('resolved');
	clean();
}));

test('the queue filters and the reports view', STEP, step(async () => {
	const a = P.agent;
	await a.locator('#f-state').selectOption('resolved');
	await a.locator('#f-mine').check();
	await a.locator('#dispute-list[data-filter="resolved,mine"] ' +
		`.dispute-item[data-id="${disputeId}"]`).waitFor();
	await a.locator('#f-state').selectOption('open');
	await a.locator('#dispute-list[data-filter="open,mine"]')
		.waitFor({ state: 'attached' });
	assert.equal(await a.locator('.dispute-item').count(), 0);
	await waitText(a, '#queue-count', /No disputes match/);
	await a.locator('#tab-reports').click();
	await a.locator('#view-reports').waitFor();
	await waitText(a, '#report-list li', new RegExp('^off_platform — ' +
		'conversation \\d+, message #2, by chen-seller\\s*Wants to move'));
	await snap('reports');
	clean();
}));

test('a page reload keeps the session and the history', STEP,
	step(async () => {
	const s = P.seller;
	await s.reload();
	await s.locator('#conn.ok').waitFor();
	await s.locator('.conv-item', { hasText: 'lena-buyer' }).click();
	await s.locator('.msg[data-seq="4"]').waitFor();
	assert.equal(await s.locator('.msg[data-seq="4"] .msg-text').textContent(),
		XSS);
	await s.locator('#dispute-banner[data-state="resolved"]').waitFor();
	clean();
}));

test('marketing preferences: opt out of one seller, opt in to all',
	STEP, step(async () => {
	const b = P.buyer;
	await b.locator('#prefs-btn').click();
	await b.locator('#prefs-dialog[open]').waitFor();
	assert.equal(await b.evaluate(() => document.activeElement.id),
		'prefs-seller');
	await b.locator('#prefs-seller').fill('chen-seller');
	await b.locator('#prefs-out').click();
	await waitText(b, '#prefs-list li', /^chen-seller — no offers/);
	await b.locator('#prefs-seller').fill('*');
	await b.locator('#prefs-in').click();
	await waitText(b, '#prefs-list li', /^All sellers — offers allowed/);
	assert.equal(await b.locator('#prefs-error').textContent(), '');
	assert.equal(await b.locator('#prefs-list li', { hasText: 'chen-seller' })
		.count(), 1);
	await snap('preferences');
	await b.keyboard.press('Escape');
	await b.locator('#prefs-dialog').waitFor({ state: 'hidden' });
	clean();
}));

test('after a gateway restart the pages reconnect and a message written ' +
	'offline is sent once', STEP, step(async () => {
	const b = P.buyer, s = P.seller;
	outage = true;
	await gw.stop('SIGTERM');
	for (const p of [b, s])
		await waitText(p, '#conn', /Offline/);
	const text = 'Written while offline: please confirm the refund';
	await b.locator('#composer-text').fill(text);
	await b.locator('#composer-text').press('Enter');
	await b.locator('.msg.mine[data-state="sending"]').waitFor();
	await snap('offline');
	await gw.start();	/* same port */
	for (const p of [b, s])
		await p.locator('#conn.ok').waitFor({ timeout: 60000 });
	outage = false;
	await b.locator('.msg.mine[data-seq="5"][data-state="sent"], ' +
		'.msg.mine[data-seq="5"][data-state="read"]').waitFor();
	await waitText(s, '.msg[data-seq="5"] .msg-text', new RegExp(`^${text}$`));
	assert.equal(await s.locator('.msg-text', { hasText: text }).count(), 1);
	assert.equal(await L.sqlValue(db, `SELECT count(*) FROM messages
		WHERE text = '${text}'`), '1');
	assert.equal(await b.locator('.msg.mine[data-state="sending"]').count(), 0);
	clean();
}));
