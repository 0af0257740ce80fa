package org.setsafe.incident.domain;

import java.util.Objects;
import java.util.UUID;
import org.setsafe.incident.Involvement;
import org.setsafe.shared.Text;

/**
 * A person involved in an incident: a member of the crew ({@code userId}) or someone from outside it (a visitor,
 * a driver) known by name only.
 */
public record Involved(UUID userId, String name, Involvement involvement) {

  public static final int MAX_NAME = 120;

  public Involved {
    name = Text.required("people.name", name, MAX_NAME);
    Objects.requireNonNull(involvement, "involvement");
  }

  public boolean is(UUID person) {
    return userId != null && userId.equals(person);
  }
}
