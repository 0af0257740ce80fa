-- An incident's investigation: root causes with the evidence that shows them, the investigation closed and
-- re-opened, and the corrective and preventive actions that answer the root causes. Written to run unchanged on
-- PostgreSQL and on H2 in PostgreSQL mode. Nothing here is ever updated or deleted: a root cause is superseded by a
-- new version, an action moves on by steps of its own.

-- One version of a root cause: cause_id names the root cause across its versions (1, 2, ...). A five-whys chain
-- (form FIVE_WHYS, its steps below) or a contributing factor (form FACTOR), each in a category.
CREATE TABLE root_cause
(
  id            UUID         NOT NULL PRIMARY KEY,
  cause_id      UUID         NOT NULL,
  version       INT          NOT NULL,
  incident_id   UUID         NOT NULL REFERENCES incident (id),
  production_id UUID         NOT NULL REFERENCES production (id),
  form          VARCHAR(20)  NOT NULL,
  category      VARCHAR(40)  NOT NULL,
  summary       VARCHAR(500) NOT NULL,
  recorded_by   UUID         NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT root_cause_one_version_each UNIQUE (cause_id, version),
  CONSTRAINT root_cause_form_known CHECK (form IN ('FIVE_WHYS', 'FACTOR')),
  CONSTRAINT root_cause_category_known CHECK (category IN ('PEOPLE', 'EQUIPMENT_AND_AMMUNITION', 'PROCEDURE',
    'SUPERVISION_AND_MANAGEMENT', 'ENVIRONMENT', 'TIME_PRESSURE')),
  CONSTRAINT root_cause_version_counts CHECK (version >= 1)
);
CREATE INDEX root_cause_by_incident ON root_cause (incident_id, recorded_at);

-- A five-whys chain's steps in order: why, because.
CREATE TABLE root_cause_why
(
  root_cause_id UUID         NOT NULL REFERENCES root_cause (id),
  position      INT          NOT NULL,
  why           VARCHAR(500) NOT NULL,
  because       VARCHAR(500) NOT NULL,
  PRIMARY KEY (root_cause_id, position)
);

-- What shows a root cause: a ledger entry of the production (by its index, with its kind then) or a statement.
CREATE TABLE root_cause_evidence
(
  root_cause_id UUID        NOT NULL REFERENCES root_cause (id),
  position      INT         NOT NULL,
  ledger_index  BIGINT,
  ledger_kind   VARCHAR(100),
  statement_id  UUID,
  PRIMARY KEY (root_cause_id, position),
  CONSTRAINT root_cause_evidence_names_one CHECK ((ledger_index IS NULL) <> (statement_id IS NULL))
);

-- The investigation closed and re-opened, in turn (position 0, 1, ...): the last step says where it stands.
CREATE TABLE investigation_step
(
  id            UUID          NOT NULL PRIMARY KEY,
  incident_id   UUID          NOT NULL REFERENCES incident (id),
  production_id UUID          NOT NULL REFERENCES production (id),
  position      INT           NOT NULL,
  step          VARCHAR(10)   NOT NULL,
  reason        VARCHAR(2000),
  taken_by      UUID          NOT NULL,
  taken_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT investigation_step_known CHECK (step IN ('CLOSED', 'REOPENED')),
  CONSTRAINT investigation_step_in_turn UNIQUE (incident_id, position)
);

-- A corrective or preventive action: the root cause it answers, its owner, the day it is due on the production's
-- calendar (due_at: the moment that day ends there, when it becomes overdue), and who verifies it (null: the
-- safety advisor).
CREATE TABLE corrective_action
(
  id            UUID          NOT NULL PRIMARY KEY,
  incident_id   UUID          NOT NULL REFERENCES incident (id),
  production_id UUID          NOT NULL REFERENCES production (id),
  cause_id      UUID          NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  what          VARCHAR(1000) NOT NULL,
  owner_id      UUID          NOT NULL,
  verifier_id   UUID,
  due_on        DATE          NOT NULL,
  due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   UUID          NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT corrective_action_kind_known CHECK (kind IN ('CORRECTIVE', 'PREVENTIVE')),
  CONSTRAINT corrective_action_verified_by_another CHECK (verifier_id IS NULL OR verifier_id <> owner_id)
);
CREATE INDEX corrective_action_by_incident ON corrective_action (incident_id, recorded_at);

-- An action's steps, each once: overdue (its timer found it not done), done by its owner (with the production
-- setting it changed, by the ledger entry that recorded the change), verified effective or not by someone else.
CREATE TABLE corrective_action_step
(
  action_id      UUID          NOT NULL REFERENCES corrective_action (id),
  step           VARCHAR(20)   NOT NULL,
  note           VARCHAR(2000),
  setting_index  BIGINT,
  setting_kind   VARCHAR(100),
  taken_by       UUID,
  taken_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (action_id, step),
  CONSTRAINT corrective_action_step_known CHECK (step IN ('OVERDUE', 'DONE', 'EFFECTIVE', 'NOT_EFFECTIVE'))
);

-- Escalation of work that is not a hazard report (an overdue corrective action): what it is, where to open it.
CREATE TABLE escalation_subject
(
  subject_id UUID         NOT NULL PRIMARY KEY,
  kind       VARCHAR(40)  NOT NULL,
  what       VARCHAR(200) NOT NULL,
  link       VARCHAR(500) NOT NULL
);
