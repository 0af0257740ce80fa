-- Meetings, their agendas, acknowledgments and bulletins only grow, like custody: "held" is a row of its own,
-- a changed agenda is a new meeting. The database itself refuses UPDATE, DELETE and TRUNCATE on them.
CREATE FUNCTION briefing_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'SetSafe safety meeting and bulletin records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER safety_meeting_append_only BEFORE UPDATE OR DELETE ON safety_meeting
  FOR EACH ROW EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_no_truncate BEFORE TRUNCATE ON safety_meeting
  FOR EACH STATEMENT EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_scene_append_only BEFORE UPDATE OR DELETE ON safety_meeting_scene
  FOR EACH ROW EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_scene_no_truncate BEFORE TRUNCATE ON safety_meeting_scene
  FOR EACH STATEMENT EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_item_append_only BEFORE UPDATE OR DELETE ON safety_meeting_item
  FOR EACH ROW EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_item_no_truncate BEFORE TRUNCATE ON safety_meeting_item
  FOR EACH STATEMENT EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_acknowledgment_append_only BEFORE UPDATE OR DELETE ON safety_meeting_acknowledgment
  FOR EACH ROW EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_acknowledgment_no_truncate BEFORE TRUNCATE ON safety_meeting_acknowledgment
  FOR EACH STATEMENT EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_held_append_only BEFORE UPDATE OR DELETE ON safety_meeting_held
  FOR EACH ROW EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_meeting_held_no_truncate BEFORE TRUNCATE ON safety_meeting_held
  FOR EACH STATEMENT EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_bulletin_append_only BEFORE UPDATE OR DELETE ON safety_bulletin
  FOR EACH ROW EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_bulletin_no_truncate BEFORE TRUNCATE ON safety_bulletin
  FOR EACH STATEMENT EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_bulletin_acknowledgment_append_only BEFORE UPDATE OR DELETE ON safety_bulletin_acknowledgment
  FOR EACH ROW EXECUTE FUNCTION briefing_refuse_change();
CREATE TRIGGER safety_bulletin_acknowledgment_no_truncate BEFORE TRUNCATE ON safety_bulletin_acknowledgment
  FOR EACH STATEMENT EXECUTE FUNCTION briefing_refuse_change();
