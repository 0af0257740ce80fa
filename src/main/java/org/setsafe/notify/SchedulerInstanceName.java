package org.setsafe.notify;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names this instance in db-scheduler's job table ({@code picked_by}), so that a job held by an instance (one that
 * died, say) says which one. db-scheduler's own default, the host name, is the same for every instance on a host or
 * behind one container name. By default: host name, process id and a random part, so that two instances (even two in
 * one JVM) do not share a name; {@code SETSAFE_SCHEDULER_NAME} sets it.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerInstanceName {

  @Bean
  DbSchedulerCustomizer dbSchedulerCustomizer(@Value("${setsafe.scheduler.name:}") String configured) {
    SchedulerName name = new SchedulerName.Fixed(configured.isBlank() ? byDefault() : configured.strip());
    return new DbSchedulerCustomizer() {
      @Override
      public Optional<SchedulerName> schedulerName() {
        return Optional.of(name);
      }
    };
  }

  private static String byDefault() {
    String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    return host() + "-" + ProcessHandle.current().pid() + "-" + random;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "setsafe";
    }
  }
}
