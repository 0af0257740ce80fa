package org.setsafe.briefing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.briefing.domain.MeetingStore;
import org.setsafe.briefing.domain.MeetingStore.StoredItem;
import org.setsafe.production.SceneOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Safety meetings in SQL, insert and select only (PostgreSQL triggers refuse the rest). */
@Repository
class JdbcSafetyMeetingStore implements MeetingStore {

  private static final String MEETING_COLUMNS = "id, production_id, meeting_date, opened_by, opened_at";

  private final JdbcClient jdbc;

  private static final int WORDS_MAX = 16000;

  JdbcSafetyMeetingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insertMeeting(StoredMeeting m, List<CoveredScene> scenes, List<StoredItem> items) {
    jdbc.sql("INSERT INTO safety_meeting (" + MEETING_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
        .params(m.id(), m.productionId(), m.date(), m.openedBy(), utc(m.openedAt())).update();
    for (CoveredScene s : scenes) {
      jdbc.sql("INSERT INTO safety_meeting_scene (meeting_id, scene_id, scene_number) VALUES (?, ?, ?)")
          .params(m.id(), s.sceneId(), s.number()).update();
    }
    for (StoredItem i : items) {
      jdbc.sql("""
          INSERT INTO safety_meeting_item (meeting_id, position, scene_id, source, title, item_lines, concern,
            fingerprint, item_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(m.id(), i.position(), i.sceneId(), clip(i.source(), 120), clip(i.title(), 400),
              clip(String.join("\n", i.lines()), 8000), i.concern(), clip(i.fingerprint(), 200), words(i))
          .update();
    }
  }

  @Override
  public Optional<StoredMeeting> lockMeeting(UUID productionId, UUID meetingId) {
    return jdbc.sql("SELECT " + MEETING_COLUMNS + " FROM safety_meeting WHERE production_id = ? AND id = ? FOR UPDATE")
        .params(productionId, meetingId).query((rs, n) -> meeting(rs)).optional();
  }

  @Override
  public Optional<StoredMeeting> meeting(UUID productionId, UUID meetingId) {
    return jdbc.sql("SELECT " + MEETING_COLUMNS + " FROM safety_meeting WHERE production_id = ? AND id = ?")
        .params(productionId, meetingId).query((rs, n) -> meeting(rs)).optional();
  }

  @Override
  public List<StoredMeeting> meetingsOn(UUID productionId, LocalDate date) {
    return jdbc.sql("SELECT " + MEETING_COLUMNS + " FROM safety_meeting WHERE production_id = ? AND meeting_date = ?"
            + " ORDER BY opened_at, id")
        .params(productionId, date).query((rs, n) -> meeting(rs)).list();
  }

  @Override
  public List<CoveringRow> meetingsCovering(UUID productionId, LocalDate date, UUID sceneId) {
    return jdbc.sql("SELECT m.id, m.production_id, m.meeting_date, m.opened_by, m.opened_at, h.held_at"
            + " FROM safety_meeting m LEFT JOIN safety_meeting_held h ON h.meeting_id = m.id"
            + " WHERE m.production_id = ? AND m.meeting_date = ? AND EXISTS (SELECT 1 FROM safety_meeting_scene s"
            + " WHERE s.meeting_id = m.id AND s.scene_id = ?) ORDER BY m.opened_at, m.id")
        .params(productionId, date, sceneId).query((rs, n) -> new CoveringRow(meeting(rs),
            rs.getObject("held_at", OffsetDateTime.class) == null ? null : instant(rs, "held_at")))
        .list();
  }

  @Override
  public Map<UUID, List<ReadOut>> sceneReadOutsOf(Collection<UUID> meetingIds, UUID sceneId) {
    Map<UUID, List<ReadOut>> items = new LinkedHashMap<>();
    if (meetingIds.isEmpty()) {
      return items;
    }
    // Asked on every firearm issue: the lines and their words (JSON) are left in the table, parsing them was most of
    // the gate's time and the comparison does not read them.
    jdbc.sql("SELECT meeting_id, source, title, fingerprint FROM safety_meeting_item"
            + " WHERE meeting_id IN (:meetings) AND scene_id = :scene ORDER BY meeting_id, position")
        .param("meetings", List.copyOf(meetingIds)).param("scene", sceneId)
        .query((rs, n) -> Map.entry(rs.getObject("meeting_id", UUID.class), new ReadOut(rs.getString("source"),
            rs.getString("title"), rs.getString("fingerprint")))).list()
        .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return items;
  }

  @Override
  public List<StoredAcknowledgment> acknowledgmentsOfEach(Collection<UUID> meetingIds) {
    if (meetingIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM safety_meeting_acknowledgment WHERE meeting_id IN (:meetings)"
            + " ORDER BY acknowledged_at, user_id")
        .param("meetings", List.copyOf(meetingIds))
        .query((rs, n) -> acknowledgment(rs))
        .list();
  }

  @Override
  public List<CoveredScene> scenesOf(UUID meetingId) {
    return jdbc.sql("SELECT scene_id, scene_number FROM safety_meeting_scene WHERE meeting_id = ?")
        .param(meetingId)
        .query((rs, n) -> new CoveredScene(rs.getObject("scene_id", UUID.class), rs.getString("scene_number"))).list()
        .stream().sorted(java.util.Comparator.comparing(CoveredScene::number, SceneOrder.NUMBERS)).toList();
  }

  @Override
  public List<StoredItem> itemsOf(UUID meetingId) {
    return jdbc.sql("SELECT * FROM safety_meeting_item WHERE meeting_id = ? ORDER BY position").param(meetingId)
        .query((rs, n) -> item(rs))
        .list();
  }

  private static StoredItem item(ResultSet rs) throws SQLException {
    return new StoredItem(rs.getInt("position"), rs.getObject("scene_id", UUID.class),
        rs.getString("source"), rs.getString("title"), lines(rs.getString("item_lines")),
        rs.getBoolean("concern"), rs.getString("fingerprint"), AgendaWordsJson.title(rs.getString("item_words")),
        AgendaWordsJson.lines(rs.getString("item_words")));
  }

  /**
   * The item's words, unless its lines were clipped or a line holds a line break (kept one per line, it would come
   * back as two): then the English alone is kept, and read by everyone.
   */
  private static String words(StoredItem i) {
    String joined = String.join("\n", i.lines());
    boolean whole = joined.length() <= 8000 && i.title().length() <= 400 && joined.lines().count() == i.lines().size();
    String json = whole ? AgendaWordsJson.write(i.titleWords(), i.lineWords()) : null;
    return json != null && json.length() <= WORDS_MAX ? json : null;
  }

  @Override
  public void insertAcknowledgment(StoredAcknowledgment a) {
    jdbc.sql("INSERT INTO safety_meeting_acknowledgment (meeting_id, user_id, fact_id, acknowledged_at)"
            + " VALUES (?, ?, ?, ?)")
        .params(a.meetingId(), a.userId(), a.factId(), utc(a.acknowledgedAt())).update();
  }

  @Override
  public List<StoredAcknowledgment> acknowledgmentsOf(UUID meetingId) {
    return jdbc.sql("SELECT * FROM safety_meeting_acknowledgment WHERE meeting_id = ? ORDER BY acknowledged_at, user_id")
        .param(meetingId)
        .query((rs, n) -> acknowledgment(rs))
        .list();
  }

  private static StoredAcknowledgment acknowledgment(ResultSet rs) throws SQLException {
    return new StoredAcknowledgment(rs.getObject("meeting_id", UUID.class), rs.getObject("user_id", UUID.class),
        rs.getObject("fact_id", UUID.class), instant(rs, "acknowledged_at"));
  }

  @Override
  public void insertHeld(StoredHeld held) {
    jdbc.sql("INSERT INTO safety_meeting_held (meeting_id, held_by, held_at) VALUES (?, ?, ?)")
        .params(held.meetingId(), held.heldBy(), utc(held.heldAt())).update();
  }

  @Override
  public Optional<StoredHeld> heldOf(UUID meetingId) {
    return jdbc.sql("SELECT * FROM safety_meeting_held WHERE meeting_id = ?").param(meetingId)
        .query((rs, n) -> new StoredHeld(rs.getObject("meeting_id", UUID.class), rs.getObject("held_by", UUID.class),
            instant(rs, "held_at")))
        .optional();
  }

  private static StoredMeeting meeting(ResultSet rs) throws SQLException {
    return new StoredMeeting(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("meeting_date", LocalDate.class), rs.getObject("opened_by", UUID.class), instant(rs, "opened_at"));
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
  }

  /** A source's long text is kept to the column; the fingerprint, not the text, decides whether it changed. */
  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
