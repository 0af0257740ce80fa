-- Stop-work on the whole production: a call that names no scene stops every scene and holds every firearm of
-- the production until the safety advisor resumes work.
ALTER TABLE stop_work ALTER COLUMN scene_id DROP NOT NULL;
