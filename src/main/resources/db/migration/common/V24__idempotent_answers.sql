-- Idempotency-Key on every creating POST, not only custody's: one table for every module's answers. A signed-in
-- person's answers are scoped by their id; an anonymous reporter's by nothing that names them ('anonymous'), with
-- the key stored only as a keyed hash and the answer (which holds the receipt code) sealed with a key derived from
-- the Idempotency-Key, which the server never keeps. See org.setsafe.web.IdempotencyKeys.
CREATE TABLE idempotent_answer
(
  scope           VARCHAR(40)   NOT NULL,
  idempotency_key VARCHAR(200)  NOT NULL,
  fingerprint     VARCHAR(64)   NOT NULL,
  sealed          BOOLEAN       NOT NULL,
  status          INT           NOT NULL,
  headers         TEXT          NOT NULL,
  body            TEXT          NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotent_answer_by_age ON idempotent_answer (created_at);

-- Custody's keys from before: their requests were fingerprinted another way, so a retry across the upgrade is
-- refused as a reused key (the phone is told) rather than recorded twice.
INSERT INTO idempotent_answer (scope, idempotency_key, fingerprint, sealed, status, headers, body, created_at)
SELECT CAST(user_id AS VARCHAR(40)), idempotency_key, 'answered before the upgrade', FALSE, response_status, '{}',
       response_body, created_at
FROM idempotent_request;

DROP TABLE idempotent_request;
