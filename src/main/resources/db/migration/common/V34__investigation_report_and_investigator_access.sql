-- The investigation report's sign-offs and the investigators let in from outside the production. Written to run
-- unchanged on PostgreSQL and on H2 in PostgreSQL mode. Nothing here is updated or deleted: a revocation is a row
-- of its own beside the grant it ends.

-- A sign-off of the investigation report: who signed, in which role, and the SHA-256 of exactly the PDF they
-- signed. A later change to the investigation prints a different PDF, so an earlier sign-off stays visibly about
-- an earlier version.
CREATE TABLE incident_report_sign_off
(
  id            UUID        NOT NULL PRIMARY KEY,
  incident_id   UUID        NOT NULL REFERENCES incident (id),
  production_id UUID        NOT NULL REFERENCES production (id),
  role          VARCHAR(20) NOT NULL,
  signed_by     UUID        NOT NULL,
  signed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  report_sha256 VARCHAR(64) NOT NULL,
  CONSTRAINT incident_report_sign_off_role_known CHECK (role IN ('SAFETY_ADVISOR', 'PRODUCER')),
  -- One person signs one version once in one role.
  CONSTRAINT incident_report_sign_off_once UNIQUE (incident_id, report_sha256, role)
);
CREATE INDEX incident_report_sign_off_by_incident ON incident_report_sign_off (incident_id, signed_at);

-- Read-only access to one incident for someone outside the production (a sheriff's office, a regulator, an
-- insurer), until it expires or is revoked. The secret link is kept only as its SHA-256.
CREATE TABLE investigator_grant
(
  id            UUID         NOT NULL PRIMARY KEY,
  incident_id   UUID         NOT NULL REFERENCES incident (id),
  production_id UUID         NOT NULL REFERENCES production (id),
  name          VARCHAR(120) NOT NULL,
  organisation  VARCHAR(120) NOT NULL,
  email         VARCHAR(254) NOT NULL,
  granted_by    UUID         NOT NULL,
  granted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  token_hash    VARCHAR(64)  NOT NULL UNIQUE,
  CONSTRAINT investigator_grant_expires_after_granted CHECK (expires_at > granted_at)
);
CREATE INDEX investigator_grant_by_incident ON investigator_grant (incident_id, granted_at);

-- A grant withdrawn before it expired.
CREATE TABLE investigator_grant_revocation
(
  grant_id   UUID NOT NULL PRIMARY KEY REFERENCES investigator_grant (id),
  revoked_by UUID NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every read an investigator made through their link: what, and when.
CREATE TABLE investigator_read
(
  id          UUID        NOT NULL PRIMARY KEY,
  grant_id    UUID        NOT NULL REFERENCES investigator_grant (id),
  incident_id UUID        NOT NULL REFERENCES incident (id),
  what        VARCHAR(30) NOT NULL,
  read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT investigator_read_what_known CHECK (what IN ('SUMMARY', 'REPORT', 'EVIDENCE_BUNDLE'))
);
CREATE INDEX investigator_read_by_incident ON investigator_read (incident_id, read_at);
