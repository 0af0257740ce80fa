package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.setsafe.protocol.domain.RiskCategory;

/** One list of hazards for scenes, reports and risk assessments. */
class HazardTest {

  @Test
  void scenesAreMarkedWithTheBreakdownsSevenHazardsOnly() {
    assertThat(Hazard.onScenes()).containsExactly(Hazard.FIREARMS, Hazard.STUNTS, Hazard.PYROTECHNICS,
        Hazard.VEHICLES, Hazard.HEIGHTS, Hazard.WATER, Hazard.ANIMALS);
    assertThat(Hazard.ELECTRICAL.markableOnScene()).isFalse();
    assertThat(Hazard.FATIGUE_HOURS.markableOnScene()).isFalse();
    assertThat(Hazard.OTHER.markableOnScene()).isFalse();
  }

  @Test
  void theOldReportNameForRiggingReadsAsHeights() {
    assertThat(Hazard.fromCode("RIGGING_HEIGHTS")).isSameAs(Hazard.HEIGHTS);
    assertThat(Hazard.fromCode("HEIGHTS")).isSameAs(Hazard.HEIGHTS);
    assertThat(Hazard.HEIGHTS.label()).isEqualTo("Rigging and heights");
    assertThat(Hazard.fromCode("LASERS")).isNull();
  }

  @Test
  void aRiskAssessmentCoversTheProductionAsAWholeOrOneSceneHazard() {
    assertThat(RiskCategory.values()).extracting(RiskCategory::name).containsExactly("GENERAL", "FIREARMS",
        "STUNTS", "PYROTECHNICS", "VEHICLES", "HEIGHTS", "WATER", "ANIMALS");
    assertThat(RiskCategory.GENERAL.general()).isTrue();
    assertThat(RiskCategory.GENERAL.hazard()).isEmpty();
    assertThat(RiskCategory.valueOf("FIREARMS")).isSameAs(RiskCategory.of(Hazard.FIREARMS));
    assertThat(RiskCategory.of(Hazard.HEIGHTS).label()).isEqualTo(Hazard.HEIGHTS.label());
    assertThatThrownBy(() -> RiskCategory.of(Hazard.ELECTRICAL)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskCategory.valueOf("FATIGUE_HOURS")).isInstanceOf(IllegalArgumentException.class);
  }
}
