-- Qualification records only grow, like custody: a correction or a withdrawal is a new version, a reminder
-- is sent once. The database itself refuses UPDATE, DELETE and TRUNCATE on them, whoever asks.
CREATE FUNCTION training_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'SetSafe qualification records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER qualification_type_append_only BEFORE UPDATE OR DELETE ON qualification_type
  FOR EACH ROW EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER qualification_type_no_truncate BEFORE TRUNCATE ON qualification_type
  FOR EACH STATEMENT EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER certification_scan_append_only BEFORE UPDATE OR DELETE ON certification_scan
  FOR EACH ROW EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER certification_scan_no_truncate BEFORE TRUNCATE ON certification_scan
  FOR EACH STATEMENT EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER certification_append_only BEFORE UPDATE OR DELETE ON certification
  FOR EACH ROW EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER certification_no_truncate BEFORE TRUNCATE ON certification
  FOR EACH STATEMENT EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER certification_verification_append_only BEFORE UPDATE OR DELETE ON certification_verification
  FOR EACH ROW EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER certification_verification_no_truncate BEFORE TRUNCATE ON certification_verification
  FOR EACH STATEMENT EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER qualification_reminder_append_only BEFORE UPDATE OR DELETE ON qualification_reminder
  FOR EACH ROW EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER qualification_reminder_no_truncate BEFORE TRUNCATE ON qualification_reminder
  FOR EACH STATEMENT EXECUTE FUNCTION training_refuse_change();
