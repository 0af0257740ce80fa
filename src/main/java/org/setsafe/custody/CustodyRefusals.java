package org.setsafe.custody;

import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.custody.domain.CustodyStore;
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

  CustodyRefusals(CustodyStore store, RefusalRecorder recorder) {
    this.store = store;
    this.recorder = recorder;
  }

  public void record(CustodyRefused refusal) {
    recorder.record(refusal, store::append);
  }
}
