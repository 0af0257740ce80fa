-- Reporting clocks (29 CFR 1904.39, 8 CCR 342) and care after an incident. Runs unchanged on PostgreSQL and on H2
-- in PostgreSQL mode. A clock, its answer and a support offer are never changed (PostgreSQL refuses it, V36_1);
-- a person's answer to an offer is a new row each time, the latest counts.

-- An outcome that must be reported, and the clock it starts: which regulator, by when.
CREATE TABLE incident_reporting_clock
(
  id            UUID        NOT NULL PRIMARY KEY,
  production_id UUID        NOT NULL REFERENCES production (id),
  incident_id   UUID        NOT NULL REFERENCES incident (id),
  outcome       VARCHAR(40) NOT NULL,
  us_state      VARCHAR(2)  NOT NULL,
  regulator     VARCHAR(20) NOT NULL,
  started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by   UUID        NOT NULL,
  CONSTRAINT reporting_clock_outcome_known CHECK (outcome IN ('DEATH', 'IN_PATIENT_HOSPITALIZATION', 'AMPUTATION',
    'LOSS_OF_AN_EYE', 'SERIOUS_DISFIGUREMENT')),
  CONSTRAINT reporting_clock_regulator_known CHECK (regulator IN ('OSHA', 'CAL_OSHA')),
  CONSTRAINT reporting_clock_once UNIQUE (incident_id, outcome, regulator)
);
CREATE INDEX reporting_clock_by_production ON incident_reporting_clock (production_id, due_at);

-- The report was made: when, to whom, under which reference. One per clock.
CREATE TABLE incident_report_made
(
  clock_id    UUID         NOT NULL PRIMARY KEY REFERENCES incident_reporting_clock (id),
  made_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  regulator   VARCHAR(20)  NOT NULL,
  reference   VARCHAR(100) NOT NULL,
  recorded_by UUID         NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT report_made_regulator_known CHECK (regulator IN ('OSHA', 'CAL_OSHA'))
);

-- Each escalation step of a clock, inserted once however often its timer fires.
CREATE TABLE incident_clock_step
(
  clock_id UUID        NOT NULL REFERENCES incident_reporting_clock (id),
  step     VARCHAR(20) NOT NULL,
  due_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  fired_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (clock_id, step)
);

-- Support offered after a serious incident, to everyone on the production that day.
CREATE TABLE care_offer
(
  id            UUID NOT NULL PRIMARY KEY,
  production_id UUID NOT NULL REFERENCES production (id),
  incident_id   UUID NOT NULL UNIQUE REFERENCES incident (id),
  offered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  people        INT  NOT NULL
);

-- Who it was offered to. Read only by the person themselves and the counselling contact.
CREATE TABLE care_offered_to
(
  offer_id UUID NOT NULL REFERENCES care_offer (id),
  user_id  UUID NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (offer_id, user_id)
);

-- A person's answer: accepted (check-ins keep coming) or declined (they stop). No words, ever.
CREATE TABLE care_answer
(
  id          UUID        NOT NULL PRIMARY KEY,
  offer_id    UUID        NOT NULL REFERENCES care_offer (id),
  user_id     UUID        NOT NULL REFERENCES app_user (id),
  answer      VARCHAR(10) NOT NULL,
  answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT care_answer_known CHECK (answer IN ('ACCEPTED', 'DECLINED'))
);
CREATE INDEX care_answer_by_offer ON care_answer (offer_id, user_id, answered_at);

-- A check-in sent (1 day, 1 week, 4 weeks), once per person however often its timer fires.
CREATE TABLE care_check_in
(
  offer_id UUID        NOT NULL REFERENCES care_offer (id),
  user_id  UUID        NOT NULL REFERENCES app_user (id),
  which    VARCHAR(10) NOT NULL,
  due_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (offer_id, user_id, which)
);

-- The production's counselling contact on SetSafe: the one account that reads who accepted or declined.
CREATE TABLE care_counselling_contact
(
  id            UUID NOT NULL PRIMARY KEY,
  production_id UUID NOT NULL REFERENCES production (id),
  user_id       UUID NOT NULL REFERENCES app_user (id),
  named_by      UUID NOT NULL,
  named_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX care_counselling_contact_by_production ON care_counselling_contact (production_id, named_at);

-- A group debrief: when and where. The latest scheduled for an offer counts.
CREATE TABLE care_debrief
(
  id           UUID         NOT NULL PRIMARY KEY,
  offer_id     UUID         NOT NULL REFERENCES care_offer (id),
  starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  place        VARCHAR(200) NOT NULL,
  scheduled_by UUID         NOT NULL,
  scheduled_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Whether a person comes to the debrief, as they said last; the same privacy as the answers.
CREATE TABLE care_debrief_attendance
(
  id          UUID    NOT NULL PRIMARY KEY,
  debrief_id  UUID    NOT NULL REFERENCES care_debrief (id),
  user_id     UUID    NOT NULL REFERENCES app_user (id),
  attending   BOOLEAN NOT NULL,
  answered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX care_debrief_attendance_by_debrief ON care_debrief_attendance (debrief_id, user_id, answered_at);
