package org.setsafe.shared;

/**
 * Well-formed input that the current state refuses (a username already taken, a day already
 * scheduled). Reported as 409 with the field and the rule named.
 */
public class ConflictException extends InvalidInputException {

  public ConflictException(String field, String rule, String message) {
    super(field, rule, message);
  }
}
