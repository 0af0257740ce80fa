package org.setsafe.custody.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * One lot's difference at wrap, in parts (rule 6): rounds still loaded in weapons, a lot not counted that should hold
 * rounds, or a count that differs from the balance. A round count mismatch keeps these beside its English sentence,
 * so a page says the same in the reader's words without reading the English back. {@link #english()} is the sentence
 * the record has always written, word for word.
 */
public record LotDifference(UUID lotId, RoundClass roundClass, String caliber, String supplier, Kind kind,
    Integer counted, Integer rounds) {

  /** What differs: rounds still in weapons ({@code rounds}), not counted ({@code rounds} expected), or counted wrong. */
  public enum Kind { STILL_LOADED, NOT_COUNTED, COUNTED }

  private static final String RULE = RoundsReconcilePolicy.RULE;

  public LotDifference {
    Objects.requireNonNull(roundClass, "roundClass");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rounds, "rounds");
    if (kind == Kind.COUNTED) {
      Objects.requireNonNull(counted, "counted");
    }
  }

  public static LotDifference of(AmmunitionLot lot, Kind kind, Integer counted, int rounds) {
    return new LotDifference(lot.id(), lot.roundClass(), lot.caliber(), lot.supplier(), kind, counted, rounds);
  }

  /** As the record writes it: "9mm blanks from Acme: counted 48, expected 50". */
  public String english() {
    String name = roundClass.lotName(caliber, supplier);
    return switch (kind) {
      case STILL_LOADED -> name + ": " + rounds + " still loaded in weapons";
      case NOT_COUNTED -> name + ": not counted, " + rounds + " expected";
      case COUNTED -> name + ": counted " + counted + ", expected " + rounds;
    };
  }

  /** The same as words: the lot's class of rounds in the reader's language, caliber and supplier as written. */
  public Said said() {
    Said name = Said.of("reason.lot-name", caliber, Said.of("reason.round-class.plural." + roundClass.name()),
        supplier);
    return switch (kind) {
      case STILL_LOADED -> Said.of("reason." + RULE + ".still-loaded", name, String.valueOf(rounds));
      case NOT_COUNTED -> Said.of("reason." + RULE + ".not-counted", name, String.valueOf(rounds));
      case COUNTED -> Said.of("reason." + RULE + ".counted", name, String.valueOf(counted), String.valueOf(rounds));
    };
  }

  /** Several lots one after another, as "; " joins the English. */
  public static Said said(List<LotDifference> differences) {
    Said all = differences.get(0).said();
    for (LotDifference next : differences.subList(1, differences.size())) {
      all = Said.of("reason." + RULE + ".and", all, next.said());
    }
    return all;
  }

  /** Several lots as a mismatch records them: joined by "; ", with a full stop. */
  public static String english(List<LotDifference> differences) {
    return String.join("; ", differences.stream().map(LotDifference::english).toList()) + ".";
  }
}
