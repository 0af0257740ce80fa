package org.setsafe.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.TODAY;
import static org.setsafe.custody.domain.CustodyTestData.aBlankLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.aRubberProp;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.loadedWithDummies;
import static org.setsafe.custody.domain.CustodyTestData.lockedUp;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.readyToIssue;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.custody.domain.CustodyTestData.shownClear;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.setsafe.custody.domain.CustodyEvents.DaySettled;
import org.setsafe.custody.domain.CustodyEvents.HeldForIncident;
import org.setsafe.custody.domain.CustodyEvents.HoldCleared;
import org.setsafe.custody.domain.CustodyEvents.LoadShown;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.custody.domain.CustodyEvents.WeaponDisposed;
import org.setsafe.custody.domain.CustodyEvents.WeaponIssued;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponReviewed;
import org.setsafe.custody.domain.CustodyEvents.WeaponTransferred;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;

/**
 * What custody's records refuse about their input, and the order of custody's refusal of a history that could not
 * have happened, have words too: in English exactly the message the API answers, in Spanish what a page shows.
 */
class CustodyInputProblemsInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private final Weapon revolver = aFirearm().build();

  @Test
  void aFieldLeftOutOrOutOfRangeIsNamedAsTheApiNamesIt() {
    InvalidInputException missing = saidAsWritten(problem(() -> new WeaponTransferred(id(), PRODUCTION, revolver.id(),
        ARMORER, minutes(0), null)));
    assertThat(missing.getMessage()).isEqualTo("toArmorerId is required");
    assertThat(in(SPANISH, missing)).isEqualTo("Falta toArmorerId");

    saidAsWritten(problem(() -> Checks.positive("count", 0)));
    saidAsWritten(problem(() -> Checks.notNegative("roundsBack", -1)));
  }

  @Test
  void liveRoundsOrAClassNobodyKnowsAreSaidAsWritten() {
    InvalidInputException live = saidAsWritten(problem(() -> RoundClass.parse("live")));
    assertThat(in(SPANISH, live)).startsWith("La munición real nunca se registra");
    saidAsWritten(problem(() -> RoundClass.parse("tracer")));
  }

  @Test
  void aFirearmMissingPartOfItsAcquisitionRecordNamesWhatInEitherLanguage() {
    List<InvalidInputException> missing = Weapon.missingFromAcquisitionRecord(WeaponKind.FIREARM, null, null, null,
        null, null);

    assertThat(missing).extracting(InvalidInputException::field)
        .containsExactly("manufacturerOrImporter", "model", "serial", "type", "caliberOrGauge");
    missing.forEach(problem -> saidAsWritten(problem));
    assertThat(in(SPANISH, missing.get(2))).isEqualTo("A un arma de fuego le falta el número de serie: sin eso, el "
        + "registro de adquisición (27 CFR 478.125) está incompleto");
  }

  @Test
  void witnessesManifestsAndWhoTakesAStepAreSaidAsWritten() {
    saidAsWritten(problem(() -> new WeaponLoaded(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0), Map.of())));
    saidAsWritten(problem(() -> new ShownClear(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0), Set.of())));
    saidAsWritten(problem(() -> new ShownClear(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0),
        Set.of(ARMORER, PERFORMER))));
    saidAsWritten(problem(() -> new LoadShown(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0), Set.of(),
        Map.of(), "")));
    saidAsWritten(problem(() -> new LoadShown(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0),
        Set.of(ARMORER), Map.of(), "")));
    saidAsWritten(problem(() -> new LoadShown(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0),
        Set.of(PERFORMER), Map.of(), "")));
    saidAsWritten(problem(() -> new WeaponIssued(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0), ARMORER,
        id())));
    saidAsWritten(problem(() -> new WeaponTransferred(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0),
        ARMORER)));
    saidAsWritten(problem(() -> new WeaponDisposed(id(), PRODUCTION, revolver.id(), ARMORER, minutes(0),
        "Ellis Mercantile rentals", null, null, "Returned")));
    saidAsWritten(problem(() -> new HeldForIncident(id(), PRODUCTION, ARMORER, minutes(0), id(), null, null,
        "squib fired early")));
    saidAsWritten(problem(() -> new SecondRoleAuthorised(id(), PRODUCTION, ARMORER, minutes(0), CrewRole.UPM,
        ARMORER, CrewRole.CREW, TODAY, "short day")));
  }

  @Test
  void aReviewAClearanceOrASettlementByTheWrongRoleNamesTheRoleAsItsLabelDoes() {
    InvalidInputException review = saidAsWritten(problem(() -> new WeaponReviewed(id(), PRODUCTION, revolver.id(),
        ARMORER, minutes(0), CrewRole.FIRST_AD, "Looks fine")));
    assertThat(review.getMessage()).endsWith("not by the 1st AD");
    assertThat(in(SPANISH, review)).endsWith("no alguien con el puesto Primer asistente de dirección");

    saidAsWritten(problem(() -> new HoldCleared(id(), PRODUCTION, ARMORER, minutes(0), id(), CrewRole.UPM,
        "All clear")));
    saidAsWritten(problem(() -> new DaySettled(id(), PRODUCTION, ARMORER, minutes(0), TODAY, CrewRole.PRODUCER,
        "All counted")));
  }

  @Test
  void checkingBlanksRoundByRoundNamesTheLotInTheReadersWords() {
    LotBalance blanks = LotBalance.of(aBlankLot().build(), List.of());
    InvalidInputException notDummies = saidAsWritten(problem(() -> new LotCommand.VerifyDummies(blanks.lot().id(),
        VerificationMethod.RATTLE_TEST, 50).event(blanks, new LotSnapshot(PRODUCTION, ARMORER,
        Set.of(CrewRole.ARMORER), minutes(0)))));
    assertThat(in(SPANISH, notDummies)).contains(blanks.lot().caliber()).contains("no son dummies");
  }

  @Test
  void aHistoryThatCouldNotHaveHappenedIsRefusedInWordsWhateverWentWrong() {
    OrderOfCustodyPolicy order = new OrderOfCustodyPolicy();
    WeaponCustody locked = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        lockedUp(revolver, minutes(1))));
    Refusal issuedFromTheSafe = saidAsWritten(order.fits(locked, new WeaponIssued(id(), PRODUCTION, revolver.id(),
        ARMORER, minutes(2), PERFORMER, id())).refusal());
    assertThat(issuedFromTheSafe.reason()).endsWith("a weapon LOCKED_UP cannot become ISSUED");
    assertThat(in(SPANISH, issuedFromTheSafe)).contains("(custody.weapon-issued)")
        .endsWith("un arma en el resguardo no puede pasar a estar entregada");

    saidAsWritten(order.fits(locked, shownClear(revolver, minutes(2), PERFORMER)).refusal());
    Weapon prop = aRubberProp().build();
    AmmunitionLot dummies = CustodyTestData.aDummyLot().build();
    saidAsWritten(order.fits(WeaponCustody.of(prop, List.of(received(prop, minutes(0)))),
        loadedWithDummies(prop, dummies, 6, minutes(1))).refusal());
    WeaponCustody loaded = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        loadedWithDummies(revolver, dummies, 6, minutes(1))));
    saidAsWritten(order.fits(loaded, loadedWithDummies(revolver, dummies, 6, minutes(2))).refusal());
    saidAsWritten(order.fits(loaded, CustodyTestData.discharged(revolver, dummies, 7, minutes(2))).refusal());
    ShownClear shown = shownClear(revolver, minutes(2), PERFORMER);
    WeaponCustody ready = readyToIssue(revolver, minutes(0));
    saidAsWritten(order.fits(ready, CustodyTestData.confirmed(shown, PERFORMER, minutes(3))).refusal());
  }

  @Test
  void aDayNotSettledIsNamedWithItsWeekdayAndMonthInTheReadersLanguage() {
    UnsettledDays.Day notClosed = new UnsettledDays.Day(LocalDate.of(2026, 12, 7), List.of(), Set.of());
    Refusal refusal = saidAsWritten(new SettledDayBeforeLoadPolicy().check(List.of(notClosed), CustodyAction.LOAD)
        .orElseThrow());

    assertThat(refusal.reason()).startsWith("The rounds of Monday 7 December are not accounted for");
    assertThat(in(SPANISH, refusal)).startsWith("Los cartuchos del lunes 7 de diciembre no están cuadrados")
        .doesNotContain("Monday").doesNotContain("December");
  }

  private static InvalidInputException problem(Executable step) {
    try {
      step.execute();
    } catch (InvalidInputException problem) {
      return problem;
    } catch (Throwable other) {
      throw new AssertionError("refused otherwise than as an input problem", other);
    }
    throw new AssertionError("not refused");
  }
}
