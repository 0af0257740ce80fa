-- Staffing records only grow: a release from duty, a correction of hours, a change of the rules is a new row.
-- The database itself refuses UPDATE, DELETE and TRUNCATE on them, whoever asks.
CREATE FUNCTION staffing_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'SetSafe staffing records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER staffing_roster_append_only BEFORE UPDATE OR DELETE ON staffing_roster
  FOR EACH ROW EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_roster_no_truncate BEFORE TRUNCATE ON staffing_roster
  FOR EACH STATEMENT EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_hours_append_only BEFORE UPDATE OR DELETE ON staffing_hours
  FOR EACH ROW EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_hours_no_truncate BEFORE TRUNCATE ON staffing_hours
  FOR EACH STATEMENT EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_rules_append_only BEFORE UPDATE OR DELETE ON staffing_rules
  FOR EACH ROW EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_rules_no_truncate BEFORE TRUNCATE ON staffing_rules
  FOR EACH STATEMENT EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_flag_append_only BEFORE UPDATE OR DELETE ON staffing_flag
  FOR EACH ROW EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_flag_no_truncate BEFORE TRUNCATE ON staffing_flag
  FOR EACH STATEMENT EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_decision_append_only BEFORE UPDATE OR DELETE ON staffing_decision
  FOR EACH ROW EXECUTE FUNCTION staffing_refuse_change();
CREATE TRIGGER staffing_decision_no_truncate BEFORE TRUNCATE ON staffing_decision
  FOR EACH STATEMENT EXECUTE FUNCTION staffing_refuse_change();
