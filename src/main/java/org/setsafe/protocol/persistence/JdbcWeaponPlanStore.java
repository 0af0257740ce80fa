package org.setsafe.protocol.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.protocol.domain.PlanSignOff;
import org.setsafe.protocol.domain.PlanVersion;
import org.setsafe.protocol.domain.Protection;
import org.setsafe.protocol.domain.RehearsalCall;
import org.setsafe.protocol.domain.RehearsalClearance;
import org.setsafe.protocol.domain.ScenePlacement;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.protocol.domain.WeaponPlanContent;
import org.setsafe.protocol.domain.WeaponPlanContent.LineOfFire;
import org.setsafe.protocol.domain.WeaponPlanContent.WeaponLine;
import org.setsafe.protocol.domain.WeaponPlanStore;
import org.setsafe.protocol.domain.WeaponPlanStore.SignOffsAndMinimum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Weapon plans in SQL, insert and select only (PostgreSQL triggers refuse the rest). */
@Repository
class JdbcWeaponPlanStore implements WeaponPlanStore {

  /** The versions with their weapon lines, a row per line; a version without lines has one row, its line null. */
  private static final String VERSIONS_WITH_LINES = "SELECT v.id, v.production_id, v.scene_id, v.version,"
      + " v.discharge, v.load_description, v.direction_of_fire, v.change_note, v.recorded_by, v.recorded_at,"
      + " l.weapon_id, l.weapon_label, l.weapon_kind, l.performer_id, l.pointed, l.pointed_toward, l.replica_reason"
      + " FROM weapon_plan_version v LEFT JOIN weapon_plan_line l ON l.plan_version_id = v.id";

  private final JdbcClient jdbc;

  JdbcWeaponPlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Integer> minBlankDistanceFeet(UUID productionId) {
    return jdbc.sql("SELECT min_blank_distance_feet FROM plan_rules WHERE production_id = ?"
            + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
        .param(productionId).query(Integer.class).optional();
  }

  @Override
  public void insertRules(UUID productionId, int minBlankDistanceFeet, UUID setBy, Instant setAt) {
    jdbc.sql("INSERT INTO plan_rules (id, production_id, min_blank_distance_feet, set_by, set_at) VALUES (?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), productionId, minBlankDistanceFeet, setBy, utc(setAt)).update();
  }

  @Override
  public void insertVersion(PlanVersion v) {
    WeaponPlanContent c = v.content();
    jdbc.sql("""
        INSERT INTO weapon_plan_version (id, production_id, scene_id, version, discharge, load_description,
          direction_of_fire, change_note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(v.id(), v.productionId(), v.sceneId(), v.version(), c.discharge(), c.load(), c.directionOfFire(),
            v.changeNote(), v.recordedBy(), utc(v.recordedAt()))
        .update();
    for (int i = 0; i < c.lines().size(); i++) {
      WeaponLine l = c.lines().get(i);
      jdbc.sql("""
          INSERT INTO weapon_plan_line (plan_version_id, position, weapon_id, weapon_label, weapon_kind, performer_id,
            pointed, pointed_toward, replica_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(v.id(), i, l.weaponId(), l.weaponLabel(), l.weaponKind().name(), l.performerId(), l.pointed(),
              l.pointedToward(), l.replicaReason())
          .update();
    }
    for (int i = 0; i < c.lineOfFire().size(); i++) {
      LineOfFire e = c.lineOfFire().get(i);
      jdbc.sql("""
          INSERT INTO weapon_plan_line_of_fire (plan_version_id, position, person_id, thing, protection, distance_feet)
          VALUES (?, ?, ?, ?, ?, ?)""")
          .params(v.id(), i, e.personId(), e.thing(), e.protection().name(), e.distanceFeet())
          .update();
    }
  }

  @Override
  public List<PlanVersion> versions(UUID productionId, UUID sceneId) {
    return withLinesOfFire(withLines(jdbc.sql(VERSIONS_WITH_LINES
            + " WHERE v.production_id = ? AND v.scene_id = ? ORDER BY v.version, l.position")
        .params(productionId, sceneId)));
  }

  @Override
  public List<PlanVersion> currentVersions(UUID productionId) {
    return withLinesOfFire(withLines(jdbc.sql(VERSIONS_WITH_LINES + " WHERE v.production_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM weapon_plan_version later WHERE later.scene_id = v.scene_id"
            + " AND later.version > v.version) ORDER BY v.recorded_at, v.id, l.position")
        .param(productionId)));
  }

  @Override
  public void insertSignOff(PlanSignOff s) {
    jdbc.sql("""
        INSERT INTO weapon_plan_signoff (id, plan_version_id, production_id, scene_id, capacity, signed_by, signed_at,
          shooting_day_id, shooting_date, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(s.id(), s.planVersionId(), s.productionId(), s.sceneId(), s.capacity().name(), s.signedBy(),
            utc(s.signedAt()), s.placement().shootingDayId(), s.placement().date(), s.placement().location())
        .update();
  }

  @Override
  public List<PlanSignOff> signOffs(UUID productionId, UUID sceneId) {
    return jdbc.sql("""
        SELECT id, plan_version_id, production_id, scene_id, capacity, signed_by, signed_at, shooting_day_id,
          shooting_date, location FROM weapon_plan_signoff WHERE production_id = ? AND scene_id = ? ORDER BY seq""")
        .params(productionId, sceneId)
        .query((rs, n) -> signOff(rs))
        .list();
  }

  @Override
  public SignOffsAndMinimum signOffsAndMinimum(UUID productionId, UUID sceneId) {
    // Joined to one row of its own, so the minimum comes back when nothing was signed: the minimum beside each
    // sign-off, or alone.
    return jdbc.sql("""
        SELECT (SELECT r.min_blank_distance_feet FROM plan_rules r WHERE r.production_id = :production
            ORDER BY r.seq DESC FETCH FIRST 1 ROWS ONLY) AS min_blank_distance_feet,
          s.id, s.plan_version_id, s.production_id, s.scene_id, s.capacity, s.signed_by, s.signed_at,
          s.shooting_day_id, s.shooting_date, s.location
        FROM (SELECT 1 AS one_row) one_row
          LEFT JOIN weapon_plan_signoff s ON s.production_id = :production AND s.scene_id = :scene
        ORDER BY s.seq""")
        .param("production", productionId).param("scene", sceneId)
        .query((ResultSet rs) -> {
          List<PlanSignOff> signOffs = new ArrayList<>();
          Integer minimum = null;
          while (rs.next()) {
            minimum = rs.getObject("min_blank_distance_feet", Integer.class);
            if (uuid(rs, "id") != null) {
              signOffs.add(signOff(rs));
            }
          }
          return new SignOffsAndMinimum(List.copyOf(signOffs), Optional.ofNullable(minimum));
        });
  }

  private static PlanSignOff signOff(ResultSet rs) throws SQLException {
    return new PlanSignOff(uuid(rs, "id"), uuid(rs, "plan_version_id"), uuid(rs, "production_id"),
        uuid(rs, "scene_id"), SignOffCapacity.valueOf(rs.getString("capacity")), uuid(rs, "signed_by"),
        instant(rs, "signed_at"), new ScenePlacement(uuid(rs, "shooting_day_id"),
            rs.getObject("shooting_date", LocalDate.class), rs.getString("location")));
  }

  @Override
  public void insertRehearsal(RehearsalCall call) {
    jdbc.sql("INSERT INTO rehearsal_call (id, production_id, scene_id, called_by, called_at, note) VALUES (?, ?, ?, ?, ?, ?)")
        .params(call.id(), call.productionId(), call.sceneId(), call.calledBy(), utc(call.calledAt()), call.note())
        .update();
  }

  @Override
  public void insertClearance(RehearsalClearance c) {
    jdbc.sql("INSERT INTO rehearsal_clearance (id, rehearsal_id, capacity, cleared_by, cleared_at, note)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(c.id(), c.rehearsalId(), c.capacity().name(), c.clearedBy(), utc(c.clearedAt()), c.note()).update();
  }

  @Override
  public Rehearsals rehearsals(UUID productionId, UUID sceneId) {
    Map<UUID, RehearsalCall> calls = new LinkedHashMap<>();
    List<RehearsalClearance> clearances = new ArrayList<>();
    // A call with its clearances, a row per clearance; a call not cleared yet has one row, its clearance null.
    jdbc.sql("""
        SELECT r.id, r.production_id, r.scene_id, r.called_by, r.called_at, r.note, c.id AS clearance_id, c.capacity,
          c.cleared_by, c.cleared_at, c.note AS clearance_note
        FROM rehearsal_call r LEFT JOIN rehearsal_clearance c ON c.rehearsal_id = r.id
        WHERE r.production_id = ? AND r.scene_id = ? ORDER BY r.seq, c.cleared_at""")
        .params(productionId, sceneId)
        .query(rs -> {
          UUID id = uuid(rs, "id");
          if (!calls.containsKey(id)) {
            calls.put(id, new RehearsalCall(id, uuid(rs, "production_id"), uuid(rs, "scene_id"),
                uuid(rs, "called_by"), instant(rs, "called_at"), rs.getString("note")));
          }
          if (uuid(rs, "clearance_id") != null) {
            clearances.add(new RehearsalClearance(uuid(rs, "clearance_id"), id,
                SignOffCapacity.valueOf(rs.getString("capacity")), uuid(rs, "cleared_by"), instant(rs, "cleared_at"),
                rs.getString("clearance_note")));
          }
        });
    // The clearances of all the scene's calls in the order given, not call by call.
    clearances.sort(Comparator.comparing(RehearsalClearance::clearedAt));
    return new Rehearsals(List.copyOf(calls.values()), List.copyOf(clearances));
  }

  /** A version's own columns and its weapon lines, before its line of fire is read. */
  private static final class Row {
    final UUID id;
    final UUID productionId;
    final UUID sceneId;
    final int version;
    final boolean discharge;
    final String load;
    final String direction;
    final String changeNote;
    final UUID recordedBy;
    final Instant recordedAt;
    final List<WeaponLine> lines = new ArrayList<>();

    Row(ResultSet rs) throws SQLException {
      id = uuid(rs, "id");
      productionId = uuid(rs, "production_id");
      sceneId = uuid(rs, "scene_id");
      version = rs.getInt("version");
      discharge = rs.getBoolean("discharge");
      load = rs.getString("load_description");
      direction = rs.getString("direction_of_fire");
      changeNote = rs.getString("change_note");
      recordedBy = uuid(rs, "recorded_by");
      recordedAt = instant(rs, "recorded_at");
    }
  }

  /** The versions of {@code query}'s rows in their order, each with its lines in the order planned. */
  private static List<Row> withLines(StatementSpec query) {
    Map<UUID, Row> rows = new LinkedHashMap<>();
    query.query(rs -> {
      Row row = rows.get(uuid(rs, "id"));
      if (row == null) {
        row = new Row(rs);
        rows.put(row.id, row);
      }
      if (uuid(rs, "weapon_id") != null) {
        row.lines.add(new WeaponLine(uuid(rs, "weapon_id"), rs.getString("weapon_label"),
            WeaponKind.valueOf(rs.getString("weapon_kind")), uuid(rs, "performer_id"), rs.getBoolean("pointed"),
            rs.getString("pointed_toward"), rs.getString("replica_reason")));
      }
    });
    return List.copyOf(rows.values());
  }

  /**
   * The versions with who and what is in their line of fire, read apart: a second child table joined in would
   * repeat every line for every entry.
   */
  private List<PlanVersion> withLinesOfFire(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<LineOfFire>> fire = new LinkedHashMap<>();
    String ids = String.join(",", rows.stream().map(r -> "?").toList());
    jdbc.sql("SELECT plan_version_id, person_id, thing, protection, distance_feet FROM weapon_plan_line_of_fire"
            + " WHERE plan_version_id IN (" + ids + ") ORDER BY position")
        .params(rows.stream().map(r -> r.id).toArray())
        .query(rs -> {
          fire.computeIfAbsent(uuid(rs, "plan_version_id"), k -> new ArrayList<>()).add(new LineOfFire(
              uuid(rs, "person_id"), rs.getString("thing"), Protection.valueOf(rs.getString("protection")),
              rs.getInt("distance_feet")));
        });
    return rows.stream().map(r -> new PlanVersion(r.id, r.productionId, r.sceneId, r.version,
        new WeaponPlanContent(r.discharge, r.load, r.direction, r.lines,
            fire.getOrDefault(r.id, List.of())), r.changeNote, r.recordedBy, r.recordedAt)).toList();
  }

  private static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
