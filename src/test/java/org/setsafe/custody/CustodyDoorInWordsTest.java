package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What custody does not have on this production (a weapon, a lot, a photo, a firearms hold) and who may not act on it
 * are said in words: in English exactly what the API answers, in Spanish on a Spanish reader's page.
 */
@SetSafeTest
class CustodyDoorInWordsTest {

  private static final String ARMORER = "rosa.armorer";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Armory armory;
  @Autowired CustodyBoards boards;
  @Autowired FirearmsHolds holds;

  private UUID western;
  private final UUID unknown = UUID.randomUUID();

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN).id();
  }

  @Test
  void aWeaponOrALotNotOnThisProductionIsSaidWithItsId() {
    NotFoundException weapon = NotOnThisProduction.weapon(unknown);
    NotFoundException lot = NotOnThisProduction.lot(unknown);

    assertThat(saidAsWritten(weapon, weapon.said()).getMessage())
        .isEqualTo("no weapon " + unknown + " on this production");
    assertThat(in(Locale.forLanguageTag("es"), weapon.said()))
        .isEqualTo("no hay ningún arma " + unknown + " en esta producción");
    assertThat(saidAsWritten(lot, lot.said()).getMessage()).isEqualTo("no lot " + unknown + " on this production");
  }

  @Test
  void theRegisterTheBoardsAndTheHoldsSayWhatIsNotThere() {
    NotFoundException weapon = catchThrowableOfType(NotFoundException.class,
        () -> crew.as(ARMORER, () -> armory.weapon(western, unknown)));
    NotFoundException lot = catchThrowableOfType(NotFoundException.class,
        () -> crew.as(ARMORER, () -> boards.lotSteps(western, unknown)));
    NotFoundException photo = catchThrowableOfType(NotFoundException.class,
        () -> crew.as(ARMORER, () -> armory.photo(western, unknown)));
    NotFoundException hold = catchThrowableOfType(NotFoundException.class,
        () -> crew.as(ARMORER, () -> holds.clearHold(western, unknown, "found it was a dummy")));

    assertThat(saidAsWritten(weapon, weapon.said()).getMessage())
        .isEqualTo("no weapon " + unknown + " on this production");
    assertThat(saidAsWritten(lot, lot.said()).getMessage()).isEqualTo("no lot " + unknown + " on this production");
    assertThat(saidAsWritten(photo, photo.said()).getMessage())
        .isEqualTo("no photo of weapon " + unknown + " on this production");
    assertThat(saidAsWritten(hold, hold.said()).getMessage())
        .isEqualTo("no firearms hold " + unknown + " on this production");
  }

  @Test
  void studioSafetyWatchesCustodyButDoesNotRecordIt() {
    AccessRefusedException refused = catchThrowableOfType(AccessRefusedException.class,
        () -> crew.as("demo.studio", () -> holds.clearHold(western, unknown, "not theirs to clear")));

    assertThat(saidAsWritten(refused, refused.said()).getMessage())
        .isEqualTo("Only the crew of this production record custody.");
  }

  @Test
  void aSpanishReaderFindsNoSuchWeaponAndIsRefusedTheTagsInSpanish() throws Exception {
    // Readers who chose no language of their own: their browser's decides (the armorer's is chosen by other tests).
    String missing = mvc.perform(get("/productions/" + western + "/custody/weapons/" + unknown)
            .with(crew.signedIn("marcus.camera")).header("Accept-Language", "es"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    assertThat(missing).contains("no hay ningún arma " + unknown + " en esta producción")
        .doesNotContain("on this production");

    String refused = mvc.perform(get("/productions/" + western + "/custody/tags.pdf")
            .with(crew.signedIn("eli.actor")).header("Accept-Language", "es"))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("Solo el armero o el jefe de utilería imprime las etiquetas de la producción.");
  }
}
