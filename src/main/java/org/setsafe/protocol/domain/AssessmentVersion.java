package org.setsafe.protocol.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a risk assessment as drafted: its hazards and why it was drafted. An edit is a new version; the
 * earlier ones stay, with their sign-offs.
 */
public record AssessmentVersion(UUID assessmentId, int version, List<HazardEntry> hazards, String reason,
    UUID draftedBy, Instant draftedAt) {

  public static final int MAX_HAZARDS = 40;
  public static final int MAX_REASON = 2000;

  public AssessmentVersion {
    hazards = List.copyOf(hazards);
  }

  public Set<RiskCategory> categories() {
    Set<RiskCategory> categories = new LinkedHashSet<>();
    hazards.forEach(h -> categories.add(h.category()));
    return categories;
  }

  /** The highest residual rating among its hazards. */
  public int highestResidual() {
    return hazards.stream().mapToInt(HazardEntry::residualRating).max().orElse(0);
  }

  /** The hazard with the highest residual rating (for saying why the producer must sign). */
  public HazardEntry worstResidual() {
    return hazards.stream().max(Comparator.comparingInt(HazardEntry::residualRating)).orElseThrow();
  }
}
