-- Witness statements about an incident, in the witness's own words. A statement is a line of versions: a
-- correction is a new version beside the ones before, never an edit, and every version stays. A version recorded
-- by an investigator for a witness waits for the witness's confirmation, which is a row of its own. Written to run
-- unchanged on PostgreSQL and on H2 in PostgreSQL mode; nothing here is ever updated or deleted.

-- One version of one statement. The witness is a crew member by account (witness_user_id) or someone from outside
-- the crew named by the investigator who recorded it. words_sha256 is what the ledger holds instead of the words.
CREATE TABLE incident_statement_version
(
  id              UUID           NOT NULL PRIMARY KEY,
  statement_id    UUID           NOT NULL,
  incident_id     UUID           NOT NULL REFERENCES incident (id),
  production_id   UUID           NOT NULL REFERENCES production (id),
  version         INT            NOT NULL,
  witness_user_id UUID,
  witness_name    VARCHAR(120)   NOT NULL,
  words           VARCHAR(20000) NOT NULL,
  about           TIMESTAMP WITH TIME ZONE,
  given_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by     UUID           NOT NULL,
  words_sha256    VARCHAR(64)    NOT NULL,
  -- Of two corrections of the same version at once, only one becomes the next version.
  CONSTRAINT incident_statement_one_version_each UNIQUE (statement_id, version),
  CONSTRAINT incident_statement_version_counts CHECK (version >= 1)
);
CREATE INDEX incident_statement_by_incident ON incident_statement_version (incident_id, given_at);

-- The witness confirmed a version an investigator recorded for them: once, by the witness's own account.
CREATE TABLE incident_statement_confirmation
(
  version_id   UUID NOT NULL PRIMARY KEY REFERENCES incident_statement_version (id),
  confirmed_by UUID NOT NULL,
  confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
