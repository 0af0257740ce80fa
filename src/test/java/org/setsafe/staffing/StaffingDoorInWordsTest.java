package org.setsafe.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A grip who tries a staffing step that is not theirs is refused in words, and an administrator off the crew is told
 * who records: in English exactly what the API answers, and in Spanish too.
 */
class StaffingDoorInWordsTest {

  private static final Production WESTERN =
      new Production(UUID.randomUUID(), "Dust Devil Creek", ZoneId.of("America/Denver"));
  private static final UUID TESS = UUID.randomUUID();
  private static final ProductionAccess ACCESS = mock(ProductionAccess.class);
  private static final StaffingRoles ROLES = new StaffingRoles(ACCESS);
  private static final Clock CLOCK = Clock.systemUTC();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  static Stream<Arguments> stepsNotAGripsToTake() {
    StaffingStore store = mock(StaffingStore.class);
    ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    ShootingSchedule schedule = mock(ShootingSchedule.class);
    FlagRaising flags = mock(FlagRaising.class);
    StaffingReads reads = mock(StaffingReads.class);
    Roster roster = new Roster(store, ROLES, reads, flags, mock(RefusalRecorder.class), schedule, events, CLOCK);
    DayDuty duty = new DayDuty(UUID.randomUUID(), UUID.randomUUID(), CrewRole.ARMORER);
    UUID production = WESTERN.id();
    return Stream.of(
        Arguments.of((ThrowingCallable) () -> roster.schedule(production, duty),
            "Only the UPM, the 1st AD or a producer schedules people onto a shooting day."),
        Arguments.of((ThrowingCallable) () -> roster.release(production, duty),
            "Only the UPM, the 1st AD or a producer releases people from a shooting day."),
        Arguments.of((ThrowingCallable) () -> new FlagDecisions(store, ROLES, mock(FatigueFlags.class), flags, schedule,
                events, CLOCK).decide(production, new DecideFlag(UUID.randomUUID(), TESS, "REST_SHORT", "Relief")),
            "Only a producer or the UPM records a decision on a rest or hours flag."),
        Arguments.of((ThrowingCallable) () -> new RestAndHoursLimits(store, ROLES, flags, schedule, events, CLOCK)
                .set(production, new SetRules(10, 60)),
            "Only a producer or the UPM sets the production's rest and hours limits."),
        Arguments.of((ThrowingCallable) () -> new Timekeeping(store, ROLES, reads, flags, mock(CrewList.class), events,
                CLOCK).recordHours(production, new RecordHours(UUID.randomUUID(), LocalDate.of(2026, 3, 10), null,
                null, null)),
            "Only the person, the UPM or the 1st AD records hours worked."));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("stepsNotAGripsToTake")
  void aGripIsRefusedInWords(ThrowingCallable step, String message) {
    signedInAs(Set.of(CrewRole.CREW), false);
    AccessRefusedException refused = catchThrowableOfType(AccessRefusedException.class, step);
    assertThat(saidAsWritten(refused, refused.said()).getMessage()).isEqualTo(message);
  }

  @Test
  void anAdministratorOffTheCrewIsToldWhoRecordsInSpanishToo() {
    signedInAs(Set.of(), true);
    AccessRefusedException refused = catchThrowableOfType(AccessRefusedException.class,
        () -> ROLES.require(WESTERN.id(), StaffingRoles.SCHEDULERS, "schedule people onto a shooting day",
            () -> new AccessRefusedException("not this one")));

    assertThat(saidAsWritten(refused, refused.said()).getMessage())
        .isEqualTo(ProductionAccess.ADMINISTRATORS_DO_NOT_RECORD);
    assertThat(in(Locale.forLanguageTag("es"), refused.said())).startsWith("Los administradores cuidan la instalación");
  }

  @Test
  void noOneSignedInIsAskedToSignIn() {
    AccessRefusedException refused = catchThrowableOfType(AccessRefusedException.class,
        () -> ROLES.onSet(WESTERN.id()));
    assertThat(saidAsWritten(refused, refused.said()).getMessage()).isEqualTo("sign in first");
    assertThat(in(Locale.forLanguageTag("es"), refused.said())).isEqualTo("primero inicia sesión");
  }

  private static void signedInAs(Set<CrewRole> roles, boolean administrator) {
    UUID id = UUID.randomUUID();
    SignedInUser user = mock(SignedInUser.class);
    when(user.id()).thenReturn(id);
    when(user.getUsername()).thenReturn("tess.grip");
    when(user.isAdministrator()).thenReturn(administrator);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    when(ACCESS.onSet(WESTERN.id())).thenReturn(new OnSet(WESTERN, id, roles, LocalDate.of(2026, 3, 10)));
  }
}
