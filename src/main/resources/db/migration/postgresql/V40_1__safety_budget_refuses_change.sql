-- A safety budget line changes by a new version; the database refuses UPDATE, DELETE and TRUNCATE on the
-- versions, whoever asks, so no cut can be made quietly after the fact.
CREATE FUNCTION budget_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'SetSafe safety budget versions are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER budget_line_version_append_only BEFORE UPDATE OR DELETE ON budget_line_version
  FOR EACH ROW EXECUTE FUNCTION budget_refuse_change();
CREATE TRIGGER budget_line_version_no_truncate BEFORE TRUNCATE ON budget_line_version
  FOR EACH STATEMENT EXECUTE FUNCTION budget_refuse_change();
