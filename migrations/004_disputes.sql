-- Disputes, reports, legal hold and the staff audit log.

-- A conversation on legal hold keeps its transcript through retention and
-- erasure. Opening a dispute sets it; only an operator releases it.
ALTER TABLE conversations ADD COLUMN legal_hold boolean NOT NULL DEFAULT false;

CREATE TABLE disputes (
	id          bigserial PRIMARY KEY,
	conv_id     bigint NOT NULL REFERENCES conversations (id),
	opened_by   text NOT NULL REFERENCES users (id),
	reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
	state       text NOT NULL DEFAULT 'open'
	            CHECK (state IN ('open', 'assigned', 'resolved')),
	assignee    text REFERENCES users (id),
	outcome     text CHECK (outcome IN ('refund_buyer', 'release_to_seller',
	                                    'partial', 'no_action')),
	summary     text CHECK (length(summary) <= 4000),
	created_at  timestamptz NOT NULL DEFAULT now(),
	updated_at  timestamptz NOT NULL DEFAULT now(),
	resolved_at timestamptz,
	CHECK ((state = 'resolved') = (outcome IS NOT NULL)),
	CHECK (state = 'open' OR assignee IS NOT NULL)
);
-- at most one unresolved dispute per conversation
CREATE UNIQUE INDEX disputes_one_open_idx ON disputes (conv_id)
	WHERE state <> 'resolved';
CREATE INDEX disputes_state_idx ON disputes (state, created_at);

CREATE TABLE dispute_notes (
	id         bigserial PRIMARY KEY,
	dispute_id bigint NOT NULL REFERENCES disputes (id),
	author     text NOT NULL REFERENCES users (id),
	text       text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dispute_notes_dispute_idx ON dispute_notes (dispute_id);

CREATE TABLE reports (
	id         bigserial PRIMARY KEY,
	conv_id    bigint NOT NULL REFERENCES conversations (id),
	seq        bigint NOT NULL,
	reporter   text NOT NULL REFERENCES users (id),
	category   text NOT NULL CHECK (category IN ('spam', 'fraud',
	           'harassment', 'off_platform')),
	note       text CHECK (length(note) <= 2000),
	created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_conv_idx ON reports (conv_id);
CREATE INDEX messages_flagged_idx ON messages (created_at) WHERE flagged;

-- Every look at private data and every change of a case, by staff.
-- Append-only (the trigger below refuses UPDATE, DELETE and TRUNCATE) and
-- hash-chained: hash = sha256(prev_hash || audit_canonical(fields)), so
-- `parleyctl audit verify` finds a row changed behind the trigger's back.
CREATE TABLE audit_log (
	id          bigserial PRIMARY KEY,
	at          timestamptz NOT NULL,
	actor       text NOT NULL,
	role        text NOT NULL,
	action      text NOT NULL,
	dispute_id  bigint,
	conv_id     bigint,
	seq         bigint,
	reason      text,
	client_addr text,
	prev_hash   bytea NOT NULL,
	hash        bytea NOT NULL
);
CREATE INDEX audit_log_dispute_idx ON audit_log (dispute_id);
CREATE INDEX audit_log_conv_idx ON audit_log (conv_id);

-- Length-prefixed fields: no separator inside a value can shift another.
CREATE FUNCTION audit_canonical(p_id bigint, p_at timestamptz, p_actor text,
	p_role text, p_action text, p_dispute bigint, p_conv bigint,
	p_seq bigint, p_reason text, p_addr text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
	SELECT convert_to(string_agg(length(f)::text || ':' || f, '|'
		ORDER BY n), 'UTF8')
	FROM unnest(ARRAY[p_id::text,
		to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
		p_actor, p_role, p_action, coalesce(p_dispute::text, '-'),
		coalesce(p_conv::text, '-'), coalesce(p_seq::text, '-'),
		coalesce(p_reason, '-'), coalesce(p_addr, '-')])
		WITH ORDINALITY AS t(f, n)
$$;

CREATE FUNCTION audit_append(p_actor text, p_role text, p_action text,
	p_dispute bigint, p_conv bigint, p_seq bigint, p_reason text,
	p_addr text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
	v_prev bytea;
	v_id bigint := nextval('audit_log_id_seq');
	v_at timestamptz := clock_timestamp();
BEGIN
	-- one writer at a time across all nodes: the chain has no forks
	PERFORM pg_advisory_xact_lock(726001);
	SELECT hash INTO v_prev FROM audit_log ORDER BY id DESC LIMIT 1;
	v_prev := coalesce(v_prev, '\x00'::bytea);
	INSERT INTO audit_log (id, at, actor, role, action, dispute_id, conv_id,
		seq, reason, client_addr, prev_hash, hash)
	VALUES (v_id, v_at, p_actor, p_role, p_action, p_dispute, p_conv, p_seq,
		p_reason, p_addr, v_prev,
		sha256(v_prev || audit_canonical(v_id, v_at, p_actor, p_role,
			p_action, p_dispute, p_conv, p_seq, p_reason, p_addr)));
	RETURN v_id;
END
$$;

CREATE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_log is append-only'
		USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
	FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
	FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Marketing facts between a buyer and a seller for a dispute bundle. The
-- offers migration redefines it once the consent ledger exists.
CREATE FUNCTION calls_consent_between(p_buyer text, p_seller text)
RETURNS json LANGUAGE sql STABLE AS $$
	SELECT json_build_object('events', '[]'::json, 'decisions', '[]'::json)
$$;
