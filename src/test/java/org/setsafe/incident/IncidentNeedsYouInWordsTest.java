package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.production.NeedsYou.Item;
import org.setsafe.shared.Dated;
import org.setsafe.shared.ReasonWords;
import org.setsafe.shared.Refusal.Said;

/**
 * A regulator's clock and support after an incident, as they wait on the dashboard: the English word for word as it
 * always read, and Spanish for a Spanish reader.
 */
class IncidentNeedsYouInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Instant DUE = Instant.parse("2026-12-07T20:00:00Z");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  @Test
  void howTheClockStandsIsSaidAsWrittenAndInSpanish() {
    for (Duration d : List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(40),
        Duration.ofHours(1), Duration.ofMinutes(61), Duration.ofMinutes(312), Duration.ofHours(8))) {
      for (boolean made : List.of(false, true)) {
        Instant before = DUE.minus(d);
        Instant after = DUE.plus(d);
        ReasonWords.saidAsWritten(ReportingClocks.timeLeftSaid(DUE, made ? before : null, false, before),
            ReportingClocks.timeLeft(DUE, made ? before : null, false, before));
        ReasonWords.saidAsWritten(ReportingClocks.timeLeftSaid(DUE, made ? after : null, true, after),
            ReportingClocks.timeLeft(DUE, made ? after : null, true, after));
      }
    }
    assertThat(ReasonWords.in(SPANISH, ReportingClocks.timeLeftSaid(DUE, null, false, DUE.minus(Duration.ofMinutes(312)))))
        .isEqualTo("tiempo restante: 5 horas 12 minutos");
  }

  @Test
  void aClockNobodyAnsweredIsSaidAsWrittenForEveryOutcome() {
    for (ReportableOutcome outcome : ReportableOutcome.values()) {
      for (boolean late : List.of(false, true)) {
        Instant now = late ? DUE.plus(Duration.ofMinutes(40)) : DUE.minus(Duration.ofMinutes(90));
        Item item = IncidentNeedsYou.clock(UUID.randomUUID(), clock(outcome, late, now));
        ReasonWords.saidAsWritten(item.whatSaid(), item.what());
        ReasonWords.saidAsWritten(item.actionSaid(), item.action());
      }
    }
    Item death = IncidentNeedsYou.clock(UUID.randomUUID(), clock(ReportableOutcome.DEATH, true,
        DUE.plus(Duration.ofMinutes(40))));
    assertThat(death.what()).isEqualTo("LATE: Cal/OSHA report of a death due Mon 7 Dec 2026 13:00 MST — late by 40 minutes.");
    assertThat(ReasonWords.in(SPANISH, death.whatSaid()))
        .isEqualTo("ATRASADO: reporte a Cal/OSHA de una muerte, vencía lun 7 dic 2026 13:00 MST — atrasado por 40 minutos.");
  }

  @Test
  void supportOfferedIsSaidAsWrittenAndInSpanish() {
    Said injury = Said.of("incident.needs-you.incident.where", Said.of("incident.kind.INJURY_OR_ILLNESS"),
        new Dated(DUE, DENVER), "Stage 4");
    Item item = IncidentNeedsYou.support(UUID.randomUUID(), "Injury or illness, Mon 7 Dec 2026 13:00 MST, Stage 4",
        injury);
    ReasonWords.saidAsWritten(item.whatSaid(), item.what());
    ReasonWords.saidAsWritten(item.actionSaid(), item.action());
    assertThat(ReasonWords.in(SPANISH, item.whatSaid()))
        .isEqualTo("Se te ofrece apoyo después del incidente (Lesión o enfermedad, lun 7 dic 2026 13:00 MST, Stage 4).");
    Item somewhere = IncidentNeedsYou.support(UUID.randomUUID(), "Near miss, Mon 7 Dec 2026 13:00 MST",
        Said.of("incident.needs-you.incident", Said.of("incident.kind.NEAR_MISS"), new Dated(DUE, DENVER)));
    ReasonWords.saidAsWritten(somewhere.whatSaid(), somewhere.what());
    ReasonWords.saidAsWritten(IncidentNeedsYou.support(UUID.randomUUID(), "an incident",
        Said.of("incident.needs-you.incident.unknown")).whatSaid(),
        "Support is offered to you after the incident (an incident).");
  }

  private static ReportingClocks.ClockView clock(ReportableOutcome outcome, boolean late, Instant now) {
    return new ReportingClocks.ClockView(UUID.randomUUID(), UUID.randomUUID(), outcome, outcome.label(), "CA",
        Regulator.CAL_OSHA, Regulator.CAL_OSHA.label(), DUE.minus(Duration.ofHours(8)), DUE,
        "Mon 7 Dec 2026 13:00 MST", false, late, ReportingClocks.timeLeft(DUE, null, late, now), null, null, null,
        null, List.of(), ReportingClocks.timeLeftSaid(DUE, null, late, now),
        new Dated(DUE, DENVER));
  }
}
