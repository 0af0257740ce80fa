-- A weapon's photo (27 CFR 478.125 asks for a description; a photo tells two revolvers of one model apart on
-- the cart). Every photo is kept; the newest is the one shown.
CREATE TABLE weapon_photo
(
  id            UUID         NOT NULL PRIMARY KEY,
  production_id UUID         NOT NULL REFERENCES production (id),
  weapon_id     UUID         NOT NULL,
  content_type  VARCHAR(40)  NOT NULL,
  bytes         BYTEA        NOT NULL,
  sha256        VARCHAR(64)  NOT NULL,
  added_by      UUID         NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT weapon_photo_image CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/heic'))
);
CREATE INDEX weapon_photo_by_weapon ON weapon_photo (weapon_id, added_at);
