package org.setsafe.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.briefing.AgendaSource;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.production.ShootingDay;

/**
 * What one of the protocol's registers (the weapon plans, the risk assessments) tells the day's safety meeting: at
 * most one item for each scene of the day. The day's agenda and a single scene's are drawn through the same
 * {@link #itemFor}, so the fingerprint a meeting kept for a scene is the one custody's issue recomputes for that
 * scene alone, without reading the day's other scenes.
 */
abstract class SceneItemsOfTheDay implements AgendaSource {

  // Unchecked reads: the meeting that asks for its agenda, and custody's issue, checked who is asking.
  private final ShootingSchedule schedule;

  SceneItemsOfTheDay(ShootingSchedule schedule) {
    this.schedule = schedule;
  }

  /** The scene's item on that day, or empty when the register has nothing to say of it. */
  abstract Optional<AgendaItem> itemFor(Scene scene, ShootingDay day);

  @Override
  public List<AgendaItem> agendaFor(UUID productionId, LocalDate date) {
    Optional<ShootingDay> day = schedule.dayOn(productionId, date);
    if (day.isEmpty()) {
      return List.of();
    }
    List<AgendaItem> items = new ArrayList<>();
    for (Scene scene : schedule.scenesOn(productionId, day.get().id())) {
      itemFor(scene, day.get()).ifPresent(items::add);
    }
    return items;
  }

  /** Only a scene shot on that date has an item on its agenda; there is one shooting day a date. */
  @Override
  public List<AgendaItem> agendaForScene(LocalDate date, Scene scene) {
    return schedule.dayOf(scene).filter(day -> day.date().equals(date))
        .flatMap(day -> itemFor(scene, day)).stream().toList();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
