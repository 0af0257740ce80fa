package org.setsafe.budget.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.budget.domain.BudgetStore;
import org.setsafe.budget.domain.LineVersion;
import org.setsafe.budget.domain.SafetyLineKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The safety budget's versions in SQL, insert and select only (PostgreSQL triggers refuse the rest). */
@Repository
class JdbcBudgetStore implements BudgetStore {

  private static final String COLUMNS = "id, production_id, kind, version_no, currency, planned_units, rate_cents,"
      + " committed_cents, actual_cents, needed_units, note, reason, cut, review_id, changed_by, changed_at";

  private final JdbcClient jdbc;

  JdbcBudgetStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(LineVersion v) {
    jdbc.sql("INSERT INTO budget_line_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(v.id(), v.productionId(), v.kind().name(), v.version(), v.currency(), v.plannedUnits(), v.rateCents(),
            v.committedCents(), v.actualCents(), v.neededUnits(), v.note(), v.reason(), v.cut(), v.reviewId(), v.changedBy(),
            v.changedAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  @Override
  public List<LineVersion> versions(UUID productionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM budget_line_version WHERE production_id = ? ORDER BY seq")
        .param(productionId).query(JdbcBudgetStore::version).list();
  }

  @Override
  public void lock(UUID productionId) {
    jdbc.sql("SELECT id FROM production WHERE id = ? FOR UPDATE").param(productionId).query(UUID.class).optional();
  }

  @Override
  public Map<UUID, List<LineVersion>> latest(Collection<UUID> productionIds) {
    Map<UUID, List<LineVersion>> latest = new HashMap<>();
    if (productionIds.isEmpty()) {
      return latest;
    }
    List<UUID> ids = List.copyOf(productionIds);
    // In slices, so a studio of hundreds of productions stays within any driver's parameter limit.
    for (int from = 0; from < ids.size(); from += 500) {
      List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + 500));
      String marks = String.join(", ", java.util.Collections.nCopies(slice.size(), "?"));
      jdbc.sql("SELECT " + COLUMNS + " FROM budget_line_version v WHERE v.production_id IN (" + marks + ")"
              + " AND v.version_no = (SELECT MAX(w.version_no) FROM budget_line_version w"
              + " WHERE w.production_id = v.production_id AND w.kind = v.kind)")
          .params(new ArrayList<Object>(slice)).query(JdbcBudgetStore::version).list()
          .forEach(v -> latest.computeIfAbsent(v.productionId(), k -> new ArrayList<>()).add(v));
    }
    return latest;
  }

  /** Units as typed (2, 2.5), not as the column's scale pads them (2.00). */
  private static BigDecimal units(BigDecimal stored) {
    BigDecimal units = stored.stripTrailingZeros();
    return units.scale() < 0 ? units.setScale(0) : units;
  }

  private static LineVersion version(ResultSet rs, int row) throws SQLException {
    OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
    return new LineVersion(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        SafetyLineKind.valueOf(rs.getString("kind")), rs.getInt("version_no"), rs.getString("currency").strip(),
        units(rs.getBigDecimal("planned_units")), rs.getLong("rate_cents"), rs.getLong("committed_cents"),
        rs.getLong("actual_cents"), units(rs.getBigDecimal("needed_units")), rs.getString("note"), rs.getString("reason"), rs.getString("cut"),
        rs.getObject("review_id", UUID.class), rs.getObject("changed_by", UUID.class), at.toInstant());
  }
}
