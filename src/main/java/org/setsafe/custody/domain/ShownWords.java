package org.setsafe.custody.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a witness is shown, in the words they confirm: "Empty: chamber, cylinder or magazine, and barrel" for a
 * show-clear, and for a showing of the load every round by position, class and lot, then the positions left
 * empty ("5 quarter-load blanks from lot 1A2B3C4D in chamber 1, chamber 2, …; chamber 6 empty"). The words are
 * recorded with the showing and with each confirmation, so the record never says "clear" of a loaded weapon.
 */
public final class ShownWords {

  /** What a show-clear shows: nothing anywhere a round could be. */
  public static final String CLEAR = "Empty: chamber, cylinder or magazine, and barrel.";

  private ShownWords() {}

  /**
   * The positions a load names, by the firearm's type: six chambers for a revolver, two for a shotgun, and for
   * the rest the chamber and eight magazine positions (empty ones are left blank).
   */
  public static List<String> positions(FirearmType type) {
    List<String> positions = new ArrayList<>();
    if (type == FirearmType.REVOLVER) {
      for (int i = 1; i <= 6; i++) {
        positions.add("chamber " + i);
      }
    } else if (type == FirearmType.SHOTGUN) {
      positions.add("chamber 1");
      positions.add("chamber 2");
    } else {
      positions.add("chamber");
      for (int i = 1; i <= 8; i++) {
        positions.add("magazine " + i);
      }
    }
    return positions;
  }

  /** The load of this weapon in words: each lot's rounds with their positions, then the empty positions. */
  public static String load(Weapon weapon, Map<String, LoadedRound> manifest) {
    Map<LoadedRound, List<String>> byLot = new LinkedHashMap<>();
    manifest.forEach((position, round) -> byLot.computeIfAbsent(round, r -> new ArrayList<>()).add(position));
    List<String> parts = new ArrayList<>();
    byLot.forEach((round, positions) -> parts.add(positions.size() + " "
        + (positions.size() == 1 ? round.roundClass().label() : round.roundClass().plural())
        + " from lot " + lotShortId(round.lotId()) + " in " + String.join(", ", positions)));
    if (weapon.type() != null) {
      List<String> empty = positions(weapon.type()).stream().filter(p -> !manifest.containsKey(p)).toList();
      if (!empty.isEmpty()) {
        parts.add(String.join(", ", empty) + " empty");
      }
    }
    String words = String.join("; ", parts) + ".";
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The first eight characters of a lot's id, as printed on its tag. */
  public static String lotShortId(UUID lotId) {
    return lotId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
