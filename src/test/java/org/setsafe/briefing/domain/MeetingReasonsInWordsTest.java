package org.setsafe.briefing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.briefing.domain.MeetingCoversScenePolicy.CoveringMeeting;
import org.setsafe.shared.Refusal;

/** The meeting gate's refusals have words, in English exactly the reason written, times in the production's zone. */
class MeetingReasonsInWordsTest {

  private static final ZoneId ALBUQUERQUE = ZoneId.of("America/Denver");
  private static final UUID PERFORMER = UUID.fromString("00000000-0000-0000-0000-00000000b003");
  private static final Instant OPENED = Instant.parse("2026-03-10T14:05:00Z");
  private static final Map<String, String> ITEMS = Map.of("Weapon plan — Sc. 12A", "v1");

  private final MeetingCoversScenePolicy policy = new MeetingCoversScenePolicy();

  @Test
  void noMeetingAnOpenOneAChangedSceneAndAnUnacknowledgedPerformerAreSaidAsWritten() {
    saidAsWritten(check(List.of(), ITEMS));
    Refusal open = saidAsWritten(check(List.of(new CoveringMeeting(UUID.randomUUID(), OPENED, null, ITEMS,
        Set.of())), ITEMS));
    CoveringMeeting held = new CoveringMeeting(UUID.randomUUID(), OPENED, OPENED.plusSeconds(900), ITEMS, Set.of());
    saidAsWritten(check(List.of(held), Map.of("Weapon plan — Sc. 12A", "v2")));
    Refusal unacknowledged = saidAsWritten(check(List.of(held), ITEMS));

    assertThat(open.reason()).contains("opened at 08:05 for scene 12A");
    assertThat(in(Locale.forLanguageTag("es"), open)).contains("abierta a las 08:05 para la escena 12A");
    assertThat(in(Locale.forLanguageTag("es"), unacknowledged)).startsWith("Eli Navarro no ha confirmado");
  }

  private Refusal check(List<CoveringMeeting> meetings, Map<String, String> current) {
    return policy.check("12A", meetings, current, PERFORMER, "Eli Navarro", ALBUQUERQUE).orElseThrow();
  }
}
