-- The dispute bundle's marketing facts come from the consent ledger
-- (migrations/003) now that both exist; 004 left a stub.
CREATE OR REPLACE FUNCTION calls_consent_between(p_buyer text, p_seller text)
RETURNS json LANGUAGE sql STABLE AS $$
	SELECT consent_facts_json(p_buyer, p_seller)
$$;
