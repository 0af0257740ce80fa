package org.setsafe.protocol.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.shared.InvalidInputException;

class RiskMatrixTest {

  @Test
  void everyBandEdgeFallsInTheRightBand() {
    assertThat(RiskMatrix.band(1)).isEqualTo(RiskBand.LOW);
    assertThat(RiskMatrix.band(4)).isEqualTo(RiskBand.LOW);
    assertThat(RiskMatrix.band(5)).isEqualTo(RiskBand.MEDIUM);
    assertThat(RiskMatrix.band(9)).isEqualTo(RiskBand.MEDIUM);
    assertThat(RiskMatrix.band(10)).isEqualTo(RiskBand.HIGH);
    assertThat(RiskMatrix.band(16)).isEqualTo(RiskBand.HIGH);
    assertThat(RiskMatrix.band(17)).isEqualTo(RiskBand.VERY_HIGH);
    assertThat(RiskMatrix.band(25)).isEqualTo(RiskBand.VERY_HIGH);
  }

  @Test
  void aRatingOutsideTheMatrixIsNotBanded() {
    assertThatThrownBy(() -> RiskMatrix.band(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskMatrix.band(26)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRatingIsLikelihoodTimesSeverityEachOneToFive() {
    assertThat(RiskMatrix.rating(3, 5)).isEqualTo(15);
    assertThat(RiskMatrix.describe(15)).isEqualTo("15 (high)");
    assertThatThrownBy(() -> RiskMatrix.rating(0, 5)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("likelihood");
    assertThatThrownBy(() -> RiskMatrix.rating(5, 6)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("severity");
  }

  @Test
  void controlsCannotMakeAHazardWorse() {
    List<Control> shield = List.of(new Control(ControlLevel.ENGINEERING, "Shield"));
    assertThatThrownBy(() -> new HazardEntry(RiskCategory.of(Hazard.FIREARMS), "Blank toward camera", 2, 3, shield, 3, 3))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).rule()).isEqualTo("NotAboveInitial");
    assertThat(new HazardEntry(RiskCategory.of(Hazard.FIREARMS), "Blank toward camera", 2, 3, shield, 2, 3).residualRating())
        .isEqualTo(6);
  }

  @Test
  void eachKindOfHazardIsSignedByItsDepartmentHead() {
    assertThat(SignOffDuty.headOf(RiskCategory.of(Hazard.FIREARMS)).roles())
        .containsExactlyInAnyOrder(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);
    for (RiskCategory c : List.of(RiskCategory.of(Hazard.STUNTS), RiskCategory.of(Hazard.VEHICLES), RiskCategory.of(Hazard.HEIGHTS),
        RiskCategory.of(Hazard.WATER))) {
      assertThat(SignOffDuty.headOf(c)).isEqualTo(SignOffDuty.STUNTS);
    }
    assertThat(SignOffDuty.headOf(RiskCategory.of(Hazard.PYROTECHNICS))).isEqualTo(SignOffDuty.SPECIAL_EFFECTS);
    assertThat(SignOffDuty.headOf(RiskCategory.of(Hazard.ANIMALS))).isEqualTo(SignOffDuty.FIRST_AD);
    assertThat(SignOffDuty.headOf(RiskCategory.GENERAL)).isEqualTo(SignOffDuty.FIRST_AD);
  }

  @Test
  void theProducerSignsFromTheThresholdUp() {
    RiskApproval approval = new RiskApproval();
    AssessmentVersion at12 = version(3, 4);
    AssessmentVersion at5 = version(1, 5);
    assertThat(approval.required(at12, 12)).contains(SignOffDuty.PRODUCER);
    assertThat(approval.required(version(2, 5), 12)).doesNotContain(SignOffDuty.PRODUCER);
    assertThat(approval.required(at5, 5)).contains(SignOffDuty.PRODUCER);
  }

  private static AssessmentVersion version(int residualLikelihood, int residualSeverity) {
    return new AssessmentVersion(java.util.UUID.randomUUID(), 1, List.of(new HazardEntry(RiskCategory.of(Hazard.FIREARMS),
        "Blank toward camera", 5, 5, List.of(new Control(ControlLevel.ENGINEERING, "Shield")), residualLikelihood,
        residualSeverity)), null, java.util.UUID.randomUUID(), java.time.Instant.EPOCH);
  }
}
