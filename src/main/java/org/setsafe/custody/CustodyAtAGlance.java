package org.setsafe.custody;

import java.util.UUID;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.production.WeaponsAtAGlance;
import org.springframework.stereotype.Component;

/** The dashboard's view of the weapons, folded from the same board the armorer sees. */
@Component
class CustodyAtAGlance implements WeaponsAtAGlance {

  private final CustodyBoards boards;
  private final UnattendedWatch unattended;

  CustodyAtAGlance(CustodyBoards boards, UnattendedWatch unattended) {
    this.boards = boards;
    this.unattended = unattended;
  }

  @Override
  public Glance of(UUID productionId) {
    CustodyBoard board = boards.board(productionId);
    int out = (int) board.weapons().stream().filter(w -> w.state().out()).count();
    // The board's next steps are those of the one signed in: a showing they have still to answer is one of them.
    int awaitingMe = (int) board.weapons().stream().filter(w -> w.may(CustodyAction.WITNESS_SHOW_CLEAR)).count();
    return new Glance(out, awaitingMe, board.openCountMismatches().size(), unattended.alertsToday(productionId).size(),
        board.firearmsHold().openFinds().stream().map(CustodyBoard.OpenFind::what).toList(),
        board.daysNotSettled().stream().map(CustodyBoard.DayNotSettled::day).toList());
  }
}
