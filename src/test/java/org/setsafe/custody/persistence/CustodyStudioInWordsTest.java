package org.setsafe.custody.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.custody.domain.FirearmsHold.Cause;
import org.setsafe.shared.ReasonWords;
import org.setsafe.studio.StudioColumn.StudioCell;

/** Custody's cells of the studio's table: English word for word as the CSV keeps it, Spanish on the page. */
class CustodyStudioInWordsTest {

  private static final UUID PRODUCTION = UUID.randomUUID();

  @Test
  void weaponsOutAreCounted() {
    StudioCell one = said(CustodyStudio.WeaponsOut.cell(PRODUCTION, 1));
    assertThat(one.words()).isEqualTo("1 weapon out");
    assertThat(spanish(one)).isEqualTo("1 arma fuera del resguardo");
    StudioCell three = said(CustodyStudio.WeaponsOut.cell(PRODUCTION, 3));
    assertThat(three.words()).isEqualTo("3 weapons out");
    assertThat(spanish(three)).isEqualTo("3 armas fuera del resguardo");
  }

  @Test
  void holdsAreNamedOnceEachWithWhereAsTyped() {
    StudioCell every = said(CustodyStudio.FirearmsHolds.cell(PRODUCTION, List.of(hold(Cause.LIVE_ROUND_FOUND,
        "prop cart", null), hold(Cause.ACCIDENTAL_DISCHARGE, null, null), hold(Cause.LIVE_ROUND_FOUND, "prop cart",
        null))));
    assertThat(every.words()).isEqualTo("Every firearm held: Live round found: prop cart; Accidental discharge");
    assertThat(every.figure()).isEqualTo(3);
    assertThat(spanish(every))
        .isEqualTo("Todas las armas de fuego retenidas: Cartucho real encontrado: prop cart; Disparo accidental");

    StudioCell scene = said(CustodyStudio.FirearmsHolds.cell(PRODUCTION, List.of(hold(Cause.SCENE_HELD, "Scene 12",
        UUID.randomUUID()))));
    assertThat(scene.words()).isEqualTo("Held: Scene held for an incident: Scene 12");
    assertThat(spanish(scene)).isEqualTo("En retención: Escena retenida por un incidente: Scene 12");

    for (Cause cause : Cause.values()) {
      said(CustodyStudio.FirearmsHolds.cell(PRODUCTION, List.of(hold(cause, null, null))));
      said(CustodyStudio.FirearmsHolds.cell(PRODUCTION, List.of(hold(cause, "armory truck", UUID.randomUUID()))));
    }
  }

  private static FirearmsHold.Reason hold(Cause cause, String where, UUID sceneId) {
    return new FirearmsHold.Reason(UUID.randomUUID(), cause, Instant.parse("2026-12-07T18:00:00Z"), UUID.randomUUID(),
        null, null, where, "found at the meal break", sceneId);
  }

  private static StudioCell said(StudioCell cell) {
    ReasonWords.saidAsWritten(cell.said(), cell.words());
    return cell;
  }

  private static String spanish(StudioCell cell) {
    return ReasonWords.in(Locale.forLanguageTag("es"), cell.said());
  }
}
