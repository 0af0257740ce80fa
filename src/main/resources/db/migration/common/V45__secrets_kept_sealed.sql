-- TOTP secrets are kept sealed (AES-256-GCM under a key kept outside the database, the account id bound in), so a
-- read of this table no longer gives anyone's second factor. Secrets an earlier version kept plain are sealed by
-- the application at its next start (it holds the key, the database does not), each row only while it still holds
-- its plain secret; new rows never fill the plain column. Written to run unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode.
ALTER TABLE second_factor ADD COLUMN sealed_secret VARCHAR(200);
ALTER TABLE second_factor ALTER COLUMN secret DROP NOT NULL;

-- A delivery whose link is itself a secret (an invitation's one-time link) keeps only a redacted link in the
-- delivery log; the usable link waits sealed (under a key kept outside the database, the delivery id bound in)
-- until the email is sent or given up, then is dropped.
ALTER TABLE delivery ADD COLUMN sealed_link VARCHAR(1000);
-- Invitation links an earlier version kept whole: redacted where their email is sent or given up (and in inboxes);
-- one still waiting to be sent is sealed by the application at its next start, which holds the key.
UPDATE delivery SET link = '/invitations/…' WHERE link LIKE '/invitations/%' AND status <> 'PENDING';
UPDATE inbox_item SET link = '/invitations/…' WHERE link LIKE '/invitations/%';
