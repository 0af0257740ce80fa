package org.setsafe.custody.domain;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.FIRST_AD;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.TODAY;
import static org.setsafe.custody.domain.CustodyTestData.aBlankLot;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.minutes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.LotCommand.CountRounds;
import org.setsafe.custody.domain.LotCommand.KeepInQuarantine;
import org.setsafe.custody.domain.LotCommand.QuarantineLot;
import org.setsafe.custody.domain.LotCommand.ReceiveLot;
import org.setsafe.custody.domain.LotCommand.ReleaseLot;
import org.setsafe.custody.domain.LotCommand.ReturnRounds;
import org.setsafe.custody.domain.LotCommand.TransferRounds;
import org.setsafe.custody.domain.LotCommand.VerifyDummies;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;

/**
 * A box of rounds through the lot protocol alone, as the custody service asks it ({@code LotSteps} holds the same
 * {@link LotProtocol}): received, checked, counted, moved, taken out of use and re-inspected. For every lot step, the
 * rules that guard it and the order they are asked in; and each step refused by each of its rules in turn, until it
 * is taken. Then the close of the day at wrap, through {@link DayCloseProtocol} alone ({@code Rounds} holds the
 * same), refused by each of its rules in turn until every round is accounted for.
 */
class AmmunitionLotScenarioTest {

  private static final String ARMORER_ONLY = OnlyArmorerHandlesPolicy.RULE;
  private static final String WHERE_IT_STANDS = QuarantineUntilReinspectedPolicy.RULE;

  private final LotProtocol protocol = new LotProtocol();

  @Test
  void eachLotStepAsksItsRulesInTheOrderOfTheProtocol() {
    assertThat(protocol.rules(ReceiveLot.class)).containsExactly(NoLiveAmmunitionPolicy.RULE, ARMORER_ONLY);
    assertThat(protocol.rules(VerifyDummies.class)).containsExactly(ARMORER_ONLY);
    assertThat(protocol.rules(CountRounds.class)).containsExactly(ARMORER_ONLY);
    assertThat(protocol.rules(ReturnRounds.class)).containsExactly(ARMORER_ONLY, RoundsOnHandPolicy.RULE);
    assertThat(protocol.rules(TransferRounds.class)).containsExactly(ARMORER_ONLY, RoundsOnHandPolicy.RULE);
    assertThat(protocol.rules(QuarantineLot.class)).containsExactly(ARMORER_ONLY, WHERE_IT_STANDS);
    assertThat(protocol.rules(ReleaseLot.class)).containsExactly(ARMORER_ONLY, WHERE_IT_STANDS);
    assertThat(protocol.rules(KeepInQuarantine.class)).containsExactly(ARMORER_ONLY, WHERE_IT_STANDS);
    // Released or kept, it is one re-inspection: a refusal of either records the same attempted action.
    assertThat(protocol.action(ReleaseLot.class)).isEqualTo(CustodyAction.REINSPECT_LOT);
    assertThat(protocol.action(KeepInQuarantine.class)).isEqualTo(CustodyAction.REINSPECT_LOT);
    assertThat(protocol.action(ReceiveLot.class)).isEqualTo(CustodyAction.RECEIVE);
  }

