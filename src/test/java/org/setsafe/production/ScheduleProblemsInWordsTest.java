package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.production.domain.ScheduleStore;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What the schedule refuses (a day, the 1st AD's calls, a scene, its cast and hazards) and the time zone a
 * production is made with say their words: in English exactly what the API answers, and Spanish as well. The stores
 * stand in for the database, so each refusal is reached directly.
 */
class ScheduleProblemsInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Production WESTERN = new Production(UUID.randomUUID(), "Dust Devil Creek",
      ZoneId.of("America/Denver"));
  private static final LocalDate TODAY = LocalDate.of(2031, 5, 4);
  private static final LocalTime CALL = LocalTime.of(6, 0);
  /** 12:30 on the set in Santa Fe. */
  private static final Instant HALF_PAST_NOON = Instant.parse("2031-05-04T18:30:00Z");

  private final ScheduleStore store = mock(ScheduleStore.class);
  private final ProductionStore productions = mock(ProductionStore.class);
  private final ProductionAccess access = mock(ProductionAccess.class);
  private final ShootingSchedule unchecked = mock(ShootingSchedule.class);
  private final Schedule schedule = new Schedule(store, productions, access, unchecked,
      mock(ApplicationEventPublisher.class), Clock.fixed(HALF_PAST_NOON, ZoneId.of("UTC")));
  private final UUID scene = UUID.randomUUID();
  private final UUID eli = UUID.randomUUID();
  private final UUID tess = UUID.randomUUID();

  @BeforeEach
  void theWestern() {
    when(access.require(eq(WESTERN.id()), any())).thenReturn(WESTERN);
    when(unchecked.today(WESTERN)).thenReturn(TODAY);
    when(store.scene(WESTERN.id(), scene)).thenReturn(Optional.of(new Scene(scene, WESTERN.id(), "12A",
        "Cole fires one blank toward the altar", null)));
    when(productions.rolesOf(WESTERN.id(), eli)).thenReturn(Optional.of(Set.of(CrewRole.PERFORMER)));
    when(productions.rolesOf(WESTERN.id(), tess)).thenReturn(Optional.of(Set.of(CrewRole.CREW)));
  }

  @Test
  void aShootingDayRefusedIsSaidAsWritten() {
    said(() -> schedule.scheduleDay(WESTERN.id(), LocalDate.of(1850, 7, 4), CALL, "Ranch"),
        "date must be between 1990-01-01 and 2100-12-31");
    said(() -> schedule.scheduleDay(WESTERN.id(), TODAY, null, "Ranch"), "callTime is required (HH:MM)");
    said(() -> schedule.scheduleDay(WESTERN.id(), TODAY, CALL, "Ranch", CALL, null),
        "the meal break comes after the call time");
    said(() -> schedule.scheduleDay(WESTERN.id(), TODAY, CALL, "Ranch", null, CALL), "wrap comes after the call time");
    said(() -> schedule.scheduleDay(WESTERN.id(), TODAY, CALL, "Ranch", LocalTime.of(13, 0), LocalTime.of(12, 0)),
        "wrap comes after the meal break");

    when(store.dayOn(WESTERN.id(), TODAY)).thenReturn(Optional.of(day(null, null)));
    InvalidInputException twice = said(() -> schedule.scheduleDay(WESTERN.id(), TODAY, CALL, "Ranch"),
        "a shooting day on 2031-05-04 is already scheduled");
    assertThat(in(SPANISH, twice)).isEqualTo("ya hay un día de rodaje programado el 2031-05-04");
  }

  @Test
  void theFirstAdsCallsRefusedAreSaidAsWrittenWithTheTimeOnTheSetsClock() {
    said(() -> schedule.callMealBreak(WESTERN.id()), "there is no shooting day today (2031-05-04) to call meal "
        + "break on");
    InvalidInputException noDay = said(() -> schedule.callWrap(WESTERN.id()),
        "there is no shooting day today (2031-05-04) to call wrap on");
    assertThat(in(SPANISH, noDay)).isEqualTo("hoy (2031-05-04) no hay ningún día de rodaje en el que llamar al fin "
        + "del día");

    when(store.dayOn(WESTERN.id(), TODAY)).thenReturn(Optional.of(day(HALF_PAST_NOON, null)));
    said(() -> schedule.callMealBreak(WESTERN.id()), "the meal break was already called at 12:30");
    when(store.dayOn(WESTERN.id(), TODAY)).thenReturn(Optional.of(day(null, HALF_PAST_NOON)));
    said(() -> schedule.callMealBreak(WESTERN.id()), "the day has wrapped; there is no meal break after wrap");
    InvalidInputException wrapped = said(() -> schedule.callWrap(WESTERN.id()), "wrap was already called at 12:30");
    assertThat(in(SPANISH, wrapped)).isEqualTo("el fin del día ya se llamó a las 12:30");
  }

  @Test
  void aSceneRefusedIsSaidAsWritten() {
    InvalidInputException number = said(() -> schedule.addScene(WESTERN.id(), "12A!", "Shootout", null),
        "number must be 1 to 16 letters, digits, '.', '/', '-' or spaces, e.g. 12A");
    assertThat(in(SPANISH, number)).isEqualTo("el número lleva de 1 a 16 letras, dígitos, '.', '/', '-' o espacios; "
        + "por ejemplo: 12A");
    UUID elsewhere = UUID.randomUUID();
    said(() -> schedule.addScene(WESTERN.id(), "12A", "Shootout", elsewhere),
        "no shooting day " + elsewhere + " on this production");
    when(store.sceneNumberTaken(WESTERN.id(), "12A")).thenReturn(true);
    said(() -> schedule.addScene(WESTERN.id(), "12A", "Shootout", null), "scene 12A already exists on this production");
  }

  @Test
  void aCastRefusedIsSaidAsWritten() {
    UUID nobody = UUID.randomUUID();
    said(() -> schedule.nameCast(WESTERN.id(), scene, new HashSet<>(Arrays.asList((UUID) null)), null),
        "cast names members by id");
    said(() -> schedule.nameCast(WESTERN.id(), scene, Set.of(nobody), null), nobody + " is not on this production");
    said(() -> schedule.nameCast(WESTERN.id(), scene, Set.of(tess), null),
        "the cast are performers; " + tess + " is not one");
    said(() -> schedule.nameCast(WESTERN.id(), scene, Set.of(eli), nobody), nobody + " is not on this production");
  }

  @Test
  void aHazardOnlyReportedIsRefusedOnASceneNamedInTheReadersWords() {
    InvalidInputException electrical = said(() -> schedule.markHazards(WESTERN.id(), scene, Set.of(Hazard.ELECTRICAL)),
        "Electrical is reported, not marked on a scene: a scene holds [FIREARMS, STUNTS, PYROTECHNICS, VEHICLES, "
            + "HEIGHTS, WATER, ANIMALS]");
    assertThat(in(SPANISH, electrical)).startsWith("Eléctrico: se reporta, no se marca en una escena;");
  }

  @Test
  void aTimeZoneThatIsNoRegionIsSaidAsWritten() {
    said(() -> Productions.zone("Mars/Olympus_Mons"),
        "timeZone must be a region such as America/Denver or Europe/London");
  }

  private ShootingDay day(Instant mealBreakCalled, Instant wrapCalled) {
    return new ShootingDay(UUID.randomUUID(), WESTERN.id(), TODAY, CALL, "Bonanza Creek Ranch", null, null,
        mealBreakCalled, wrapCalled);
  }

  private static InvalidInputException said(ThrowingCallable step, String message) {
    InvalidInputException problem = catchThrowableOfType(InvalidInputException.class, step);
    assertThat(problem).as(message).isNotNull();
    assertThat(saidAsWritten(problem).getMessage()).isEqualTo(message);
    return problem;
  }
}
