package org.setsafe.custody;

import java.util.List;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.production.NeedsYou;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/** Each weapon shown to the signed-in person that still waits for them to confirm or refuse what they saw. */
@Component
class CustodyNeedsYou implements NeedsYou {

  private final CustodyBoards boards;

  CustodyNeedsYou(CustodyBoards boards) {
    this.boards = boards;
  }

  @Override
  public List<Item> of(UUID productionId) {
    // The board's next steps are those of the one signed in: a showing they have still to answer is one of them.
    return boards.board(productionId).weapons().stream().filter(w -> w.may(CustodyAction.WITNESS_SHOW_CLEAR))
        .map(w -> showClear(productionId, w.label())).toList();
  }

  /** A weapon shown to the witness, named as the board labels it. */
  static Item showClear(UUID productionId, String weapon) {
    return new Item(SHOW_CLEAR, "The armorer showed you " + weapon + ": confirm what you saw, or refuse.",
        Said.of("custody.needs-you.show-clear", weapon), "Confirm or refuse the show-clear",
        Said.of("custody.needs-you.show-clear.action"), "/productions/" + productionId + "/custody/confirmations");
  }
}
