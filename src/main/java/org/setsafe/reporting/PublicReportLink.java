package org.setsafe.reporting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production's public report link, printed for base camp and the call sheet: the crew makes it, and anyone
 * holding it reports without an account. The link is all such a reporter shows; it leads to the production's name and
 * scenes and nothing else.
 */
@Service
public class PublicReportLink {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String NOT_VALID = "This report link is not valid. Ask the production for its current link.";

  private final ReportStore store;
  private final ReportingDesk desk;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final Clock clock;

  PublicReportLink(ReportStore store, ReportingDesk desk, CrewList crew, ShootingSchedule schedule, Clock clock) {
    this.store = store;
    this.desk = desk;
    this.crew = crew;
    this.schedule = schedule;
    this.clock = clock;
  }

  /** The production's public report link token, made on first asking (crew only; it lets anyone report). */
  @Transactional
  public String publicLinkToken(UUID productionId) {
    desk.viewer(productionId);
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    return store.ensurePublicToken(productionId, Base64.getUrlEncoder().withoutPadding().encodeToString(random),
        clock.instant().truncatedTo(ChronoUnit.MILLIS));
  }

  /** The production a public link belongs to, for the anonymous page: its name and its scenes, nothing else. */
  public PublicProduction publicProduction(String publicToken) {
    UUID productionId = productionOf(publicToken);
    return new PublicProduction(crew.production(productionId).name(), schedule.scenes(productionId),
        crew.production(productionId).timeZone());
  }

  /**
   * The production a public link belongs to, for another module taking something anonymous through the same link (an
   * incident): "not valid" (404) for anything that is not a current link. Nothing about the caller is read.
   */
  public UUID productionOfLink(String publicToken) {
    return productionOf(publicToken);
  }

  /** The production this link reports to; "not valid" for anything that is not a current link. */
  UUID productionOf(String publicToken) {
    if (publicToken == null || !publicToken.matches("[A-Za-z0-9_-]{16,64}")) {
      throw notValid();
    }
    return store.productionOfPublicToken(publicToken).orElseThrow(PublicReportLink::notValid);
  }

  private static NotFoundException notValid() {
    return new NotFoundException(NOT_VALID).saying("input.reporting.not-found.public-link");
  }
}
