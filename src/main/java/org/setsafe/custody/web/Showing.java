package org.setsafe.custody.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.custody.CustodyBoard.LotStatus;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.LoadedRound;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.custody.domain.ShownWords;

/**
 * What the armorer shows the witnesses, as the armorer's page and each witness's page print it, so nobody can take
 * one for the other: a weapon shown CLEAR (empty) or shown LOADED, then every position with the round in it by lot
 * (maker, caliber, class) or "Empty". {@code loaded} picks the wording and the colour; {@code rows} is the manifest.
 */
public record Showing(boolean loaded, String headline, String instruction, List<Row> rows) {

  /** One position of the weapon and what is in it: a round by its lot, or nothing. */
  public record Row(String position, String round, boolean empty) {}

  /** An empty weapon: nothing anywhere a round could be. */
  static Showing clear() {
    return new Showing(false, CustodyWords.say("custody.showing.clear.headline"),
        CustodyWords.say("custody.showing.clear.instruction"), List.of());
  }

  /**
   * A load, position by position in the firearm's order (ShownWords.positions), each round named by its lot; the
   * positions left empty are listed too, because a witness checks those as well.
   */
  static Showing load(Map<String, LoadedRound> manifest, FirearmType type, List<LotStatus> lots) {
    if (manifest.isEmpty()) {
      return clear();
    }
    List<String> positions = new ArrayList<>(type == null ? List.of() : ShownWords.positions(type));
    manifest.keySet().stream().filter(p -> !positions.contains(p)).forEach(positions::add);
    List<Row> rows = positions.stream().map(p -> manifest.containsKey(p)
        ? new Row(capitalized(p), lotName(manifest.get(p), lots), false)
        : new Row(capitalized(p), CustodyWords.say("custody.empty"), true)).toList();
    boolean dummies = manifest.values().stream().anyMatch(r -> r.roundClass().dummy());
    boolean blanks = manifest.values().stream().anyMatch(r -> !r.roundClass().dummy());
    String what = dummies && blanks ? "both" : dummies ? "dummies" : "blanks";
    return new Showing(true, CustodyWords.say("custody.showing.loaded." + what),
        CustodyWords.say("custody.showing.loaded.instruction"), rows);
  }

  /**
   * How a lot is named wherever a load is shown: maker, caliber, class and the lot's tag number, e.g. "Desert Prop
   * Ammunition .45 Colt dummy, lot 5B52E847". The one place this wording lives.
   */
  static String lotName(LotStatus lot) {
    return lot.supplier() + " " + lot.caliber() + " " + lot.roundClass().label() + ", lot "
        + ShownWords.lotShortId(lot.lotId());
  }

  private static String lotName(LoadedRound round, List<LotStatus> lots) {
    UUID lotId = round.lotId();
    return lots.stream().filter(l -> l.lotId().equals(lotId)).findFirst().map(Showing::lotName)
        .orElse(label(round.roundClass()) + ", lot " + ShownWords.lotShortId(lotId));
  }

  private static String label(RoundClass roundClass) {
    return capitalized(roundClass.label());
  }

  private static String capitalized(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
