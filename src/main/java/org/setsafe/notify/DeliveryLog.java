package org.setsafe.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.notify.NotifyEvents.WebhookChanged;
import org.setsafe.notify.domain.NotifyStore;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production's delivery log (every email and webhook post, its attempts and failures) and its webhook. The
 * safety advisor, UPM and producer read the log and set the webhook; studio safety and administrators read the
 * log; anyone else on the production is refused, and anyone not on it is told it does not exist.
 */
@Service
public class DeliveryLog {

  public static final int PAGE = 200;
  public static final int MAX_URL = 500;
  private static final Set<CrewRole> KEEPERS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.PRODUCER);

  private final NotifyStore store;
  private final ProductionAccess access;
  private final Productions productions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DeliveryLog(NotifyStore store, ProductionAccess access, Productions productions, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.productions = productions;
    this.events = events;
    this.clock = clock;
  }

  public List<Delivery> recent(UUID productionId) {
    requireReader(productionId);
    return store.deliveries(productionId, PAGE);
  }

  /** The webhook's host (never the URL, which is a secret), if one is set. */
  public Optional<String> webhookHost(UUID productionId) {
    requireReader(productionId);
    return store.webhook(productionId).map(url -> URI.create(url).getHost());
  }

  /** Sets the production's webhook; blank removes it. Only http(s) URLs with a host. */
  @Transactional
  public Optional<String> setWebhook(UUID productionId, String url) {
    UUID by = requireKeeper(productionId, true);
    String trimmed = url == null ? "" : url.strip();
    if (trimmed.isEmpty()) {
      store.removeWebhook(productionId);
      events.publishEvent(new WebhookChanged(UUID.randomUUID(), productionId, by, clock.instant(), null));
      return Optional.empty();
    }
    URI uri = parse(trimmed);
    store.setWebhook(productionId, trimmed, by, clock.instant());
    events.publishEvent(new WebhookChanged(UUID.randomUUID(), productionId, by, clock.instant(), uri.getHost()));
    return Optional.of(uri.getHost());
  }

  public boolean maySetWebhook(UUID productionId) {
    return SignedInUser.current().flatMap(user -> productions.rolesOf(productionId, user.id()))
        .map(roles -> roles.stream().anyMatch(KEEPERS::contains)).orElse(false);
  }

  private static URI parse(String url) {
    if (url.length() > MAX_URL) {
      throw new InvalidInputException("url", "Size", "url must be at most " + MAX_URL + " characters")
          .saying("input.notify.url.size", String.valueOf(MAX_URL));
    }
    try {
      URI uri = new URI(url);
      if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          || uri.getHost() == null) {
        throw notAWebhook();
      }
      return uri;
    } catch (URISyntaxException e) {
      throw notAWebhook();
    }
  }

  private static InvalidInputException notAWebhook() {
    return new InvalidInputException("url", "WebhookUrl", "url must be an http or https address with a host")
        .saying("input.notify.url.webhook");
  }

  /** Whether the signed-in person may read the delivery log, so that pages link to it only for them. */
  public boolean mayRead(UUID productionId) {
    if (!access.allows(productionId, Permission.VIEW)) {
      return false;
    }
    return SignedInUser.current().map(user -> allowed(productionId, user, false)).orElse(false);
  }

  private boolean allowed(UUID productionId, SignedInUser user, boolean toChange) {
    boolean keeper = productions.rolesOf(productionId, user.id())
        .map(roles -> roles.stream().anyMatch(KEEPERS::contains)).orElse(false);
    boolean watcher = user.isAdministrator() || user.isStudioSafety();
    return keeper || (!toChange && watcher);
  }

  private void requireReader(UUID productionId) {
    requireKeeper(productionId, false);
  }

  /** 404 for outsiders (via the access gate), 403 for members without a keeper's role. */
  private UUID requireKeeper(UUID productionId, boolean toChange) {
    access.require(productionId, Permission.VIEW);
    SignedInUser user = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first")
        .saying("input.notify.not-allowed.sign-in-first"));
    if (allowed(productionId, user, toChange)) {
      return user.id();
    }
    SecurityAudit.accessRefused(user.getUsername(), (toChange ? "set webhook" : "read delivery log")
        + " on production " + productionId, "role does not allow it");
    throw toChange
        ? new AccessRefusedException("Only the safety advisor, UPM or producer of this production set its webhook.")
            .saying("input.notify.not-allowed.webhook")
        : new AccessRefusedException("Only the safety advisor, UPM, producer or studio safety read the delivery log.")
            .saying("input.notify.not-allowed.delivery-log");
  }
}
