package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A box of dummies on the armorer's phone, from the board: she registers it as it arrives, checks every round,
 * takes it out of use when one rattles wrong, re-inspects it and keeps it out, then re-inspects it again and
 * releases it. Every page fits a small phone and has nothing too small for a gloved finger. A grip is offered none
 * of it, and is refused when he sends a form anyway.
 */
@SetSafeTest
@Tag("browser")
class AmmunitionLotsBrowserTest {

  /** Taps each step may take on the glass, from the page before it: the budget for a step on set. */
  private static final int TO_REGISTER = 9;
  private static final int TO_VERIFY = 4;
  private static final int TO_QUARANTINE = 3;
  private static final int TO_REINSPECT = 3;

  @LocalServerPort int port;
  @Autowired Crew crew;

  @Test
  void theArmorerRegistersVerifiesQuarantinesAndReinspectsALotFromHerPhone() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String board = "/productions/" + western.id() + "/custody";
    String maker = "Starline " + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    String name = ".45 Colt dummies from " + maker;
    String lotPage;

    try (Phone rosa = new Phone(port)) {
      rosa.signIn("rosa.armorer", Crew.PASSWORD).open(board);

      int start = rosa.taps();
      rosa.follow("Ammunition lots: register, verify, quarantine");
      assertThat(rosa.heading()).isEqualTo("Ammunition lots");
      fitsAndIsEasyToTap(rosa, "lots-1-armorer-list-phone");
      rosa.follow("Register a lot");
      assertThat(rosa.heading()).isEqualTo("Register a lot");
      fitsAndIsEasyToTap(rosa, "lots-2-armorer-register-phone");

      // Sent with nothing filled in: every field says what it needs at once, nothing is recorded.
      rosa.type("caliber", ".45 Colt").press("Register it as received");
      assertThat(rosa.text()).contains("Nothing was recorded").contains("Pick the class")
          .contains("Write the maker or supplier").contains("Write how many rounds arrived");
      assertThat(rosa.textOf("register-form")).contains("Write the maker or supplier");
      fitsAndIsEasyToTap(rosa, "lots-3-armorer-register-problems-phone");

      int retry = rosa.taps();
      rosa.choose("roundClass", "DUMMY").type("supplier", maker).type("count", "50").press("Register it as received");
      assertThat(rosa.taps() - retry).isLessThanOrEqualTo(5);
      assertThat(rosa.taps() - start).as("board to a registered lot, one retry included")
          .isLessThanOrEqualTo(TO_REGISTER + 1);
      assertThat(rosa.heading()).isEqualTo(name);
      assertThat(rosa.text()).contains("Received: 50 " + name).contains("Check every dummy before any is loaded");
      assertThat(rosa.textOf("lot-state")).contains("Not verified");
      assertThat(rosa.textOf("short-id")).contains("on its tag").contains("50 rounds");
      lotPage = rosa.url().substring(rosa.url().indexOf(board));
      fitsAndIsEasyToTap(rosa, "lots-4-armorer-received-phone");

      int verify = rosa.taps();
      rosa.choose("method", "PRIMER_DRILLED_OR_ABSENT").type("roundsVerified", "50").press("Record the check");
      assertThat(rosa.taps() - verify).isLessThanOrEqualTo(TO_VERIFY);
      assertThat(rosa.text()).contains("Dummy check recorded: 50 rounds by primer drilled or absent.");
      assertThat(rosa.textOf("lot-state")).contains("Verified").contains("50 left to load").doesNotContain("Not verified");
      fitsAndIsEasyToTap(rosa, "lots-5-armorer-verified-phone");

      int quarantine = rosa.taps();
      rosa.follow("Quarantine it");
      assertThat(rosa.heading()).isEqualTo("Quarantine it");
      fitsAndIsEasyToTap(rosa, "lots-6-armorer-quarantine-phone");
      rosa.type("reason", "One round rattles wrong").press("Quarantine it");
      assertThat(rosa.taps() - quarantine).isLessThanOrEqualTo(TO_QUARANTINE);
      assertThat(rosa.text()).contains("Quarantined: nothing of it is loaded");
      assertThat(rosa.textOf("lot-state")).contains("Quarantined").contains("Why: One round rattles wrong");
      fitsAndIsEasyToTap(rosa, "lots-7-armorer-quarantined-phone");

      int keep = rosa.taps();
      rosa.follow("Re-inspect it");
      assertThat(rosa.heading()).isEqualTo("Re-inspect it");
      fitsAndIsEasyToTap(rosa, "lots-8-armorer-reinspect-phone");
      rosa.type("finding", "Two rounds have no hole in the case").press("Keep it quarantined");
      assertThat(rosa.taps() - keep).isLessThanOrEqualTo(TO_REINSPECT);
      assertThat(rosa.text()).contains("Re-inspected and kept in quarantine");
      assertThat(rosa.textOf("lot-state")).contains("Quarantined").contains("Why: Two rounds have no hole in the case");

      int release = rosa.taps();
      rosa.follow("Re-inspect it").type("finding", "Both pulled for the safety advisor; the other 48 drilled, empty")
          .press("Release it");
      assertThat(rosa.taps() - release).isLessThanOrEqualTo(TO_REINSPECT);
      assertThat(rosa.text()).contains("Re-inspected and released: it may be loaded again.");
      assertThat(rosa.textOf("lot-state")).doesNotContain("Quarantined");
      assertThat(rosa.textOf("history")).contains("Lot quarantined").contains("One round rattles wrong")
          .contains("Lot kept in quarantine").contains("Lot reinspected").contains("released: Both pulled");
      fitsAndIsEasyToTap(rosa, "lots-9-armorer-released-phone");

      rosa.open(board + "/lots");
      assertThat(rosa.textOf("lots")).contains(name).contains("Verified");
    }

