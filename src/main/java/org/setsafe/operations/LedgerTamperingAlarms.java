package org.setsafe.operations;

import org.setsafe.ledger.LedgerEvents;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells administrators and studio safety, by inbox and email, that the ledger refused to sign a checkpoint because
 * the log no longer extends what was signed and witnessed: someone changed the record behind SetSafe's back. Once
 * per log, finding and size (the notice key says which), however many instances saw it.
 */
@Component
class LedgerTamperingAlarms {

  private final AlarmWatchers watchers;
  private final Notifications notifications;

  LedgerTamperingAlarms(AlarmWatchers watchers, Notifications notifications) {
    this.watchers = watchers;
    this.notifications = notifications;
  }

  static String noticeKey(LedgerEvents.CheckpointRefused refused) {
    return "operations/ledger-tampering/" + refused.origin() + "/" + refused.databaseSize() + "/"
        + Integer.toHexString(refused.reason().hashCode());
  }

  @ApplicationModuleListener
  void raise(LedgerEvents.CheckpointRefused refused) {
    notifications.send(new Notice(null, noticeKey(refused), "SetSafe: the ledger was changed behind its back",
        "SetSafe refused to sign a checkpoint of ledger log " + refused.origin() + ": " + refused.reason() + ". "
            + "Someone with access to the database has deleted, rolled back or rewritten entries or checkpoints; "
            + "nothing new is signed for this log until it is resolved. Run 'setsafe ledger verify' and compare with "
            + "the witnessed checkpoints; keep the witness directory and a copy of the database as evidence.",
        "/admin/ledger"), watchers.all());
  }
}
