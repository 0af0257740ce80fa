package org.setsafe.custody;

import java.util.UUID;
import org.setsafe.custody.CustodyBoard.WeaponStatus;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.WeaponsAtAGlance;
import org.springframework.stereotype.Component;

/** The dashboard's view of the weapons, folded from the same board the armorer sees. */
@Component
class CustodyAtAGlance implements WeaponsAtAGlance {

  private final Custody custody;
  private final UnattendedWatch unattended;

  CustodyAtAGlance(Custody custody, UnattendedWatch unattended) {
    this.custody = custody;
    this.unattended = unattended;
  }

  @Override
  public Glance of(UUID productionId) {
    CustodyBoard board = custody.board(productionId);
    UUID me = SignedInUser.current().map(SignedInUser::id).orElse(null);
    int out = (int) board.weapons().stream().filter(w -> w.state().out()).count();
    int awaitingMe = (int) board.weapons().stream().filter(w -> awaits(w, me)).count();
    return new Glance(out, awaitingMe, board.openCountMismatches().size(), unattended.alertsToday(productionId).size(),
        board.firearmsHold().openFinds().stream().map(CustodyBoard.OpenFind::what).toList(),
        board.daysNotSettled().stream().map(CustodyBoard.DayNotSettled::day).toList());
  }

  private static boolean awaits(WeaponStatus weapon, UUID me) {
    return me != null && weapon.showClear() != null && !weapon.showClear().refused()
        && weapon.showClearAwaiting().contains(me);
  }
}
