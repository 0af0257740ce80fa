-- Training: the qualifications each person holds (armorer permit, firearms safety course, production
-- safety training, and types an administrator adds), with a scanned copy of each certificate, who verified
-- it, and the expiry reminders sent. A certification belongs to the person across productions. Every table
-- only grows: a correction or a withdrawal is a new version of the certification, and the earlier ones stay
-- readable. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- Kinds of qualification on this installation: three built in, more added by an administrator.
CREATE TABLE qualification_type
(
  code       VARCHAR(40)  NOT NULL PRIMARY KEY,
  label      VARCHAR(120) NOT NULL,
  built_in   BOOLEAN      NOT NULL,
  added_by   UUID,
  added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT qualification_type_code_shape CHECK (code = UPPER(code))
);
INSERT INTO qualification_type (code, label, built_in, added_by, added_at) VALUES
  ('ARMORER_PERMIT', 'Armorer permit', TRUE, NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
  ('FIREARMS_SAFETY', 'Firearms safety training', TRUE, NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
  ('PRODUCTION_SAFETY', 'Production safety training', TRUE, NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');

-- The scanned copy of a certificate, kept in the database with the record it proves; its type was read
-- from its first bytes, not from what the uploader claimed.
CREATE TABLE certification_scan
(
  id          UUID         NOT NULL PRIMARY KEY,
  holder_id   UUID         NOT NULL REFERENCES app_user (id),
  media_type  VARCHAR(40)  NOT NULL,
  file_name   VARCHAR(200),
  byte_count  INT          NOT NULL,
  sha256      VARCHAR(64)  NOT NULL,
  content     BYTEA        NOT NULL,
  recorded_by UUID         NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT certification_scan_type_known CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  CONSTRAINT certification_scan_not_empty CHECK (byte_count > 0)
);

-- Each version of a certification. Version 1 is what was first recorded; a correction or a withdrawal is
-- the next version with its reason. The highest version is the one in force.
CREATE TABLE certification
(
  id                UUID         NOT NULL,
  version           INT          NOT NULL,
  holder_id         UUID         NOT NULL REFERENCES app_user (id),
  type_code         VARCHAR(40)  NOT NULL REFERENCES qualification_type (code),
  issuer            VARCHAR(120) NOT NULL,
  cert_number       VARCHAR(120),
  issued_on         DATE         NOT NULL,
  expires_on        DATE,
  withdrawn         BOOLEAN      NOT NULL,
  reason            VARCHAR(2000),
  scan_id           UUID REFERENCES certification_scan (id),
  via_production_id UUID REFERENCES production (id),
  recorded_by       UUID         NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (id, version),
  CONSTRAINT certification_version_natural CHECK (version >= 1),
  CONSTRAINT certification_change_explained CHECK (version = 1 OR reason IS NOT NULL),
  CONSTRAINT certification_expires_after_issue CHECK (expires_on IS NULL OR expires_on >= issued_on)
);
CREATE INDEX certification_by_holder ON certification (holder_id);
CREATE INDEX certification_by_expiry ON certification (expires_on);

-- A safety advisor saw the original of one version of a certification.
CREATE TABLE certification_verification
(
  id            UUID          NOT NULL PRIMARY KEY,
  certification_id UUID       NOT NULL,
  version       INT           NOT NULL,
  production_id UUID          NOT NULL REFERENCES production (id),
  verified_by   UUID          NOT NULL,
  verified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  note          VARCHAR(500),
  FOREIGN KEY (certification_id, version) REFERENCES certification (id, version)
);
CREATE INDEX certification_verification_by_certification ON certification_verification (certification_id);

-- Reminders recorded before (and at) expiry: one per certification, expiry date and threshold, ever. The
-- unique key is what keeps two sweeps (two instances, or one after a restart) from reminding twice.
CREATE TABLE qualification_reminder
(
  fact_id          UUID    NOT NULL PRIMARY KEY,
  certification_id UUID    NOT NULL,
  holder_id        UUID    NOT NULL REFERENCES app_user (id),
  type_code        VARCHAR(40) NOT NULL,
  expires_on       DATE    NOT NULL,
  days_before      INT     NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT qualification_reminder_once UNIQUE (certification_id, expires_on, days_before)
);
CREATE INDEX qualification_reminder_by_holder ON qualification_reminder (holder_id);
