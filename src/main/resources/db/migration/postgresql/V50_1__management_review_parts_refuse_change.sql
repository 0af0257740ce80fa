-- A review's parts are kept as it was opened, never edited or deleted (reporting_refuse_change comes from V5_1).
CREATE TRIGGER management_review_parts_append_only BEFORE UPDATE OR DELETE ON management_review_parts
  FOR EACH ROW EXECUTE FUNCTION reporting_refuse_change();
CREATE TRIGGER management_review_parts_no_truncate BEFORE TRUNCATE ON management_review_parts
  FOR EACH STATEMENT EXECUTE FUNCTION reporting_refuse_change();
