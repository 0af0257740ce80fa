package org.setsafe.production;

import java.time.Clock;
import java.util.Set;
import org.setsafe.shared.InstallationZone;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every page {@code #when}, the one way a template shows a moment: {@code ${#when.at(report.reportedAt)}}
 * reads "22:07 MST" on the clock of the page's production. See {@link When} for whose clock a page uses.
 */
@Component
class TimesOnPages extends AbstractDialect implements IExpressionObjectDialect {

  private final ReadThisRequest reads;
  private final InstallationZone installation;
  private final Clock clock;

  TimesOnPages(ReadThisRequest reads, InstallationZone installation, Clock clock) {
    super("setsafe-times");
    this.reads = reads;
    this.installation = installation;
    this.clock = clock;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("when");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return new When(context::getVariable, reads, installation.zone(), clock);
      }

      @Override
      public boolean isCacheable(String name) {
        return true;
      }
    };
  }
}
