-- Data rights: the marketing suppression list that outlives erasure, and
-- what export and retention need.

-- Salted hashes of erased users' identities: an erased buyer is never
-- offered to again, even if an identity comes back under a new account.
-- The salt is this deployment's own, made once here.
CREATE TABLE deployment (
	singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
	salt      bytea NOT NULL
);
INSERT INTO deployment (salt)
	SELECT sha256(convert_to(gen_random_uuid()::text ||
		clock_timestamp()::text || random()::text, 'UTF8'));

CREATE TABLE marketing_suppression (
	identity_hash bytea PRIMARY KEY,
	reason        text NOT NULL,
	created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION suppression_hash(p_identity text) RETURNS bytea
LANGUAGE sql STABLE AS $$
	SELECT sha256(d.salt || convert_to(lower(p_identity), 'UTF8'))
	FROM deployment d
$$;

-- Marketing facts of one user for an export; the offers migration
-- redefines it once the consent ledger exists.
CREATE FUNCTION rights_marketing_of(p_user text) RETURNS json
LANGUAGE sql STABLE AS $$
	SELECT json_build_object('consent_events', '[]'::json,
		'offer_decisions', '[]'::json)
$$;
