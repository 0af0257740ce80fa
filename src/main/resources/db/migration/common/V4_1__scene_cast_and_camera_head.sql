-- Who is in a scene: its cast (performers a weapon may be issued to) and its camera head (who witnesses the
-- show-clear), named by the 1st AD or UPM on the call sheet.
ALTER TABLE scene ADD COLUMN camera_head_id UUID REFERENCES app_user (id);

CREATE TABLE scene_cast
(
  scene_id UUID NOT NULL REFERENCES scene (id),
  user_id  UUID NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (scene_id, user_id)
);
CREATE INDEX scene_cast_by_user ON scene_cast (user_id);
