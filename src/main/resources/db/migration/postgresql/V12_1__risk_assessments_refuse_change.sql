-- Risk assessments only grow, like custody and training: an edit is a new version, a sign-off is never taken
-- back but lapses by management of change. The database itself refuses UPDATE, DELETE and TRUNCATE on them.
CREATE FUNCTION protocol_risk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'SetSafe risk assessments are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER risk_assessment_append_only BEFORE UPDATE OR DELETE ON risk_assessment
  FOR EACH ROW EXECUTE FUNCTION protocol_risk_refuse_change();
CREATE TRIGGER risk_assessment_no_truncate BEFORE TRUNCATE ON risk_assessment
  FOR EACH STATEMENT EXECUTE FUNCTION protocol_risk_refuse_change();
CREATE TRIGGER risk_assessment_version_append_only BEFORE UPDATE OR DELETE ON risk_assessment_version
  FOR EACH ROW EXECUTE FUNCTION protocol_risk_refuse_change();
CREATE TRIGGER risk_assessment_version_no_truncate BEFORE TRUNCATE ON risk_assessment_version
  FOR EACH STATEMENT EXECUTE FUNCTION protocol_risk_refuse_change();
CREATE TRIGGER risk_sign_off_append_only BEFORE UPDATE OR DELETE ON risk_sign_off
  FOR EACH ROW EXECUTE FUNCTION protocol_risk_refuse_change();
CREATE TRIGGER risk_sign_off_no_truncate BEFORE TRUNCATE ON risk_sign_off
  FOR EACH STATEMENT EXECUTE FUNCTION protocol_risk_refuse_change();
CREATE TRIGGER risk_producer_threshold_append_only BEFORE UPDATE OR DELETE ON risk_producer_threshold
  FOR EACH ROW EXECUTE FUNCTION protocol_risk_refuse_change();
CREATE TRIGGER risk_producer_threshold_no_truncate BEFORE TRUNCATE ON risk_producer_threshold
  FOR EACH STATEMENT EXECUTE FUNCTION protocol_risk_refuse_change();
