package org.setsafe.custody.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.production.CrewList;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.studio.StudioColumn;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.setsafe.studio.StudioWeekly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Custody's columns of the studio's table (weapons out of lock-up now, firearms holds in force) and its weekly
 * series (misfires, accidental discharges), each one query for every production asked about.
 */
final class CustodyStudio {

  private CustodyStudio() {}

  /** The facts that move a weapon into or out of lock-up; the last of them says whether it is out. */
  private static final List<String> LOCK_UP_MOVES = List.of("custody.weapon-received", "custody.weapon-locked-up",
      "custody.weapon-unlocked", "custody.weapon-disposed");
  private static final List<String> OUT_AFTER = List.of("custody.weapon-received", "custody.weapon-unlocked");
  /** What a {@link FirearmsHold} is folded from, as {@code CustodyStore#firearmsHoldFacts} reads it. */
  private static final List<String> HOLD_FACTS = List.of("custody.live-round-found", "custody.accidental-discharge",
      "custody.misfire", "custody.held-for-incident", "custody.scene-held-for-incident", "custody.hold-cleared");

  @Component
  static class WeaponsOut implements StudioColumn {

    private final JdbcClient jdbc;

    WeaponsOut(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "weapons-out";
    }

    @Override
    public String heading() {
      return "Weapons out now";
    }

    @Override
    public int order() {
      return 60;
    }

    @Override
    public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
      Map<UUID, StudioCell> cells = new HashMap<>();
      // Out of lock-up: received or unlocked since it was last locked up or disposed of (WeaponState.out()).
      jdbc.sql("SELECT production_id, COUNT(*) AS n FROM (SELECT production_id, kind, ROW_NUMBER() OVER "
              + "(PARTITION BY weapon_id ORDER BY seq DESC) AS latest FROM custody_event WHERE production_id IN (:ids) "
              + "AND weapon_id IS NOT NULL AND kind IN (:moves)) moves WHERE latest = 1 AND kind IN (:out) "
              + "GROUP BY production_id")
          .param("ids", productionIds).param("moves", LOCK_UP_MOVES).param("out", OUT_AFTER)
          .query(rs -> {
            UUID id = rs.getObject("production_id", UUID.class);
            long out = rs.getLong("n");
            cells.put(id, cell(id, out));
          });
      return cells;
    }

    /** One production's cell: how many of its weapons are out of lock-up. */
    static StudioCell cell(UUID id, long out) {
      return new StudioCell(out, Concern.WATCH, out == 1 ? "1 weapon out" : out + " weapons out",
          Said.of(out == 1 ? "custody.studio.weapons-out.one" : "custody.studio.weapons-out.many", out),
          "/productions/" + id + "/custody");
    }
  }

  @Component
  static class FirearmsHolds implements StudioColumn {

    private final JdbcClient jdbc;
    private final CrewList productions;

    FirearmsHolds(JdbcClient jdbc, CrewList productions) {
      this.jdbc = jdbc;
      this.productions = productions;
    }

    @Override
    public String key() {
      return "firearms-holds";
    }

    @Override
    public String heading() {
      return "Firearms holds";
    }

    @Override
    public int order() {
      return 10;
    }

    @Override
    public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
      Map<UUID, List<CustodyEvent>> facts = new HashMap<>();
      jdbc.sql("SELECT production_id, kind, payload FROM custody_event WHERE production_id IN (:ids) "
              + "AND kind IN (:kinds) ORDER BY seq")
          .param("ids", productionIds).param("kinds", HOLD_FACTS)
          .query(rs -> {
            facts.computeIfAbsent(rs.getObject("production_id", UUID.class), k -> new ArrayList<>())
                .add(JdbcCustodyStore.event(rs, 0));
          });
      Map<UUID, ZoneId> zones = new HashMap<>();
      if (!facts.isEmpty()) {
        productions.all().forEach(p -> zones.put(p.id(), p.timeZone()));
      }
      Map<UUID, StudioCell> cells = new HashMap<>();
      facts.forEach((id, events) -> {
        // The same fold custody's own pages use, so the studio never disagrees with the armorer's board.
        List<FirearmsHold.Reason> open = FirearmsHold.of(events, zones.getOrDefault(id, ZoneOffset.UTC)).open();
        if (!open.isEmpty()) {
          cells.put(id, cell(id, open));
        }
      });
      return cells;
    }

    /** One production's cell: the holds in force on it (at least one), each named once. */
    static StudioCell cell(UUID id, List<FirearmsHold.Reason> open) {
      boolean everyFirearm = open.stream().anyMatch(FirearmsHold.Reason::everyFirearm);
      // Distinct as the English titles are, each said once.
      Map<String, Said> titles = new LinkedHashMap<>();
      open.forEach(reason -> titles.putIfAbsent(reason.title(), title(reason)));
      return new StudioCell(open.size(), Concern.ACT, (everyFirearm ? "Every firearm held: " : "Held: ")
          + String.join("; ", titles.keySet()), Said.of(everyFirearm ? "custody.studio.holds.every-firearm"
          : "custody.studio.holds.some", Said.joined("custody.studio.holds.list", List.copyOf(titles.values()))),
          "/productions/" + id + "/custody/holds");
    }

    /** A hold's title ({@link FirearmsHold.Reason#title()}) in words: its cause, and where as it was typed. */
    private static Said title(FirearmsHold.Reason reason) {
      Said cause = Said.of("custody.studio.hold." + reason.cause().name());
      return reason.where() == null ? cause : Said.of("custody.studio.hold.where", cause, reason.where());
    }
  }

  /** Misfires ({@code misfires}) and accidental discharges ({@code accidental-discharges}) each week. */
  @Component
  static class Weekly implements StudioWeekly {

    private final JdbcClient jdbc;

    Weekly(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public Map<String, double[]> series(Collection<UUID> productionIds, StudioWeeks weeks) {
      double[] misfires = new double[weeks.count()];
      double[] discharges = new double[weeks.count()];
      jdbc.sql("SELECT kind, occurred_at FROM custody_event WHERE production_id IN (:ids) AND kind IN (:kinds) "
              + "AND occurred_at >= :from AND occurred_at < :to")
          .param("ids", productionIds).param("kinds", List.of("custody.misfire", "custody.accidental-discharge"))
          .param("from", weeks.from())
          .param("to", weeks.to())
          .query(rs -> {
            int week = weeks.weekOf(rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
            if (week >= 0) {
              (rs.getString("kind").equals("custody.misfire") ? misfires : discharges)[week]++;
            }
          });
      return Map.of("misfires", misfires, "accidental-discharges", discharges);
    }
  }

}
