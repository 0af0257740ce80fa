package org.setsafe.incident.domain;

import java.util.List;
import java.util.Optional;
import org.setsafe.incident.ActionStatus;
import org.setsafe.shared.Refusal;

/** A corrective action folded with its steps: where it stands, and whether it may be done or verified now. */
public record ActionProgress(CorrectiveAction action, List<ActionStep> steps) {

  public static final String STEP_RULE = "incident.action-steps";

  public ActionProgress {
    steps = List.copyOf(steps);
  }

  public Optional<ActionStep> step(ActionStep.Kind kind) {
    return steps.stream().filter(s -> s.step() == kind).findFirst();
  }

  public ActionStatus status() {
    if (step(ActionStep.Kind.EFFECTIVE).isPresent()) {
      return ActionStatus.VERIFIED_EFFECTIVE;
    }
    if (step(ActionStep.Kind.NOT_EFFECTIVE).isPresent()) {
      return ActionStatus.NOT_EFFECTIVE;
    }
    return step(ActionStep.Kind.DONE).isPresent() ? ActionStatus.DONE : ActionStatus.OPEN;
  }

  /** Overdue: its due day ended and it was not done by then (it stays so marked once done late). */
  public boolean wentOverdue() {
    return step(ActionStep.Kind.OVERDUE).isPresent();
  }

  public Optional<Refusal> done() {
    return status() == ActionStatus.OPEN ? Optional.empty()
        : Optional.of(new Refusal(STEP_RULE, "This action is recorded done already.")
            .saying("reason.incident.action-steps.done-already"));
  }

  public Optional<Refusal> verify() {
    return switch (status()) {
      case DONE -> Optional.empty();
      case OPEN -> Optional.of(new Refusal(STEP_RULE, "This action is not done yet: its owner records it done, "
          + "then someone else verifies it.").saying("reason.incident.action-steps.not-done"));
      default -> Optional.of(new Refusal(STEP_RULE, "This action is verified already.")
          .saying("reason.incident.action-steps.verified-already"));
    };
  }
}
