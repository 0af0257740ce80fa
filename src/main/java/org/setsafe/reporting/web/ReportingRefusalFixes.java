package org.setsafe.reporting.web;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
import org.springframework.stereotype.Component;

/**
 * Reporting's rules in words. A step the report's lifecycle refuses is fixed on the report's own page, which shows
 * again with the steps it allows now, so it has no link elsewhere.
 */
@Component
class ReportingRefusalFixes implements RefusalFix {

  /** The lifecycle's rule code ({@code reporting.domain.Lifecycle}), as the API names it. */
  static final String TRANSITION = "Transition";

  @Override
  public Optional<String> inWords(String rule) {
    return rule.equals(TRANSITION) ? Optional.of("A report moves only along its lifecycle") : Optional.empty();
  }

  @Override
  public Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    return Optional.empty();
  }
}
