-- Rule 5 (never unattended): every weapon is locked up or with the armorer at the meal break and at wrap.
-- A shooting day plans both times; the 1st AD calls each when it happens, and the call is when the check runs.
-- A planned time earlier than the call time is after midnight (night shoots).
ALTER TABLE shooting_day ADD COLUMN meal_break_time TIME;
ALTER TABLE shooting_day ADD COLUMN wrap_time TIME;
ALTER TABLE shooting_day ADD COLUMN meal_break_called_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE shooting_day ADD COLUMN wrap_called_at TIMESTAMP WITH TIME ZONE;
