-- Hazards are one list now, and reports name rigging and heights HEIGHTS as scenes always did. Reports are
-- append-only, so those filed as RIGGING_HEIGHTS keep that name (and so do their ledger facts); the application
-- reads it as HEIGHTS. Only the check widens: no row changes.
ALTER TABLE hazard_report DROP CONSTRAINT hazard_report_category_known;
ALTER TABLE hazard_report ADD CONSTRAINT hazard_report_category_known CHECK (category IN ('FIREARMS', 'STUNTS',
  'PYROTECHNICS', 'VEHICLES', 'HEIGHTS', 'RIGGING_HEIGHTS', 'ELECTRICAL', 'WATER', 'ANIMALS', 'FATIGUE_HOURS',
  'OTHER'));
