package org.setsafe.shared;

import org.setsafe.shared.Refusal.Said;

/**
 * Well-formed input that the current state refuses (a username already taken, a day already
 * scheduled). Reported as 409 with the field and the rule named.
 */
public class ConflictException extends InvalidInputException {

  public ConflictException(String field, String rule, String message) {
    super(field, rule, message);
  }

  protected ConflictException(String field, String rule, String message, Said said) {
    super(field, rule, message, said);
  }

  @Override
  public ConflictException saying(String key, Object... args) {
    super.saying(key, args);
    return this;
  }
}
