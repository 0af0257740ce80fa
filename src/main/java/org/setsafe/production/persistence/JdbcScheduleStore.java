package org.setsafe.production.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.domain.ScheduleStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcScheduleStore implements ScheduleStore {

  private static final String DAY_COLUMNS = "id, production_id, shoot_date, call_time, location";
  private static final String SCENE_COLUMNS = "id, production_id, scene_number, description, shooting_day_id";

  private final JdbcClient jdbc;

  JdbcScheduleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insertDay(ShootingDay day) {
    jdbc.sql("INSERT INTO shooting_day (" + DAY_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
        .params(day.id(), day.productionId(), day.date(), day.callTime(), day.location()).update();
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
    jdbc.sql("INSERT INTO scene (" + SCENE_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
        .params(scene.id(), scene.productionId(), scene.number(), scene.description(), scene.shootingDayId()).update();
  }

  @Override
  public void scheduleScene(UUID productionId, UUID sceneId, UUID dayId) {
    jdbc.sql("UPDATE scene SET shooting_day_id = ? WHERE production_id = ? AND id = ?")
        .params(dayId, productionId, sceneId).update();
  }

  @Override
  public List<Scene> scenes(UUID productionId) {
    return jdbc.sql("SELECT " + SCENE_COLUMNS + " FROM scene WHERE production_id = ? ORDER BY scene_number")
        .param(productionId).query(JdbcScheduleStore::scene).list();
  }

  @Override
  public Optional<Scene> scene(UUID productionId, UUID sceneId) {
    return jdbc.sql("SELECT " + SCENE_COLUMNS + " FROM scene WHERE production_id = ? AND id = ?")
        .params(productionId, sceneId).query(JdbcScheduleStore::scene).optional();
  }

  @Override
  public boolean sceneNumberTaken(UUID productionId, String number) {
    return jdbc.sql("SELECT COUNT(*) FROM scene WHERE production_id = ? AND scene_number = ?")
        .params(productionId, number).query(Long.class).single() > 0;
  }

  private static ShootingDay day(ResultSet rs, int row) throws SQLException {
    return new ShootingDay(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("shoot_date", LocalDate.class), rs.getObject("call_time", LocalTime.class), rs.getString("location"));
  }

  private static Scene scene(ResultSet rs, int row) throws SQLException {
    return new Scene(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getString("scene_number"), rs.getString("description"), rs.getObject("shooting_day_id", UUID.class));
  }
}
