-- Escalation and notification. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- db-scheduler's table (its PostgreSQL schema as shipped): every escalation step, resolution deadline and
-- notification delivery is a row here, so a timer survives a restart, and several SetSafe instances on one
-- database pick each due row exactly once (optimistic locking on picked/version).
CREATE TABLE scheduled_tasks
(
  task_name            VARCHAR(300)             NOT NULL,
  task_instance        VARCHAR(300)             NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN                  NOT NULL,
  picked_by            VARCHAR(300),
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT                   NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- A production's escalation policy for one severity, as JSON (levels, targets, repeats, resolution
-- deadline). No row: the default for that severity applies.
CREATE TABLE escalation_policy
(
  production_id UUID          NOT NULL REFERENCES production (id),
  severity      VARCHAR(20)   NOT NULL,
  policy        VARCHAR(20000) NOT NULL,
  changed_by    UUID,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (production_id, severity)
);

-- Where each report stands in its escalation. The policy in force when it was reported is copied here,
-- so a later change of policy does not rewrite the rules an open report is escalated by. Every change of
-- state is also a fact in the ledger; this row is the working copy.
CREATE TABLE escalation
(
  report_id       UUID         NOT NULL PRIMARY KEY,
  production_id   UUID         NOT NULL REFERENCES production (id),
  category        VARCHAR(30)  NOT NULL,
  severity        VARCHAR(20)  NOT NULL,
  title           VARCHAR(500) NOT NULL,
  policy          VARCHAR(20000) NOT NULL,
  state           VARCHAR(20)  NOT NULL,
  round           INT          NOT NULL,
  level           INT          NOT NULL,
  reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  round_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  acknowledged_at TIMESTAMP WITH TIME ZONE,
  deadline_at     TIMESTAMP WITH TIME ZONE,
  resolved_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT escalation_state_known CHECK (state IN ('ESCALATING', 'ACKNOWLEDGED', 'RESOLVED'))
);
CREATE INDEX escalation_by_production ON escalation (production_id, state);

-- Every step that fired, once: a timer that fires again (a crash between the step's commit and the
-- scheduler's bookkeeping, or a second instance) finds its row and does nothing.
CREATE TABLE escalation_step
(
  report_id     UUID        NOT NULL,
  round         INT         NOT NULL,
  step          VARCHAR(40) NOT NULL,
  production_id UUID        NOT NULL,
  due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  fired_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (report_id, round, step)
);

-- Reporting facts already acted on: a fact handed over again after a restart changes nothing.
CREATE TABLE escalation_fact_seen
(
  fact_id UUID NOT NULL PRIMARY KEY,
  seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who heard of a stop-work call, so that the same people hear when work resumes.
CREATE TABLE stop_work_notice
(
  stop_work_id  UUID NOT NULL PRIMARY KEY,
  production_id UUID NOT NULL REFERENCES production (id),
  scene_id      UUID,
  reason        VARCHAR(2000),
  recipients    VARCHAR(20000) NOT NULL,
  called_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A person's in-app inbox. notice_key names what the notice is about (report, round, level, repeat), so
-- the same notice reaches the same person once whatever retries happen.
CREATE TABLE inbox_item
(
  id            UUID          NOT NULL PRIMARY KEY,
  user_id       UUID          NOT NULL REFERENCES app_user (id),
  production_id UUID,
  notice_key    VARCHAR(300)  NOT NULL,
  subject       VARCHAR(300)  NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  link          VARCHAR(500),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at       TIMESTAMP WITH TIME ZONE,
  CONSTRAINT inbox_item_once UNIQUE (notice_key, user_id)
);
CREATE INDEX inbox_item_by_user ON inbox_item (user_id, created_at);

-- Every email and webhook post, with its attempts: the delivery log the safety advisor reads.
CREATE TABLE delivery
(
  id              UUID          NOT NULL PRIMARY KEY,
  production_id   UUID          NOT NULL REFERENCES production (id),
  notice_key      VARCHAR(300)  NOT NULL,
  channel         VARCHAR(10)   NOT NULL,
  recipient       VARCHAR(500)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body            VARCHAR(4000) NOT NULL,
  link            VARCHAR(500),
  status          VARCHAR(10)   NOT NULL,
  attempts        INT           NOT NULL,
  last_error      VARCHAR(1000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE,
  delivered_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT delivery_once UNIQUE (notice_key, channel, recipient),
  CONSTRAINT delivery_channel_known CHECK (channel IN ('EMAIL', 'WEBHOOK')),
  CONSTRAINT delivery_status_known CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX delivery_by_production ON delivery (production_id, created_at);

-- A production's Slack-compatible webhook.
CREATE TABLE webhook
(
  production_id UUID         NOT NULL PRIMARY KEY REFERENCES production (id),
  url           VARCHAR(500) NOT NULL,
  changed_by    UUID,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