  @Test
  void aBoxOfDummiesFromTheTruckToQuarantineAndBackEachStepRefusedByEachRuleInTurn() {
    // 07:00 A box arrives. Written as "live" it is refused as what was typed, before anyone's role is asked, and the
    // refusal names the field; the 1st AD may not receive it; the armorer does.
    ReceiveLot live = new ReceiveLot("live", ".45 Colt", "Desert Prop Ammunition", TODAY, 50,
        LotOrigin.NEW_FROM_SUPPLIER);
    LotDecision refused = protocol.decide(null, live, firstAdAt(minutes(0)));
    assertThat(saidAsWritten(refused.refusal()).rule()).isEqualTo(NoLiveAmmunitionPolicy.RULE);
    assertThat(refused.refusal().field()).isEqualTo("roundClass");
    assertThat(refused.conflict()).isFalse();
    ReceiveLot box = new ReceiveLot("DUMMY", ".45 Colt", "Desert Prop Ammunition", TODAY, 50,
        LotOrigin.NEW_FROM_SUPPLIER);
    assertThat(refusedBy(null, box, firstAdAt(minutes(0)))).isEqualTo(ARMORER_ONLY);
    LotDecision received = protocol.decide(null, box, armorerAt(minutes(1)));
    assertThat(received.accepted()).isTrue();
    assertThat(received.event()).as("the register records a receipt, not the lot's history").isNull();
    LotBalance lot = received.after();
    assertThat(lot.lot().displayName()).isEqualTo(".45 Colt dummies from Desert Prop Ammunition");
    assertThat(lot.onHand()).isEqualTo(50);
    assertThat(lot.verified()).isFalse();
    UUID id = lot.lot().id();

    // Every dummy checked: only the armorer's check counts, and it verifies the lot.
    assertThat(refusedBy(lot, new VerifyDummies(id, VerificationMethod.RATTLE_TEST, 50), firstAdAt(minutes(2))))
        .isEqualTo(ARMORER_ONLY);
    lot = take(lot, new VerifyDummies(id, VerificationMethod.RATTLE_TEST, 50), armorerAt(minutes(3)));
    assertThat(lot.verified()).isTrue();

    // A count by anyone else is not a count.
    assertThat(refusedBy(lot, new CountRounds(id, 50), firstAdAt(minutes(4)))).isEqualTo(ARMORER_ONLY);
    lot = take(lot, new CountRounds(id, 50), armorerAt(minutes(4)));
    assertThat(lot.lastCount()).hasValueSatisfying(count -> assertThat(count.counted()).isEqualTo(50));

    // Rounds leave only from the box: the armorer is asked first, then whether the rounds are there.
    assertThat(refusedBy(lot, new ReturnRounds(id, 60), firstAdAt(minutes(5)))).isEqualTo(ARMORER_ONLY);
    assertThat(refusedBy(lot, new ReturnRounds(id, 60), armorerAt(minutes(5)))).isEqualTo(RoundsOnHandPolicy.RULE);
    saidAsWritten(protocol.decide(lot, new ReturnRounds(id, 60), armorerAt(minutes(5))).refusal());
    lot = take(lot, new ReturnRounds(id, 10), armorerAt(minutes(5)));
    assertThat(lot.onHand()).isEqualTo(40);
    assertThat(refusedBy(lot, new TransferRounds(id, 41, TransferDirection.OUT, "Second unit"), firstAdAt(minutes(6))))
        .isEqualTo(ARMORER_ONLY);
    assertThat(refusedBy(lot, new TransferRounds(id, 41, TransferDirection.OUT, "Second unit"), armorerAt(minutes(6))))
        .isEqualTo(RoundsOnHandPolicy.RULE);
    // Rounds in are never "too many", but the lot is not trusted again until every dummy is checked.
    lot = take(lot, new TransferRounds(id, 41, TransferDirection.IN, "Leftovers from Night Shift"),
        armorerAt(minutes(6)));
    assertThat(lot.onHand()).isEqualTo(81);
    assertThat(lot.verified()).isFalse();
    lot = take(lot, new VerifyDummies(id, VerificationMethod.VISUAL_AND_WEIGHT, 81), armorerAt(minutes(7)));
    assertThat(lot.verified()).isTrue();

    // One round rattles wrong: out of use, once; a second quarantine is told where the lot stands, not refused as a
    // rule broken, and is not kept as an attempt.
    assertThat(refusedBy(lot, new ReleaseLot(id, "All fine"), armorerAt(minutes(8)))).isEqualTo(WHERE_IT_STANDS);
    saidAsWritten(protocol.decide(lot, new ReleaseLot(id, "All fine"), armorerAt(minutes(8))).refusal());
    saidAsWritten(protocol.decide(lot, new KeepInQuarantine(id, "Still odd"), armorerAt(minutes(8))).refusal());
    assertThat(protocol.decide(lot, new ReleaseLot(id, "All fine"), armorerAt(minutes(8))).conflict()).isTrue();
    assertThat(refusedBy(lot, new KeepInQuarantine(id, "Still odd"), armorerAt(minutes(8)))).isEqualTo(WHERE_IT_STANDS);
    assertThat(refusedBy(lot, new QuarantineLot(id, "One round rattles wrong"), firstAdAt(minutes(8))))
        .isEqualTo(ARMORER_ONLY);
    lot = take(lot, new QuarantineLot(id, "One round rattles wrong"), armorerAt(minutes(9)));
    assertThat(lot.quarantineReason()).contains("One round rattles wrong");
    LotDecision again = protocol.decide(lot, new QuarantineLot(id, "Still odd"), armorerAt(minutes(10)));
    assertThat(saidAsWritten(again.refusal()).rule()).isEqualTo(WHERE_IT_STANDS);
    assertThat(again.refusal().reason()).endsWith("is already quarantined");
    assertThat(again.conflict()).isTrue();

    // Re-inspected: kept out of use with the finding, then released; only by the armorer.
    assertThat(refusedBy(lot, new KeepInQuarantine(id, "Two have no hole"), firstAdAt(minutes(11))))
        .isEqualTo(ARMORER_ONLY);
    lot = take(lot, new KeepInQuarantine(id, "Two have no hole"), armorerAt(minutes(11)));
    assertThat(lot.quarantineReason()).contains("Two have no hole");
    assertThat(refusedBy(lot, new ReleaseLot(id, "Both pulled"), firstAdAt(minutes(12)))).isEqualTo(ARMORER_ONLY);
    lot = take(lot, new ReleaseLot(id, "Both pulled, the rest drilled"), armorerAt(minutes(12)));
    assertThat(lot.quarantined()).isFalse();
  }

