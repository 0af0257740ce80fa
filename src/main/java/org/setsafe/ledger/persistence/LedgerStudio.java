package org.setsafe.ledger.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.studio.StudioWeekly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's weekly series for the studio: refused steps by the rule that refused them ({@code refused:<rule>}),
 * read from the refusals every module records on the ledger. The ledger is where every module's refusals meet, so
 * "which rules productions hit most" is one read here rather than one per module.
 */
@Component
class LedgerStudio implements StudioWeekly {

  /** The kinds of the refused facts ({@code RefusedFact}); each carries its rule. */
  static final List<String> REFUSED = List.of("custody.refused", "reporting.refused", "incident.refused",
      "staffing.scheduling-refused", "training.qualification-refused", "protocol.weapon-plan-refused",
      "protocol.risk-sign-off-refused");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  LedgerStudio(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, double[]> series(Collection<UUID> productionIds, StudioWeeks weeks) {
    Map<String, double[]> byRule = new HashMap<>();
    // By kind and time first (ledger_entry_by_kind), so a million entries of other kinds are never read.
    jdbc.sql("SELECT e.occurred_at, e.leaf FROM ledger_entry e JOIN ledger_log l ON l.id = e.log_id "
            + "WHERE e.kind IN (:kinds) AND e.occurred_at >= :from AND e.occurred_at < :to "
            + "AND l.production_id IN (:ids)")
        .param("kinds", REFUSED).param("ids", productionIds)
        .param("from", weeks.from())
        .param("to", weeks.to())
        .query(rs -> {
          int week = weeks.weekOf(rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
          if (week < 0) {
            return;
          }
          JsonNode leaf = JSON.readTree(rs.getString("leaf"));
          JsonNode rule = leaf.path("fact").path("rule");
          String name = rule.isString() && !rule.asString().isBlank() ? rule.asString() : leaf.path("kind").asString();
          byRule.computeIfAbsent("refused:" + name, k -> new double[weeks.count()])[week]++;
        });
    return byRule;
  }
}
