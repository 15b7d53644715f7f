-- Parley schema, first cut: users, conversations, messages.
-- Only what the gateway needs about a person is kept (data minimisation).

CREATE TABLE users (
	id           text PRIMARY KEY
	             CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$'),
	role         text NOT NULL
	             CHECK (role IN ('buyer', 'seller', 'support', 'admin')),
	display_name text NOT NULL CHECK (length(display_name) <= 200),
	company      text CHECK (length(company) <= 200),
	country      text NOT NULL DEFAULT 'ZZ' CHECK (country ~ '^[A-Z]{2}$'),
	tz           text NOT NULL DEFAULT 'UTC',
	minor        boolean NOT NULL DEFAULT false,
	created_at   timestamptz NOT NULL DEFAULT now(),
	erased_at    timestamptz
);

-- A conversation is between exactly one buyer and one seller about a topic
-- (a product or order reference). last_seq is the per-conversation sequence
-- counter: the writer locks the row, so numbers never repeat or skip.
CREATE TABLE conversations (
	id              bigserial PRIMARY KEY,
	buyer_id        text NOT NULL REFERENCES users (id),
	seller_id       text NOT NULL REFERENCES users (id),
	topic           text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
	stage           text NOT NULL DEFAULT 'inquiry'
	                CHECK (stage IN ('inquiry', 'ordered')),
	last_seq        bigint NOT NULL DEFAULT 0,
	buyer_read_seq  bigint NOT NULL DEFAULT 0,
	seller_read_seq bigint NOT NULL DEFAULT 0,
	created_at      timestamptz NOT NULL DEFAULT now(),
	UNIQUE (buyer_id, seller_id, topic)
);
CREATE INDEX conversations_seller_idx ON conversations (seller_id);

-- text is what the counterpart sees (redacted). original is the sender's
-- text encrypted under the sender's data key; it is never stored in clear.
-- conv_id has no foreign key on purpose: the writer inserts only after
-- locking the conversation row (SELECT ... FOR UPDATE) in the same
-- transaction, and conversations are never deleted; the per-row trigger
-- of a foreign key would cost a quarter of the insert time.
CREATE TABLE messages (
	id          bigserial PRIMARY KEY,
	conv_id     bigint NOT NULL,
	seq         bigint NOT NULL,
	sender_id   text NOT NULL,
	cid         text NOT NULL CHECK (length(cid) BETWEEN 1 AND 64),
	kind        text NOT NULL DEFAULT 'chat',
	text        text NOT NULL,
	redactions  jsonb,
	original    bytea,
	key_id      bigint,
	node        text,
	created_at  timestamptz NOT NULL DEFAULT now(),
	UNIQUE (conv_id, seq),
	UNIQUE (sender_id, cid)
);
-- Rows arrive in time order: a BRIN index serves retention by age at a
-- fraction of a B-tree's cost per insert.
CREATE INDEX messages_created_idx ON messages USING brin (created_at);
