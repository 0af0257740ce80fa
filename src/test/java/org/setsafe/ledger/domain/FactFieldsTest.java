package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the ledger's JSON and a module's typed columns must agree on for a fact to count as the same. */
class FactFieldsTest {

  private enum Capacity { ARMORER }

  @Test
  void typedColumnsCompareEqualToTheTextTheLedgerHolds() {
    UUID id = UUID.randomUUID();
    assertThat(FactFields.same(id.toString(), id)).isTrue();
    assertThat(FactFields.same("2026-12-06", LocalDate.of(2026, 12, 6))).isTrue();
    assertThat(FactFields.same("ARMORER", Capacity.ARMORER)).isTrue();
    assertThat(FactFields.same(6, 6L)).isTrue();
    assertThat(FactFields.same(true, Boolean.TRUE)).isTrue();
    assertThat(FactFields.same(null, null)).isTrue();
  }

  @Test
  void aTimeMatchesWhatTheDatabaseRoundedItToButNotAMicrosecondMore() {
    Instant fact = Instant.parse("2026-12-06T10:03:46.594732500Z");
    assertThat(FactFields.same(fact.toString(), Instant.parse("2026-12-06T10:03:46.594733Z"))).isTrue();
    assertThat(FactFields.same(fact.toString(), Instant.parse("2026-12-06T10:03:46.594734Z"))).isFalse();
  }

  @Test
  void anyChangedValueInsideAManifestDiffers() {
    UUID lot = UUID.randomUUID();
    Map<String, Object> ledger = Map.of("chamber 1", Map.of("lotId", lot.toString()), "chamber 2",
        Map.of("lotId", lot.toString()));
    assertThat(FactFields.same(ledger, Map.of("chamber 1", Map.of("lotId", lot), "chamber 2", Map.of("lotId", lot))))
        .isTrue();
    assertThat(FactFields.same(ledger, Map.of("chamber 1", Map.of("lotId", lot)))).isFalse();
    assertThat(FactFields.same(List.of("a", "b"), List.of("b", "a"))).as("order is part of a list").isFalse();
    assertThat(FactFields.same("Bore clear", "Bore fouled")).isFalse();
    assertThat(FactFields.same("", null)).isFalse();
  }

  @Test
  void aLeafIsReadForItsKindAndItsFactsFields() {
    FactFields.Leaf leaf = FactFields.parseLeaf("{\"log\":\"setsafe/production/x\",\"index\":3,\"kind\":"
        + "\"custody.weapon-inspected\",\"fact\":{\"finding\":\"Bore clear\",\"rounds\":6}}");
    assertThat(leaf.kind()).isEqualTo("custody.weapon-inspected");
    assertThat(leaf.fact()).containsEntry("finding", "Bore clear").containsEntry("rounds", 6);
  }
}
