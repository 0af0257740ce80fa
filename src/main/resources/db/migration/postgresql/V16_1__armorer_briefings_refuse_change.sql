-- Briefings and the rules about them are evidence like any qualification record: append-only.
CREATE TRIGGER armorer_briefing_append_only BEFORE UPDATE OR DELETE ON armorer_briefing
  FOR EACH ROW EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER armorer_briefing_no_truncate BEFORE TRUNCATE ON armorer_briefing
  FOR EACH STATEMENT EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER performer_training_rule_append_only BEFORE UPDATE OR DELETE ON performer_training_rule
  FOR EACH ROW EXECUTE FUNCTION training_refuse_change();
CREATE TRIGGER performer_training_rule_no_truncate BEFORE TRUNCATE ON performer_training_rule
  FOR EACH STATEMENT EXECUTE FUNCTION training_refuse_change();
