package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The production's door refuses in words: a role that does not allow the step (naming the step), an administrator
 * off the crew, someone not on the production or not signed in, and what the schedule and the crew list do not
 * have. In English exactly what the API answers, and in Spanish too.
 */
class ProductionDoorInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneId.of("UTC"));

  private final Production western = new Production(UUID.randomUUID(), "Dust Devil Creek", ZoneId.of("America/Denver"));
  private final UUID rosa = UUID.randomUUID();
  private final ProductionStore store = mock(ProductionStore.class);
  private final ReadThisRequest reads = new ReadThisRequest(store);
  private final ProductionAccess access = new ProductionAccess(reads, CLOCK);

  @BeforeEach
  void rosaIsTheArmorer() {
    when(store.find(western.id())).thenReturn(Optional.of(western));
    when(store.rolesOf(western.id(), rosa)).thenReturn(Optional.of(Set.of(CrewRole.ARMORER)));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aRoleThatDoesNotAllowTheStepNamesTheStep() {
    signedIn(rosa);
    AccessRefusedException refused = catchThrowableOfType(AccessRefusedException.class,
        () -> access.require(western.id(), Permission.MANAGE_MEMBERS));

    assertThat(saidAsWritten(refused, refused.said()).getMessage())
        .isEqualTo("Your role on this production does not allow this (manage members).");
    assertThat(in(SPANISH, refused.said()))
        .isEqualTo("Tu rol en esta producción no te permite hacer esto (administrar el equipo).");
  }

  @ParameterizedTest
  @EnumSource(Permission.class)
  void everyPermissionIsNamedAsTheEnglishRefusalNamesIt(Permission permission) {
    assertThat(in(Locale.ENGLISH, permission.said())).isEqualTo(permission.name().toLowerCase().replace('_', ' '));
    assertThat(in(SPANISH, permission.said())).isNotBlank();
  }

  @Test
  void anAdministratorOffTheCrewIsToldWhoRecords() {
    SignedInUser admin = signedIn(UUID.randomUUID());
    when(admin.isAdministrator()).thenReturn(true);
    AccessRefusedException refused = catchThrowableOfType(AccessRefusedException.class,
        () -> access.require(western.id(), Permission.MANAGE_SCHEDULE));

    assertThat(saidAsWritten(refused, refused.said()).getMessage())
        .isEqualTo(ProductionAccess.ADMINISTRATORS_DO_NOT_RECORD);
  }

  @Test
  void someoneNotOnTheProductionFindsNoSuchProduction() {
    signedIn(UUID.randomUUID());
    NotFoundException missing = catchThrowableOfType(NotFoundException.class,
        () -> access.onSet(western.id()));

    assertThat(saidAsWritten(missing, missing.said()).getMessage())
        .isEqualTo("No production " + western.id() + " that you are on.");
    assertThat(in(SPANISH, missing.said())).isEqualTo("No estás en ninguna producción " + western.id() + ".");
  }

  @Test
  void noOneSignedInIsAskedToSignInAndOnlyAnAdministratorAdministers() {
    AccessRefusedException anonymous = catchThrowableOfType(AccessRefusedException.class,
        () -> access.require(western.id(), Permission.VIEW));
    assertThat(saidAsWritten(anonymous, anonymous.said()).getMessage()).isEqualTo("sign in first");

    signedIn(rosa);
    AccessRefusedException notAdministrator = catchThrowableOfType(AccessRefusedException.class,
        access::requireAdministrator);
    assertThat(saidAsWritten(notAdministrator, notAdministrator.said()).getMessage())
        .isEqualTo("Only an administrator may do this.");
  }

  @Test
  void whatTheScheduleAndTheCrewListDoNotHaveIsSaidWithItsId() {
    UUID id = UUID.randomUUID();
    NotFoundException day = NotOnTheSchedule.day(id);
    NotFoundException scene = NotOnTheSchedule.scene(id);
    NotFoundException production = catchThrowableOfType(NotFoundException.class,
        () -> new CrewList(store, reads).production(id));

    assertThat(saidAsWritten(day, day.said()).getMessage()).isEqualTo("no shooting day " + id);
    assertThat(in(SPANISH, day.said())).isEqualTo("no hay ningún día de rodaje " + id);
    assertThat(saidAsWritten(scene, scene.said()).getMessage()).isEqualTo("no scene " + id);
    assertThat(saidAsWritten(production, production.said()).getMessage()).isEqualTo("no production " + id);
  }

  @Test
  void aMemberOrAProductionNotThereIsSaidWithItsId() {
    @SuppressWarnings("unchecked")
    Productions productions = new Productions(store, mock(ProductionAccess.class), reads, mock(Accounts.class),
        mock(ApplicationEventPublisher.class), CLOCK, mock(ObjectProvider.class));
    UUID stranger = UUID.randomUUID();
    UUID gone = UUID.randomUUID();

    NotFoundException member = catchThrowableOfType(NotFoundException.class,
        () -> productions.removeMember(western.id(), stranger));
    NotFoundException production = catchThrowableOfType(NotFoundException.class,
        () -> productions.timeZoneOf(gone));

    assertThat(saidAsWritten(member, member.said()).getMessage())
        .isEqualTo("no member " + stranger + " on this production");
    assertThat(saidAsWritten(production, production.said()).getMessage()).isEqualTo("No production " + gone + ".");
  }

  private static SignedInUser signedIn(UUID id) {
    SignedInUser user = mock(SignedInUser.class);
    when(user.id()).thenReturn(id);
    when(user.getUsername()).thenReturn("someone");
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    return user;
  }
}
