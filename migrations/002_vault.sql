-- Per-user data keys for originals (crypto-shredding) and the flag the
-- content policy sets on a message for support to review.

-- wrapped is the user's data key sealed under the master key named by
-- master_key_id. Destroying a key (erasure) sets wrapped to NULL: every
-- original sealed under it becomes unreadable for good.
CREATE TABLE user_keys (
	id            bigserial PRIMARY KEY,
	user_id       text NOT NULL REFERENCES users (id),
	wrapped       bytea,
	master_key_id text NOT NULL,
	created_at    timestamptz NOT NULL DEFAULT now(),
	destroyed_at  timestamptz,
	CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL))
);
CREATE UNIQUE INDEX user_keys_live_idx ON user_keys (user_id)
	WHERE destroyed_at IS NULL;

ALTER TABLE messages ADD COLUMN flagged boolean NOT NULL DEFAULT false;
