-- Single sign-on: which account a studio's provider vouches for. An account is linked once, by its verified email;
-- afterwards the provider's subject (stable where an email may change) finds it.
CREATE TABLE sso_link
(
  issuer    VARCHAR(255) NOT NULL,
  subject   VARCHAR(255) NOT NULL,
  user_id   UUID         NOT NULL REFERENCES app_user (id),
  linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (issuer, subject)
);

-- Second factor (TOTP, RFC 6238). The secret must be read back to check a code, so it is kept as it is; a row
-- without confirmed_at is an enrolment begun and not yet proven with a code. last_used_step refuses a code used
-- twice; failures counted since failures_since make a guessing run wait.
CREATE TABLE second_factor
(
  user_id        UUID        NOT NULL PRIMARY KEY REFERENCES app_user (id),
  secret         VARCHAR(64) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed_at   TIMESTAMP WITH TIME ZONE,
  last_used_step BIGINT,
  failures       INTEGER     NOT NULL,
  failures_since TIMESTAMP WITH TIME ZONE
);

-- Recovery codes for a lost phone: only their SHA-256 is kept (each is random and long), each used once.
CREATE TABLE recovery_code
(
  user_id   UUID        NOT NULL REFERENCES app_user (id),
  code_hash VARCHAR(64) NOT NULL,
  used_at   TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (user_id, code_hash)
);