    try (Phone tess = new Phone(port)) {
      tess.signIn("tess.grip", Crew.PASSWORD).open(board).follow("Ammunition lots");
      assertThat(tess.textOf("lots")).contains(name);
      assertThat(tess.text()).doesNotContain("Register a lot");
      fitsAndIsEasyToTap(tess, "lots-10-grip-list-phone");
      tess.open(lotPage);
      assertThat(tess.heading()).isEqualTo(name);
      assertThat(tess.text()).doesNotContain("Quarantine it").doesNotContain("Record the check")
          .doesNotContain("Re-inspect it").doesNotContain("Count it");
      fitsAndIsEasyToTap(tess, "lots-11-grip-lot-phone");
      tess.open(lotPage + "/quarantine");
      assertThat(tess.textOf("not-offered")).contains("Only the armorer or property master");
      assertThat(tess.text()).doesNotContain("Why it comes out of use");

      Phone.Answer sent = tess.postWithoutAForm(lotPage + "/quarantine", Map.of("reason", "Looks odd to me"));
      assertThat(sent.status()).isEqualTo(409);
      assertThat(sent.body()).contains("Refused: Only the armorer").contains("This refusal is on record");
      Phone.Answer registered = tess.postWithoutAForm(board + "/lots", Map.of("roundClass", "DUMMY",
          "caliber", ".45 Colt", "supplier", "Grip truck", "count", "6", "receivedOn", "2026-12-01",
          "origin", "NEW_FROM_SUPPLIER"));
      assertThat(registered.status()).isEqualTo(409);
      tess.open(lotPage);
      assertThat(tess.textOf("lot-state")).doesNotContain("Quarantined");
      tess.open(board + "/lots");
      assertThat(tess.textOf("lots")).doesNotContain("Grip truck");
    }
  }

  private static void fitsAndIsEasyToTap(Phone phone, String screenshot) throws Exception {
    phone.screenshot(screenshot);
    assertThat(phone.tapTargetsTooSmall()).as("tap targets on " + phone.url()).isEmpty();
    assertThat(phone.fitsANarrowPhone()).as("fits 360 px: " + phone.url()).isTrue();
  }
}
