package org.setsafe.production.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.Hazard;
import org.setsafe.production.Scene;
import org.setsafe.production.SceneOnItsDay;
import org.setsafe.production.SceneOrder;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.domain.ScheduleStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcScheduleStore implements ScheduleStore {

  private static final String DAY_COLUMNS = "id, production_id, shoot_date, call_time, location, meal_break_time, "
      + "wrap_time, meal_break_called_at, wrap_called_at";
  private static final String SCENE_COLUMNS = "id, production_id, scene_number, description, shooting_day_id, "
      + "camera_head_id, hazards";

  private final JdbcClient jdbc;

  JdbcScheduleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insertDay(ShootingDay day) {
    jdbc.sql("INSERT INTO shooting_day (" + DAY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(day.id(), day.productionId(), day.date(), day.callTime(), day.location(), day.mealBreak(), day.wrap(),
            timestamp(day.mealBreakCalledAt()), timestamp(day.wrapCalledAt()))
        .update();
  }

  @Override
  public void updateDay(ShootingDay day) {
    jdbc.sql("UPDATE shooting_day SET shoot_date = ?, call_time = ?, location = ? WHERE id = ? AND production_id = ?")
        .params(day.date(), day.callTime(), day.location(), day.id(), day.productionId()).update();
  }

  @Override
  public List<ShootingDay> days(UUID productionId) {
    return jdbc.sql("SELECT " + DAY_COLUMNS + " FROM shooting_day WHERE production_id = ? ORDER BY shoot_date")
        .param(productionId).query(JdbcScheduleStore::day).list();
  }

  @Override
  public java.util.Map<UUID, SpanRow> spansOf(java.util.Collection<UUID> productionIds, List<LocalDate> dates) {
    java.util.Map<UUID, SpanRow> spans = new java.util.HashMap<>();
    if (productionIds.isEmpty()) {
      return spans;
    }
    StringBuilder sql = new StringBuilder("SELECT d.production_id, p.time_zone, MIN(d.shoot_date) AS first_day, "
        + "MAX(d.shoot_date) AS last_day");
    for (int i = 0; i < dates.size(); i++) {
      sql.append(", MIN(CASE WHEN d.shoot_date >= :date").append(i).append(" THEN d.shoot_date END) AS next").append(i);
    }
    sql.append(" FROM shooting_day d JOIN production p ON p.id = d.production_id WHERE d.production_id IN (:ids) "
        + "GROUP BY d.production_id, p.time_zone");
    var statement = jdbc.sql(sql.toString()).param("ids", productionIds);
    for (int i = 0; i < dates.size(); i++) {
      statement = statement.param("date" + i, dates.get(i));
    }
    statement.query(rs -> {
      List<LocalDate> next = new java.util.ArrayList<>();
      for (int i = 0; i < dates.size(); i++) {
        next.add(rs.getObject("next" + i, LocalDate.class));
      }
      spans.put(rs.getObject("production_id", UUID.class), new SpanRow(ZoneId.of(rs.getString("time_zone")),
          rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class), next));
    });
    return spans;
  }

  @Override
  public Map<UUID, Map<LocalDate, Set<Hazard>>> hazardsByDayOf(java.util.Collection<UUID> productionIds) {
    Map<UUID, Map<LocalDate, Set<Hazard>>> byProduction = new HashMap<>();
    if (productionIds.isEmpty()) {
      return byProduction;
    }
    jdbc.sql("SELECT d.production_id, d.shoot_date, s.hazards FROM shooting_day d LEFT JOIN scene s "
            + "ON s.shooting_day_id = d.id AND s.production_id = d.production_id WHERE d.production_id IN (:ids)")
        .param("ids", productionIds)
        .query(rs -> {
          byProduction.computeIfAbsent(rs.getObject("production_id", UUID.class), id -> new HashMap<>())
              .computeIfAbsent(rs.getObject("shoot_date", LocalDate.class), date -> EnumSet.noneOf(Hazard.class))
              .addAll(hazards(rs.getString("hazards")));
        });
    return byProduction;
  }

  @Override
  public Optional<ShootingDay> day(UUID productionId, UUID dayId) {
    return jdbc.sql("SELECT " + DAY_COLUMNS + " FROM shooting_day WHERE production_id = ? AND id = ?")
        .params(productionId, dayId).query(JdbcScheduleStore::day).optional();
  }

  @Override
  public Optional<ShootingDay> dayOn(UUID productionId, LocalDate date) {
    return jdbc.sql("SELECT " + DAY_COLUMNS + " FROM shooting_day WHERE production_id = ? AND shoot_date = ?")
        .params(productionId, date).query(JdbcScheduleStore::day).optional();
  }

  @Override
  public void insertScene(Scene scene) {
    jdbc.sql("INSERT INTO scene (" + SCENE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(scene.id(), scene.productionId(), scene.number(), scene.description(), scene.shootingDayId(),
            scene.cameraHeadId(), hazards(scene.hazards()))
        .update();
    scene.cast().forEach(member -> jdbc.sql("INSERT INTO scene_cast (scene_id, user_id) VALUES (?, ?)")
        .params(scene.id(), member).update());
  }

  @Override
  public void scheduleScene(UUID productionId, UUID sceneId, UUID dayId) {
    jdbc.sql("UPDATE scene SET shooting_day_id = ? WHERE production_id = ? AND id = ?")
        .params(dayId, productionId, sceneId).update();
  }

  @Override
  public List<Scene> scenes(UUID productionId) {
    Map<UUID, Set<UUID>> casts = new HashMap<>();
    jdbc.sql("SELECT c.scene_id, c.user_id FROM scene_cast c JOIN scene s ON s.id = c.scene_id WHERE s.production_id = ?")
        .param(productionId).query((rs, row) -> casts.computeIfAbsent(rs.getObject("scene_id", UUID.class),
            id -> new HashSet<>()).add(rs.getObject("user_id", UUID.class))).list();
    // In script order (7, 12, 12A, 34), which SQL's text order is not.
    return jdbc.sql("SELECT " + SCENE_COLUMNS + " FROM scene WHERE production_id = ?")
        .param(productionId).query((rs, row) -> scene(rs, casts.getOrDefault(rs.getObject("id", UUID.class), Set.of())))
        .list().stream().sorted(SceneOrder.SCENES).toList();
  }

  @Override
  public Optional<Scene> scene(UUID productionId, UUID sceneId) {
    // The scene and its cast in one read: a row for each member of the cast, or one without a member.
    return folded(jdbc.sql("SELECT s.id, s.production_id, s.scene_number, s.description, s.shooting_day_id, "
            + "s.camera_head_id, s.hazards, c.user_id FROM scene s LEFT JOIN scene_cast c ON c.scene_id = s.id "
            + "WHERE s.production_id = ? AND s.id = ?")
        .params(productionId, sceneId)
        .query((rs, row) -> new SceneRow(scene(rs, Set.of()), null, rs.getObject("user_id", UUID.class))).list())
        .map(SceneOnItsDay::scene);
  }

  @Override
  public Optional<SceneOnItsDay> sceneOnItsDay(UUID productionId, UUID sceneId) {
    // A row for each member of the cast, or one without a member; each carries the scene's day, or none.
    return folded(jdbc.sql("SELECT s.id, s.production_id, s.scene_number, s.description, s.shooting_day_id, "
            + "s.camera_head_id, s.hazards, d.id AS day_id, d.shoot_date, d.call_time, d.location, d.meal_break_time, "
            + "d.wrap_time, d.meal_break_called_at, d.wrap_called_at, c.user_id FROM scene s "
            + "LEFT JOIN shooting_day d ON d.id = s.shooting_day_id AND d.production_id = s.production_id "
            + "LEFT JOIN scene_cast c ON c.scene_id = s.id WHERE s.production_id = ? AND s.id = ?")
        .params(productionId, sceneId)
        .query((rs, row) -> {
          UUID dayId = rs.getObject("day_id", UUID.class);
          return new SceneRow(scene(rs, Set.of()), dayId == null ? null : day(rs, dayId),
              rs.getObject("user_id", UUID.class));
        }).list());
  }

  /** One row of a scene read with its cast: the scene without its cast, its day if read (or null), one member. */
  private record SceneRow(Scene scene, ShootingDay day, UUID member) {}

  /** A scene's rows as one scene with its whole cast and its day; empty when there is no row. */
  private static Optional<SceneOnItsDay> folded(List<SceneRow> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    SceneRow first = rows.get(0);
    Scene scene = first.scene();
    Set<UUID> cast = rows.stream().map(SceneRow::member).filter(Objects::nonNull).collect(Collectors.toSet());
    return Optional.of(new SceneOnItsDay(new Scene(scene.id(), scene.productionId(), scene.number(),
        scene.description(), scene.shootingDayId(), cast, scene.cameraHeadId(), scene.hazards()),
        Optional.ofNullable(first.day())));
  }

  @Override
  public void nameCast(UUID productionId, UUID sceneId, Set<UUID> cast, UUID cameraHeadId) {
    jdbc.sql("UPDATE scene SET camera_head_id = ? WHERE production_id = ? AND id = ?")
        .params(cameraHeadId, productionId, sceneId).update();
    jdbc.sql("DELETE FROM scene_cast WHERE scene_id = ?").param(sceneId).update();
    cast.forEach(member -> jdbc.sql("INSERT INTO scene_cast (scene_id, user_id) VALUES (?, ?)")
        .params(sceneId, member).update());
  }

  @Override
  public void markHazards(UUID productionId, UUID sceneId, Set<Hazard> hazards) {
    jdbc.sql("UPDATE scene SET hazards = ? WHERE production_id = ? AND id = ?")
        .params(hazards(hazards), productionId, sceneId).update();
  }

  /** Sorted enum names, comma-separated: the column's whole format. */
  private static String hazards(Set<Hazard> hazards) {
    return hazards.stream().sorted().map(Hazard::name).collect(Collectors.joining(","));
  }

  private static Set<Hazard> hazards(String column) {
    if (column == null || column.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(column.split(",")).map(Hazard::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Hazard.class)));
  }

  @Override
  public void planDay(UUID productionId, UUID dayId, LocalTime mealBreak, LocalTime wrap) {
    jdbc.sql("UPDATE shooting_day SET meal_break_time = ?, wrap_time = ? WHERE production_id = ? AND id = ?")
        .params(mealBreak, wrap, productionId, dayId).update();
  }

  @Override
  public void mealBreakCalled(UUID productionId, UUID dayId, Instant at) {
    jdbc.sql("UPDATE shooting_day SET meal_break_called_at = ? WHERE production_id = ? AND id = ?")
        .params(timestamp(at), productionId, dayId).update();
  }

  @Override
  public void wrapCalled(UUID productionId, UUID dayId, Instant at) {
    jdbc.sql("UPDATE shooting_day SET wrap_called_at = ? WHERE production_id = ? AND id = ?")
        .params(timestamp(at), productionId, dayId).update();
  }

  @Override
  public List<ZonedDay> daysBetween(LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT d.id, d.production_id, d.shoot_date, d.call_time, d.location, d.meal_break_time, "
            + "d.wrap_time, d.meal_break_called_at, d.wrap_called_at, p.time_zone FROM shooting_day d "
            + "JOIN production p ON p.id = d.production_id WHERE d.shoot_date BETWEEN ? AND ? ORDER BY d.shoot_date, d.id")
        .params(from, to).query((rs, row) -> new ZonedDay(day(rs, row), ZoneId.of(rs.getString("time_zone")))).list();
  }

  @Override
  public boolean sceneNumberTaken(UUID productionId, String number) {
    return jdbc.sql("SELECT COUNT(*) FROM scene WHERE production_id = ? AND scene_number = ?")
        .params(productionId, number).query(Long.class).single() > 0;
  }

  private static ShootingDay day(ResultSet rs, int row) throws SQLException {
    return day(rs, rs.getObject("id", UUID.class));
  }

  /**
   * The day's columns of the row, under the id it was read as ({@code id} alone, {@code day_id} beside its scene's,
   * whose production the join made the day's).
   */
  private static ShootingDay day(ResultSet rs, UUID id) throws SQLException {
    return new ShootingDay(id, rs.getObject("production_id", UUID.class),
        rs.getObject("shoot_date", LocalDate.class), rs.getObject("call_time", LocalTime.class), rs.getString("location"),
        rs.getObject("meal_break_time", LocalTime.class), rs.getObject("wrap_time", LocalTime.class),
        instant(rs, "meal_break_called_at"), instant(rs, "wrap_called_at"));
  }

  private static Scene scene(ResultSet rs, Set<UUID> cast) throws SQLException {
    return new Scene(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getString("scene_number"), rs.getString("description"), rs.getObject("shooting_day_id", UUID.class),
        cast, rs.getObject("camera_head_id", UUID.class), hazards(rs.getString("hazards")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static OffsetDateTime timestamp(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
