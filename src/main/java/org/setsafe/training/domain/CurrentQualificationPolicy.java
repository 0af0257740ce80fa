package org.setsafe.training.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.training.QualificationType;

/**
 * A person holds a current qualification of a type on a day when one of their certifications of that type
 * was issued by then, does not expire before it (a certificate is good through its expiry date) and was not
 * withdrawn. Armorer duties need a current armorer permit, and anyone handling or near a firearm current
 * firearms safety training (California Labor Code §9156); on "Rust" the armorer's experience was never
 * checked by anyone.
 *
 * <p>Give it the certifications in force (the latest version of each); it answers which one counts, or why
 * none does.
 */
public final class CurrentQualificationPolicy {

  public static final String RULE = "training.current-qualification";

  /** The certification that makes the person qualified that day: the one that lasts longest. */
  public Optional<CertificationRecord> current(List<CertificationRecord> inForce, String typeCode, LocalDate day) {
    return inForce.stream()
        .filter(c -> c.typeCode().equals(typeCode) && c.validOn(day))
        .max(Comparator.comparing(CertificationRecord::expiresOrMax));
  }

  /** Why the person is not qualified that day, or empty when they are. {@code typeLabel} is for the reason. */
  public Optional<Refusal> check(List<CertificationRecord> inForce, String typeCode, String typeLabel,
      LocalDate day) {
    if (current(inForce, typeCode, day).isPresent()) {
      return Optional.empty();
    }
    List<CertificationRecord> ofType = inForce.stream().filter(c -> c.typeCode().equals(typeCode)).toList();
    Optional<CertificationRecord> expired = ofType.stream()
        .filter(c -> !c.withdrawn() && c.expiresOn() != null && day.isAfter(c.expiresOn()))
        .max(Comparator.comparing(CertificationRecord::expiresOn));
    if (expired.isPresent()) {
      return refuse(typeLabel + " expired on " + expired.get().expiresOn() + " (California Labor Code §9156).",
          "expired", named(typeCode, typeLabel), expired.get().expiresOn());
    }
    Optional<CertificationRecord> notYet = ofType.stream()
        .filter(c -> !c.withdrawn() && c.issuedOn().isAfter(day))
        .min(Comparator.comparing(CertificationRecord::issuedOn));
    if (notYet.isPresent()) {
      return refuse(typeLabel + " is not valid until " + notYet.get().issuedOn() + " (California Labor Code §9156).",
          "not-yet-valid", named(typeCode, typeLabel), notYet.get().issuedOn());
    }
    if (ofType.stream().anyMatch(CertificationRecord::withdrawn)) {
      return refuse(typeLabel + " was withdrawn and no other is on record (California Labor Code §9156).",
          "withdrawn", named(typeCode, typeLabel));
    }
    return refuse("No " + lower(typeLabel) + " on record (California Labor Code §9156).", "none",
        builtIn(typeCode, typeLabel) ? Said.of("training.type.in-sentence." + typeCode) : lower(typeLabel));
  }

  /**
   * The type as the reason names it: a built-in type's label in the reader's words (the pages' {@code
   * training.type.<code>}), one an administrator added as they typed it.
   */
  private static Object named(String typeCode, String typeLabel) {
    return builtIn(typeCode, typeLabel) ? Said.of("training.type." + typeCode) : typeLabel;
  }

  private static boolean builtIn(String typeCode, String typeLabel) {
    return new QualificationType(typeCode, typeLabel).builtIn();
  }

  /**
   * {@code args}: the values as the reason prints them (the type's label or its words, ISO dates), for its bundle
   * words.
   */
  private static Optional<Refusal> refuse(String reason, String variant, Object... args) {
    return Optional.of(new Refusal(RULE, reason).saying("reason." + RULE + "." + variant, args));
  }

  private static String lower(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
