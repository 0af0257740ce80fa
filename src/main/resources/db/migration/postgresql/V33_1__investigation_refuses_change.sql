-- Root causes, the investigation's steps and corrective actions are never edited or deleted, whoever asks: a root
-- cause is superseded by a new version, an action moves on by a new step. Uses V30_1's incident_refuse_change().
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['root_cause', 'root_cause_why', 'root_cause_evidence', 'investigation_step',
      'corrective_action', 'corrective_action_step']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION incident_refuse_change()',
      t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION incident_refuse_change()',
      t || '_no_truncate', t);
  END LOOP;
END;
$$;
