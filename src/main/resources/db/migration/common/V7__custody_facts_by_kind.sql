-- The firearms hold and the lots' balances are folded from a few kinds of custody fact; reading just those
-- kinds keeps an issue or a load from reading the production's whole custody history, which grows with
-- every step of every weapon.
CREATE INDEX custody_event_by_kind ON custody_event (production_id, kind, seq);
