-- Investigators' notes on an incident's timeline. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL
-- mode. A note is never edited or deleted: a correction is a new note naming the one it corrects. The ledger keeps
-- each note's SHA-256, not its words, so the whole crew's ledger does not carry what only investigators read.
CREATE TABLE incident_note
(
  id            UUID          NOT NULL PRIMARY KEY,
  incident_id   UUID          NOT NULL REFERENCES incident (id),
  production_id UUID          NOT NULL REFERENCES production (id),
  text          VARCHAR(4000) NOT NULL,
  text_sha256   VARCHAR(64)   NOT NULL,
  about         TIMESTAMP WITH TIME ZONE,
  corrects      UUID REFERENCES incident_note (id),
  written_by    UUID          NOT NULL,
  written_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incident_note_by_incident ON incident_note (incident_id, written_at);

-- The crew a note concerns, for the timeline's filter by person.
CREATE TABLE incident_note_person
(
  note_id  UUID NOT NULL REFERENCES incident_note (id),
  position INT  NOT NULL,
  user_id  UUID NOT NULL,
  PRIMARY KEY (note_id, position)
);
