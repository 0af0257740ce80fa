package org.setsafe.custody;

import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.shared.PhoneTime;
import org.setsafe.shared.RefusalRecorder;
import org.springframework.stereotype.Component;

/**
 * Custody's refusals through the shared recorder: kept in custody's own history as well as the ledger, so that
 * a weapon's history shows the attempts too.
 */
@Component
class CustodyRefusals {

  private final CustodyStore store;
  private final RefusalRecorder recorder;
  private final RefusedAfterNoSignal afterNoSignal;

  CustodyRefusals(CustodyStore store, RefusalRecorder recorder, RefusedAfterNoSignal afterNoSignal) {
    this.store = store;
    this.recorder = recorder;
    this.afterNoSignal = afterNoSignal;
  }

  public void record(CustodyRefused refusal) {
    recorder.record(refusal, refused -> {
      store.append(refused);
      // A step a phone kept without signal, refused on arrival: the person may have acted as if it were done.
      if (PhoneTime.current().isPresent()) {
        afterNoSignal.tell(refused);
      }
    });
  }
}
