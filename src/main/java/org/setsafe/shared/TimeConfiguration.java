package org.setsafe.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now". Everything that compares against time (show-clear windows, escalation
 * timers, session expiry, sign-in throttling) takes this clock so tests can move it instead of sleeping.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
