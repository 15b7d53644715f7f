-- Marketing consent and offers: the jurisdiction rules as data, the
-- append-only hash-chained consent ledger, offers, one stored decision per
-- recipient, and the deliveries waiting for a buyer (quiet hours, or a
-- buyer who is not connected). docs/privacy.md explains every rule.

CREATE FUNCTION consent_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only', TG_TABLE_NAME
		USING ERRCODE = 'insufficient_privilege';
END
$$;

-- One row per policy version; the newest (highest seq) is in force. A
-- change is a new version, never an edit, so an old decision still names
-- the rules it applied. parleyd may override fields from its config; the
-- recorded version then says so.
CREATE TABLE consent_policy (
	seq             bigserial UNIQUE,
	version         text PRIMARY KEY CHECK (length(version) BETWEEN 1 AND 40),
	quiet_start     time NOT NULL,
	quiet_end       time NOT NULL,
	cap             integer NOT NULL CHECK (cap >= 0),
	cap_window      interval NOT NULL CHECK (cap_window > '0'::interval),
	optin_countries text[] NOT NULL,
	note            text,
	created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER consent_policy_append_only BEFORE UPDATE OR DELETE
	ON consent_policy FOR EACH ROW EXECUTE FUNCTION consent_refuse_change();

-- Prior opt-in (ePrivacy art. 13 / GDPR consent): the EU and EEA, the UK
-- (PECR), Switzerland (UWG art. 3 o), Canada (CASL), Australia (Spam Act),
-- New Zealand (UEMA), Japan (Act on Specified E-mail), Korea (Network Act).
INSERT INTO consent_policy (version, quiet_start, quiet_end, cap, cap_window,
	optin_countries, note)
VALUES ('2026.1', '21:00', '08:00', 3, '7 days',
	ARRAY['AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR',
	      'HU','IE','IT','LV','LT','LU','MT','NL','PL','PT','RO','SK',
	      'SI','ES','SE','IS','LI','NO','GB','CH','CA','AU','NZ','JP',
	      'KR'],
	'default rules: docs/privacy.md');

-- The ledger. seller_id '*' means every seller. Append-only (triggers
-- below) and hash-chained like the audit log: hash = sha256(prev_hash ||
-- consent_canonical(fields)), so `parleyctl consent verify` finds a row
-- changed behind the triggers' back (a superuser disabling them).
CREATE TABLE consent_events (
	id             bigserial PRIMARY KEY,
	at             timestamptz NOT NULL,
	buyer_id       text NOT NULL REFERENCES users (id),
	seller_id      text NOT NULL,
	action         text NOT NULL CHECK (action IN ('opt_in', 'opt_out')),
	source         text NOT NULL CHECK (source IN ('keyword', 'settings',
	               'offer_link', 'import', 'admin')),
	policy_version text NOT NULL,
	detail         text CHECK (length(detail) <= 200),
	node           text,
	prev_hash      bytea NOT NULL,
	hash           bytea NOT NULL
);
CREATE INDEX consent_events_state_idx
	ON consent_events (buyer_id, seller_id, at DESC, id DESC);
CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE
	ON consent_events FOR EACH ROW EXECUTE FUNCTION consent_refuse_change();
CREATE TRIGGER consent_events_no_truncate BEFORE TRUNCATE
	ON consent_events FOR EACH STATEMENT
	EXECUTE FUNCTION consent_refuse_change();

-- Length-prefixed fields (code points), '|' between, '-' for NULL: the
-- same bytes tools/ctl_consent.c rebuilds.
CREATE FUNCTION consent_canonical(p_id bigint, p_at timestamptz,
	p_buyer text, p_seller text, p_action text, p_source text,
	p_policy text, p_detail text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
	SELECT convert_to(string_agg(length(f)::text || ':' || f, '|'
		ORDER BY n), 'UTF8')
	FROM unnest(ARRAY[p_id::text,
		to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
		p_buyer, p_seller, p_action, p_source, p_policy,
		coalesce(p_detail, '-')])
		WITH ORDINALITY AS t(f, n)
$$;

-- Appends one event. The buyer's shard lock (exclusive) waits for every
-- offer decision in flight that includes this buyer and holds back the
-- next ones until this commits: an opt-out is seen by every decision made
-- after it, on any node. Then the chain lock: one link at a time.
CREATE FUNCTION consent_append(p_at timestamptz, p_buyer text,
	p_seller text, p_action text, p_source text, p_policy text,
	p_detail text, p_node text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
	v_prev bytea;
	v_id bigint;
BEGIN
	PERFORM pg_advisory_xact_lock(726004, hashtext(p_buyer) & 63);
	PERFORM pg_advisory_xact_lock(726003);
	v_id := nextval('consent_events_id_seq');
	SELECT hash INTO v_prev FROM consent_events ORDER BY id DESC LIMIT 1;
	v_prev := coalesce(v_prev, '\x00'::bytea);
	INSERT INTO consent_events (id, at, buyer_id, seller_id, action, source,
		policy_version, detail, node, prev_hash, hash)
	VALUES (v_id, p_at, p_buyer, p_seller, p_action, p_source, p_policy,
		p_detail, p_node, v_prev,
		sha256(v_prev || consent_canonical(v_id, p_at, p_buyer, p_seller,
			p_action, p_source, p_policy, p_detail)));
	RETURN v_id;
END
$$;

-- An offer as the seller sent it, after the PII engine (text is what a
-- buyer sees). (seller, cid) is unique: a resent offer is answered with
-- the first one's decisions.
CREATE TABLE offers (
	id             bigserial PRIMARY KEY,
	seller_id      text NOT NULL REFERENCES users (id),
	cid            text NOT NULL CHECK (length(cid) BETWEEN 1 AND 64),
	campaign       text CHECK (length(campaign) <= 200),
	text           text NOT NULL,
	redactions     jsonb,
	policy_version text NOT NULL,
	recipients     integer NOT NULL,
	created_at     timestamptz NOT NULL,
	node           text,
	UNIQUE (seller_id, cid)
);
CREATE TRIGGER offers_append_only BEFORE UPDATE OR DELETE
	ON offers FOR EACH ROW EXECUTE FUNCTION consent_refuse_change();

-- One row per recipient and phase: 'offer' when the seller sent it,
-- 'release' when a waiting delivery went out (or was stopped by a change
-- since). global_event and seller_event are the ledger rows it rested on.
CREATE TABLE offer_decisions (
	id             bigserial PRIMARY KEY,
	offer_id       bigint NOT NULL REFERENCES offers (id),
	seller_id      text NOT NULL,
	buyer_id       text NOT NULL,
	phase          text NOT NULL CHECK (phase IN ('offer', 'release')),
	decision       text NOT NULL CHECK (decision IN ('deliver', 'defer',
	               'refuse')),
	reason         text NOT NULL CHECK (reason IN ('allowed',
	               'deferred_quiet_hours', 'recipient_minor',
	               'recipient_erased', 'opted_out_global',
	               'opted_out_seller', 'needs_opt_in', 'frequency_cap',
	               'unknown_recipient')),
	policy_version text NOT NULL,
	global_event   bigint,
	seller_event   bigint,
	deliver_at     timestamptz,
	decided_at     timestamptz NOT NULL
);
CREATE INDEX offer_decisions_offer_idx ON offer_decisions (offer_id, buyer_id);
-- the frequency cap reads the offers that reached a buyer lately
CREATE INDEX offer_decisions_cap_idx
	ON offer_decisions (seller_id, buyer_id, decided_at DESC)
	WHERE phase = 'offer' AND decision IN ('deliver', 'defer');
CREATE INDEX offer_decisions_buyer_idx ON offer_decisions (buyer_id);
CREATE TRIGGER offer_decisions_append_only BEFORE UPDATE OR DELETE
	ON offer_decisions FOR EACH ROW EXECUTE FUNCTION consent_refuse_change();
CREATE TRIGGER offer_decisions_no_truncate BEFORE TRUNCATE
	ON offer_decisions FOR EACH STATEMENT
	EXECUTE FUNCTION consent_refuse_change();

-- Deliveries waiting: deferred past quiet hours, or allowed while the
-- buyer was not connected to the deciding node. A node releases the rows
-- of its connected buyers once due (re-deciding them), so a deferral
-- survives a restart. A work queue: a released row is deleted; the
-- release is recorded in offer_decisions.
CREATE TABLE offer_pending (
	offer_id bigint NOT NULL REFERENCES offers (id),
	buyer_id text NOT NULL,
	due_at   timestamptz NOT NULL,
	PRIMARY KEY (offer_id, buyer_id)
);
CREATE INDEX offer_pending_buyer_idx ON offer_pending (buyer_id, due_at);

-- Marketing facts of one buyer (and one seller, or every seller when
-- p_seller is NULL) as JSON, for exports and dispute bundles.
CREATE FUNCTION consent_facts_json(p_buyer text, p_seller text)
RETURNS json LANGUAGE sql STABLE AS $$
	SELECT json_build_object(
		'events', (SELECT coalesce(json_agg(json_build_object(
			'id', e.id, 'at', e.at, 'seller', e.seller_id,
			'marketing', e.action, 'source', e.source,
			'policy_version', e.policy_version) ORDER BY e.id), '[]')
			FROM consent_events e WHERE e.buyer_id = p_buyer
			AND (p_seller IS NULL OR e.seller_id IN (p_seller, '*'))),
		'decisions', (SELECT coalesce(json_agg(json_build_object(
			'offer', d.offer_id, 'seller', d.seller_id,
			'phase', d.phase, 'decision', d.decision,
			'reason', d.reason, 'policy_version', d.policy_version,
			'at', d.decided_at) ORDER BY d.id), '[]')
			FROM offer_decisions d WHERE d.buyer_id = p_buyer
			AND (p_seller IS NULL OR d.seller_id = p_seller)))
$$;
