package org.setsafe.custody;

import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.custody.CustodyBoard.OpenFind;
import org.setsafe.production.CrewRole;

/**
 * Lifts every open stand-down of a production, as its safety advisor and a producer each would in writing: for
 * tests on the shared demo western that report a misfire or a discharge (a second misfire in a day holds every
 * firearm of the production), so the tests after them find its firearms free again.
 */
final class StandDown {

  private static final String FINDING = "Test over: the weapons were reviewed and the stand-down lifted";

  private StandDown() {}

  static void liftAll(Crew crew, CustodyBoards boards, FirearmsHolds holds, UUID productionId, String safetyAdvisor,
      String producer) {
    for (OpenFind hold : crew.as(safetyAdvisor, () -> boards.board(productionId)).firearmsHold().openFinds()) {
      if (hold.clearancesAwaited().contains(CrewRole.SAFETY_ADVISOR)) {
        crew.as(safetyAdvisor, () -> holds.clearHold(productionId, hold.liveRoundFoundId(), FINDING));
      }
      if (hold.clearancesAwaited().contains(CrewRole.PRODUCER)) {
        crew.as(producer, () -> holds.clearHold(productionId, hold.liveRoundFoundId(), FINDING));
      }
    }
  }

  /** On the demo western, by its safety advisor and producer. */
  static void liftAll(Crew crew, CustodyBoards boards, FirearmsHolds holds, UUID productionId) {
    liftAll(crew, boards, holds, productionId, "sam.safety", "grace.producer");
  }
}
