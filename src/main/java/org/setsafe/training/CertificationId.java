package org.setsafe.training;

import java.util.Objects;
import java.util.UUID;

/** One certification, across all its versions: typed so that it cannot stand in for its holder's id. */
public record CertificationId(UUID value) {

  public CertificationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