  @Test
  void whatWasTypedOutOfShapeIsBadInputBeforeAnyRuleIsAsked() {
    LotBalance blanks = LotBalance.of(aBlankLot().build(), List.of());
    // Blanks are not checked round by round: bad input, even from someone who may not handle rounds at all.
    assertThatThrownBy(() -> protocol.decide(blanks, new VerifyDummies(blanks.lotId(), VerificationMethod.RATTLE_TEST,
        50), firstAdAt(minutes(0)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("not dummies");
    assertThatThrownBy(() -> protocol.decide(null, new ReceiveLot("DUMMY", " ", "Desert Prop Ammunition", TODAY, 5,
        LotOrigin.NEW_FROM_SUPPLIER), firstAdAt(minutes(0)))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> protocol.decide(null, new CountRounds(blanks.lotId(), 5), armorerAt(minutes(0))))
        .as("every step but a receipt is about a lot").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStepsAPersonMayTakeWithALotFollowTheirRolesAndWhereTheLotStands() {
    Set<CrewRole> armorer = Set.of(CrewRole.ARMORER);
    LotBalance dummies = LotBalance.of(aDummyLot().build(), List.of());
    assertThat(dummies.nextSteps(armorer)).containsExactly(CustodyAction.VERIFY_DUMMIES, CustodyAction.COUNT_ROUNDS,
        CustodyAction.RETURN_ROUNDS, CustodyAction.TRANSFER_ROUNDS, CustodyAction.QUARANTINE_LOT);
    LotBalance leftovers = LotBalance.of(aBlankLot().fromAnotherProduction().build(), List.of());
    assertThat(leftovers.nextSteps(Set.of(CrewRole.PROPERTY_MASTER))).containsExactly(CustodyAction.COUNT_ROUNDS,
        CustodyAction.RETURN_ROUNDS, CustodyAction.TRANSFER_ROUNDS, CustodyAction.REINSPECT_LOT);
    assertThat(dummies.nextSteps(Set.of(CrewRole.FIRST_AD, CrewRole.SAFETY_ADVISOR))).isEmpty();
    assertThat(dummies.nextSteps(Set.of())).as("not on the crew").isEmpty();
    assertThat(LotBalance.stepsWithoutALot(armorer)).containsExactly(CustodyAction.RECEIVE);
    assertThat(LotBalance.stepsWithoutALot(Set.of(CrewRole.PERFORMER))).isEmpty();

    // Every step offered is one the protocol takes from that person on that lot.
    for (CustodyAction step : leftovers.nextSteps(armorer)) {
      LotCommand command = switch (step) {
        case COUNT_ROUNDS -> new CountRounds(leftovers.lotId(), 24);
        case RETURN_ROUNDS -> new ReturnRounds(leftovers.lotId(), 1);
        case TRANSFER_ROUNDS -> new TransferRounds(leftovers.lotId(), 1, TransferDirection.OUT, "Second unit");
        case REINSPECT_LOT -> new ReleaseLot(leftovers.lotId(), "Sealed boxes, labels match");
        default -> throw new AssertionError("not offered on a quarantined box of blanks: " + step);
      };
      assertThat(protocol.decide(leftovers, command, armorerAt(minutes(1))).accepted()).as(step.name()).isTrue();
    }
  }

  // ---- the close of the day at wrap ----

  private final DayCloseProtocol dayClose = new DayCloseProtocol();

  @Test
  void closingTheDayAsksWhatWasTypedThenWhoThenWhereTheDayStandsThenTheCount() {
    assertThat(dayClose.rules()).containsExactly(WrapCountsPolicy.RULE, ARMORER_ONLY, DayClosedOncePolicy.RULE,
        RoundsReconcilePolicy.RULE);
  }

  @Test
  void aDayAtWrapEachCloseRefusedByEachRuleInTurnUntilEveryRoundIsAccountedFor() {
    AmmunitionLot dummies = aDummyLot().withCount(50).build();
    AmmunitionLot blanks = aBlankLot().withCount(20).build();
    List<CustodyEvent> history = new ArrayList<>();

    // 18:30 Wrap. A count of a lot nobody received, or of minus two rounds, is bad input before anyone's role is
    // asked: not evidence, and nothing of it is counted.
    UUID unknown = UUID.randomUUID();
    DayCloseDecision typo = dayClose.decide(close(unknown, 50), firstAdAt(minutes(630), dummies, blanks, history));
    assertThat(typo.refusedBy()).isEqualTo(DayCloseProtocol.Kind.INPUT);
    assertThat(saidAsWritten(typo.refusal()).rule()).isEqualTo("Exists");
    assertThat(typo.refusal().field()).isEqualTo("counts");
    assertThat(typo.refusal().reason()).isEqualTo("no lot " + unknown + " on this production");
    assertThat(typo.counts()).isEmpty();
    DayCloseDecision negative = dayClose.decide(close(dummies.id(), -2),
        armorerAt(minutes(630), dummies, blanks, history));
    assertThat(negative.refusedBy()).isEqualTo(DayCloseProtocol.Kind.INPUT);
    assertThat(saidAsWritten(negative.refusal()).rule()).isEqualTo("PositiveOrZero");
    assertThat(negative.refusal().field()).isEqualTo("counts[" + dummies.id() + "]");

    // The 1st AD may not close the day: a refusal recorded as evidence, and nothing counted.
    DayCloseDecision byTheAd = dayClose.decide(close(dummies.id(), 50, blanks.id(), 20),
        firstAdAt(minutes(631), dummies, blanks, history));
    assertThat(byTheAd.refusedBy()).isEqualTo(DayCloseProtocol.Kind.WHO);
    assertThat(byTheAd.refusal().rule()).isEqualTo(ARMORER_ONLY);
    assertThat(byTheAd.counts()).isEmpty();
    assertThat(byTheAd.mismatch()).isNull();

    // The armorer counts 48 dummies and forgets the blanks: the count stands as counted, raises a mismatch that
    // names each difference, and refuses the close.
    DayCloseDecision shortCount = dayClose.decide(close(dummies.id(), 48), armorerAt(minutes(632), dummies, blanks,
        history));
    assertThat(shortCount.refusedBy()).isEqualTo(DayCloseProtocol.Kind.COUNT);
    assertThat(saidAsWritten(shortCount.refusal()).rule()).isEqualTo(RoundsReconcilePolicy.RULE);
    assertThat(shortCount.counts()).singleElement().satisfies(count -> {
      assertThat(count.lotId()).isEqualTo(dummies.id());
      assertThat(count.counted()).isEqualTo(48);
      assertThat(count.actorId()).isEqualTo(ARMORER);
    });
    assertThat(shortCount.mismatch().day()).isEqualTo(TODAY);
    assertThat(shortCount.mismatch().differences()).isEqualTo(".45 Colt dummies from Starline Props: counted 48, "
        + "expected 50; .45 Colt quarter-load blanks from Starline Props: not counted, 20 expected.");
    assertThat(shortCount.closed()).isNull();
    history.addAll(shortCount.counts());
    history.add(shortCount.mismatch());

    // Two dummies found under the cart; the blanks counted. The dummies' count is today's latest, so it closes.
    DayCloseDecision closed = dayClose.decide(close(dummies.id(), 50, blanks.id(), 20),
        armorerAt(minutes(640), dummies, blanks, history));
    assertThat(closed.refusalIfAny()).isEmpty();
    assertThat(closed.counts()).hasSize(2);
    assertThat(closed.closed().day()).isEqualTo(TODAY);
    assertThat(closed.closed().counted()).containsEntry(dummies.id(), 50).containsEntry(blanks.id(), 20);
    history.addAll(closed.counts());
    history.add(closed.closed());

    // Closed with nothing since: closing again is told where the day stands, not refused as a rule broken; still
    // what was typed first, and who second.
    DayCloseDecision again = dayClose.decide(new CloseDay(Map.of()), armorerAt(minutes(641), dummies, blanks,
        history));
    assertThat(again.refusedBy()).isEqualTo(DayCloseProtocol.Kind.WHERE_THE_DAY_STANDS);
    assertThat(saidAsWritten(again.refusal()).rule()).isEqualTo("Closed");
    assertThat(again.refusal().field()).isEqualTo("day");
    assertThat(again.refusal().reason()).isEqualTo(TODAY + " is already closed and nothing was recorded since");
    assertThat(dayClose.decide(new CloseDay(Map.of()), firstAdAt(minutes(641), dummies, blanks, history))
        .refusedBy()).isEqualTo(DayCloseProtocol.Kind.WHO);
    assertThat(dayClose.decide(close(unknown, 1), armorerAt(minutes(641), dummies, blanks, history)).refusedBy())
        .isEqualTo(DayCloseProtocol.Kind.INPUT);

    // A night scene after wrap: something recorded since, so the day closes again at its second wrap.
    history.add(new CustodyEvents.RoundsCounted(UUID.randomUUID(), PRODUCTION, blanks.id(), ARMORER, minutes(700),
        20));
    assertThat(dayClose.decide(new CloseDay(Map.of()), armorerAt(minutes(701), dummies, blanks, history))
        .accepted()).isTrue();
  }

  @Test
  void theWrapPageOffersTheCloseOnlyToTheArmorerOrPropertyMaster() {
    assertThat(dayClose.offered(Set.of(CrewRole.ARMORER))).isTrue();
    assertThat(dayClose.offered(Set.of(CrewRole.PROPERTY_MASTER))).isTrue();
    assertThat(dayClose.offered(Set.of(CrewRole.FIRST_AD, CrewRole.SAFETY_ADVISOR))).isFalse();
    assertThat(dayClose.offered(Set.of())).as("not on the crew").isFalse();
    // Whom the page offers it to, the protocol lets close.
    AmmunitionLot dummies = aDummyLot().withCount(50).build();
    for (CrewRole role : CrewRole.values()) {
      DaySnapshot on = new DaySnapshot(PRODUCTION, ARMORER, Set.of(role), minutes(630), DENVER, TODAY,
          List.of(dummies), List.of());
      assertThat(dayClose.decide(close(dummies.id(), 50), on).accepted()).as(role.name())
          .isEqualTo(dayClose.offered(Set.of(role)));
    }
  }

  // ---- asking the protocol ----

  private LotBalance take(LotBalance lot, LotCommand command, LotSnapshot on) {
    LotDecision decision = protocol.decide(lot, command, on);
    assertThat(decision.refusalIfAny()).as(command + " refused").isEmpty();
    assertThat(decision.event().lotId()).isEqualTo(lot.lotId());
    assertThat(decision.event().actorId()).isEqualTo(on.personId());
    return decision.after();
  }

  private String refusedBy(LotBalance lot, LotCommand command, LotSnapshot on) {
    return protocol.decide(lot, command, on).refusalIfAny().map(refusal -> refusal.rule()).orElse("accepted");
  }

  private static LotSnapshot armorerAt(Instant at) {
    return new LotSnapshot(PRODUCTION, ARMORER, Set.of(CrewRole.ARMORER), at);
  }

  private static LotSnapshot firstAdAt(Instant at) {
    return new LotSnapshot(PRODUCTION, FIRST_AD, Set.of(CrewRole.FIRST_AD), at);
  }

  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  private static CloseDay close(UUID lot, int count) {
    return new CloseDay(Map.of(lot, count));
  }

  private static CloseDay close(UUID lot, int count, UUID other, int otherCount) {
    Map<UUID, Integer> counts = new LinkedHashMap<>();
    counts.put(lot, count);
    counts.put(other, otherCount);
    return new CloseDay(counts);
  }

  private static DaySnapshot armorerAt(Instant at, AmmunitionLot a, AmmunitionLot b, List<CustodyEvent> history) {
    return new DaySnapshot(PRODUCTION, ARMORER, Set.of(CrewRole.ARMORER), at, DENVER, TODAY, List.of(a, b), history);
  }

  private static DaySnapshot firstAdAt(Instant at, AmmunitionLot a, AmmunitionLot b, List<CustodyEvent> history) {
    return new DaySnapshot(PRODUCTION, FIRST_AD, Set.of(CrewRole.FIRST_AD), at, DENVER, TODAY, List.of(a, b),
        history);
  }
}
