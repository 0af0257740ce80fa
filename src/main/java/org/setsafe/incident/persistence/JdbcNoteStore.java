package org.setsafe.incident.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.incident.domain.InvestigatorNote;
import org.setsafe.incident.domain.NoteStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Investigators' notes in SQL; inserts and reads only. */
@Repository
class JdbcNoteStore implements NoteStore {

  private static final String COLUMNS = "id, incident_id, production_id, text, about, corrects, written_by, "
      + "written_at";

  private final JdbcClient jdbc;

  JdbcNoteStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(InvestigatorNote n, String textSha256) {
    jdbc.sql("INSERT INTO incident_note (" + COLUMNS + ", text_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(n.id(), n.incidentId(), n.productionId(), n.text(), utc(n.about()), n.corrects(), n.writtenBy(),
            utc(n.writtenAt()), textSha256)
        .update();
    for (int i = 0; i < n.personIds().size(); i++) {
      jdbc.sql("INSERT INTO incident_note_person (note_id, position, user_id) VALUES (?, ?, ?)")
          .params(n.id(), i, n.personIds().get(i)).update();
    }
  }

  @Override
  public Optional<InvestigatorNote> note(UUID incidentId, UUID noteId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM incident_note WHERE incident_id = ? AND id = ?")
        .params(incidentId, noteId).query(this::note).optional();
  }

  @Override
  public List<InvestigatorNote> notes(UUID incidentId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM incident_note WHERE incident_id = ? ORDER BY written_at, id")
        .param(incidentId).query(this::note).list();
  }

  @Override
  public Optional<UUID> productionOf(UUID incidentId) {
    return jdbc.sql("SELECT production_id FROM incident WHERE id = ?").param(incidentId).query(UUID.class)
        .optional();
  }

  private InvestigatorNote note(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<UUID> people = jdbc.sql("SELECT user_id FROM incident_note_person WHERE note_id = ? ORDER BY position")
        .param(id).query(UUID.class).list();
    return new InvestigatorNote(id, rs.getObject("incident_id", UUID.class),
        rs.getObject("production_id", UUID.class), rs.getString("text"), instant(rs, "about"),
        rs.getObject("corrects", UUID.class), people, rs.getObject("written_by", UUID.class),
        instant(rs, "written_at"));
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
