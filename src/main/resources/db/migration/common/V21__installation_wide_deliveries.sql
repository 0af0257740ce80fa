-- An installation-wide notice (an alarm about SetSafe itself, to administrators and studio safety) is emailed
-- like any other, but belongs to no production.
ALTER TABLE delivery ALTER COLUMN production_id DROP NOT NULL;
