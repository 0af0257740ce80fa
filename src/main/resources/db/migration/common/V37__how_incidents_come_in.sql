-- How incidents come in: a hazard report or a stop-work marked "someone was hurt" (which always opens an
-- incident), an incident opened anonymously through the production's public link with a receipt, and a scene held
-- for an incident. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode. Adding a column with a
-- constant default changes no row, so the append-only triggers of the reporting and incident tables are not asked.

-- "Someone was hurt": false for every report and stop-work made before it could be said, as for any that do not say.
ALTER TABLE hazard_report ADD COLUMN injury BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE stop_work ADD COLUMN injury BOOLEAN DEFAULT FALSE NOT NULL;

-- An incident opened anonymously names no one who opened it and comes from no fact: its source says 'anonymous'.
ALTER TABLE incident DROP CONSTRAINT incident_opened_by_someone_or_from_a_fact;
ALTER TABLE incident ADD CONSTRAINT incident_opened_by_someone_or_from_a_fact
  CHECK (opened_by IS NOT NULL OR source_fact_id IS NOT NULL OR source = 'anonymous');
ALTER TABLE incident ADD CONSTRAINT incident_anonymous_names_no_one
  CHECK (source IS NULL OR source <> 'anonymous' OR (opened_by IS NULL AND source_fact_id IS NULL));
-- For the limit on anonymous incidents per production and hour.
CREATE INDEX incident_by_source ON incident (production_id, source, opened_at);

-- An incident's hold names one weapon, one lot or one scene.
ALTER TABLE incident_hold ADD COLUMN scene_id UUID;
ALTER TABLE incident_hold DROP CONSTRAINT incident_hold_names_one;
ALTER TABLE incident_hold ADD CONSTRAINT incident_hold_names_one CHECK (
  (CASE WHEN weapon_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN lot_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN scene_id IS NULL THEN 0 ELSE 1 END) = 1);

-- The receipt of an incident opened anonymously: an eight-digit lookup prefix in clear, the whole code only as a
-- slow hash, as for anonymous hazard reports. Nothing about the person is kept.
CREATE TABLE incident_receipt
(
  incident_id    UUID         NOT NULL PRIMARY KEY REFERENCES incident (id),
  production_id  UUID         NOT NULL REFERENCES production (id),
  receipt_lookup VARCHAR(8)   NOT NULL UNIQUE,
  receipt_hash   VARCHAR(200) NOT NULL
);

-- What an incident opened by SetSafe came from, for the way back to it: the report ('report:<id>') or the
-- stop-work ('stop-work:<id>') that said someone was hurt.
CREATE TABLE incident_source
(
  incident_id UUID        NOT NULL PRIMARY KEY REFERENCES incident (id),
  subject     VARCHAR(60) NOT NULL
);
