package org.setsafe.reporting;

import java.util.UUID;
import org.setsafe.shared.Text;

/** A producer's written answer to a management review. */
public record AnswerReview(UUID reviewId, String answer) {

  public static final int MAX_ANSWER = 4000;

  String text() {
    return Text.required("answer", answer, MAX_ANSWER);
  }
}
