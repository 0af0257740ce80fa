-- Incidents: what happened, who was involved, what it touched, the evidence pinned when it opened, custody's holds
-- for it, and the chain of custody of its physical evidence. Written to run unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode. Nothing here is ever updated or deleted: a confirmation is a row of its own beside its hand-over.

-- An incident as opened: by a crew member (opened_by), or by SetSafe from a fact that always is one (source and
-- source_fact_id, once per fact).
CREATE TABLE incident
(
  id             UUID          NOT NULL PRIMARY KEY,
  production_id  UUID          NOT NULL REFERENCES production (id),
  kind           VARCHAR(30)   NOT NULL,
  severity       VARCHAR(20)   NOT NULL,
  location       VARCHAR(200),
  happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  what_happened  VARCHAR(4000) NOT NULL,
  opened_by      UUID,
  opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  source         VARCHAR(60),
  source_fact_id UUID UNIQUE,
  CONSTRAINT incident_kind_known CHECK (kind IN ('INJURY_OR_ILLNESS', 'NEAR_MISS', 'UNINTENDED_DISCHARGE',
    'LIVE_ROUND_FOUND', 'PROPERTY_DAMAGE', 'OTHER')),
  CONSTRAINT incident_severity_known CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  CONSTRAINT incident_opened_by_someone_or_from_a_fact CHECK (opened_by IS NOT NULL OR source_fact_id IS NOT NULL),
  CONSTRAINT incident_by_hand_says_where CHECK (opened_by IS NULL OR location IS NOT NULL)
);
CREATE INDEX incident_by_production ON incident (production_id, opened_at);

-- The people involved, in the order given: crew by account (user_id), others by name only.
CREATE TABLE incident_person
(
  incident_id UUID         NOT NULL REFERENCES incident (id),
  position    INT          NOT NULL,
  user_id     UUID,
  name        VARCHAR(120) NOT NULL,
  involvement VARCHAR(20)  NOT NULL,
  PRIMARY KEY (incident_id, position),
  CONSTRAINT incident_person_involvement_known CHECK (involvement IN ('INJURED', 'WITNESS', 'REPORTER'))
);

-- The weapons, lots and scenes an incident touched.
CREATE TABLE incident_subject
(
  incident_id  UUID        NOT NULL REFERENCES incident (id),
  subject_type VARCHAR(10) NOT NULL,
  subject_id   UUID        NOT NULL,
  PRIMARY KEY (incident_id, subject_type, subject_id),
  CONSTRAINT incident_subject_type_known CHECK (subject_type IN ('WEAPON', 'LOT', 'SCENE'))
);

-- Medical details, apart from the incident: read only by the safety advisor, the UPM or producer and the injured
-- person, never copied into the ledger.
CREATE TABLE incident_medical
(
  incident_id UUID          NOT NULL PRIMARY KEY REFERENCES incident (id),
  details     VARCHAR(4000) NOT NULL,
  recorded_by UUID,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The production's ledger pinned when the incident opened: its size then, the signed checkpoint that covers it,
-- and the evidence bundle of the log at that checkpoint (verifiable offline), with the bundle's SHA-256.
CREATE TABLE incident_evidence_pin
(
  incident_id   UUID           NOT NULL PRIMARY KEY REFERENCES incident (id),
  tree_size     BIGINT         NOT NULL,
  checkpoint    VARCHAR(20000) NOT NULL,
  bundle        BYTEA          NOT NULL,
  bundle_sha256 VARCHAR(64)    NOT NULL,
  pinned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT incident_evidence_pin_size CHECK (tree_size >= 0)
);

-- Custody's holds on what the incident touched: hold_id is custody's event that put the hold on (placed_now
-- false when a hold already named the weapon or lot, as an accidental discharge holds its own weapon).
CREATE TABLE incident_hold
(
  incident_id UUID    NOT NULL REFERENCES incident (id),
  position    INT     NOT NULL,
  hold_id     UUID    NOT NULL,
  weapon_id   UUID,
  lot_id      UUID,
  placed_now  BOOLEAN NOT NULL,
  PRIMARY KEY (incident_id, position),
  CONSTRAINT incident_hold_names_one CHECK ((weapon_id IS NULL) <> (lot_id IS NULL))
);

-- A piece of physical evidence, logged by the crew member who has it, with its case number if known yet.
CREATE TABLE evidence_item
(
  id            UUID         NOT NULL PRIMARY KEY,
  incident_id   UUID         NOT NULL REFERENCES incident (id),
  production_id UUID         NOT NULL REFERENCES production (id),
  kind          VARCHAR(20)  NOT NULL,
  what          VARCHAR(500) NOT NULL,
  case_number   VARCHAR(60),
  logged_by     UUID         NOT NULL,
  logged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT evidence_item_kind_known CHECK (kind IN ('ROUND', 'WEAPON', 'VIDEO', 'OTHER'))
);
CREATE INDEX evidence_item_by_incident ON evidence_item (incident_id, logged_at);

-- A hand-over as the giving side recorded it; the receiving side's code is kept only as its SHA-256.
CREATE TABLE evidence_hand_over
(
  id              UUID         NOT NULL PRIMARY KEY,
  item_id         UUID         NOT NULL REFERENCES evidence_item (id),
  production_id   UUID         NOT NULL REFERENCES production (id),
  from_name       VARCHAR(250) NOT NULL,
  to_name         VARCHAR(120) NOT NULL,
  to_organisation VARCHAR(120) NOT NULL,
  case_number     VARCHAR(60)  NOT NULL,
  offered_by      UUID         NOT NULL,
  offered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  code_hash       VARCHAR(64)  NOT NULL UNIQUE
);
CREATE INDEX evidence_hand_over_by_item ON evidence_hand_over (item_id, offered_at);

-- The receiving side's confirmation, once, under the case number they file the item under (the same as the
-- hand-over's: a different one is refused before it gets here).
CREATE TABLE evidence_hand_over_confirmation
(
  hand_over_id UUID         NOT NULL PRIMARY KEY REFERENCES evidence_hand_over (id),
  confirmed_by VARCHAR(120) NOT NULL,
  case_number  VARCHAR(60)  NOT NULL,
  confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
