package org.setsafe.onboarding.domain;

import java.util.List;
import org.setsafe.shared.Refusal.Said;

/**
 * What is wrong with one cell of a crew list, in words the production office can act on. {@code problem} is said in
 * English (the API's refusal); {@code rule} and {@code args} let a page say it in its reader's language
 * ({@code onboarding.problem.<rule>} with the arguments in order), so the domain stays language-free.
 */
public record RowProblem(CrewField field, String rule, List<String> args, String problem) {

  public RowProblem {
    args = List.copyOf(args);
  }

  /** As the preview and the refusal say it: "Email: appears twice (rows 4 and 9)". */
  public String said() {
    return field.heading() + ": " + problem;
  }

  /** {@link #said()} as bundle words, the column's name and the problem both in the reader's language. */
  public Said words() {
    return Said.of("onboarding.problem", Said.of("onboarding.field." + field.name()),
        Said.of("onboarding.problem." + rule, args.toArray()));
  }
}
