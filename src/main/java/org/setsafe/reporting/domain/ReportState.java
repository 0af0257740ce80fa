package org.setsafe.reporting.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a hazard report stands. It only moves forward (reported → acknowledged → mitigating → resolved),
 * except that a resolved report may be re-opened, which puts it back at the start: someone must take it on
 * again.
 */
public enum ReportState {
  REPORTED("Reported"),
  ACKNOWLEDGED("Acknowledged"),
  MITIGATING("Being made safe"),
  RESOLVED("Resolved");

  private final String label;

  ReportState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this != RESOLVED;
  }

  /** The states this one may move to. */
  public Set<ReportState> next() {
    return switch (this) {
      case REPORTED -> EnumSet.of(ACKNOWLEDGED);
      case ACKNOWLEDGED -> EnumSet.of(MITIGATING, RESOLVED);
      case MITIGATING -> EnumSet.of(RESOLVED);
      case RESOLVED -> EnumSet.of(REPORTED);
    };
  }

  public boolean canMoveTo(ReportState target) {
    return next().contains(target);
  }
}
