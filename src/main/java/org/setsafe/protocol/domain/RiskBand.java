package org.setsafe.protocol.domain;

/** Where a rating (likelihood × severity, 1 to 25) falls on the matrix, in words a department head reads. */
public enum RiskBand {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high"),
  VERY_HIGH("very high");

  private final String label;

  RiskBand(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
