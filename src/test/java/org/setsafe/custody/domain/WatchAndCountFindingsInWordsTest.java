package org.setsafe.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.TODAY;
import static org.setsafe.custody.domain.CustodyTestData.aBlankLot;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.loadedWithDummies;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.NeverUnattendedPolicy.Checkpoint;
import org.setsafe.custody.domain.UnattendedWords.Shape;
import org.setsafe.custody.domain.UnattendedWords.Where;
import org.setsafe.production.CrewRole;

/**
 * What the watch and a wrap count find is recorded as one English sentence and kept in parts beside it: said from
 * the parts, the English is the record word for word, and the Spanish is the same finding in the crew's words.
 */
class WatchAndCountFindingsInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private final AmmunitionLot blanks = aBlankLot().withCount(50).build();
  private final AmmunitionLot dummies = aDummyLot().withCount(12).build();
  private final Weapon revolver = aFirearm().build();

  // ---- a round count's differences ----

  @Test
  void eachLotsDifferenceIsSaidAsTheCountRecordsIt() {
    LotDifference counted = LotDifference.of(blanks, LotDifference.Kind.COUNTED, 47, 50);
    assertThat(counted.english()).isEqualTo(".45 Colt quarter-load blanks from Starline Props: counted 47, expected 50");
    saidAsWritten(counted.said(), counted.english());
    assertThat(in(SPANISH, counted.said())).contains("contados 47, se esperaban 50");
    saidAsWritten(LotDifference.of(blanks, LotDifference.Kind.NOT_COUNTED, null, 50).said(),
        LotDifference.of(blanks, LotDifference.Kind.NOT_COUNTED, null, 50).english());
    saidAsWritten(LotDifference.of(dummies, LotDifference.Kind.STILL_LOADED, null, 6).said(),
        LotDifference.of(dummies, LotDifference.Kind.STILL_LOADED, null, 6).english());
  }

  @Test
  void aMismatchTheCloseRecordsKeepsItsLotsAndSaysItsDifferencesAsWritten() {
    Weapon loaded = aFirearm().withSerial("B-2").build();
    List<CustodyEvent> history = List.of(loadedWithDummies(loaded, dummies, 6, minutes(10)));
    CloseDay close = new CloseDay(java.util.Map.of(blanks.id(), 47));
    DaySnapshot on = new DaySnapshot(PRODUCTION, ARMORER, Set.of(CrewRole.ARMORER), minutes(300),
        java.time.ZoneOffset.UTC, TODAY, List.of(blanks, dummies), history);

    RoundCountMismatch mismatch = new DayCloseProtocol().decide(close, on).mismatch();

    String blanksName = blanks.roundClass().lotName(blanks.caliber(), blanks.supplier());
    String dummiesName = dummies.roundClass().lotName(dummies.caliber(), dummies.supplier());
    assertThat(mismatch.differences()).as("as the close has always recorded it").isEqualTo(blanksName
        + ": counted 47, expected 50; " + dummiesName + ": 6 still loaded in weapons; " + dummiesName
        + ": not counted, 12 expected.");
    assertThat(mismatch.lots()).hasSize(3);
    saidAsWritten(mismatch.differencesSaid(), mismatch.differences());
  }

  @Test
  void aMismatchRecordedBeforeItsLotsWereKeptHasNoWordsAndReadsInItsEnglish() {
    RoundCountMismatch older = new RoundCountMismatch(id(), PRODUCTION, ARMORER, minutes(600), TODAY,
        "Lot 1A2B3C4D: counted 44, expected 45", null);
    assertThat(older.differencesSaid()).isNull();
    UnsettledDays.Day day = new UnsettledDays.Day(TODAY, List.of(older), Set.of());
    saidAsWritten(day.said(), day.inWords());
    assertThat(in(SPANISH, day.said())).isEqualTo("su conteo de cartuchos no cuadró (Lot 1A2B3C4D: counted 44, expected 45)");
  }

  @Test
  void aDayNotSettledIsSaidAsItsWordsWriteItWhetherNotClosedOrNotReconciled() {
    UnsettledDays.Day notClosed = new UnsettledDays.Day(TODAY, List.of(), Set.of());
    saidAsWritten(notClosed.said(), notClosed.inWords());
    assertThat(in(SPANISH, notClosed.said())).startsWith("no se cerró al fin del día");

    LotDifference short3 = LotDifference.of(blanks, LotDifference.Kind.COUNTED, 47, 50);
    UnsettledDays.Day notReconciled = new UnsettledDays.Day(TODAY, List.of(new RoundCountMismatch(id(), PRODUCTION,
        ARMORER, minutes(600), TODAY, LotDifference.english(List.of(short3)), List.of(short3))), Set.of());
    saidAsWritten(notReconciled.said(), notReconciled.inWords());
    assertThat(in(SPANISH, notReconciled.said())).contains("(cartuchos de fogueo de cuarto de carga .45 Colt de Starline Props").contains("contados 47, se esperaban 50.)");
  }

  // ---- the never-unattended watch ----

  @Test
  void theWatchsAlertsAreSaidFromTheirPartsAsTheyHaveAlwaysBeenWritten() {
    NeverUnattendedPolicy policy = new NeverUnattendedPolicy(Duration.ofMinutes(30));
    WeaponCustody out = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0))));

    UnattendedAlert atLunch = policy.at(Checkpoint.MEAL_BREAK, List.of(out)).get(0);
    assertThat(atLunch.reason()).isEqualTo(revolver.label() + " is out of lock-up with the armorer at the meal break; "
        + "every weapon is locked up at the meal break (industry safety bulletin #1: never unattended).");
    UnattendedAlert idle = policy.idle(List.of(out), minutes(31)).get(0);
    assertThat(idle.reason()).isEqualTo(revolver.label() + " has been out of lock-up with the armorer with no custody "
        + "step for more than 30 minutes; the armorer checks it or locks it up.");
    UnattendedAlert overdue = policy.overdue(out, out, true, Duration.ofMinutes(10)).orElseThrow();
    assertThat(overdue.reason()).isEqualTo(revolver.label() + " is still out of lock-up with the armorer, 10 minutes "
        + "after the alert; nobody locked it up or took a custody step with it.");
    for (UnattendedAlert alert : List.of(atLunch, idle, overdue,
        policy.at(Checkpoint.WRAP, List.of(out)).get(0), policy.overdue(out, out, false, Duration.ofMinutes(5)).get())) {
      assertThat(alert.words().english()).isEqualTo(alert.reason());
      saidAsWritten(alert.words().said(), alert.reason());
    }
    assertThat(in(SPANISH, overdue.words().said())).isEqualTo(revolver.label() + " sigue fuera del resguardo con el "
        + "armero, 10 minutos después de la alerta; nadie la guardó en el resguardo ni dio ningún paso de custodia con ella.");
  }

  @Test
  void everyShapeAndPlaceOfAnAlertIsSaidAsWritten() {
    for (Where where : Where.values()) {
      for (UnattendedWords words : List.of(new UnattendedWords(Shape.AT_CHECKPOINT, "Colt SAA #3", where,
              Checkpoint.WRAP, null), new UnattendedWords(Shape.IDLE, "Colt SAA #3", where, null, 45L),
          new UnattendedWords(Shape.OVERDUE, "Colt SAA #3", where, null, 10L),
          new UnattendedWords(Shape.OVERDUE_IDLE, "Colt SAA #3", where, null, 10L))) {
        saidAsWritten(words.said(), words.english());
        assertThat(UnattendedWords.saying(words, words.english())).isEqualTo(words.said());
      }
    }
    UnattendedWords words = new UnattendedWords(Shape.IDLE, "Colt SAA #3", Where.PERFORMER, null, 45L);
    assertThat(UnattendedWords.saying(words, "Written otherwise")).as("parts that do not say the record").isNull();
    assertThat(UnattendedWords.saying(null, words.english())).as("an alert recorded before parts were kept").isNull();
  }

  // ---- a day's rounds not reconciled, at wrap and at the day's end ----

  @Test
  void theFindingsAtWrapAreSaidAsWrittenWithEachOpenCountAndEachLotStillLoaded() {
    LocalDate yesterday = TODAY.minusDays(1);
    LotDifference short3 = LotDifference.of(blanks, LotDifference.Kind.COUNTED, 47, 50);
    RoundCountMismatch open = new RoundCountMismatch(id(), PRODUCTION, ARMORER, minutes(600), yesterday,
        LotDifference.english(List.of(short3)), List.of(short3));
    RoundCountMismatch older = new RoundCountMismatch(id(), PRODUCTION, ARMORER, minutes(610), TODAY,
        "Lot 1A2B3C4D: counted 44, expected 45.", null);
    LotDifference loaded = LotDifference.of(dummies, LotDifference.Kind.STILL_LOADED, null, 6);

    DayFindings atWrap = DayFindings.atWrap("19:00 MST", List.of(open, older), List.of(loaded));

    // As the watch wrote it before the parts were kept.
    assertThat(atWrap.english()).isEqualTo("At wrap (19:00 MST) the rounds do not reconcile: the count of " + yesterday
        + " is still open (" + short3.english() + "); the count of " + TODAY + " is still open (Lot 1A2B3C4D: counted "
        + "44, expected 45); " + loaded.english() + ". The armorer counts every lot and closes the day.");
    saidAsWritten(atWrap.said(), atWrap.english());
    assertThat(in(SPANISH, atWrap.said())).startsWith("Al final del día (19:00 MST) los cartuchos no cuadran: el conteo del "
        + yesterday + " sigue abierto (").contains("contados 47, se esperaban 50)")
        .contains("(Lot 1A2B3C4D: counted 44, expected 45)").contains("6 todavía cargados en armas");
    DayFindings onlyLoaded = DayFindings.atWrap("19:00 MST", List.of(), List.of(loaded));
    saidAsWritten(onlyLoaded.said(), onlyLoaded.english());
    assertThat(DayFindings.atWrap("19:00 MST", List.of(), List.of()).any()).isFalse();
  }

  @Test
  void theDayNotClosedAfterWrapIsSaidAsWrittenWithTheCountsStillOpen() {
    LotDifference short3 = LotDifference.of(blanks, LotDifference.Kind.COUNTED, 47, 50);
    RoundCountMismatch open = new RoundCountMismatch(id(), PRODUCTION, ARMORER, minutes(600), TODAY,
        LotDifference.english(List.of(short3)), List.of(short3));
    RoundCountMismatch older = new RoundCountMismatch(id(), PRODUCTION, ARMORER, minutes(610), TODAY,
        "Lot 1A2B3C4D: counted 44, expected 45.", null);

    DayFindings twoHours = DayFindings.dayEnd("21:00 MST", 120, TODAY, List.of(open, older));
    assertThat(twoHours.english()).isEqualTo("By 21:00 MST, 2 hours after wrap, the armorer had not closed " + TODAY
        + ": every lot is counted and the day closed before the crew goes home. Still open: " + open.differences()
        + " Lot 1A2B3C4D: counted 44, expected 45.");
    saidAsWritten(twoHours.said(), twoHours.english());
    assertThat(in(SPANISH, twoHours.said())).startsWith("A las 21:00 MST, 2 horas después del final del día");

    for (DayFindings findings : List.of(DayFindings.dayEnd("20:00 MST", 60, TODAY, List.of()),
        DayFindings.dayEnd("20:30 MST", 90, TODAY, List.of(older)), DayFindings.dayEnd("20:30 MST", 90, TODAY,
            List.of(open)))) {
      saidAsWritten(findings.said(), findings.english());
      assertThat(DayFindings.saying(findings, findings.english())).isEqualTo(findings.said());
    }
    assertThat(DayFindings.dayEnd("20:00 MST", 60, TODAY, List.of()).english()).contains(", 1 hour after wrap,");
    assertThat(DayFindings.saying(twoHours, twoHours.english().substring(0, 40) + "…")).as("clipped").isNull();
  }

  // ---- the checkpoint a finding is recorded under ----

  @Test
  void theCheckpointsCodeIsReadBackAsWhatItNames() {
    assertThat(WatchCheckpoint.of(WatchCheckpoint.mealBreak(TODAY)))
        .isEqualTo(new WatchCheckpoint(WatchCheckpoint.Kind.MEAL_BREAK, TODAY));
    assertThat(WatchCheckpoint.of("wrap:2026-12-07"))
        .isEqualTo(new WatchCheckpoint(WatchCheckpoint.Kind.WRAP, LocalDate.of(2026, 12, 7)));
    assertThat(WatchCheckpoint.of(WatchCheckpoint.dayEnd(TODAY)).kind()).isEqualTo(WatchCheckpoint.Kind.DAY_END);
    assertThat(WatchCheckpoint.of("idle:" + id()).kind()).isEqualTo(WatchCheckpoint.Kind.IDLE);
    assertThat(WatchCheckpoint.of("out-too-long:" + id()).kind()).isEqualTo(WatchCheckpoint.Kind.IDLE);
    assertThat(WatchCheckpoint.of("meal break").kind()).isEqualTo(WatchCheckpoint.Kind.OTHER);
    assertThat(WatchCheckpoint.of("wrap:yesterday").kind()).isEqualTo(WatchCheckpoint.Kind.OTHER);
  }
}
