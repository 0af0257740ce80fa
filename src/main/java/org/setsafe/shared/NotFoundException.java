package org.setsafe.shared;

/**
 * Nothing by that id that the caller may see. Also used when the thing exists but belongs to a
 * production the caller is not on, so that guessing ids reveals nothing.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
