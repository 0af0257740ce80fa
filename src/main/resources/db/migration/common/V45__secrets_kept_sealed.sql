-- TOTP secrets are kept sealed (AES-256-GCM under a key kept outside the database, the account id bound in), so a
-- read of this table no longer gives anyone's second factor. Secrets an earlier version kept plain are sealed by
-- the application at its next start (it holds the key, the database does not), each row only while it still holds
-- its plain secret; new rows never fill the plain column. Written to run unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode.
ALTER TABLE second_factor ADD COLUMN sealed_secret VARCHAR(200);
ALTER TABLE second_factor ALTER COLUMN secret DROP NOT NULL;
