-- A weapon's photos are part of its record: kept, never changed or removed.
CREATE TRIGGER weapon_photo_append_only BEFORE UPDATE OR DELETE ON weapon_photo
  FOR EACH ROW EXECUTE FUNCTION custody_refuse_change();
CREATE TRIGGER weapon_photo_no_truncate BEFORE TRUNCATE ON weapon_photo
  FOR EACH STATEMENT EXECUTE FUNCTION custody_refuse_change();
