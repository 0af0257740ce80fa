package org.setsafe.escalation;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.setsafe.escalation.domain.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation timer: one persisted db-scheduler job per step ({@code <report>/<round>/<step>}), due when the
 * step is. A job that falls due while SetSafe is down runs at the next start; across instances db-scheduler hands
 * each due job to one of them; and {@link Escalations#fire} records each step once whatever happens.
 */
@Configuration(proxyBeanMethods = false)
class EscalationTimers {

  static final String TASK = "escalation-step";

  @Bean
  OneTimeTask<Void> escalationStepTask(Escalations escalations) {
    return Tasks.oneTime(TASK).execute((instance, context) ->
        escalations.fire(Step.parse(instance.getId()), context.getExecution().executionTime));
  }
}
