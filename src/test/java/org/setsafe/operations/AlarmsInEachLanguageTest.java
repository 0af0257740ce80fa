package org.setsafe.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.ledger.LedgerEvents;
import org.setsafe.notify.Notice;
import org.setsafe.notify.NoticesRead;
import org.setsafe.operations.domain.FailingTimer;
import org.setsafe.operations.domain.PendingPublication;
import org.setsafe.shared.LocalTimes;

/**
 * The alarms about SetSafe itself reach each administrator in their language: in English word for word what they
 * said when they were written in English only, in Spanish in words of their own; what SetSafe found is said as it is.
 */
class AlarmsInEachLanguageTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final ZoneId INSTALLATION = ZoneId.of("America/Los_Angeles");
  private static final Instant NOW = Instant.parse("2026-12-06T05:07:00Z");

  @Test
  void aLedgerChangedBehindItsBackIsToldInEachLanguage() {
    LedgerEvents.CheckpointRefused refused = new LedgerEvents.CheckpointRefused(UUID.randomUUID(), NOW,
        "setsafe.example/production/1", null, 42, "the log has 40 entries, fewer than the 42 signed");
    Notice notice = LedgerTamperingAlarms.notice(refused);

    Notice english = NoticesRead.in(notice, Locale.ENGLISH);
    assertThat(english.subject()).isEqualTo("SetSafe: the ledger was changed behind its back");
    assertThat(english.text()).isEqualTo("SetSafe refused to sign a checkpoint of ledger log "
        + "setsafe.example/production/1: the log has 40 entries, fewer than the 42 signed. Someone with access to the"
        + " database has deleted, rolled back or rewritten entries or checkpoints; nothing new is signed for this log"
        + " until it is resolved. Run 'setsafe ledger verify' and compare with the witnessed checkpoints; keep the"
        + " witness directory and a copy of the database as evidence.");
    assertThat(english.link()).isEqualTo("/admin/ledger");
    Notice spanish = NoticesRead.in(notice, SPANISH);
    assertThat(spanish.subject()).isEqualTo("SetSafe: alguien cambió el libro de registro a sus espaldas");
    assertThat(spanish.text()).startsWith("SetSafe se negó a firmar un punto de control del registro "
        + "setsafe.example/production/1 del libro de registro: the log has 40 entries, fewer than the 42 signed.")
        .contains("Ejecuta 'setsafe ledger verify' y compara");
  }

  @Test
  void aFailingTimerIsToldInEachLanguageWithItsTimesOnTheInstallationsClock() {
    FailingTimer failing = new FailingTimer("escalation-step", "report-1/1/L2R0", 1234, NOW.minusSeconds(60), NOW);
    Notice notice = StuckEventAlarms.notice(failing, INSTALLATION);

    Notice english = NoticesRead.in(notice, Locale.ENGLISH);
    assertThat(english.subject()).isEqualTo("SetSafe: a safety timer is failing: " + failing.duty());
    assertThat(english.text()).isEqualTo("SetSafe could not run " + failing.duty() + ": 1234 run(s) failed, the last"
        + " at " + LocalTimes.dated(NOW.minusSeconds(60), INSTALLATION) + ". It is tried again on its own (next at "
        + LocalTimes.dated(NOW, INSTALLATION) + "), but until a run goes through, nobody has been told what it should"
        + " have told them. Job escalation-step report-1/1/L2R0. The server log has the error.");
    assertThat(english.text()).contains("the last at Sat 5 Dec 2026 21:06 PST");
    Notice spanish = NoticesRead.in(notice, SPANISH);
    assertThat(spanish.subject()).startsWith("SetSafe: falla un temporizador de seguridad: ");
    assertThat(spanish.text()).contains("fallaron 1234 ejecuciones, la última: sáb")
        .contains("Trabajo escalation-step");

    FailingTimer unknown = new FailingTimer("notice-attempt", "n-1", 1, null, null);
    Notice notKnown = NoticesRead.in(StuckEventAlarms.notice(unknown, INSTALLATION), Locale.ENGLISH);
    assertThat(notKnown.text()).startsWith("SetSafe could not run a scheduled job (notice-attempt): 1 run(s) failed,"
        + " the last at an unknown time. It is tried again on its own (next at once the scheduler can), but");
    assertThat(NoticesRead.in(StuckEventAlarms.notice(unknown, INSTALLATION), SPANISH).text())
        .contains("la última: en un momento desconocido")
        .contains("la próxima: en cuanto el programador de tareas pueda");
  }

  @Test
  void aStuckSafetyRecordIsToldInEachLanguage() {
    Instant published = NOW.minus(Duration.ofMinutes(75));
    PendingPublication stuck = new PendingPublication(UUID.randomUUID(),
        "org.setsafe.reporting.AutomaticReports.on(org.setsafe.custody.domain.CustodyEvents$Misfire)",
        "org.setsafe.custody.domain.CustodyEvents$Misfire", published, 4, null);
    Notice notice = StuckEventAlarms.notice(stuck, NOW, INSTALLATION);

    Notice english = NoticesRead.in(notice, Locale.ENGLISH);
    assertThat(english.subject()).isEqualTo("SetSafe: a safety record is stuck: " + stuck.description());
    assertThat(english.text()).isEqualTo("SetSafe has not finished with a safety record since "
        + LocalTimes.dated(published, INSTALLATION) + " (75 min): " + stuck.description() + ". It is kept and tried"
        + " again (3 retries so far), but until it goes through, what it should have caused (a report, an escalation,"
        + " a notice, a ledger entry) has not happened. Listener " + stuck.listener() + ", publication " + stuck.id()
        + ". The server log has the error.");
    Notice spanish = NoticesRead.in(notice, SPANISH);
    assertThat(spanish.subject()).isEqualTo("SetSafe: un registro de seguridad está atascado: " + stuck.description());
    assertThat(spanish.text()).startsWith("SetSafe no ha terminado con un registro de seguridad desde el ")
        .contains("(75 min)").contains("(3 reintentos hasta ahora)").contains("publicación " + stuck.id());
  }
}
