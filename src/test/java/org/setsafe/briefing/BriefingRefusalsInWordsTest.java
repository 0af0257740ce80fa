package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the safety meetings, bulletins, hospitals and contacts refuse, and what they do not find, is said in words:
 * in English exactly the message the API answers, in Spanish as well, for the crew member who reads Spanish.
 */
@SetSafeTest
class BriefingRefusalsInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired SafetyMeetings meetings;
  @Autowired Bulletins bulletins;
  @Autowired SafetyContacts contacts;
  @Autowired PreProductionCheck preProduction;

  private MeetingSet set;

  @BeforeEach
  void onSet() {
    set = MeetingSet.create(crew, productions, accounts, schedule, "Words day");
  }

  @Test
  void theSafetyMeetingsRefusalsAreSaidAsWritten() {
    saidAsWritten(refused("marcus.camera", () -> meetings.open(set.id(), List.of())));
    AccessRefusedException forAnother = saidAsWritten(refused("eli.actor", () -> meetings.acknowledge(set.id(),
        UUID.randomUUID(), crew.id(set.who("marcus.camera")))));
    assertThat(in(SPANISH, forAnother.said())).isEqualTo("Cada persona confirma una junta de seguridad en su propio"
        + " teléfono, con su propia sesión; nadie confirma por otra persona.");
    UUID meetingId = UUID.randomUUID();
    NotFoundException none = saidAsWritten(notFound("eli.actor", () -> meetings.acknowledge(set.id(), meetingId,
        null)));
    assertThat(none.getMessage()).isEqualTo("no safety meeting " + meetingId + " on this production");
    saidAsWritten(refused("eli.actor", () -> preProduction.check(set.id())));
    saidAsWritten(SafetyMeetings.signInFirst());
  }

  @Test
  void theBulletinsRefusalsAreSaidAsWritten() {
    saidAsWritten(refused("eli.actor", () -> bulletins.attach(set.id(), new Bulletins.NewBulletin("Blanks",
        "SB #1", "Treat every gun as loaded.", LocalDate.now(), false))));
    AccessRefusedException forAnother = saidAsWritten(refused("eli.actor", () -> bulletins.acknowledge(set.id(),
        UUID.randomUUID(), crew.id(set.who("marcus.camera")))));
    assertThat(in(SPANISH, forAnother.said())).startsWith("Cada persona confirma un boletín de seguridad en");
    saidAsWritten(notFound("eli.actor", () -> bulletins.acknowledge(set.id(), UUID.randomUUID(), null)));
  }

  @Test
  void theContactsRefusalsAreSaidAsWrittenAndAMissingContactOfEveryKind() {
    AccessRefusedException editor = saidAsWritten(refused("eli.actor", () -> contacts.name(set.id(), "MEDIC",
        "Ana Ruiz", "+1 505 555 0100", null, null)));
    assertThat(in(SPANISH, editor.said())).isEqualTo("Solo el gerente de producción (UPM), un productor o el asesor"
        + " de seguridad puede nombrar un contacto de seguridad.");
    NotFoundException medic = saidAsWritten(notFound("sam.safety", () -> {
      contacts.remove(set.id(), "MEDIC");
      return null;
    }));
    assertThat(medic.getMessage()).isEqualTo("no set medic is named on this production");
    for (SafetyContactKind kind : SafetyContactKind.values()) {
      Said words = Said.of("input.briefing.not-found.contact." + kind.name());
      assertThat(in(Locale.ENGLISH, words)).isEqualTo("no " + kind.label().toLowerCase() + " is named on this"
          + " production");
      assertThat(in(SPANISH, words)).startsWith("no hay ");
    }
  }

  private AccessRefusedException refused(String who, java.util.function.Supplier<?> work) {
    return catchThrowableOfType(() -> crew.as(set.who(who), work), AccessRefusedException.class);
  }

  private NotFoundException notFound(String who, java.util.function.Supplier<?> work) {
    return catchThrowableOfType(() -> crew.as(set.who(who), work), NotFoundException.class);
  }
}
