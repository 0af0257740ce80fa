package org.setsafe.protocol.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.ReasonWords;

/**
 * Where a scene shoots, as the weapon plan page and the risk pages show it: the words say in English exactly what the
 * sign-offs' reasons and the API write, and the reader's language has them too. The location stays as typed.
 */
class PlacementWordsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void aScheduledSceneIsSaidAsItsDateAtItsLocation() {
    ScenePlacement church = new ScenePlacement(UUID.randomUUID(), DAY, "Bonanza Creek Ranch, church");
    saidAsWritten(church.said(), church.describe());
    assertThat(ReasonWords.in(SPANISH, church.said())).isEqualTo("2026-12-07 en Bonanza Creek Ranch, church");
  }

  @Test
  void aSceneWithoutShootingDayIsSaidSo() {
    saidAsWritten(ScenePlacement.UNSCHEDULED.said(), ScenePlacement.UNSCHEDULED.describe());
    assertThat(ReasonWords.in(SPANISH, ScenePlacement.UNSCHEDULED.said())).isEqualTo("sin día de rodaje");
  }

  @Test
  void whereASceneIsNowIsSaidAsTheRiskPagesWriteIt() {
    saidAsWritten(SceneNow.whereSaid(DAY, "Stage 4"), SceneNow.where(DAY, "Stage 4"));
    saidAsWritten(SceneNow.whereSaid(null, null), SceneNow.where(null, null));
    assertThat(ReasonWords.in(SPANISH, SceneNow.whereSaid(null, null))).isEqualTo("sin programar");
  }
}
