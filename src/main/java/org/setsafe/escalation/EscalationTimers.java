package org.setsafe.escalation;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import org.setsafe.escalation.domain.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation timer: one persisted db-scheduler job per step ({@code <report>/<round>/<step>}), due when the
 * step is. A job that falls due while SetSafe is down runs at the next start; across instances db-scheduler hands
 * each due job to one of them; and {@link Escalations#fire} records each step once whatever happens.
 *
 * <p>The job carries the time its step falls due as its data. db-scheduler moves a job's execution time when it
 * runs a dead instance's job again (to the moment it does so) or retries a failed one, so that time is not the step's
 * due time after either; the data is. Jobs scheduled before the due time travelled with them carry none: theirs is
 * their execution time, which is right unless they were revived.
 */
@Configuration(proxyBeanMethods = false)
class EscalationTimers {

  static final String TASK = "escalation-step";
  private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
  private static final Duration LONGEST_RETRY = Duration.ofMinutes(2);

  @Bean
  OneTimeTask<Instant> escalationStepTask(Escalations escalations) {
    return Tasks.oneTime(TASK, Instant.class)
        // Revived at the scheduler's "now" (SetSafe's clock) rather than db-scheduler's default, the system clock.
        .onDeadExecution((complete, operations) -> operations.reschedule(complete, complete.getTimeDone()))
        // A failed step is tried again soon, not after db-scheduler's default 5 minutes: 10 s, then twice as long
        // each time, at most 2 minutes apart. The operations module raises the alarm while it keeps failing.
        .onFailure((complete, operations) -> operations.reschedule(complete,
            complete.getTimeDone().plus(retryAfter(complete.getExecution().consecutiveFailures + 1))))
        .execute((instance, context) -> escalations.fire(Step.parse(instance.getId()), dueAt(instance, context)));
  }

  /** How long to wait before trying a step again after its {@code failures}-th failed run in a row. */
  static Duration retryAfter(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 4);
    Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_RETRY) < 0 ? wait : LONGEST_RETRY;
  }

  static TaskInstance<Instant> job(Step step, Instant dueAt) {
    return new TaskInstance<>(TASK, step.id(), dueAt);
  }

  private static Instant dueAt(TaskInstance<Instant> instance, ExecutionContext context) {
    return instance.getData() != null ? instance.getData() : context.getExecution().executionTime;
  }
}
