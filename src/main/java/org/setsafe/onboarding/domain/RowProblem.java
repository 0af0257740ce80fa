package org.setsafe.onboarding.domain;

/** What is wrong with one cell of a crew list, in words the production office can act on. */
public record RowProblem(CrewField field, String problem) {

  /** As the preview and the refusal say it: "Email: appears twice (rows 4 and 9)". */
  public String said() {
    return field.heading() + ": " + problem;
  }
}
