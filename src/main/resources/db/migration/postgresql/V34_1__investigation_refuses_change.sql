-- Sign-offs, grants, revocations and the investigators' reads are never edited or deleted, whoever asks.
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['incident_report_sign_off', 'investigator_grant', 'investigator_grant_revocation',
      'investigator_read']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION incident_refuse_change()',
      t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION incident_refuse_change()',
      t || '_no_truncate', t);
  END LOOP;
END;
$$;
