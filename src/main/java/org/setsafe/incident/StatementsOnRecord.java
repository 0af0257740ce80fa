package org.setsafe.incident;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.incident.domain.Statement;
import org.setsafe.incident.domain.StatementStore;
import org.setsafe.incident.domain.StatementVersion;
import org.setsafe.production.CrewList;
import org.setsafe.shared.LocalTimes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The witness statements as the rest of the investigation meets them: a root cause may cite a statement given for
 * its incident ({@link InvestigationRecord}); each version joins the timeline as added later, dated when the witness
 * says it happened ({@link AddedLater}); and the report prints every version ({@link ReportSection}, position 30).
 * Read unchecked, as the seams say: the timeline and the report decide who may read them, and must keep the words
 * to the investigators (the ledger has only their hashes).
 */
@Component
class StatementsOnRecord implements InvestigationRecord, AddedLater, ReportSection {

  static final String KIND = "Statement";

  private final StatementStore store;
  private final Statements statements;
  private final CrewList crew;

  StatementsOnRecord(StatementStore store, Statements statements, CrewList crew) {
    this.store = store;
    this.statements = statements;
    this.crew = crew;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean hasStatement(UUID incidentId, UUID statementId) {
    return incidentId != null && statementId != null && store.has(incidentId, statementId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> addedTo(UUID incidentId) {
    List<Entry> entries = new ArrayList<>();
    for (Statement statement : store.statements(incidentId)) {
      List<UUID> people = statement.witness().onTheCrew() ? List.of(statement.witness().userId()) : List.of();
      for (StatementVersion v : statement.versions()) {
        entries.add(new Entry(v.id(), KIND, v.about(), v.givenAt(), statements.name(v.productionId(), v.recordedBy()),
            v.words(), people));
      }
    }
    return entries;
  }

  @Override
  public int position() {
    return 30;
  }

  @Override
  public String heading() {
    return "Statements";
  }

  @Override
  @Transactional(readOnly = true)
  public List<List<String>> rows(UUID incidentId) {
    List<Statement> all = store.statements(incidentId);
    if (all.isEmpty()) {
      return List.of();
    }
    ZoneId zone = crew.production(all.get(0).latest().productionId()).timeZone();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Witness", "Version", "Given at", "Recorded by", "Confirmed", "The words"));
    for (Statement statement : all) {
      for (StatementVersion v : statement.versions()) {
        String confirmed = v.inOwnWords() ? "Own words"
            : v.confirmation() != null ? "Yes, " + LocalTimes.dated(v.confirmation().confirmedAt(), zone)
            : v.witness().onTheCrew() ? "Not yet" : "From outside the crew";
        String version = v.version() + (v == statement.latest() ? "" : " (superseded)");
        rows.add(List.of(statement.witness().name(), version, LocalTimes.dated(v.givenAt(), zone),
            statements.name(v.productionId(), v.recordedBy()), confirmed, v.words()));
      }
    }
    return rows;
  }
}
