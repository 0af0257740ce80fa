-- The custody history is append-only, like the ledger: the database itself refuses UPDATE, DELETE and
-- TRUNCATE on it, whoever asks. Register corrections are new rows, so weapon and lot rows never change
-- either.
CREATE FUNCTION custody_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'SetSafe custody records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER custody_event_append_only BEFORE UPDATE OR DELETE ON custody_event
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER custody_event_no_truncate BEFORE TRUNCATE ON custody_event
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER weapon_append_only BEFORE UPDATE OR DELETE ON weapon
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER weapon_no_truncate BEFORE TRUNCATE ON weapon
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER ammunition_lot_append_only BEFORE UPDATE OR DELETE ON ammunition_lot
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER ammunition_lot_no_truncate BEFORE TRUNCATE ON ammunition_lot
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();
