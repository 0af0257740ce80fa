-- The language a person chose for their pages; null until they choose, when their browser's language is used (or
-- English). Only the languages SetSafe speaks. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE app_user ADD COLUMN language VARCHAR(8);
ALTER TABLE app_user ADD CONSTRAINT app_user_language_known CHECK (language IS NULL OR language IN ('en', 'es'));
