-- A person's calendar feed: the secret address their phone's calendar subscribes to. Only a hash of the secret is
-- kept, so the table read back cannot be used to follow anyone's schedule. Revoking a feed keeps its row (when
-- it was made and ended), and a person has at most one live feed. Written to run unchanged on PostgreSQL and on
-- H2 in PostgreSQL mode.
CREATE TABLE calendar_feed
(
  id            UUID                     NOT NULL PRIMARY KEY,
  user_id       UUID                     NOT NULL REFERENCES app_user (id),
  secret_hash   VARCHAR(64)              NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  -- What the feed last said (a hash of its events) and since when, for ETag and Last-Modified: the schedule has
  -- no change times of its own, so the feed notes when what it says changed.
  content_hash  VARCHAR(64),
  changed_at    TIMESTAMP WITH TIME ZONE,
  last_read_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT calendar_feed_secret_unique UNIQUE (secret_hash)
);
CREATE INDEX calendar_feed_by_user ON calendar_feed (user_id);
