package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is asking on a production is read once per web request and kept for the rest of it; outside a request it is
 * read every time; and every refusal is logged each time it is decided, kept or not.
 */
@ExtendWith(OutputCaptureExtension.class)
class OnSetTest {

  /** 23:30 in Santa Fe on 5 December is already 6 December in London. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T06:30:00Z"), ZoneId.of("UTC"));

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
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void aRequestResolvesWhoIsAskingOnceHoweverManyModulesAsk() {
    inARequest();
    signedIn(rosa, "rosa.armorer");

    OnSet onSet = access.onSet(western.id());
    access.require(western.id(), Permission.VIEW);
    access.crew(western.id(), () -> new AccessRefusedException("crew only"));
    assertThat(access.allows(western.id(), Permission.VIEW)).isTrue();
    assertThat(access.rolesHeld(western.id())).containsExactly(CrewRole.ARMORER);

    assertThat(onSet.production()).isEqualTo(western);
    assertThat(onSet.userId()).isEqualTo(rosa);
    assertThat(onSet.holds(CrewRole.ARMORER)).isTrue();
    assertThat(onSet.today()).as("today on the set, in its own time zone").isEqualTo(LocalDate.of(2026, 12, 5));
    verify(store, times(1)).find(western.id());
    verify(store, times(1)).rolesOf(western.id(), rosa);
  }

  @Test
  void outsideARequestEveryDecisionReadsAnew() {
    signedIn(rosa, "rosa.armorer");

    access.onSet(western.id());
    access.require(western.id(), Permission.VIEW);

    verify(store, times(2)).find(western.id());
    verify(store, times(2)).rolesOf(western.id(), rosa);
  }

  @Test
  void aCrewChangeIsSeenByTheRestOfTheRequest() {
    inARequest();
    signedIn(rosa, "rosa.armorer");
    access.require(western.id(), Permission.VIEW);

    when(store.rolesOf(western.id(), rosa)).thenReturn(Optional.empty());
    reads.forget();

    assertThatThrownBy(() -> access.require(western.id(), Permission.VIEW)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void everyRefusalIsLoggedThoughWhoIsAskingIsReadOnce(CapturedOutput output) {
    inARequest();
    UUID stranger = UUID.randomUUID();
    when(store.rolesOf(western.id(), stranger)).thenReturn(Optional.empty());
    signedIn(stranger, "lee.stranger");

    assertThatThrownBy(() -> access.require(western.id(), Permission.VIEW)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> access.require(western.id(), Permission.MANAGE_SCHEDULE))
        .isInstanceOf(NotFoundException.class);

    verify(store, times(1)).rolesOf(western.id(), stranger);
    assertThat(output.getAll().split("access refused: user=lee.stranger", -1)).hasSize(3);
  }

  @Test
  void onlyTheCrewRecords(CapturedOutput output) {
    inARequest();
    UUID watcher = UUID.randomUUID();
    when(store.rolesOf(western.id(), watcher)).thenReturn(Optional.empty());
    SignedInUser studioSafety = signedIn(watcher, "sam.studio");
    when(studioSafety.isStudioSafety()).thenReturn(true);

    assertThat(access.onSet(western.id()).onCrew()).as("studio safety sees the production").isFalse();
    assertThatThrownBy(() -> access.crew(western.id(),
        () -> new AccessRefusedException("Only the crew of this production record custody.")))
        .isInstanceOf(AccessRefusedException.class).hasMessageContaining("Only the crew");
    assertThat(output.getAll()).contains("access refused: user=sam.studio");
  }

  private static void inARequest() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setAttribute(ProductionAccess.READ_THIS_REQUEST, new HashMap<>());
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
  }

  private static SignedInUser signedIn(UUID id, String username) {
    SignedInUser user = mock(SignedInUser.class);
    when(user.id()).thenReturn(id);
    when(user.getUsername()).thenReturn(username);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
    return user;
  }
}
