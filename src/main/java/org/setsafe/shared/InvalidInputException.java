package org.setsafe.shared;

/**
 * Input that breaks a rule about its shape (blank, too long, out of range). Reported to the caller
 * as 400 with the field and the rule named, before anything is written.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final String rule;

  public InvalidInputException(String field, String rule, String message) {
    super(message);
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
