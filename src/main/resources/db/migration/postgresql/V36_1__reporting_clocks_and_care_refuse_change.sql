-- A reporting clock, its answer, its steps and what care recorded are never edited or deleted: what follows is a
-- new row (incident_refuse_change comes from V30_1).
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['incident_reporting_clock', 'incident_report_made', 'incident_clock_step', 'care_offer',
      'care_offered_to', 'care_answer', 'care_check_in', 'care_counselling_contact', 'care_debrief',
      'care_debrief_attendance']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION incident_refuse_change()',
      t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION incident_refuse_change()',
      t || '_no_truncate', t);
  END LOOP;
END;
$$;
