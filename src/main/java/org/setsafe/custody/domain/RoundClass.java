package org.setsafe.custody.domain;

import java.util.Locale;
import org.setsafe.shared.InvalidInputException;

/**
 * The classes of round a lot may hold. There is deliberately no LIVE: live ammunition is banned on set
 * (California Labor Code §9155; industry safety bulletin #1), so it cannot even be named on a lot.
 * Finding a live round is its own event ({@link CustodyEvents.LiveRoundFound}), never a registration.
 */
public enum RoundClass {
  DUMMY("dummy"),
  BLANK_QUARTER("quarter-load blank"),
  BLANK_HALF("half-load blank"),
  BLANK_FULL("full-load blank");

  /** Code of the refusal when someone tries to register live rounds. */
  public static final String NO_LIVE_AMMUNITION = "custody.no-live-ammunition";

  static final String LIVE_REFUSED = "Live ammunition is never registered: it is banned on set by California Labor "
      + "Code §9155 and industry safety bulletin #1. Remove it from set and record a live round found.";

  private final String label;

  RoundClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label for more than one round: "dummies", "quarter-load blanks". */
  public String plural() {
    return this == DUMMY ? "dummies" : label + "s";
  }

  /** How a lot of this class is named in refusals and on pages: ".45 Colt dummies from Desert Prop". */
  public String lotName(String caliber, String supplier) {
    return caliber + " " + plural() + " from " + supplier;
  }

  /** A dummy has no powder and no live primer: the only class that can leave a weapon "cold". */
  public boolean dummy() {
    return this == DUMMY;
  }

  /**
   * The class as typed or scanned ("dummy", "blank-half", "BLANK_FULL"). "Live" is refused with the rule
   * named, rather than reported as an unknown value, so the person registering it learns why.
   */
  public static RoundClass parse(String text) {
    if (namesLive(text)) {
      throw new InvalidInputException("roundClass", NO_LIVE_AMMUNITION, LIVE_REFUSED)
          .saying("reason." + NO_LIVE_AMMUNITION);
    }
    String key = key(text);
    for (RoundClass roundClass : values()) {
      if (roundClass.name().equals(key)) {
        return roundClass;
      }
    }
    throw new InvalidInputException("roundClass", "OneOf",
        "roundClass must be one of DUMMY, BLANK_QUARTER, BLANK_HALF, BLANK_FULL")
        .saying("input.custody.round-class.one-of");
  }

  /** Whether the class as typed or scanned names live rounds. */
  static boolean namesLive(String text) {
    String key = key(text);
    return key.equals("LIVE") || key.startsWith("LIVE_") || key.endsWith("_LIVE");
  }

  private static String key(String text) {
    return text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }
}
