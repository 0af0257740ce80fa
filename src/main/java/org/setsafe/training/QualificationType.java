package org.setsafe.training;

import java.util.List;
import java.util.Objects;

/**
 * A kind of qualification: three are built in, and an administrator adds others per installation (a pyro
 * licence, a stunt rigging card). The code is stable and upper case; the label is what people read.
 */
public record QualificationType(String code, String label) {

  /** A permit or qualification to act as armorer (California Labor Code §9156). */
  public static final QualificationType ARMORER_PERMIT = new QualificationType("ARMORER_PERMIT", "Armorer permit");
  /** Firearms safety training, for anyone handling or near firearms (§9156). */
  public static final QualificationType FIREARMS_SAFETY =
      new QualificationType("FIREARMS_SAFETY", "Firearms safety training");
  /** General production safety training, for everyone. */
  public static final QualificationType PRODUCTION_SAFETY =
      new QualificationType("PRODUCTION_SAFETY", "Production safety training");

  /** The three every installation has; their labels are said from the bundles ({@code training.type.<code>}). */
  public static final List<QualificationType> BUILT_IN = List.of(ARMORER_PERMIT, FIREARMS_SAFETY, PRODUCTION_SAFETY);

  public QualificationType {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  /**
   * Whether this is one of the built-in types as built in: its label is then said in the reader's language, where
   * one an administrator added is said as they typed it.
   */
  public boolean builtIn() {
    return BUILT_IN.contains(this);
  }
}
