-- Weapon plans, their sign-offs and rehearsal clearances only grow: an edit is a new version, a move of the
-- scene lapses sign-offs without touching them. The database refuses UPDATE, DELETE and TRUNCATE on them.
CREATE FUNCTION weapon_plan_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'SetSafe weapon plans are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER plan_rules_append_only BEFORE UPDATE OR DELETE ON plan_rules
  FOR EACH ROW EXECUTE FUNCTION weapon_plan_refuse_change();
CREATE TRIGGER plan_rules_no_truncate BEFORE TRUNCATE ON plan_rules
  FOR EACH STATEMENT EXECUTE FUNCTION weapon_plan_refuse_change();

CREATE TRIGGER weapon_plan_version_append_only BEFORE UPDATE OR DELETE ON weapon_plan_version
  FOR EACH ROW EXECUTE FUNCTION weapon_plan_refuse_change();
CREATE TRIGGER weapon_plan_version_no_truncate BEFORE TRUNCATE ON weapon_plan_version
  FOR EACH STATEMENT EXECUTE FUNCTION weapon_plan_refuse_change();

CREATE TRIGGER weapon_plan_line_append_only BEFORE UPDATE OR DELETE ON weapon_plan_line
  FOR EACH ROW EXECUTE FUNCTION weapon_plan_refuse_change();
CREATE TRIGGER weapon_plan_line_no_truncate BEFORE TRUNCATE ON weapon_plan_line
  FOR EACH STATEMENT EXECUTE FUNCTION weapon_plan_refuse_change();

CREATE TRIGGER weapon_plan_line_of_fire_append_only BEFORE UPDATE OR DELETE ON weapon_plan_line_of_fire
  FOR EACH ROW EXECUTE FUNCTION weapon_plan_refuse_change();
CREATE TRIGGER weapon_plan_line_of_fire_no_truncate BEFORE TRUNCATE ON weapon_plan_line_of_fire
  FOR EACH STATEMENT EXECUTE FUNCTION weapon_plan_refuse_change();

CREATE TRIGGER weapon_plan_signoff_append_only BEFORE UPDATE OR DELETE ON weapon_plan_signoff
  FOR EACH ROW EXECUTE FUNCTION weapon_plan_refuse_change();
CREATE TRIGGER weapon_plan_signoff_no_truncate BEFORE TRUNCATE ON weapon_plan_signoff
  FOR EACH STATEMENT EXECUTE FUNCTION weapon_plan_refuse_change();

CREATE TRIGGER rehearsal_call_append_only BEFORE UPDATE OR DELETE ON rehearsal_call
  FOR EACH ROW EXECUTE FUNCTION weapon_plan_refuse_change();
CREATE TRIGGER rehearsal_call_no_truncate BEFORE TRUNCATE ON rehearsal_call
  FOR EACH STATEMENT EXECUTE FUNCTION weapon_plan_refuse_change();

CREATE TRIGGER rehearsal_clearance_append_only BEFORE UPDATE OR DELETE ON rehearsal_clearance
  FOR EACH ROW EXECUTE FUNCTION weapon_plan_refuse_change();
CREATE TRIGGER rehearsal_clearance_no_truncate BEFORE TRUNCATE ON rehearsal_clearance
  FOR EACH STATEMENT EXECUTE FUNCTION weapon_plan_refuse_change();
