-- Briefing: each location's nearest hospital and the production's safety and support contacts, as the call
-- sheet's safety section prints them (ISO 45001 8.2, emergency preparedness; California Labor Code §9153(a)(5),
-- the named compliance contact). They are current facts, edited in place: every edit is a recorded fact in the
-- ledger, which keeps what was there before.

-- A location is matched to shooting days by its name as the schedule spells it; name_key is that name trimmed
-- and in lower case, so "Stage 4" and "stage 4 " are one location.
CREATE TABLE briefing_location
(
  production_id    UUID         NOT NULL REFERENCES production (id),
  name_key         VARCHAR(200) NOT NULL,
  name             VARCHAR(200) NOT NULL,
  hospital_name    VARCHAR(200) NOT NULL,
  hospital_address VARCHAR(300) NOT NULL,
  hospital_phone   VARCHAR(40)  NOT NULL,
  emergency_notes  VARCHAR(500),
  drive_minutes    INTEGER      NOT NULL,
  entered_by       UUID,
  entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT briefing_location_pk PRIMARY KEY (production_id, name_key),
  CONSTRAINT briefing_location_drive CHECK (drive_minutes BETWEEN 1 AND 600)
);

-- One contact of each kind per production: the compliance contact, the medic, the safety hotline, the union
-- safety rep, counselling and the employee assistance programme.
CREATE TABLE briefing_safety_contact
(
  production_id UUID         NOT NULL REFERENCES production (id),
  kind          VARCHAR(40)  NOT NULL,
  name          VARCHAR(120) NOT NULL,
  phone         VARCHAR(40)  NOT NULL,
  hours         VARCHAR(120),
  notes         VARCHAR(300),
  named_by      UUID,
  named_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT briefing_safety_contact_pk PRIMARY KEY (production_id, kind),
  CONSTRAINT briefing_safety_contact_kind_known CHECK (kind IN
    ('COMPLIANCE_CONTACT', 'MEDIC', 'SAFETY_HOTLINE', 'UNION_SAFETY_REP', 'COUNSELLING', 'EMPLOYEE_ASSISTANCE'))
);
