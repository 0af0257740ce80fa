package org.setsafe.shared;

/** The caller is on the production but their role does not allow this. Reported as 403. */
public class AccessRefusedException extends RuntimeException {

  public AccessRefusedException(String message) {
    super(message);
  }
}
