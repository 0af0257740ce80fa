-- Reports are never edited or deleted, whoever asks: every change is a new step, resumption or answer.
CREATE FUNCTION reporting_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'SetSafe reporting records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['reporting_public_link', 'hazard_report', 'report_step', 'report_photo', 'stop_work',
      'work_resumption', 'management_review', 'management_review_answer']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION reporting_refuse_change()',
      t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION reporting_refuse_change()',
      t || '_no_truncate', t);
  END LOOP;
END;
$$;
