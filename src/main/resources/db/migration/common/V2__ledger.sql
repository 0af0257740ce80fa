-- The ledger: one append-only log per production, and one for installation-wide facts (accounts).
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode. Nothing here is ever
-- updated or deleted; the PostgreSQL migration adds triggers that refuse it.

-- A log and the origin line its signed checkpoints carry. For a production's log, id = production id.
CREATE TABLE ledger_log
(
  id            UUID         NOT NULL PRIMARY KEY,
  scope         VARCHAR(80)  NOT NULL,
  production_id UUID,
  origin        VARCHAR(200) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ledger_log_scope_unique UNIQUE (scope),
  CONSTRAINT ledger_log_origin_unique UNIQUE (origin)
);

-- One recorded fact. `leaf` holds the exact bytes (ASCII-only JSON) whose RFC 9162 leaf hash is
-- `leaf_hash`; the other columns are copies for querying and are never trusted by verification.
CREATE TABLE ledger_entry
(
  log_id      UUID          NOT NULL REFERENCES ledger_log (id),
  entry_index BIGINT        NOT NULL,
  fact_id     UUID          NOT NULL,
  kind        VARCHAR(100)  NOT NULL,
  actor_id    UUID,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  leaf        TEXT          NOT NULL,
  leaf_hash   BYTEA         NOT NULL,
  PRIMARY KEY (log_id, entry_index),
  CONSTRAINT ledger_entry_fact_once UNIQUE (fact_id),
  CONSTRAINT ledger_entry_index_natural CHECK (entry_index >= 0)
);

-- What each entry is about (weapon:…, user:…), for history pages.
CREATE TABLE ledger_subject
(
  subject     VARCHAR(200) NOT NULL,
  log_id      UUID         NOT NULL,
  entry_index BIGINT       NOT NULL,
  PRIMARY KEY (subject, log_id, entry_index),
  FOREIGN KEY (log_id, entry_index) REFERENCES ledger_entry (log_id, entry_index)
);

-- Signed checkpoints: the whole C2SP signed note as it was signed.
CREATE TABLE ledger_checkpoint
(
  log_id    UUID         NOT NULL REFERENCES ledger_log (id),
  tree_size BIGINT       NOT NULL,
  note      TEXT         NOT NULL,
  key_name  VARCHAR(100) NOT NULL,
  signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (log_id, tree_size)
);
