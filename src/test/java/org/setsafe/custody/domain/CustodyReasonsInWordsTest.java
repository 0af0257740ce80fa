package org.setsafe.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.CAMERA_HEAD;
import static org.setsafe.custody.domain.CustodyTestData.FIRST_AD;
import static org.setsafe.custody.domain.CustodyTestData.OTHER_PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.TODAY;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.confirmed;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.inspected;
import static org.setsafe.custody.domain.CustodyTestData.loadedWithDummies;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.readyToIssue;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.custody.domain.CustodyTestData.sceneWithoutCameraHead;
import static org.setsafe.custody.domain.CustodyTestData.shownClear;
import static org.setsafe.custody.domain.CustodyTestData.todaysScene;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.HeldForIncident;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.RoundsTransferred;
import org.setsafe.custody.domain.CustodyEvents.SceneHeldForIncident;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * Each custody refusal a crew member meets on set has words in the reasons bundle, and in English those words say
 * exactly the reason the policy wrote: the ledger keeps that English, the page may show the reader's language.
 */
class CustodyReasonsInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private final Weapon revolver = aFirearm().build();
  private final IssueOnlyToPerformerOnTodaysScenePolicy issueOnly = new IssueOnlyToPerformerOnTodaysScenePolicy();
  private final ShowClearBeforeIssuePolicy showClear = new ShowClearBeforeIssuePolicy();
  private final UUID sceneId = id();

  @Test
  void issueToSomeoneNotAPerformerNotTodayOrNotInTheCastIsSaidAsWritten() {
    saidAsWritten(issueOnly.check(FIRST_AD, Set.of(CrewRole.FIRST_AD), todaysScene(), TODAY).orElseThrow());
    Refusal notToday = saidAsWritten(issueOnly.check(PERFORMER, Set.of(CrewRole.PERFORMER), todaysScene(),
        TODAY.plusDays(1)).orElseThrow());
    saidAsWritten(issueOnly.check(OTHER_PERFORMER, Set.of(CrewRole.PERFORMER), todaysScene(), TODAY).orElseThrow());

    assertThat(in(SPANISH, notToday)).isEqualTo("La escena " + todaysScene().number() + " no está en la hoja de "
        + "llamado de hoy; un arma se entrega solo para una escena que se rueda hoy.");
  }

  @Test
  void aShowClearMissingStaleOrNotInspectedIsSaidAsWritten() {
    WeaponCustody noShowClear = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        inspected(revolver, minutes(55))));
    saidAsWritten(showClear.check(noShowClear, PERFORMER, todaysScene(), minutes(60)).orElseThrow());
    saidAsWritten(showClear.check(readyToIssue(revolver, minutes(60)), PERFORMER, todaysScene(), minutes(71))
        .orElseThrow());
    WeaponCustody neverInspected = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0))));
    Refusal notInspected = saidAsWritten(showClear.check(neverInspected, PERFORMER, todaysScene(), minutes(5))
        .orElseThrow());

    assertThat(in(SPANISH, notInspected)).contains(revolver.label()).contains("10 minutos");
  }

  @Test
  void witnessesMissingOrAwaitedAreNamedByTheirPartInEitherLanguage() {
    ShownClear toThePerformer = shownClear(revolver, minutes(60), PERFORMER);
    Refusal notShown = saidAsWritten(showClear.check(WeaponCustody.of(revolver, List.of(received(revolver,
        minutes(0)), inspected(revolver, minutes(59)), toThePerformer, confirmed(toThePerformer, PERFORMER,
        minutes(60)))), PERFORMER, todaysScene(), minutes(61)).orElseThrow());
    ShownClear toAll = shownClear(revolver, minutes(60), PERFORMER, FIRST_AD, CAMERA_HEAD);
    Refusal awaited = saidAsWritten(showClear.check(WeaponCustody.of(revolver, List.of(received(revolver,
        minutes(0)), inspected(revolver, minutes(59)), toAll)), PERFORMER, todaysScene(), minutes(61)).orElseThrow());

    assertThat(notShown.reason()).contains("not shown to the 1st AD and the camera head");
    assertThat(in(SPANISH, notShown)).contains("no la vieron el 1er AD y el jefe de cámara");
    assertThat(awaited.reason()).contains("the 1st AD and the camera head and the performer");
    assertThat(in(SPANISH, awaited)).contains("todavía no la confirmaron el 1er AD, el jefe de cámara y el actor");
  }

  @Test
  void aLoadedWeaponShownClearOrNotShownAtAllIsSaidAsWritten() {
    AmmunitionLot dummies = aDummyLot().withCount(12).build();
    WeaponCustody loadedNoShowing = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        loadedWithDummies(revolver, dummies, 6, minutes(50)), inspected(revolver, minutes(55))));
    saidAsWritten(showClear.check(loadedNoShowing, PERFORMER, todaysScene(), minutes(56)).orElseThrow());
  }

  @Test
  void aStopOfWorkOrAHeldSceneIsSaidAsWrittenWithWhoCalledItAndWhen() {
    StopWorkBindsPolicy stopWork = new StopWorkBindsPolicy();
    WorkStop wholeProduction = new WorkStop(id(), null, null, "Dana Reyes", minutes(30), "wind over 25 mph");
    WorkStop onTheScene = new WorkStop(id(), sceneId, "scene 42A", "Dana Reyes", minutes(30), "crowd too close");
    saidAsWritten(stopWork.check(true, CustodyAction.LOAD, null, List.of(wholeProduction), ZoneOffset.UTC)
        .orElseThrow());
    Refusal sceneStopped = saidAsWritten(stopWork.check(true, CustodyAction.ISSUE, sceneId, List.of(onTheScene),
        ZoneOffset.UTC).orElseThrow());
    assertThat(in(SPANISH, sceneStopped)).contains("scene 42A").contains("Dana Reyes").contains("(crowd too close)");

    FirearmsHold sceneHeld = FirearmsHold.of(List.of(new SceneHeldForIncident(id(), PRODUCTION, FIRST_AD, minutes(5),
        id(), sceneId, "Scene 42A", "squib fired early")));
    Refusal held = saidAsWritten(new SceneHoldPolicy().check(sceneHeld, true, CustodyAction.ISSUE, sceneId)
        .orElseThrow());
    assertThat(in(SPANISH, held)).contains("hasta que levanten la retención por escrito (pendiente: productor y asesor de seguridad)");
  }

  @Test
  void aHoldAfterAnIncidentOrADischargeIsSaidAsWritten() {
    FirearmsHoldPolicy hold = new FirearmsHoldPolicy();
    saidAsWritten(hold.check(FirearmsHold.of(List.of(new HeldForIncident(id(), PRODUCTION, FIRST_AD, minutes(5), id(),
        revolver.id(), null, "discharge under investigation"))), CustodyAction.ISSUE).orElseThrow());
    saidAsWritten(hold.check(FirearmsHold.of(List.of(new AccidentalDischarge(id(), PRODUCTION, revolver.id(), ARMORER,
        minutes(5), "fired while holstering"))), CustodyAction.LOAD).orElseThrow());
  }

  @Test
  void theArmorerAsTheirOwnWitnessOrALoadPartFiredIsSaidAsWritten() {
    saidAsWritten(new ShowClearWitnessedByOthersPolicy().check(ARMORER, Set.of(ARMORER, PERFORMER)).orElseThrow());

    AmmunitionLot dummies = aDummyLot().withCount(12).build();
    WeaponCustody partFired = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        loadedWithDummies(revolver, dummies, 6, minutes(1)), new RoundsDischarged(id(), PRODUCTION, revolver.id(),
            ARMORER, minutes(2), dummies.id(), 1)));
    saidAsWritten(new ShowWhatIsInItPolicy().checkShowLoad(partFired).orElseThrow());
  }

  @Test
  void aLotTakingInRoundsIsCheckedAgainBeforeLoadingInEitherLanguage() {
    AmmunitionLot dummies = aDummyLot().withCount(20).build();
    LotBalance mixed = LotBalance.of(dummies, List.of(CustodyTestData.verified(dummies, 20, minutes(1)),
        new RoundsTransferred(id(), PRODUCTION, dummies.id(), ARMORER, minutes(2), 10, TransferDirection.IN,
            "Leftovers from another show")));
    Refusal verifyAgain = saidAsWritten(new RoundsFromVerifiedLotsPolicy().check(CustodyTestData.manifest(dummies, 6,
        RoundClass.DUMMY), Map.of(dummies.id(), mixed)).orElseThrow());

    assertThat(in(SPANISH, verifyAgain)).startsWith("El lote de cartuchos inertes (dummies) " + dummies.caliber());
  }

  @Test
  void aDayNotSettledIsSaidAsWrittenWithWhoseSettlementItAwaits() {
    SettledDayBeforeLoadPolicy settled = new SettledDayBeforeLoadPolicy();
    UnsettledDays.Day notClosed = new UnsettledDays.Day(TODAY.minusDays(1), List.of(), Set.of());
    UnsettledDays.Day shortCount = new UnsettledDays.Day(TODAY.minusDays(2), List.of(new RoundCountMismatch(id(),
        PRODUCTION, ARMORER, minutes(0), TODAY.minusDays(2), "counted 49 of 50 .45 Colt dummies", null)),
        Set.of(CrewRole.ARMORER));
    saidAsWritten(settled.check(List.of(notClosed), CustodyAction.LOAD).orElseThrow());
    saidAsWritten(settled.check(List.of(shortCount, notClosed), CustodyAction.LOAD).orElseThrow());
    Refusal three = saidAsWritten(settled.check(List.of(shortCount, notClosed, notClosed), CustodyAction.LOAD)
        .orElseThrow());

    assertThat(in(SPANISH, three)).contains("(y 2 días más)").contains("(pendiente: asesor de seguridad)");
  }

  @Test
  void theProtocolsOwnRefusalsOfAWeaponOnHoldOrATransferAreSaidAsWritten() {
    CustodyProtocol protocol = new CustodyProtocol();
    WeaponCustody onHold = readyToIssue(revolver, minutes(0)).then(CustodyTestData.misfire(revolver, minutes(1)));
    StepSnapshot armorer = StepSnapshot.of(PRODUCTION, ARMORER, Set.of(CrewRole.ARMORER), new StepSnapshot.ArmorerPermit(true, null, null), TODAY,
        minutes(2));

    saidAsWritten(protocol.decide(onHold, new CustodyCommand.DisposeWeapon(revolver.id(), "Ellis Mercantile rentals",
        "1 Main St", "FFL 9-12-345", "Returned to the rental house"), armorer).refusal());
    saidAsWritten(protocol.decide(onHold, new CustodyCommand.ReviewWeapon(revolver.id(), "Looks fine"),
        StepSnapshot.of(PRODUCTION, FIRST_AD, Set.of(CrewRole.FIRST_AD), new StepSnapshot.ArmorerPermit(true, null, null), TODAY, minutes(2)))
        .refusal());
  }

  @Test
  void trainingsOwnWordsForAMissingPermitAreSaidInsideTheArmorersRefusal() {
    Refusal.Said training = Refusal.Said.of("reason.training.current-qualification.none", "armorer permit");
    StepSnapshot noPermit = StepSnapshot.of(PRODUCTION, ARMORER, Set.of(CrewRole.ARMORER), new StepSnapshot.ArmorerPermit(
        false, "training.current-qualification", "No armorer permit on record (California Labor Code §9156).", training),
        TODAY, minutes(2));

    Refusal refused = new CustodyProtocol().decide(readyToIssue(revolver, minutes(0)),
        new CustodyCommand.InspectWeapon(revolver.id(), "Bore clear"), noPermit).refusal();

    saidAsWritten(refused);
    assertThat(in(SPANISH, refused)).startsWith("No hay registro de armorer permit (California Labor Code §9156).")
        .contains("hace falta un permiso de armero vigente");
  }
}
