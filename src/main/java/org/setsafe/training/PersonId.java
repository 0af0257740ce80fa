package org.setsafe.training;

import java.util.Objects;
import java.util.UUID;

/**
 * A person whose qualifications a step is about (the holder of a certificate, a performer briefed): typed so that
 * a command naming a person, a certification and a production cannot take one id for another.
 */
public record PersonId(UUID value) {

  public PersonId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The id as a person's, or null when none was given: the use case says which field is missing once it has
   * checked who is asking, so that a stranger learns nothing from a missing field.
   */
  public static PersonId of(UUID value) {
    return value == null ? null : new PersonId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
