-- The language an invitation speaks: its email, the page its link opens and the new account it makes. The person
-- invited has no account yet, so whoever invites chooses it. Invitations made before this were sent in English.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE invitation ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE invitation ADD CONSTRAINT invitation_language_known CHECK (language IN ('en', 'es'));
