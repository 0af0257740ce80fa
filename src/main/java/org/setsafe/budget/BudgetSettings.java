package org.setsafe.budget;

import org.setsafe.budget.domain.CutPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The share of a safety line a cut may take before it is flagged: one setting for the whole installation. */
@Configuration(proxyBeanMethods = false)
class BudgetSettings {

  @Bean
  CutPolicy cutPolicy(@Value("${setsafe.budget.cut-share-percent:20}") int allowedSharePercent) {
    return new CutPolicy(allowedSharePercent);
  }
}
