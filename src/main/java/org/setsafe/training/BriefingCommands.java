package org.setsafe.training;

import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;

/**
 * What the armorer and the production ask about performers' firearms training, as typed commands. Each checks its
 * own fields once the use case has checked who is asking.
 */
public final class BriefingCommands {

  public static final int MAX_TOPICS = 1000;

  private BriefingCommands() {}

  /** The armorer briefed a performer of the production today, on what {@code topics} says. */
  public record RecordBriefing(UUID productionId, PersonId performer, String topics) {

    String checkedTopics() {
      return Text.required("topics", topics, MAX_TOPICS);
    }

    PersonId requiredPerformer() {
      if (performer == null) {
        throw new InvalidInputException("performerId", "NotNull", "performerId is required")
            .saying("input.training.briefing.performer-required");
      }
      return performer;
    }
  }

  /** Whether an armorer's briefing stands in for a performer's training on the production, and for how many days. */
  public record SetPerformerRule(UUID productionId, Boolean briefingAccepted, Integer briefingValidDays) {

    PerformerRule rule() {
      if (briefingAccepted == null) {
        throw new InvalidInputException("briefingAccepted", "NotNull", "briefingAccepted is required (true or false)")
            .saying("input.training.performer-rule.accepted-required");
      }
      if (briefingValidDays == null || briefingValidDays < 1 || briefingValidDays > 366) {
        throw new InvalidInputException("briefingValidDays", "Range", "briefingValidDays must be between 1 and 366")
            .saying("input.training.performer-rule.valid-days");
      }
      return new PerformerRule(briefingAccepted, briefingValidDays);
    }
  }
}
