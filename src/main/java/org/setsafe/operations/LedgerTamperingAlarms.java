package org.setsafe.operations;

import org.setsafe.ledger.LedgerEvents;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Words;
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
    notifications.send(notice(refused), watchers.all());
  }

  /** In each watcher's language; the log's origin and what the signer found are said as the ledger recorded them. */
  static Notice notice(LedgerEvents.CheckpointRefused refused) {
    return new Notice(null, noticeKey(refused), Words.of("notices.operations.ledger-tampering.subject"),
        Words.of("notices.operations.ledger-tampering.text", refused.origin(), refused.reason()), "/admin/ledger");
  }
}
