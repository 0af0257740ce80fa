-- An anonymous incident's receipt, and what an incident came from, are never edited or deleted, whoever asks
-- (incident_refuse_change is V30_1's).
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['incident_receipt', 'incident_source']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION incident_refuse_change()',
      t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION incident_refuse_change()',
      t || '_no_truncate', t);
  END LOOP;
END;
$$;
