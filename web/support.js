'use strict';
/*
 * support.js - the Parley support console over the support API
 * (docs/support-api.md): the dispute queue, a case with its redacted
 * transcript, claim, reveal with a stated reason, notes, resolution,
 * export, reports and flagged messages.
 *
 * The agent's token is kept in sessionStorage (this tab only) and sent
 * as "Authorization: Bearer" on every call. Every text from the API goes
 * into the page with textContent, never parsed as HTML.
 */
(() => {
	const $ = (id) => document.getElementById(id);
	const TOKEN_KEY = 'parley.support.token';
	const PAGE = 50;

	function el(tag, cls, text) {
		const e = document.createElement(tag);
		if (cls)
			e.className = cls;
		if (text !== undefined && text !== null)
			e.textContent = String(text);
		return e;
	}

	const OUTCOME = {
		refund_buyer: 'Refund to the buyer',
		release_to_seller: 'Payment released to the seller',
		partial: 'Partial refund', no_action: 'No action',
	};
	const CATEGORY = {
		PHONE: 'phone', EMAIL: 'e-mail', URL: 'link',
		MESSENGER_HANDLE: 'messenger', PAYMENT_CARD: 'card', IBAN: 'IBAN',
		BANK_ACCOUNT: 'bank account', NATIONAL_ID: 'national ID',
		IP_ADDRESS: 'IP address', CRYPTO_WALLET: 'crypto wallet',
		POSTAL_ADDRESS: 'postal address',
	};

	const S = {
		token: '',
		me: null,
		disputes: [],
		total: 0,
		current: null,	/* Dispute being shown */
		messages: [],
		originals: new Map(),	/* seq -> revealed original (this view only) */
		revealSeq: 0,
		queueTicket: 0,	/* the newest queue request; older answers are dropped */
		lastFocus: null,
	};

	function claims(token) {
		try {
			let b = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
			while (b.length % 4)
				b += '=';
			const bytes = Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
			const c = JSON.parse(new TextDecoder().decode(bytes));
			return typeof c.sub === 'string' ? c : null;
		} catch {
			return null;
		}
	}

	class ApiError extends Error {
		constructor(status, code, message) {
			super(message);
			this.status = status;
			this.code = code;
		}
	}

	async function call(method, path, body) {
		const headers = { Authorization: 'Bearer ' + S.token };
		const init = { method, headers, credentials: 'omit' };
		if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
			init.body = JSON.stringify(body);
		}
		let res;
		try {
			res = await fetch(path, init);
		} catch {
			throw new ApiError(0, 'network', 'The gateway cannot be reached.');
		}
		return res;
	}

	async function api(method, path, body) {
		const res = await call(method, path, body);
		let json = null;
		try {
			json = await res.json();
		} catch { /* an empty or non-JSON body */ }
		if (!res.ok) {
			if (res.status === 401) {
				signOut('Your session has ended; please sign in again.');
			}
			throw new ApiError(res.status, json && json.error,
				(json && json.message) || `HTTP ${res.status}`);
		}
		return json;
	}

	function fmtTime(at) {
		if (!at)
			return '';
		const d = new Date(at);
		return Number.isNaN(d.getTime()) ? String(at) :
			d.toLocaleString([], { year: 'numeric', month: 'short',
				day: 'numeric', hour: '2-digit', minute: '2-digit' });
	}

	let toastTimer = 0;
	function toast(text) {
		const t = $('toast');
		t.textContent = text;
		t.hidden = false;
		clearTimeout(toastTimer);
		toastTimer = setTimeout(() => { t.hidden = true; }, 5000);
	}

	/* ---- sign-in ------------------------------------------------------ */

	async function signIn(ev) {
		ev.preventDefault();
		const token = $('token').value.trim();
		const err = $('signin-error');
		err.textContent = '';
		const c = claims(token);
		if (!c) {
			err.textContent = 'That does not look like a Parley token.';
			return;
		}
		if (c.role !== 'support') {
			err.textContent = 'This console is for support agents; ' +
				'buyers and sellers use the chat (index.html).';
			return;
		}
		S.token = token;
		try {
			await api('GET', '/api/support/disputes?limit=1');
		} catch (e) {
			S.token = '';
			err.textContent = e.status === 401 ?
				'The gateway did not accept this token.' : e.message;
			return;
		}
		sessionStorage.setItem(TOKEN_KEY, token);
		$('token').value = '';
		start(c);
	}

	function signOut(message) {
		sessionStorage.removeItem(TOKEN_KEY);
		S.token = '';
		S.me = null;
		$('console').hidden = true;
		$('who').hidden = true;
		$('signout').hidden = true;
		$('signin').hidden = false;
		$('signin-error').textContent = typeof message === 'string' ?
			message : '';
		$('token').focus();
	}

	function start(c) {
		S.me = c;
		$('signin').hidden = true;
		$('console').hidden = false;
		$('who').hidden = false;
		$('who').textContent = `${c.sub} · support`;
		$('signout').hidden = false;
		loadQueue(false);
	}

	/* ---- queue -------------------------------------------------------- */

	async function loadQueue(append) {
		const state = $('f-state').value;
		const q = new URLSearchParams();
		if (state)
			q.set('state', state);
		if ($('f-mine').checked)
			q.set('mine', '1');
		q.set('limit', String(PAGE));
		q.set('offset', String(append ? S.disputes.length : 0));
		$('status').textContent = 'Loading…';
		const mineOnly = $('f-mine').checked;
		const ticket = ++S.queueTicket;
		try {
			const r = await api('GET', '/api/support/disputes?' + q);
			if (ticket !== S.queueTicket)
				return;	/* a newer filter was asked for meanwhile */
			S.disputes = append ? S.disputes.concat(r.disputes || []) :
				(r.disputes || []);
			S.total = r.total || S.disputes.length;
			$('status').textContent = '';
		} catch (e) {
			if (ticket === S.queueTicket)
				$('status').textContent = 'Queue: ' + e.message;
			return;
		}
		/* which filter the list shows (tests wait for it) */
		$('dispute-list').dataset.filter = (state || 'all') +
			(mineOnly ? ',mine' : '');
		renderQueue();
	}

	function renderQueue() {
		const ul = $('dispute-list');
		ul.replaceChildren();
		for (const d of S.disputes) {
			const li = el('li');
			const b = el('button', 'dispute-item');
			b.type = 'button';
			b.dataset.id = String(d.id);
			if (S.current && S.current.id === d.id)
				b.setAttribute('aria-current', 'true');
			const l1 = el('span', 'line1');
			l1.append(el('span', null, `#${d.id} · ${d.buyer} ↔ ${d.seller}`),
				el('span', 'state-pill ' + d.state, d.state));
			b.append(l1, el('span', 'line2', d.topic || ''),
				el('span', 'line2', (d.reason || '') +
					(d.assignee ? ` — ${d.assignee}` : '')));
			b.addEventListener('click', () => openCase(d.id));
			li.append(b);
			ul.append(li);
		}
		const n = S.disputes.length;
		$('queue-count').textContent = n ? `${n} of ${S.total} dispute` +
			(S.total === 1 ? '' : 's') : 'No disputes match.';
		$('queue-more').hidden = n >= S.total;
	}

	async function loadReports() {
		let r;
		try {
			r = await api('GET', '/api/support/reports?limit=50');
		} catch (e) {
			toast('Reports: ' + e.message);
			return;
		}
		const ul = $('report-list');
		ul.replaceChildren();
		for (const x of r.reports || []) {
			const li = el('li');
			li.append(el('strong', null, x.category), el('span', null,
				` — conversation ${x.conv}, message #${x.seq}, by ${x.reporter}`));
			if (x.note)
				li.append(el('p', null, x.note));
			li.append(el('p', 'hint', fmtTime(x.at)));
			ul.append(li);
		}
		if (!ul.children.length)
			ul.append(el('li', 'hint', 'No reports.'));
		const fl = $('flagged-list');
		fl.replaceChildren();
		for (const x of r.flagged || []) {
			const li = el('li');
			li.append(el('span', null,
				`Conversation ${x.conv}, message #${x.seq} from ${x.from}`));
			const cats = el('span', 'cats');
			for (const t of x.types || [])
				cats.append(el('span', 'cat flag', CATEGORY[t] || t));
			li.append(cats, el('p', 'hint', fmtTime(x.at)));
			fl.append(li);
		}
		if (!fl.children.length)
			fl.append(el('li', 'hint', 'Nothing flagged.'));
	}

	function showTab(which) {
		const disp = which === 'disputes';
		$('tab-disputes').setAttribute('aria-selected', String(disp));
		$('tab-reports').setAttribute('aria-selected', String(!disp));
		$('tab-disputes').tabIndex = disp ? 0 : -1;
		$('tab-reports').tabIndex = disp ? -1 : 0;
		$('view-disputes').hidden = !disp;
		$('view-reports').hidden = disp;
		if (!disp)
			loadReports();
	}

	/* ---- a case ------------------------------------------------------- */

	async function openCase(id) {
		$('case-error').textContent = '';
		let r;
		try {
			r = await api('GET', `/api/support/disputes/${id}/transcript`);
		} catch (e) {
			toast(`Dispute #${id}: ${e.message}`);
			return;
		}
		if (!S.current || S.current.id !== id)
			S.originals.clear();
		S.current = r.dispute;
		S.messages = r.messages || [];
		$('console').classList.add('has-case');
		renderCase();
		renderQueue();
		loadAccessLog();
		$('case-title').focus();
	}

	async function loadAccessLog() {
		const d = S.current;
		const ul = $('access-log');
		try {
			const r = await api('GET', `/api/support/audit?dispute=${d.id}`);
			ul.replaceChildren();
			for (const a of r.audit || []) {
				const li = el('li');
				li.append(el('span', 'by', `${fmtTime(a.at)} · ${a.actor} · ` +
					a.action + (a.seq ? ` · message #${a.seq}` : '')));
				if (a.reason)
					li.append(document.createTextNode(a.reason));
				ul.append(li);
			}
			if (!ul.children.length)
				ul.append(el('li', 'hint', 'No accesses yet.'));
		} catch (e) {
			ul.replaceChildren(el('li', 'hint', e.message));
		}
	}

	function fact(dl, name, value) {
		if (value === null || value === undefined || value === '')
			return;
		dl.append(el('dt', null, name), el('dd', null, value));
	}

	function mine() {
		return S.current && S.me && S.current.assignee === S.me.sub;
	}

	/* Redacted text, the gateway's placeholders styled. */
	function maskedText(node, text) {
		const re = /\[[^\]\n]{1,40} removed\]|•{2,}\d{0,4}/g;
		let last = 0;
		let m;
		while ((m = re.exec(text))) {
			if (m.index > last)
				node.append(document.createTextNode(text.slice(last, m.index)));
			node.append(el('span', 'masked', m[0]));
			last = m.index + m[0].length;
		}
		if (last < text.length)
			node.append(document.createTextNode(text.slice(last)));
	}

	function renderCase() {
		const d = S.current;
		$('case-none').hidden = !!d;
		$('case-body').hidden = !d;
		if (!d)
			return;
		const title = $('case-title');
		title.textContent = `Dispute #${d.id}`;
		title.tabIndex = -1;
		const pill = $('case-state');
		pill.className = 'state-pill ' + d.state;
		pill.textContent = d.state;
		pill.dataset.state = d.state;

		const dl = $('facts');
		dl.replaceChildren();
		fact(dl, 'Conversation', `${d.conv} — ${d.topic || ''}`);
		fact(dl, 'Buyer', d.buyer);
		fact(dl, 'Seller', d.seller);
		fact(dl, 'Opened by', `${d.opened_by} · ${fmtTime(d.created_at)}`);
		fact(dl, 'Reason', d.reason);
		fact(dl, 'Assignee', d.assignee || 'nobody yet');
		if (d.state === 'resolved') {
			fact(dl, 'Outcome', OUTCOME[d.outcome] || d.outcome);
			fact(dl, 'Summary', d.summary);
		}
		fact(dl, 'Updated', fmtTime(d.updated_at));
		if (d.legal_hold)
			fact(dl, 'Legal hold', 'yes — kept from retention and erasure');

		const claim = $('claim');
		claim.hidden = d.state !== 'open';
		$('resolve-panel').hidden = !(d.state === 'assigned' && mine());
		$('note-form').hidden = d.state === 'resolved';
		renderTranscript();
		renderNotes();
	}

	function renderTranscript() {
		const d = S.current;
		const ol = $('transcript');
		ol.replaceChildren();
		for (const m of S.messages) {
			const side = m.from === d.buyer ? 'buyer' :
				m.from === d.seller ? 'seller' : 'other';
			const li = el('li', 'tline side-' + side);
			li.dataset.seq = String(m.seq);
			const head = el('p', 'tline-head');
			head.append(el('strong', null, m.from), el('span', null, side),
				el('span', null, `#${m.seq}`), el('time', null, fmtTime(m.at)));
			if (m.read_by_peer)
				head.append(el('span', null, 'read'));
			li.append(head);
			const text = el('p', 'tline-text');
			maskedText(text, m.text || '');
			li.append(text);
			const reds = m.redactions || [];
			if (reds.length || m.flagged) {
				const cats = el('p', 'cats');
				for (const r of reds) {
					const c = el('span', 'cat', `${CATEGORY[r.type] || r.type}` +
						(r.action && r.action !== 'mask' ? ` (${r.action})` : ''));
					c.dataset.type = r.type;
					c.title = `${r.type}, ${r.action || 'mask'}, characters ` +
						`${r.start}–${r.end} of the original`;
					cats.append(c);
				}
				if (m.flagged)
					cats.append(el('span', 'cat flag', 'flagged'));
				li.append(cats);
			}
			const orig = S.originals.get(m.seq);
			if (orig !== undefined) {
				const box = el('div', 'original');
				box.append(el('p', 'label', 'Original — revealed to you, logged'));
				box.append(el('p', 'tline-text', orig));
				li.append(box);
			} else if (reds.length) {
				const b = el('button', 'link reveal', 'Reveal original');
				b.type = 'button';
				b.dataset.seq = String(m.seq);
				b.disabled = !(mine() && d.state === 'assigned');
				b.title = b.disabled ?
					'Claim the dispute to reveal originals' : '';
				b.addEventListener('click', () => openReveal(m.seq, b));
				li.append(b);
			}
			ol.append(li);
		}
		if (!S.messages.length)
			ol.append(el('li', 'hint', 'No messages.'));
	}

	function renderNotes() {
		const ul = $('notes');
		ul.replaceChildren();
		for (const n of S.current.notes || []) {
			const li = el('li');
			li.append(el('span', 'by', `${n.author} · ${fmtTime(n.at)}`),
				document.createTextNode(n.text));
			ul.append(li);
		}
		if (!ul.children.length)
			ul.append(el('li', 'hint', 'No notes yet.'));
	}

	async function claimCase() {
		const d = S.current;
		$('case-error').textContent = '';
		try {
			S.current = { ...d, ...(await api('POST',
				`/api/support/disputes/${d.id}/claim`, {})) };
		} catch (e) {
			$('case-error').textContent = e.status === 409 ?
				'Another agent holds this dispute.' : e.message;
			return;
		}
		if (!S.current.notes)
			S.current.notes = d.notes;
		toast(`Dispute #${d.id} is yours.`);
		renderCase();
		updateQueueItem();
		loadAccessLog();
		$('summary').focus();
	}

	function updateQueueItem() {
		const i = S.disputes.findIndex((x) => x.id === S.current.id);
		if (i >= 0)
			S.disputes[i] = { ...S.disputes[i], ...S.current };
		renderQueue();
	}

	function openReveal(seq, opener) {
		S.revealSeq = seq;
		S.lastFocus = opener;
		$('reveal-what').textContent = `Message #${seq} of dispute ` +
			`#${S.current.id}.`;
		$('reveal-error').textContent = '';
		$('reveal-reason').value = '';
		$('reveal-dialog').showModal();
		$('reveal-reason').focus();
	}

	async function submitReveal(ev) {
		ev.preventDefault();
		const reason = $('reveal-reason').value.trim();
		if (!reason) {
			$('reveal-error').textContent = 'A reason is required.';
			$('reveal-reason').focus();
			return;
		}
		const d = S.current;
		const seq = S.revealSeq;
		$('reveal-ok').disabled = true;
		try {
			const r = await api('POST', `/api/support/disputes/${d.id}/reveal`,
				{ seq, reason });
			S.originals.set(seq, r.original);
		} catch (e) {
			$('reveal-error').textContent = e.status === 403 ?
				'Only the agent who holds the dispute may reveal.' : e.message;
			return;
		} finally {
			$('reveal-ok').disabled = false;
		}
		$('reveal-dialog').close();
		renderTranscript();
		loadAccessLog();
		const li = document.querySelector(`.tline[data-seq="${seq}"]`);
		if (li) {
			li.tabIndex = -1;
			li.focus();
		}
	}

	async function addNote(ev) {
		ev.preventDefault();
		const text = $('note-text').value.trim();
		if (!text)
			return;
		const d = S.current;
		try {
			const r = await api('POST', `/api/support/disputes/${d.id}/notes`,
				{ text });
			d.notes = (d.notes || []).concat([r.note]);
		} catch (e) {
			$('case-error').textContent = e.message;
			return;
		}
		$('note-text').value = '';
		renderNotes();
		loadAccessLog();
	}

	async function resolveCase(ev) {
		ev.preventDefault();
		const outcome = $('outcome').value;
		const summary = $('summary').value.trim();
		if (!summary) {
			$('resolve-error').textContent = 'A summary is required.';
			$('summary').focus();
			return;
		}
		$('resolve-error').textContent = '';
		const d = S.current;
		try {
			S.current = { ...d, ...(await api('POST',
				`/api/support/disputes/${d.id}/resolve`, { outcome, summary })) };
		} catch (e) {
			$('resolve-error').textContent = e.message;
			return;
		}
		if (!S.current.notes)
			S.current.notes = d.notes;
		toast(`Dispute #${d.id} resolved.`);
		$('resolve-form').reset();
		renderCase();
		updateQueueItem();
		loadAccessLog();
		$('case-title').focus();
	}

	/* A plain link cannot carry the bearer header: fetch, then save. */
	async function exportCase(format) {
		const d = S.current;
		let res;
		try {
			res = await call('GET',
				`/api/support/disputes/${d.id}/export?format=${format}`);
		} catch (e) {
			$('case-error').textContent = e.message;
			return;
		}
		if (!res.ok) {
			$('case-error').textContent = `Export failed (HTTP ${res.status}).`;
			return;
		}
		const blob = await res.blob();
		const url = URL.createObjectURL(blob);
		const a = el('a');
		a.href = url;
		a.download = `dispute-${d.id}.${format === 'html' ? 'html' : 'json'}`;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 60000);
		toast(`Saved ${a.download}.`);
		loadAccessLog();
	}

	/* ---- wiring ------------------------------------------------------- */

	function init() {
		$('signin-form').addEventListener('submit', signIn);
		$('signout').addEventListener('click', () => signOut());
		$('filters').addEventListener('submit', (e) => {
			e.preventDefault();
			loadQueue(false);
		});
		$('f-state').addEventListener('change', () => loadQueue(false));
		$('f-mine').addEventListener('change', () => loadQueue(false));
		$('queue-more').addEventListener('click', () => loadQueue(true));
		$('tab-disputes').addEventListener('click', () => showTab('disputes'));
		$('tab-reports').addEventListener('click', () => showTab('reports'));
		for (const id of ['tab-disputes', 'tab-reports'])
			$(id).addEventListener('keydown', (e) => {
				if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
					const next = id === 'tab-disputes' ? 'reports' : 'disputes';
					showTab(next);
					$('tab-' + next).focus();
				}
			});
		$('reports-refresh').addEventListener('click', loadReports);
		$('back').addEventListener('click', () => {
			const id = S.current && S.current.id;
			$('console').classList.remove('has-case');
			const b = document.querySelector(`.dispute-item[data-id="${id}"]`);
			if (b)
				b.focus();
		});
		$('claim').addEventListener('click', claimCase);
		$('export-json').addEventListener('click', () => exportCase('json'));
		$('export-html').addEventListener('click', () => exportCase('html'));
		$('note-form').addEventListener('submit', addNote);
		$('resolve-form').addEventListener('submit', resolveCase);
		$('reveal-form').addEventListener('submit', submitReveal);
		$('reveal-cancel').addEventListener('click', () =>
			$('reveal-dialog').close());
		$('reveal-dialog').addEventListener('close', () => {
			if (S.lastFocus && document.contains(S.lastFocus))
				S.lastFocus.focus();
		});

		const token = sessionStorage.getItem(TOKEN_KEY);
		const c = token && claims(token);
		if (c && (!c.exp || c.exp * 1000 > Date.now())) {
			S.token = token;
			start(c);
		} else {
			signOut();
		}
	}

	init();
})();
