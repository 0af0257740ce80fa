package org.setsafe.reporting;

import java.util.List;
import java.util.UUID;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StopWorkCall;
import org.springframework.stereotype.Service;

/** The production's stop-work calls as the pages, the API and the dashboard read them, for anyone on it. */
@Service
public class StopWorkViews {

  private final ReportStore store;
  private final ReportingDesk desk;

  StopWorkViews(ReportStore store, ReportingDesk desk) {
    this.store = store;
    this.desk = desk;
  }

  /** Every stop-work call on the production, newest first, with its resumption if any. */
  public List<StopWorkCall> history(UUID productionId) {
    desk.viewer(productionId);
    return store.stopWorks(productionId);
  }

  /** The stop-work calls in force now, newest first. */
  public List<StopWorkCall> stoppedNow(UUID productionId) {
    return history(productionId).stream().filter(StopWorkCall::inForce).toList();
  }
}
