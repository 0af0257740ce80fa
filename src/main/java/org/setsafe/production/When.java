package org.setsafe.production;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.setsafe.shared.Languages;
import org.setsafe.shared.LocalTimes;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * {@code #when} on a page: a moment on the right clock, with the zone's short name. A page about one production
 * (its {@code production} in the model, or the one production the request was let into) shows that production's
 * clock; a page across productions (the inbox, the picker) names each item's production:
 * {@code ${#when.at(item.createdAt, item.productionId)}}; a page of the installation (administration, the account)
 * shows the installation's clock ({@code setsafe.time-zone}), and says which.
 */
public final class When {

  private final Function<String, Object> variables;
  private final ReadThisRequest reads;
  private final ZoneId installation;
  private final Clock clock;

  When(Function<String, Object> variables, ReadThisRequest reads, ZoneId installation, Clock clock) {
    this.variables = variables;
    this.reads = reads;
    this.installation = installation;
    this.clock = clock;
  }

  /** "22:07 MST" today, "Sat 5 Dec 22:07 MST" another day, with the year when it is another year. */
  public String at(Instant at) {
    return LocalTimes.at(at, zone(), clock, language());
  }

  /** As {@link #at(Instant)} on the clock of {@code whose}: a production, its id, or a zone. */
  public String at(Instant at, Object whose) {
    return LocalTimes.at(at, zoneOf(whose), clock, language());
  }

  /** Always with the date and year: for records read on another day. */
  public String dated(Instant at) {
    return LocalTimes.dated(at, zone(), language());
  }

  public String dated(Instant at, Object whose) {
    return LocalTimes.dated(at, zoneOf(whose), language());
  }

  /** The time of day alone, for a line that says the day already: "22:07 MST". */
  public String time(Instant at) {
    return LocalTimes.time(at, zone(), language());
  }

  public String time(Instant at, Object whose) {
    return LocalTimes.time(at, zoneOf(whose), language());
  }

  /** The clock this page shows times on, by name: "America/Denver". */
  public String zoneName() {
    return zone().getId();
  }

  /** The reader's language, as the page's; English outside a request (never the server's own locale). */
  private static Locale language() {
    LocaleContext context = LocaleContextHolder.getLocaleContext();
    return context == null ? Locale.ENGLISH : Languages.nearest(context.getLocale());
  }

  private ZoneId zone() {
    if (variables.apply("production") instanceof Production production) {
      return production.timeZone();
    }
    return reads.theOneProductionRead().map(Production::timeZone).orElse(installation);
  }

  private ZoneId zoneOf(Object whose) {
    if (whose instanceof Production production) {
      return production.timeZone();
    }
    if (whose instanceof ZoneId zone) {
      return zone;
    }
    if (whose instanceof UUID productionId) {
      return reads.production(productionId).map(Production::timeZone).orElse(installation);
    }
    return whose == null ? zone() : installation;
  }
}
