-- A performer who handles a firearm needs firearms safety training (California Labor Code §9156) or, where the
-- production's rules accept it, a briefing by the armorer recorded here. Both tables only grow: a change of the
-- rules is a new row, the newest counts.
CREATE TABLE armorer_briefing
(
  id            UUID          NOT NULL PRIMARY KEY,
  production_id UUID          NOT NULL REFERENCES production (id),
  performer_id  UUID          NOT NULL REFERENCES app_user (id),
  armorer_id    UUID          NOT NULL REFERENCES app_user (id),
  given_on      DATE          NOT NULL,
  topics        VARCHAR(1000) NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX armorer_briefing_by_performer ON armorer_briefing (production_id, performer_id, given_on);

CREATE TABLE performer_training_rule
(
  id                 UUID    NOT NULL PRIMARY KEY,
  production_id      UUID    NOT NULL REFERENCES production (id),
  briefing_accepted  BOOLEAN NOT NULL,
  briefing_valid_days INT    NOT NULL CHECK (briefing_valid_days BETWEEN 1 AND 366),
  set_by             UUID    NOT NULL REFERENCES app_user (id),
  set_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX performer_training_rule_by_production ON performer_training_rule (production_id, set_at);
