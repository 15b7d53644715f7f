-- The dispute bundle's marketing facts come from the consent ledger
-- (migrations/003) now that both exist; 004 left a stub.
CREATE OR REPLACE FUNCTION calls_consent_between(p_buyer text, p_seller text)
RETURNS json LANGUAGE sql STABLE AS $$
	SELECT consent_facts_json(p_buyer, p_seller)
$$;

-- A user's export carries their consent events and the decisions about
-- them from the ledger (005 left a stub).
CREATE OR REPLACE FUNCTION rights_marketing_of(p_user text) RETURNS json
LANGUAGE sql STABLE AS $$
	SELECT json_build_object('consent_events', f -> 'events',
		'offer_decisions', f -> 'decisions')
	FROM (SELECT consent_facts_json(p_user, NULL) AS f) x
$$;
