-- OSHA records are never edited or deleted, whoever asks: a new decision, establishment or certification supersedes.
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['osha_establishment', 'osha_case', 'osha_decision', 'osha_certification']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION incident_refuse_change()',
      t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION incident_refuse_change()',
      t || '_no_truncate', t);
  END LOOP;
END;
$$;
