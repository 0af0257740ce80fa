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
 * The persisted timers after an incident, as db-scheduler jobs that survive a restart and run once across
 * instances: each step of a reporting clock ({@code <clock>/<step>}) and each check-in of the support offered
 * ({@code <offer>/<check-in>}). Each carries the time it falls due, since db-scheduler moves a revived job's
 * execution time; the services record each step once whatever happens.
 */
@Configuration(proxyBeanMethods = false)
class ReportingClockTimers {

  static final String CLOCK_TASK = "incident-reporting-clock";
  static final String CHECK_IN_TASK = "incident-care-check-in";

  @Bean
  OneTimeTask<Instant> reportingClockTask(ReportingClocks clocks) {
    return Tasks.oneTime(CLOCK_TASK, Instant.class)
        .onDeadExecution((complete, operations) -> operations.reschedule(complete, complete.getTimeDone()))
        .onFailure((complete, operations) -> operations.reschedule(complete,
            complete.getTimeDone().plus(Duration.ofSeconds(30))))
        .execute((instance, context) -> {
          String[] id = instance.getId().split("/", 2);
          clocks.fire(UUID.fromString(id[0]), id[1], dueAt(instance, context));
        });
  }

  @Bean
  OneTimeTask<Instant> careCheckInTask(CareAfterIncidents care) {
    return Tasks.oneTime(CHECK_IN_TASK, Instant.class)
        .onDeadExecution((complete, operations) -> operations.reschedule(complete, complete.getTimeDone()))
        .onFailure((complete, operations) -> operations.reschedule(complete,
            complete.getTimeDone().plus(Duration.ofSeconds(30))))
        .execute((instance, context) -> {
          String[] id = instance.getId().split("/", 2);
          care.checkIn(UUID.fromString(id[0]), CheckIn.valueOf(id[1]), dueAt(instance, context));
        });
  }

  static TaskInstance<Instant> job(UUID clockId, String step, Instant dueAt) {
    return new TaskInstance<>(CLOCK_TASK, clockId + "/" + step, dueAt);
  }

  static TaskInstance<Instant> checkIn(UUID offerId, CheckIn which, Instant dueAt) {
    return new TaskInstance<>(CHECK_IN_TASK, offerId + "/" + which.name(), dueAt);
  }

  private static Instant dueAt(TaskInstance<Instant> instance, ExecutionContext context) {
    return instance.getData() != null ? instance.getData() : context.getExecution().executionTime;
  }
}
