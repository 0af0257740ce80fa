package org.setsafe.reporting;

import java.time.Duration;
import org.setsafe.reporting.domain.RepeatedReportsPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When a department's reports call for a management review: one policy, so that the reports a review lists behind it
 * are the very ones that opened it.
 */
@Configuration(proxyBeanMethods = false)
class ReviewPolicy {

  @Bean
  RepeatedReportsPolicy repeatedReportsPolicy(@Value("${setsafe.reporting.review.repeated-reports:3}") int threshold,
      @Value("${setsafe.reporting.review.window:14d}") Duration window) {
    return new RepeatedReportsPolicy(threshold, window);
  }
}
