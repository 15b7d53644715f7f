'use strict';
/*
 * chat.js - the Parley chat client (buyers and sellers), protocol
 * parley.v1 over one WebSocket (docs/protocol.md, docs/support-api.md).
 *
 * Sign-in trades the pasted token for an HttpOnly session cookie
 * (POST /api/session); the page keeps only the token's public claims
 * (user id, role, expiry) in sessionStorage, never the token itself.
 * Every piece of text from the network is put into the page with
 * textContent: nothing received is ever parsed as HTML.
 */
(() => {
	const $ = (id) => document.getElementById(id);

	function el(tag, cls, text) {
		const e = document.createElement(tag);
		if (cls)
			e.className = cls;
		if (text !== undefined && text !== null)
			e.textContent = String(text);
		return e;
	}

	const CATEGORY = {
		PHONE: 'phone number', EMAIL: 'e-mail address', URL: 'link',
		MESSENGER_HANDLE: 'messenger handle', PAYMENT_CARD: 'card number',
		IBAN: 'IBAN', BANK_ACCOUNT: 'bank account number',
		NATIONAL_ID: 'ID number', IP_ADDRESS: 'IP address',
		CRYPTO_WALLET: 'crypto wallet', POSTAL_ADDRESS: 'postal address',
	};
	const categoryName = (t) => CATEGORY[t] || String(t).toLowerCase();

	const OUTCOME = {
		refund_buyer: 'refund to the buyer',
		release_to_seller: 'payment released to the seller',
		partial: 'partial refund', no_action: 'no action',
	};
	const outcomeName = (o) => OUTCOME[o] || String(o || '').replace(/_/g, ' ');

	const RETRY_CODES = new Set(['rate_limited', 'unavailable', 'busy']);
	const TYPING_EVERY_MS = 3000;	/* we send at most one typing frame per */
	const TYPING_SHOWN_MS = 6000;	/* a peer's typing frame shows this long */

	const S = {
		me: null,		/* {sub, role, exp} from the token */
		ws: null,
		connected: false,
		opened: false,		/* a socket of this sign-in ever opened */
		backoff: 1000,
		reconnectTimer: 0,
		convs: new Map(),	/* conv id -> conversation summary */
		msgs: new Map(),	/* conv id -> Map(seq -> message) */
		more: new Map(),	/* conv id -> older messages exist */
		loaded: new Set(),	/* convs whose latest page is here */
		loading: new Set(),	/* a history request is out */
		pending: new Map(),	/* cid -> unacked message of ours */
		disputes: new Map(),	/* conv id -> latest dispute state */
		events: new Map(),	/* conv id -> dispute updates seen live */
		typing: new Map(),	/* conv id -> until (ms) */
		lastTyping: 0,
		active: null,
		awaiting: [],		/* ops sent without cid, awaiting reply */
		consents: null,
		notices: new Map(),	/* conv id -> last redaction notice */
	};
	let cidCounter = 0;

	/* ---- token and session ------------------------------------------ */

	function decodeClaims(token) {
		const parts = token.split('.');
		if (parts.length !== 3)
			return null;
		try {
			let b = parts[1].replace(/-/g, '+').replace(/_/g, '/');
			while (b.length % 4)
				b += '=';
			const bin = atob(b);
			const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
			const c = JSON.parse(new TextDecoder().decode(bytes));
			if (typeof c.sub !== 'string' || typeof c.role !== 'string')
				return null;
			return { sub: c.sub, role: c.role,
				exp: typeof c.exp === 'number' ? c.exp : 0 };
		} catch {
			return null;
		}
	}

	async function signIn(ev) {
		ev.preventDefault();
		const err = $('signin-error');
		const token = $('token').value.trim();
		err.textContent = '';
		const claims = decodeClaims(token);
		if (!claims) {
			err.textContent = 'That does not look like a Parley token.';
			return;
		}
		if (claims.exp && claims.exp * 1000 < Date.now()) {
			err.textContent = 'This token has expired; ask for a new one.';
			return;
		}
		if (claims.role !== 'buyer' && claims.role !== 'seller') {
			err.textContent = 'This page is for buyers and sellers. ' +
				'Support agents use the support console (support.html).';
			return;
		}
		let res;
		try {
			res = await fetch('/api/session', { method: 'POST',
				credentials: 'same-origin',
				headers: { Authorization: 'Bearer ' + token } });
		} catch {
			err.textContent = 'The gateway cannot be reached.';
			return;
		}
		if (!res.ok) {
			err.textContent = res.status === 401 ?
				'The gateway did not accept this token.' :
				`Sign-in failed (HTTP ${res.status}).`;
			return;
		}
		$('token').value = '';
		sessionStorage.setItem('parley.me', JSON.stringify(claims));
		start(claims);
	}

	async function signOut() {
		sessionStorage.removeItem('parley.me');
		S.me = null;
		clearTimeout(S.reconnectTimer);
		if (S.ws) {
			S.ws.onclose = null;
			S.ws.close(1000);
			S.ws = null;
		}
		try {
			/* without Authorization the gateway clears the cookie */
			await fetch('/api/session', { method: 'POST',
				credentials: 'same-origin' });
		} catch { /* the cookie expires with the token anyway */ }
		location.reload();
	}

	function showSignIn(message) {
		$('app').hidden = true;
		$('who').hidden = true;
		$('signout').hidden = true;
		$('prefs-btn').hidden = true;
		$('conn').textContent = '';
		$('signin').hidden = false;
		$('signin-error').textContent = message || '';
		$('token').focus();
	}

	function start(me) {
		S.me = me;
		$('signin').hidden = true;
		$('app').hidden = false;
		$('who').hidden = false;
		$('who').textContent = `${me.sub} · ${me.role}`;
		$('signout').hidden = false;
		$('prefs-btn').hidden = me.role !== 'buyer';
		S.opened = false;
		connect();
		render();
		$('open-peer').placeholder = me.role === 'buyer' ?
			'e.g. demo-seller' : 'e.g. demo-buyer';
	}

	/* ---- socket --------------------------------------------------------- */

	function wsUrl() {
		return (location.protocol === 'https:' ? 'wss://' : 'ws://') +
			location.host + '/ws';
	}

	function setConn(text, cls) {
		const c = $('conn');
		c.textContent = text;
		c.className = 'conn ' + (cls || '');
	}

	function connect() {
		clearTimeout(S.reconnectTimer);
		setConn('Connecting…', 'wait');
		let ws;
		try {
			ws = new WebSocket(wsUrl(), 'parley.v1');
		} catch {
			scheduleReconnect();
			return;
		}
		S.ws = ws;
		ws.onopen = () => {
			S.connected = true;
			S.opened = true;
			S.backoff = 1000;
			S.awaiting = [];
			setConn('Online', 'ok');
			/* what we have seen per loaded conversation; the rest is
			 * listed in synced and fetched with history when opened */
			const since = {};
			for (const conv of S.loaded)
				since[conv] = maxSeq(conv);
			send({ op: 'sync', since });
			send({ op: 'disputes' });
		};
		ws.onmessage = (e) => {
			let f;
			try {
				f = JSON.parse(e.data);
			} catch {
				return;
			}
			if (f && typeof f.op === 'string')
				handle(f);
		};
		ws.onclose = () => {
			const wasOpen = S.connected;
			S.connected = false;
			S.ws = null;
			if (!S.me)
				return;
			if (!S.opened && !wasOpen) {
				/* never got in: the cookie is gone or was refused */
				sessionStorage.removeItem('parley.me');
				S.me = null;
				showSignIn('Could not connect with this session; ' +
					'please sign in again.');
				return;
			}
			scheduleReconnect();
		};
	}

	function scheduleReconnect() {
		setConn(`Offline — reconnecting in ${Math.round(S.backoff / 1000)} s`,
			'bad');
		S.reconnectTimer = setTimeout(connect, S.backoff);
		S.backoff = Math.min(S.backoff * 2, 15000);
	}

	function send(frame) {
		if (!S.ws || !S.connected)
			return false;
		if (!frame.cid && ['open', 'dispute', 'consent', 'consents',
			'history', 'convs', 'disputes', 'report'].includes(frame.op))
			S.awaiting.push(frame);
		S.ws.send(JSON.stringify(frame));
		return true;
	}

	/* The oldest request of that op still waiting for its answer. */
	function answered(op) {
		const i = S.awaiting.findIndex((f) => f.op === op);
		return i >= 0 ? S.awaiting.splice(i, 1)[0] : null;
	}

	/* ---- state updates ------------------------------------------------ */

	function convMsgs(conv) {
		let m = S.msgs.get(conv);
		if (!m) {
			m = new Map();
			S.msgs.set(conv, m);
		}
		return m;
	}

	function maxSeq(conv) {
		let max = 0;
		for (const seq of convMsgs(conv).keys())
			if (seq > max)
				max = seq;
		return max;
	}

	function mergeConv(c) {
		const old = S.convs.get(c.conv) || {};
		const merged = { ...old, ...c };
		merged.read_seq = Math.max(old.read_seq || 0, c.read_seq || 0);
		merged.peer_read_seq = Math.max(old.peer_read_seq || 0,
			c.peer_read_seq || 0);
		merged.last_seq = Math.max(old.last_seq || 0, c.last_seq || 0);
		S.convs.set(c.conv, merged);
		return merged;
	}

	function storeMessage(conv, m) {
		convMsgs(conv).set(m.seq, m);
		const c = S.convs.get(conv);
		if (c && m.seq > (c.last_seq || 0))
			c.last_seq = m.seq;
	}

	function peerVisible(conv) {
		return S.active === conv && document.visibilityState === 'visible';
	}

	/* Moves our read pointer to the newest message in view. */
	function markRead(conv) {
		const c = S.convs.get(conv);
		if (!c || !peerVisible(conv) || !S.loaded.has(conv))
			return;
		const top = maxSeq(conv);
		if (top > (c.read_seq || 0)) {
			if (send({ op: 'read', conv, seq: top })) {
				c.read_seq = top;
				c.unread = 0;
				renderList();
			}
		} else if (c.unread) {
			c.unread = 0;
			renderList();
		}
	}

	function requestHistory(conv, before) {
		if (S.loading.has(conv))
			return;
		if (send({ op: 'history', conv, before: before || 0, limit: 50 }))
			S.loading.add(conv);
	}

	function newCid() {
		const r = new Uint32Array(2);
		crypto.getRandomValues(r);
		cidCounter += 1;
		return `w${r[0].toString(36)}${r[1].toString(36)}-${cidCounter}`;
	}

	function resendPending() {
		for (const p of S.pending.values())
			if (p.state !== 'failed')
				send({ op: 'send', conv: p.conv, cid: p.cid, text: p.text });
	}

	/* ---- frames --------------------------------------------------------- */

	function handle(f) {
		switch (f.op) {
		case 'synced':
		case 'convs':
			if (f.op === 'convs')
				answered('convs');
			for (const c of f.convs || [])
				mergeConv(c);
			for (const conv of f.more || []) {
				/* cut at sync_max: start that one again from the top */
				S.msgs.delete(conv);
				S.loaded.delete(conv);
				if (S.active === conv)
					requestHistory(conv, 0);
			}
			if (f.op === 'synced') {
				resendPending();
				if (S.active !== null && !S.loaded.has(S.active))
					requestHistory(S.active, 0);
				if (S.active !== null)
					markRead(S.active);
			}
			render();
			break;
		case 'opened': {
			const req = answered('open');
			mergeConv({ conv: f.conv, peer: f.peer, topic: f.topic,
				stage: f.stage, last_seq: f.last_seq,
				unread: (S.convs.get(f.conv) || {}).unread || 0 });
			if (req) {
				$('open-form').reset();
				$('open-error').textContent = '';
				select(f.conv);
			} else {
				render();
			}
			break;
		}
		case 'message': {
			const known = S.convs.has(f.conv);
			storeMessage(f.conv, { seq: f.seq, from: f.from, text: f.text,
				at: f.at, cid: f.cid });
			if (!known) {
				send({ op: 'convs' });
				break;
			}
			const c = S.convs.get(f.conv);
			if (f.from !== S.me.sub) {
				S.typing.delete(f.conv);
				if (!peerVisible(f.conv) && f.seq > (c.read_seq || 0))
					c.unread = (c.unread || 0) + 1;
			}
			markRead(f.conv);
			render();
			break;
		}
		case 'ack': {
			const p = S.pending.get(f.cid);
			if (!p)
				break;
			S.pending.delete(f.cid);
			const red = Array.isArray(f.redactions) ? f.redactions : [];
			storeMessage(f.conv, { seq: f.seq, from: S.me.sub,
				text: p.text, at: f.at, cid: f.cid, redactions: red,
				local: true });
			if (red.length)
				S.notices.set(f.conv, red);
			render();
			break;
		}
		case 'history': {
			answered('history');
			S.loading.delete(f.conv);
			for (const m of f.messages || [])
				storeMessage(f.conv, m);
			const first = !S.loaded.has(f.conv);
			S.loaded.add(f.conv);
			S.more.set(f.conv, !!f.more);
			if (S.active === f.conv)
				renderConv(first ? 'bottom' : 'keep');
			markRead(f.conv);
			break;
		}
		case 'read': {
			const c = S.convs.get(f.conv);
			if (!c)
				break;
			if (f.by === S.me.sub) {
				c.read_seq = Math.max(c.read_seq || 0, f.seq);
				if (f.seq >= (c.last_seq || 0))
					c.unread = 0;
			} else {
				c.peer_read_seq = Math.max(c.peer_read_seq || 0, f.seq);
			}
			render();
			break;
		}
		case 'typing':
			if (f.from === S.me.sub)
				break;
			S.typing.set(f.conv, Date.now() + TYPING_SHOWN_MS);
			setTimeout(renderTyping, TYPING_SHOWN_MS + 50);
			renderTyping();
			break;
		case 'dispute_update': {
			answered('dispute');
			const d = { ...(S.disputes.get(f.conv) || {}), ...f };
			if (f.state !== 'resolved') {
				/* a new dispute carries no outcome of an old one */
				if (!('outcome' in f))
					delete d.outcome;
			}
			S.disputes.set(f.conv, d);
			const ev = S.events.get(f.conv) || [];
			ev.push(f);
			S.events.set(f.conv, ev);
			const dlg = $('dispute-dialog');
			if (dlg.open && f.conv === S.active && f.state === 'open') {
				$('dispute-form').reset();
				dlg.close();
			}
			render();
			break;
		}
		case 'disputes':
			answered('disputes');
			for (const d of f.disputes || []) {
				const cur = S.disputes.get(d.conv);
				if (!cur || (cur.dispute || 0) <= d.dispute)
					S.disputes.set(d.conv, d);
			}
			render();
			break;
		case 'consent':
			answered('consent');
			$('prefs-error').textContent = '';
			send({ op: 'consents' });
			break;
		case 'consents':
			answered('consents');
			S.consents = f.consents || f.events || [];
			renderPrefs();
			break;
		case 'reported':
			answered('report');
			if ($('report-dialog').open)
				$('report-dialog').close();
			showNotice(`Message #${f.seq} was reported to Parley support.`);
			break;
		case 'error':
			onError(f);
			break;
		default:
			break;	/* pong, and ops this page does not use */
		}
	}

	function onError(f) {
		const msg = f.message || f.code || 'error';
		if (f.cid && S.pending.has(f.cid)) {
			const p = S.pending.get(f.cid);
			if (RETRY_CODES.has(f.code)) {
				p.state = 'retry';
				setTimeout(() => {
					if (S.pending.get(p.cid) === p && p.state === 'retry') {
						p.state = 'sending';
						send({ op: 'send', conv: p.conv, cid: p.cid,
							text: p.text });
						renderConv('keep');
					}
				}, 3000);
			} else {
				p.state = 'failed';
				p.error = f.code === 'blocked' ?
					'not sent: ' + msg : 'not sent (' + f.code + '): ' + msg;
			}
			renderConv('keep');
			return;
		}
		const req = S.awaiting.shift();
		const op = req ? req.op : '';
		if (op === 'open') {
			$('open-error').textContent = f.code === 'not_found' ?
				'No such user.' : f.code === 'forbidden' ?
				'You can only talk with a ' +
				(S.me.role === 'buyer' ? 'seller.' : 'buyer.') : msg;
		} else if (op === 'dispute') {
			$('dispute-error').textContent = f.code === 'conflict' ?
				'This conversation already has an open dispute.' : msg;
			if (!$('dispute-dialog').open)
				showNotice(msg);
		} else if (op === 'report') {
			$('report-error').textContent = msg;
		} else if (op === 'consent' || op === 'consents') {
			$('prefs-error').textContent = f.code === 'unknown_op' ?
				'Marketing preferences are not available on this ' +
				'server yet.' : msg;
			if (op === 'consents') {
				S.consents = [];
				renderPrefs();
			}
		} else if (op === 'history' || op === 'disputes') {
			if (req && op === 'history')
				S.loading.delete(req.conv);
			if (f.code !== 'unknown_op')
				showNotice(msg);
		} else {
			showNotice(msg);
		}
	}

	/* ---- user actions ------------------------------------------------- */

	function select(conv) {
		S.active = conv;
		$('app').classList.toggle('has-conv', conv !== null);
		if (conv !== null && !S.loaded.has(conv))
			requestHistory(conv, 0);
		render();
		renderConv('bottom');
		markRead(conv);
		if (conv !== null)
			$('composer-text').focus();
	}

	function sendMessage(ev) {
		ev.preventDefault();
		const ta = $('composer-text');
		const text = ta.value.replace(/\s+$/, '');
		if (!text.trim() || S.active === null)
			return;
		if (new TextEncoder().encode(text).length > 4096) {
			showNotice('That message is longer than 4096 bytes.');
			return;
		}
		const p = { cid: newCid(), conv: S.active, text, state: 'sending',
			at: new Date().toISOString() };
		S.pending.set(p.cid, p);
		send({ op: 'send', conv: p.conv, cid: p.cid, text });
		ta.value = '';
		S.lastTyping = 0;
		renderConv('bottom');
	}

	function onComposerKey(ev) {
		if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
			ev.preventDefault();
			$('composer').requestSubmit();
		}
	}

	function onComposerInput() {
		const now = Date.now();
		if (S.active !== null && $('composer-text').value &&
		    now - S.lastTyping > TYPING_EVERY_MS) {
			S.lastTyping = now;
			send({ op: 'typing', conv: S.active });
		}
	}

	function openConv(ev) {
		ev.preventDefault();
		const peer = $('open-peer').value.trim();
		const topic = $('open-topic').value.trim();
		if (!peer || !topic) {
			$('open-error').textContent = 'A peer and a topic are needed.';
			return;
		}
		$('open-error').textContent = '';
		if (!send({ op: 'open', peer, topic }))
			$('open-error').textContent = 'Offline; try again in a moment.';
	}

	function openDisputeDialog() {
		$('dispute-error').textContent = '';
		$('dispute-dialog').showModal();
		$('dispute-reason').focus();
	}

	function submitDispute(ev) {
		ev.preventDefault();
		const reason = $('dispute-reason').value.trim();
		if (!reason) {
			$('dispute-error').textContent = 'Please say what went wrong.';
			return;
		}
		$('dispute-error').textContent = '';
		if (!send({ op: 'dispute', conv: S.active, reason }))
			$('dispute-error').textContent = 'Offline; try again in a moment.';
	}

	let reportSeq = 0;
	let reportOpener = null;
	function openReport(seq, opener) {
		reportSeq = seq;
		reportOpener = opener;
		$('report-form').reset();
		$('report-error').textContent = '';
		$('report-what').textContent = `Message #${seq} in this ` +
			'conversation goes to Parley support.';
		$('report-dialog').showModal();
		$('report-category').focus();
	}

	function submitReport(ev) {
		ev.preventDefault();
		const note = $('report-note').value.trim();
		const frame = { op: 'report', conv: S.active, seq: reportSeq,
			category: $('report-category').value };
		if (note)
			frame.note = note;
		$('report-error').textContent = '';
		if (!send(frame))
			$('report-error').textContent = 'Offline; try again in a moment.';
	}

	function openPrefs() {
		$('prefs-error').textContent = '';
		$('prefs-dialog').showModal();
		$('prefs-seller').focus();
		send({ op: 'consents' });
	}

	function setConsent(marketing) {
		const seller = $('prefs-seller').value.trim() || '*';
		$('prefs-error').textContent = '';
		if (!send({ op: 'consent', seller, marketing }))
			$('prefs-error').textContent = 'Offline; try again in a moment.';
	}

	let noticeTimer = 0;
	function showNotice(text) {
		const n = $('notice');
		n.textContent = text;
		n.hidden = false;
		clearTimeout(noticeTimer);
		noticeTimer = setTimeout(() => { n.hidden = true; }, 8000);
	}

	/* ---- rendering ---------------------------------------------------- */

	function render() {
		renderList();
		renderConv('keep');
	}

	function fmtTime(at) {
		if (!at)
			return '';
		const d = new Date(at);
		if (Number.isNaN(d.getTime()))
			return '';
		const today = new Date().toDateString() === d.toDateString();
		return today ? d.toLocaleTimeString([], { hour: '2-digit',
			minute: '2-digit' }) : d.toLocaleString([], { month: 'short',
			day: 'numeric', hour: '2-digit', minute: '2-digit' });
	}

	function disputeLabel(d) {
		if (!d)
			return '';
		if (d.state === 'resolved')
			return 'Dispute resolved: ' + outcomeName(d.outcome);
		if (d.state === 'assigned')
			return 'Dispute: with support';
		return 'Dispute open';
	}

	function renderList() {
		const ul = $('conv-list');
		const convs = [...S.convs.values()].sort((a, b) => b.conv - a.conv);
		ul.replaceChildren();
		for (const c of convs) {
			const li = el('li');
			const b = el('button', 'conv-item');
			b.type = 'button';
			b.dataset.conv = String(c.conv);
			if (c.conv === S.active)
				b.setAttribute('aria-current', 'true');
			const top = el('span', 'conv-item-top');
			top.append(el('span', 'conv-peer', c.peer));
			if (c.unread > 0 && c.conv !== S.active) {
				const u = el('span', 'badge', c.unread);
				u.setAttribute('aria-label', `${c.unread} unread`);
				top.append(u);
			}
			b.append(top, el('span', 'conv-topic', c.topic));
			const d = S.disputes.get(c.conv);
			if (d)
				b.append(el('span', 'tag tag-' + d.state, disputeLabel(d)));
			b.addEventListener('click', () => select(c.conv));
			li.append(b);
			ul.append(li);
		}
		$('conv-empty').hidden = convs.length > 0;
	}

	/*
	 * Text with masked parts styled: "[phone removed]" and "••••4242"
	 * as the gateway writes them. Pure DOM, no HTML parsing.
	 */
	function maskedText(node, text) {
		const re = /\[[^\]\n]{1,40} removed\]|•{2,}\d{0,4}/g;
		let last = 0;
		let m;
		while ((m = re.exec(text))) {
			if (m.index > last)
				node.append(document.createTextNode(text.slice(last, m.index)));
			const s = el('span', 'masked', m[0]);
			s.title = 'hidden by Parley';
			node.append(s);
			last = m.index + m[0].length;
		}
		if (last < text.length)
			node.append(document.createTextNode(text.slice(last)));
	}

	/* Our own text, with the spans the gateway removed marked. */
	function ownText(node, text, redactions) {
		const cps = Array.from(text);
		const spans = redactions.filter((r) => r.end > r.start)
			.sort((a, b) => a.start - b.start);
		let pos = 0;
		for (const r of spans) {
			if (r.start < pos)
				continue;
			if (r.start > pos)
				node.append(document.createTextNode(
					cps.slice(pos, r.start).join('')));
			const m = el('del', 'removed', cps.slice(r.start, r.end).join(''));
			m.title = `${categoryName(r.type)} — not shown to the other side`;
			node.append(m);
			pos = r.end;
		}
		if (pos < cps.length)
			node.append(document.createTextNode(cps.slice(pos).join('')));
	}

	function deliveryState(m, c) {
		if (m.pendingState === 'failed')
			return ['failed', m.error || 'not sent'];
		if (m.pendingState)
			return ['sending', m.pendingState === 'retry' ?
				'waiting to retry…' : 'sending…'];
		if (c && m.seq <= (c.peer_read_seq || 0))
			return ['read', '✓✓ read'];
		return ['sent', '✓ sent'];
	}

	function messageItem(m, c) {
		const mine = m.from === S.me.sub;
		const li = el('li', 'msg ' + (mine ? 'mine' : 'theirs'));
		if (m.seq)
			li.dataset.seq = String(m.seq);
		if (m.cid)
			li.dataset.cid = m.cid;
		const body = el('p', 'msg-text');
		if (mine && m.redactions && m.redactions.length)
			ownText(body, m.text, m.redactions);
		else
			maskedText(body, m.text || '');
		li.append(body);
		const meta = el('p', 'msg-meta');
		meta.append(el('time', null, fmtTime(m.at)));
		if (mine) {
			const [cls, label] = deliveryState(m, c);
			const st = el('span', 'state state-' + cls, label);
			st.dataset.state = cls;
			meta.append(st);
			li.dataset.state = cls;
		}
		li.append(meta);
		if (mine && m.redactions && m.redactions.length) {
			const kinds = [...new Set(m.redactions.map((r) =>
				categoryName(r.type)))];
			li.append(el('p', 'msg-redacted', `Hidden from ${c ? c.peer :
				'the other side'}: ${kinds.join(', ')} (contact details ` +
				'stay on Parley)'));
		}
		if (!mine && m.seq) {
			const rb = el('button', 'link report', 'Report');
			rb.type = 'button';
			rb.setAttribute('aria-label', `Report message #${m.seq}`);
			rb.addEventListener('click', () => openReport(m.seq, rb));
			meta.append(rb);
		}
		if (m.pendingState === 'failed') {
			const actions = el('p', 'msg-actions');
			const retry = el('button', 'link', 'Try again');
			retry.type = 'button';
			retry.addEventListener('click', () => {
				const p = S.pending.get(m.cid);
				if (!p)
					return;
				p.state = 'sending';
				p.error = '';
				send({ op: 'send', conv: p.conv, cid: p.cid, text: p.text });
				renderConv('keep');
			});
			const drop = el('button', 'link', 'Discard');
			drop.type = 'button';
			drop.addEventListener('click', () => {
				S.pending.delete(m.cid);
				renderConv('keep');
			});
			actions.append(retry, drop);
			li.append(actions);
		}
		return li;
	}

	function eventItem(ev) {
		const li = el('li', 'event');
		let text;
		if (ev.state === 'open')
			text = 'A dispute was opened' + (ev.reason ? ': ' + ev.reason : '');
		else if (ev.state === 'assigned')
			text = 'Customer support is looking into the dispute';
		else if (ev.state === 'resolved')
			text = 'Dispute resolved — ' + outcomeName(ev.outcome) +
				(ev.summary ? '. ' + ev.summary : '');
		else
			text = 'Dispute ' + ev.state;
		li.append(el('p', null, text), el('time', null, fmtTime(ev.at)));
		li.dataset.state = ev.state;
		return li;
	}

	function renderConv(scroll) {
		const conv = S.active;
		$('conv-none').hidden = conv !== null;
		$('conv-body').hidden = conv === null;
		if (conv === null)
			return;
		const c = S.convs.get(conv) || { peer: '?', topic: '' };
		$('conv-title').textContent = c.peer;
		$('conv-sub').textContent = c.topic + (c.stage ?
			` · ${c.stage}` : '');

		const d = S.disputes.get(conv);
		const banner = $('dispute-banner');
		banner.hidden = !d;
		banner.replaceChildren();
		if (d) {
			banner.className = 'dispute-banner state-' + d.state;
			banner.dataset.state = d.state;
			banner.append(el('strong', null, disputeLabel(d)));
			if (d.state === 'resolved' && d.summary)
				banner.append(el('span', null, ' — ' + d.summary));
			else if (d.reason)
				banner.append(el('span', null, ' — ' + d.reason));
		}
		const unresolved = d && d.state !== 'resolved';
		$('dispute-btn').disabled = !!unresolved;
		$('dispute-btn').title = unresolved ?
			'This conversation already has an open dispute' : '';

		const wrap = $('messages-wrap');
		const atBottom = wrap.scrollHeight - wrap.scrollTop -
			wrap.clientHeight < 40;
		const oldHeight = wrap.scrollHeight;
		const oldTop = wrap.scrollTop;

		const items = [];
		for (const m of convMsgs(conv).values())
			items.push({ at: m.at, seq: m.seq, m });
		items.sort((a, b) => a.seq - b.seq);
		for (const ev of S.events.get(conv) || []) {
			/* after the last message not later than the event */
			let i = items.length;
			while (i > 0 && items[i - 1].at && ev.at &&
			       items[i - 1].at > ev.at)
				i--;
			items.splice(i, 0, { ev });
		}
		for (const p of S.pending.values())
			if (p.conv === conv)
				items.push({ m: { from: S.me.sub, text: p.text, at: p.at,
					cid: p.cid, pendingState: p.state, error: p.error } });

		const ol = $('messages');
		ol.replaceChildren(...items.map((it) => it.ev ?
			eventItem(it.ev) : messageItem(it.m, c)));
		$('more').hidden = !S.more.get(conv);

		const red = S.notices.get(conv);
		if (red) {
			S.notices.delete(conv);
			const kinds = [...new Set(red.map((r) => categoryName(r.type)))];
			showNotice(`Parley removed ${kinds.join(', ')} from your ` +
				`message before ${c.peer} saw it.`);
		}
		if (scroll === 'bottom' || atBottom)
			wrap.scrollTop = wrap.scrollHeight;
		else if (scroll === 'keep')
			wrap.scrollTop = oldTop + (wrap.scrollHeight - oldHeight) *
				(oldTop < 40 ? 1 : 0);
		renderTyping();
	}

	function renderTyping() {
		const t = $('typing');
		const until = S.typing.get(S.active);
		const c = S.convs.get(S.active);
		if (until && until > Date.now() && c) {
			t.textContent = `${c.peer} is typing…`;
		} else {
			t.textContent = '';
			if (until)
				S.typing.delete(S.active);
		}
	}

	function renderPrefs() {
		const ul = $('prefs-list');
		ul.replaceChildren();
		const list = S.consents || [];
		if (!list.length) {
			ul.append(el('li', 'hint', 'No choices recorded: the rules ' +
				'of your country apply.'));
			return;
		}
		for (const c of list) {
			const who = c.seller === '*' || c.seller === null ||
				c.seller === undefined ? 'All sellers' : c.seller;
			const choice = c.marketing || c.state || c.choice || c.kind;
			const li = el('li');
			li.append(el('strong', null, who), el('span', null,
				choice === 'opt_in' ? ' — offers allowed' :
				choice === 'opt_out' ? ' — no offers' :
				' — ' + String(choice || '')));
			if (c.at)
				li.append(el('time', null, ' ' + fmtTime(c.at) +
					(c.source ? ` (${c.source})` : '')));
			ul.append(li);
		}
	}

	/* ---- wiring --------------------------------------------------------- */

	function init() {
		$('signin-form').addEventListener('submit', signIn);
		$('signout').addEventListener('click', signOut);
		$('open-form').addEventListener('submit', openConv);
		$('composer').addEventListener('submit', sendMessage);
		$('composer-text').addEventListener('keydown', onComposerKey);
		$('composer-text').addEventListener('input', onComposerInput);
		$('more').addEventListener('click', () => {
			const seqs = [...convMsgs(S.active).keys()];
			if (seqs.length)
				requestHistory(S.active, Math.min(...seqs));
		});
		$('back').addEventListener('click', () => {
			const prev = S.active;
			select(null);
			const b = document.querySelector(
				`.conv-item[data-conv="${prev}"]`);
			if (b)
				b.focus();
		});
		$('dispute-btn').addEventListener('click', openDisputeDialog);
		$('dispute-form').addEventListener('submit', submitDispute);
		$('dispute-cancel').addEventListener('click', () =>
			$('dispute-dialog').close());
		$('report-form').addEventListener('submit', submitReport);
		$('report-cancel').addEventListener('click', () =>
			$('report-dialog').close());
		$('report-dialog').addEventListener('close', () => {
			if (reportOpener && document.contains(reportOpener))
				reportOpener.focus();
		});
		$('prefs-btn').addEventListener('click', openPrefs);
		$('prefs-in').addEventListener('click', () => setConsent('opt_in'));
		$('prefs-out').addEventListener('click', () => setConsent('opt_out'));
		$('prefs-close').addEventListener('click', () =>
			$('prefs-dialog').close());
		document.addEventListener('visibilitychange', () => {
			if (S.active !== null)
				markRead(S.active);
		});

		let me = null;
		try {
			me = JSON.parse(sessionStorage.getItem('parley.me') || 'null');
		} catch { /* treated as signed out */ }
		if (me && me.sub && (!me.exp || me.exp * 1000 > Date.now()))
			start(me);
		else
			showSignIn();
	}

	init();
})();
