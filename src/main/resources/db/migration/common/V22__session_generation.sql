-- Sessions a person signed in before their password was changed or reset must end, on every instance and
-- whether the change came from a page, the API or the admin CLI: each session remembers the account's
-- generation at sign-in, and a page request whose generation is no longer the account's is signed out.
ALTER TABLE app_user ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
