package org.setsafe.operations.domain;

import java.util.List;

/** The scheduler's jobs, read only: those whose latest runs failed, oldest failure first. */
public interface FailingTimers {

  List<FailingTimer> failing();
}
