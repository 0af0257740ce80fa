package org.setsafe.protocol.domain;

/**
 * What keeps someone or something in the line of fire safe from a blank's discharge: a shield (e.g. a
 * polycarbonate screen before the camera and its operator) or remote operation (the camera runs unmanned, the
 * operator watches a remote monitor out of the line of fire).
 */
public enum Protection {
  SHIELD("Shield"),
  REMOTE_OPERATION("Remote operation");

  private final String label;

  Protection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
