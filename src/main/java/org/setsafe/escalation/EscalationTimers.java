package org.setsafe.escalation;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
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

  @Bean
  OneTimeTask<Instant> escalationStepTask(Escalations escalations) {
    return Tasks.oneTime(TASK, Instant.class)
        // Revived at the scheduler's "now" (SetSafe's clock) rather than db-scheduler's default, the system clock.
        .onDeadExecution((complete, operations) -> operations.reschedule(complete, complete.getTimeDone()))
        .execute((instance, context) -> escalations.fire(Step.parse(instance.getId()), dueAt(instance, context)));
  }

  static TaskInstance<Instant> job(Step step, Instant dueAt) {
    return new TaskInstance<>(TASK, step.id(), dueAt);
  }

  private static Instant dueAt(TaskInstance<Instant> instance, ExecutionContext context) {
    return instance.getData() != null ? instance.getData() : context.getExecution().executionTime;
  }
}
