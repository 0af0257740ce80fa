-- Identity: people who sign in. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE app_user
(
  id                   UUID         NOT NULL PRIMARY KEY,
  username             VARCHAR(64)  NOT NULL,
  display_name         VARCHAR(120) NOT NULL,
  email                VARCHAR(254),
  password_hash        VARCHAR(255) NOT NULL,
  must_change_password BOOLEAN      NOT NULL,
  installation_role    VARCHAR(20),
  enabled              BOOLEAN      NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT app_user_username_unique UNIQUE (username),
  CONSTRAINT app_user_installation_role_known CHECK (installation_role IN ('ADMINISTRATOR', 'STUDIO_SAFETY'))
);

-- Personal API tokens: only a SHA-256 of the token is kept. Tokens carry 256 random bits, so a fast
-- hash is enough to make a stolen table useless; a slow hash would only slow every API call.
CREATE TABLE api_token
(
  id           UUID        NOT NULL PRIMARY KEY,
  user_id      UUID        NOT NULL REFERENCES app_user (id),
  name         VARCHAR(80) NOT NULL,
  token_hash   VARCHAR(64) NOT NULL,
  token_prefix VARCHAR(16) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_by_user ON api_token (user_id);

-- Productions and who works on them, in which roles.
CREATE TABLE production
(
  id         UUID         NOT NULL PRIMARY KEY,
  name       VARCHAR(120) NOT NULL,
  time_zone  VARCHAR(64)  NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE production_member
(
  production_id UUID NOT NULL REFERENCES production (id),
  user_id       UUID NOT NULL REFERENCES app_user (id),
  department    VARCHAR(60),
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (production_id, user_id)
);
CREATE INDEX production_member_by_user ON production_member (user_id);

CREATE TABLE production_member_role
(
  production_id UUID        NOT NULL,
  user_id       UUID        NOT NULL,
  crew_role     VARCHAR(30) NOT NULL,
  PRIMARY KEY (production_id, user_id, crew_role),
  FOREIGN KEY (production_id, user_id) REFERENCES production_member (production_id, user_id) ON DELETE CASCADE,
  CONSTRAINT production_member_role_known CHECK (crew_role IN
    ('ARMORER', 'PROPERTY_MASTER', 'FIRST_AD', 'PERFORMER', 'CREW', 'SAFETY_ADVISOR', 'UPM', 'PRODUCER'))
);

CREATE TABLE shooting_day
(
  id            UUID         NOT NULL PRIMARY KEY,
  production_id UUID         NOT NULL REFERENCES production (id),
  shoot_date    DATE         NOT NULL,
  call_time     TIME         NOT NULL,
  location      VARCHAR(200) NOT NULL,
  CONSTRAINT shooting_day_one_per_date UNIQUE (production_id, shoot_date)
);

CREATE TABLE scene
(
  id              UUID          NOT NULL PRIMARY KEY,
  production_id   UUID          NOT NULL REFERENCES production (id),
  shooting_day_id UUID REFERENCES shooting_day (id),
  scene_number    VARCHAR(16)   NOT NULL,
  description     VARCHAR(2000) NOT NULL,
  CONSTRAINT scene_number_unique UNIQUE (production_id, scene_number)
);
CREATE INDEX scene_by_day ON scene (shooting_day_id);
