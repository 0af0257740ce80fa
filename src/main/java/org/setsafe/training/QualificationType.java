package org.setsafe.training;

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

  public QualificationType {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
