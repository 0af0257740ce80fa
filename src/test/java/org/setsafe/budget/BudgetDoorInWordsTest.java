package org.setsafe.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may not read or change the safety budget is told so in words: in English exactly what the API answers, and in
 * Spanish too.
 */
class BudgetDoorInWordsTest {

  private final Production western = new Production(UUID.randomUUID(), "Dust Devil Creek", ZoneId.of("America/Denver"));
  private final ProductionAccess access = mock(ProductionAccess.class);
  private final BudgetRoles roles = new BudgetRoles(access);

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theArmorerNeitherReadsNorChangesTheBudget() {
    signedInAs(Set.of(CrewRole.ARMORER), false);

    AccessRefusedException read = catchThrowableOfType(AccessRefusedException.class, () -> roles.reader(western.id()));
    AccessRefusedException change = catchThrowableOfType(AccessRefusedException.class,
        () -> roles.editor(western.id()));

    assertThat(saidAsWritten(read, read.said()).getMessage()).isEqualTo("The safety budget is read by the UPM, "
        + "producers, the safety advisor, studio safety and administrators.");
    assertThat(saidAsWritten(change, change.said()).getMessage())
        .isEqualTo("Only the UPM or a producer changes the safety budget.");
    assertThat(in(Locale.forLanguageTag("es"), change.said()))
        .isEqualTo("Solo el gerente de producción (UPM) o un productor cambian el presupuesto de seguridad.");
  }

  @Test
  void anAdministratorOffTheCrewReadsButIsToldWhoChangesIt() {
    signedInAs(Set.of(), true);

    assertThat(roles.reader(western.id()).production()).isEqualTo(western);
    AccessRefusedException change = catchThrowableOfType(AccessRefusedException.class,
        () -> roles.editor(western.id()));
    assertThat(saidAsWritten(change, change.said()).getMessage())
        .isEqualTo(ProductionAccess.ADMINISTRATORS_DO_NOT_RECORD);
  }

  private void signedInAs(Set<CrewRole> crewRoles, boolean administrator) {
    UUID id = UUID.randomUUID();
    SignedInUser user = mock(SignedInUser.class);
    when(user.id()).thenReturn(id);
    when(user.getUsername()).thenReturn("rosa.armorer");
    when(user.isAdministrator()).thenReturn(administrator);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    when(access.onSet(western.id())).thenReturn(new OnSet(western, id, crewRoles, LocalDate.of(2026, 3, 10)));
  }
}
