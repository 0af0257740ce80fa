package org.setsafe.incident;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A corrective action's timer: one persisted db-scheduler job per action (its id), due when its due day ends on
 * the production's calendar, so it fires after a restart and once across instances. The job carries the due time
 * as its data, since db-scheduler moves a revived or retried job's execution time.
 */
@Configuration(proxyBeanMethods = false)
class CorrectiveActionTimer {

  static final String TASK = "corrective-action-due";

  @Bean
  OneTimeTask<Instant> correctiveActionDueTask(CorrectiveActions actions) {
    return Tasks.oneTime(TASK, Instant.class)
        // Revived at the scheduler's "now" (SetSafe's clock), like escalation's steps.
        .onDeadExecution((complete, operations) -> operations.reschedule(complete, complete.getTimeDone()))
        .onFailure((complete, operations) -> operations.reschedule(complete,
            complete.getTimeDone().plus(Duration.ofSeconds(30))))
        .execute((instance, context) -> actions.due(UUID.fromString(instance.getId()), dueAt(instance, context)));
  }

  static TaskInstance<Instant> job(UUID actionId, Instant dueAt) {
    return new TaskInstance<>(TASK, actionId.toString(), dueAt);
  }

  private static Instant dueAt(TaskInstance<Instant> instance, ExecutionContext context) {
    return instance.getData() != null ? instance.getData() : context.getExecution().executionTime;
  }
}
