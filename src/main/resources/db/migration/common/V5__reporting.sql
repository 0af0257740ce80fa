-- Reporting: hazard reports, every step taken on them, photos, stop-work calls and management reviews.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode. Nothing here is ever updated or
-- deleted: a report's state is folded from its steps, a resumption is a row of its own.

-- The unguessable token in a production's public report link (and its QR code). Anyone holding the link
-- may file an anonymous report on that production and nothing else.
CREATE TABLE reporting_public_link
(
  production_id UUID        NOT NULL PRIMARY KEY REFERENCES production (id),
  token         VARCHAR(64) NOT NULL UNIQUE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A hazard report as filed. An anonymous report has no reporter, and its time is coarsened to the hour;
-- its receipt code is kept only as an argon2id hash, found by a non-secret lookup prefix.
CREATE TABLE hazard_report
(
  id              UUID          NOT NULL PRIMARY KEY,
  production_id   UUID          NOT NULL REFERENCES production (id),
  category        VARCHAR(30)   NOT NULL,
  severity        VARCHAR(20)   NOT NULL,
  title           VARCHAR(200)  NOT NULL,
  description     VARCHAR(4000) NOT NULL,
  scene_id        UUID,
  location        VARCHAR(200),
  department      VARCHAR(60),
  resignation     BOOLEAN       NOT NULL,
  anonymous       BOOLEAN       NOT NULL,
  reporter_id     UUID,
  receipt_lookup  VARCHAR(16) UNIQUE,
  receipt_hash    VARCHAR(200),
  source          VARCHAR(60),
  source_fact_id  UUID UNIQUE,
  reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT hazard_report_category_known CHECK (category IN ('FIREARMS', 'STUNTS', 'PYROTECHNICS', 'VEHICLES',
    'RIGGING_HEIGHTS', 'ELECTRICAL', 'WATER', 'ANIMALS', 'FATIGUE_HOURS', 'OTHER')),
  CONSTRAINT hazard_report_severity_known CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
  CONSTRAINT hazard_report_anonymous_has_no_reporter CHECK (anonymous = FALSE OR reporter_id IS NULL),
  CONSTRAINT hazard_report_anonymous_has_receipt CHECK (anonymous = FALSE OR receipt_hash IS NOT NULL)
);
CREATE INDEX hazard_report_by_production ON hazard_report (production_id, reported_at);
-- For the management-review rule: how many reports one department filed lately.
CREATE INDEX hazard_report_by_department ON hazard_report (production_id, department, reported_at);

-- Every step on a report, numbered per report: two people acting at once race for the same number and
-- exactly one commits. by_reporter marks steps the (possibly anonymous) reporter took with the receipt code.
CREATE TABLE report_step
(
  report_id    UUID          NOT NULL REFERENCES hazard_report (id),
  step_no      INT           NOT NULL,
  production_id UUID         NOT NULL REFERENCES production (id),
  step         VARCHAR(30)   NOT NULL,
  actor_id     UUID,
  by_reporter  BOOLEAN       NOT NULL,
  note         VARCHAR(4000),
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (report_id, step_no),
  CONSTRAINT report_step_known CHECK (step IN ('ACKNOWLEDGED', 'MITIGATION_STARTED', 'COMMENTED', 'RESOLVED',
    'REOPENED'))
);

-- A photo of the hazard, kept in the database beside the report and served only to the production's crew.
CREATE TABLE report_photo
(
  id            UUID         NOT NULL PRIMARY KEY,
  report_id     UUID         NOT NULL REFERENCES hazard_report (id),
  production_id UUID         NOT NULL REFERENCES production (id),
  content_type  VARCHAR(40)  NOT NULL,
  bytes         BYTEA        NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT report_photo_image CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/heic'))
);
CREATE INDEX report_photo_by_report ON report_photo (report_id);

-- Stop-work on a scene, and, separately, the safety advisor's written resumption.
CREATE TABLE stop_work
(
  id            UUID          NOT NULL PRIMARY KEY,
  production_id UUID          NOT NULL REFERENCES production (id),
  scene_id      UUID          NOT NULL,
  called_by     UUID          NOT NULL,
  reason        VARCHAR(2000) NOT NULL,
  called_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stop_work_by_production ON stop_work (production_id, scene_id);

CREATE TABLE work_resumption
(
  stop_work_id UUID          NOT NULL PRIMARY KEY REFERENCES stop_work (id),
  resumed_by   UUID          NOT NULL,
  why_safe     VARCHAR(2000) NOT NULL,
  resumed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A management review, opened by a department's repeated reports or a resignation citing safety, and a
-- producer's written answer (one per review).
CREATE TABLE management_review
(
  id            UUID          NOT NULL PRIMARY KEY,
  production_id UUID          NOT NULL REFERENCES production (id),
  trigger_kind  VARCHAR(30)   NOT NULL,
  department    VARCHAR(60),
  report_id     UUID          NOT NULL REFERENCES hazard_report (id) UNIQUE,
  why           VARCHAR(2000) NOT NULL,
  opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT management_review_trigger_known CHECK (trigger_kind IN ('REPEATED_REPORTS', 'RESIGNATION'))
);
CREATE INDEX management_review_by_production ON management_review (production_id);

CREATE TABLE management_review_answer
(
  review_id   UUID          NOT NULL PRIMARY KEY REFERENCES management_review (id),
  producer_id UUID          NOT NULL,
  answer      VARCHAR(4000) NOT NULL,
  answered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
