package org.setsafe.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The studio view refuses the crew in words, and names the trends there are when asked for one that is not: in
 * English exactly what the API answers, and in Spanish too.
 */
class StudioDoorInWordsTest {

  @SuppressWarnings("unchecked")
  private final StudioTrends trends = new StudioTrends(mock(CrewList.class), mock(ObjectProvider.class),
      Clock.systemUTC());

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theCrewIsRefusedTheStudioViewAndNoOneSignedInIsAskedToSignIn() {
    AccessRefusedException anonymous = catchThrowableOfType(AccessRefusedException.class,
        () -> StudioAccess.require("studio view"));
    assertThat(saidAsWritten(anonymous, anonymous.said()).getMessage()).isEqualTo("sign in first");

    signedIn(mock(SignedInUser.class));
    AccessRefusedException crew = catchThrowableOfType(AccessRefusedException.class,
        () -> StudioAccess.require("studio view"));
    assertThat(saidAsWritten(crew, crew.said()).getMessage()).isEqualTo(StudioAccess.REFUSAL);
    assertThat(in(Locale.forLanguageTag("es"), crew.said()))
        .isEqualTo("La vista del estudio es para la seguridad del estudio y los administradores.");
  }

  @Test
  void aTrendThatIsNotThereNamesTheTrendsThatAre() {
    SignedInUser studioSafety = mock(SignedInUser.class);
    when(studioSafety.isStudioSafety()).thenReturn(true);
    signedIn(studioSafety);

    NotFoundException missing = catchThrowableOfType(NotFoundException.class, () -> trends.trend("hugs"));
    assertThat(saidAsWritten(missing, missing.said()).getMessage())
        .isEqualTo("No trend hugs; the trends are " + String.join(", ", StudioTrends.KEYS) + ".");
    assertThat(in(Locale.forLanguageTag("es"), missing.said()))
        .isEqualTo("No hay ninguna tendencia hugs; las tendencias son " + String.join(", ", StudioTrends.KEYS) + ".");
  }

  private static void signedIn(SignedInUser user) {
    when(user.id()).thenReturn(UUID.randomUUID());
    when(user.getUsername()).thenReturn("eli.actor");
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
  }
}
