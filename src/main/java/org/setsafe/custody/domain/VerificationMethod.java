package org.setsafe.custody.domain;

/** How the armorer showed that each dummy is a dummy (practice: dummies must be demonstrably dummies). */
public enum VerificationMethod {
  RATTLE_TEST,
  PRIMER_DRILLED_OR_ABSENT,
  VISUAL_AND_WEIGHT
}
