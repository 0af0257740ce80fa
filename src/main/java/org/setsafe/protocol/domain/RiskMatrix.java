package org.setsafe.protocol.domain;

import org.setsafe.shared.InvalidInputException;

/**
 * The 5 × 5 risk matrix of hazard identification and risk assessment (ISO 45001 6.1.2): likelihood and severity
 * each from 1 (rare, negligible) to 5 (almost certain, fatal); the rating is their product, banded
 * low (1–4), medium (5–9), high (10–16) and very high (20–25).
 */
public final class RiskMatrix {

  public static final int MIN = 1;
  public static final int MAX = 5;
  /** The highest rating of each band, low to high; very high is everything above high. */
  public static final int LOW_UP_TO = 4;
  public static final int MEDIUM_UP_TO = 9;
  public static final int HIGH_UP_TO = 16;

  private RiskMatrix() {}

  /** Likelihood × severity; each must be 1 to 5 ({@code field} names the one that is not). */
  public static int rating(int likelihood, int severity) {
    check("likelihood", likelihood);
    check("severity", severity);
    return likelihood * severity;
  }

  public static RiskBand band(int rating) {
    if (rating < MIN || rating > MAX * MAX) {
      throw new IllegalArgumentException("a rating is 1 to 25, not " + rating);
    }
    if (rating <= LOW_UP_TO) {
      return RiskBand.LOW;
    }
    if (rating <= MEDIUM_UP_TO) {
      return RiskBand.MEDIUM;
    }
    return rating <= HIGH_UP_TO ? RiskBand.HIGH : RiskBand.VERY_HIGH;
  }

  /** "15 (high)", as a rating is shown and read out. */
  public static String describe(int rating) {
    return rating + " (" + band(rating).label() + ")";
  }

  static void check(String field, int value) {
    if (value < MIN || value > MAX) {
      throw new InvalidInputException(field, "Range", field + " must be " + MIN + " to " + MAX)
          .saying("input.protocol.risk.rating-range", field, MIN, MAX);
    }
  }
}
