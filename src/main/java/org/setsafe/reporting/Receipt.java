package org.setsafe.reporting;

import java.util.UUID;

/** What the anonymous reporter takes away: the code, shown once, and which report it follows. */
public record Receipt(UUID reportId, String code, String productionName) {
  @Override
  public String toString() {
    return "Receipt[reportId=" + reportId + ", code=(hidden)]";
  }
}
