package org.setsafe.training;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.Refusal;
import org.setsafe.training.QualificationViews.Certification;

/**
 * The questions other modules ask of training while deciding a step: is this person's qualification current on the
 * day, may this performer take a firearm in hand, for how long does an armorer's briefing count, does this reader
 * look after the crew's qualifications. No access check: the caller checked who is asking once, at the door
 * ({@link org.setsafe.production.ProductionAccess#onSet}), and decides what of the answer to reveal.
 */
public interface QualificationChecks {

  /**
   * Whether a person holds a current qualification on a day: the certificate that counts, or the refusal saying why
   * none does, with its words for the reader's language (a step it refuses says them after its own).
   */
  record Standing(QualificationType type, Certification current, Refusal refusal) {
    public boolean isCurrent() {
      return current != null;
    }

    public String rule() {
      return refusal == null ? null : refusal.rule();
    }

    public String reason() {
      return refusal == null ? null : refusal.reason();
    }
  }

  /**
   * Whether the performer may handle a firearm on the day; if not, the refusal saying why, with its words for the
   * reader's language.
   */
  record Clearance(Refusal refusal) {
    public static final Clearance CLEARED = new Clearance(null);

    public boolean cleared() {
      return refusal == null;
    }

    public String rule() {
      return refusal == null ? null : refusal.rule();
    }

    public String reason() {
      return refusal == null ? null : refusal.reason();
    }
  }

  /**
   * Whether the person holds a current qualification of this type on this day: the certificate that counts, or the
   * rule and the reason why none does ("Armorer permit expired on 2026-10-01").
   */
  Standing current(PersonId person, QualificationType type, LocalDate onDay);

  /**
   * Why the person holds no current qualification of this type on this day, or empty when they do: what a step's
   * decision needs, without reading the certificate's verifications to show it ({@link #current} does).
   */
  Optional<Refusal> refusalIfNotCurrent(PersonId person, QualificationType type, LocalDate onDay);

  /**
   * Reads the certifications of these people in one go and keeps them for the rest of the decision
   * ({@link org.setsafe.shared.DecisionReads}), for the checks about to ask about each of them: a firearm issue asks
   * for the armorer's permit and the performer's training. Outside a decision it reads nothing.
   */
  void readRecordsOf(Set<PersonId> people);

  /**
   * Whether the performer may take a firearm in hand on this production on {@code day}: current firearms safety
   * training, or a recent enough armorer's briefing where the production's rule accepts one.
   */
  Clearance mayHandleFirearms(UUID productionId, PersonId performer, LocalDate day);

  /**
   * For how many days an armorer's briefing stands in for a performer's firearms safety training on this
   * production, or empty when it does not.
   */
  Optional<Integer> daysABriefingCounts(UUID productionId);

  /** Whether the reader looks after this production's crew qualifications (and may open each person's). */
  boolean overseesCrew(UUID productionId, SignedInUser reader);
}
