-- An anonymous incident's receipt is never edited or deleted, whoever asks (incident_refuse_change is V30_1's).
CREATE TRIGGER incident_receipt_append_only BEFORE UPDATE OR DELETE ON incident_receipt
  FOR EACH ROW EXECUTE FUNCTION incident_refuse_change();
CREATE TRIGGER incident_receipt_no_truncate BEFORE TRUNCATE ON incident_receipt
  FOR EACH STATEMENT EXECUTE FUNCTION incident_refuse_change();
