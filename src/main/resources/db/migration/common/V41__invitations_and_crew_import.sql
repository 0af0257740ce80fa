-- Onboarding: invitations to a production, the crew list's own columns, and how a production's CSV maps onto them.

-- An invitation names a production and the roles offered there. Only a SHA-256 of its one-time token is kept: the
-- token carries 256 random bits, so a fast hash is enough and a stolen table opens no invitation. Email is empty for
-- an invitation handed over as a printed link or QR code.
CREATE TABLE invitation
(
  id            UUID         NOT NULL PRIMARY KEY,
  production_id UUID         NOT NULL REFERENCES production (id),
  email         VARCHAR(254),
  display_name  VARCHAR(120) NOT NULL,
  roles         VARCHAR(400) NOT NULL,
  department    VARCHAR(60),
  phone         VARCHAR(40),
  position      VARCHAR(80),
  starts_on     DATE,
  ends_on       DATE,
  token_hash    VARCHAR(64)  NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  times_sent    INTEGER      NOT NULL,
  invited_by    UUID         REFERENCES app_user (id),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  accepted_by   UUID         REFERENCES app_user (id),
  closed_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT invitation_token_unique UNIQUE (token_hash),
  CONSTRAINT invitation_status_known CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED'))
);
CREATE INDEX invitation_by_production ON invitation (production_id, status);

-- What a production office keeps about a person beyond their roles: phone, position and the dates they work.
CREATE TABLE crew_detail
(
  production_id UUID NOT NULL REFERENCES production (id),
  user_id       UUID NOT NULL REFERENCES app_user (id),
  phone         VARCHAR(40),
  position      VARCHAR(80),
  starts_on     DATE,
  ends_on       DATE,
  PRIMARY KEY (production_id, user_id)
);

-- Which of the office's column headings holds which of SetSafe's fields, remembered per production.
CREATE TABLE crew_import_mapping
(
  production_id UUID          NOT NULL PRIMARY KEY REFERENCES production (id),
  mapping       VARCHAR(2000) NOT NULL,
  saved_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
