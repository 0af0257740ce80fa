package org.setsafe.briefing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
  public List<StoredCovering> meetingsCovering(UUID productionId, LocalDate date, UUID sceneId, UUID performerId) {
    // One row per item on the scene (one for a meeting without any): a meeting has one scene row for the scene, at
    // most one held row and one acknowledgment by the performer (their keys), so no join multiplies the items. The
    // items' lines and words (JSON) are left in the table: parsing them was most of the gate's time, and the
    // comparison does not read them.
    record Row(UUID id, Instant openedAt, Instant heldAt, boolean acknowledged, ReadOut item) {}
    List<Row> rows = jdbc.sql("""
            SELECT m.id, m.opened_at, h.held_at, a.user_id AS acknowledged_by, i.source, i.title, i.fingerprint
            FROM safety_meeting m
            JOIN safety_meeting_scene s ON s.meeting_id = m.id AND s.scene_id = :scene
            LEFT JOIN safety_meeting_held h ON h.meeting_id = m.id
            LEFT JOIN safety_meeting_acknowledgment a ON a.meeting_id = m.id AND a.user_id = :performer
            LEFT JOIN safety_meeting_item i ON i.meeting_id = m.id AND i.scene_id = :scene
            WHERE m.production_id = :production AND m.meeting_date = :date
            ORDER BY m.opened_at, m.id, i.position""")
        .param("scene", sceneId).param("performer", performerId).param("production", productionId)
        .param("date", date)
        .query((rs, n) -> new Row(rs.getObject("id", UUID.class), instant(rs, "opened_at"),
            rs.getObject("held_at", OffsetDateTime.class) == null ? null : instant(rs, "held_at"),
            rs.getObject("acknowledged_by", UUID.class) != null,
            rs.getString("source") == null ? null : new ReadOut(rs.getString("source"), rs.getString("title"),
                rs.getString("fingerprint"))))
        .list();
    Map<UUID, List<ReadOut>> readOuts = new LinkedHashMap<>();
    Map<UUID, Row> meetings = new LinkedHashMap<>();
    for (Row row : rows) {
      meetings.putIfAbsent(row.id(), row);
      List<ReadOut> items = readOuts.computeIfAbsent(row.id(), k -> new ArrayList<>());
      if (row.item() != null) {
        items.add(row.item());
      }
    }
    return meetings.values().stream().map(m -> new StoredCovering(m.id(), m.openedAt(), m.heldAt(),
        readOuts.get(m.id()), m.acknowledged())).toList();
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
