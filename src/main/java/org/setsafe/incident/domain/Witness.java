package org.setsafe.incident.domain;

import java.util.UUID;
import org.setsafe.shared.Text;

/**
 * Who gives a statement: a member of the production's crew by account ({@code userId}), or someone from outside the
 * crew (a visiting driver, a location owner) known by the name the investigator who recorded it wrote down.
 */
public record Witness(UUID userId, String name) {

  public static final int MAX_NAME = Involved.MAX_NAME;

  public Witness {
    name = Text.required("witnessName", name, MAX_NAME);
  }

  public boolean onTheCrew() {
    return userId != null;
  }

  public boolean is(UUID person) {
    return userId != null && userId.equals(person);
  }
}
