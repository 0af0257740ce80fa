-- Briefing: the daily safety meeting and the safety bulletins. A meeting is opened for one day and the scenes
-- it covers, keeps the agenda it covered with each item's fingerprint, gathers each person's acknowledgment
-- and is then recorded held. Bulletins are attached to one day or to every day from a date, and each person
-- acknowledges each bulletin once. Nothing here is ever updated or deleted: "held" is a row of its own.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE safety_meeting
(
  id            UUID NOT NULL PRIMARY KEY,
  production_id UUID NOT NULL REFERENCES production (id),
  meeting_date  DATE NOT NULL,
  opened_by     UUID NOT NULL,
  opened_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX safety_meeting_by_day ON safety_meeting (production_id, meeting_date);

-- The scenes a meeting covers, with their number as it was then.
CREATE TABLE safety_meeting_scene
(
  meeting_id   UUID        NOT NULL REFERENCES safety_meeting (id),
  scene_id     UUID        NOT NULL,
  scene_number VARCHAR(16) NOT NULL,
  PRIMARY KEY (meeting_id, scene_id)
);

-- The agenda as it was read out: each item, for a scene or for the whole day (scene_id null), with the
-- fingerprint its source gave it then. A scene whose items no longer match needs a new meeting.
CREATE TABLE safety_meeting_item
(
  meeting_id  UUID          NOT NULL REFERENCES safety_meeting (id),
  position    INT           NOT NULL,
  scene_id    UUID,
  source      VARCHAR(120)  NOT NULL,
  title       VARCHAR(400)  NOT NULL,
  item_lines  VARCHAR(8000) NOT NULL,
  concern     BOOLEAN       NOT NULL,
  fingerprint VARCHAR(200)  NOT NULL,
  PRIMARY KEY (meeting_id, position)
);

-- One acknowledgment per person per meeting, given by that person on their own phone.
CREATE TABLE safety_meeting_acknowledgment
(
  meeting_id      UUID NOT NULL REFERENCES safety_meeting (id),
  user_id         UUID NOT NULL REFERENCES app_user (id),
  fact_id         UUID NOT NULL UNIQUE,
  acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (meeting_id, user_id)
);

-- The 1st AD or safety advisor recorded the meeting held; after that nobody else acknowledges it.
CREATE TABLE safety_meeting_held
(
  meeting_id UUID NOT NULL PRIMARY KEY REFERENCES safety_meeting (id),
  held_by    UUID NOT NULL,
  held_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A safety bulletin attached to the production's call sheets: on applies_from only, or every day from it.
CREATE TABLE safety_bulletin
(
  id            UUID          NOT NULL PRIMARY KEY,
  production_id UUID          NOT NULL REFERENCES production (id),
  title         VARCHAR(200)  NOT NULL,
  reference     VARCHAR(120)  NOT NULL,
  body          VARCHAR(8000) NOT NULL,
  applies_from  DATE          NOT NULL,
  every_day     BOOLEAN       NOT NULL,
  attached_by   UUID          NOT NULL,
  attached_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX safety_bulletin_by_production ON safety_bulletin (production_id);

CREATE TABLE safety_bulletin_acknowledgment
(
  bulletin_id     UUID NOT NULL REFERENCES safety_bulletin (id),
  user_id         UUID NOT NULL REFERENCES app_user (id),
  fact_id         UUID NOT NULL UNIQUE,
  acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (bulletin_id, user_id)
);
