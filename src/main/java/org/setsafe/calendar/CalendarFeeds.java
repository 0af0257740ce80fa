package org.setsafe.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.calendar.CalendarFeedEvents.CalendarFeedIssued;
import org.setsafe.calendar.CalendarFeedEvents.CalendarFeedRevoked;
import org.setsafe.calendar.domain.CalendarEntry;
import org.setsafe.calendar.domain.CalendarFeedStore;
import org.setsafe.calendar.domain.CalendarFeedStore.Feed;
import org.setsafe.calendar.domain.ICalendarText;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.shared.Languages;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's calendar feed behind a secret address: made (which ends the one before), revoked, and read. The
 * secret is shown once, when it is made; only its SHA-256 is stored (it is 32 random bytes, so a fast hash is
 * enough). A feed is written afresh on every read; what it said is noted as a hash with the time it changed, which
 * gives the ETag and Last-Modified that let a calendar ask "anything new?" cheaply. Making and revoking an address
 * are recorded on the ledger.
 */
@Service
public class CalendarFeeds {

  /** Where a feed is read; the secret follows, then ".ics". */
  public static final String PATH = "/public/calendar/";
  static final String PREFIX = "scal_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A feed just made: its address, shown to its owner this once. */
  public record IssuedFeed(String secret, String path, Instant createdAt) {}

  /** A person's live feed, without its secret. */
  public record LiveFeed(Instant createdAt, Instant lastReadAt) {}

  /** A feed as read: the iCalendar text, its ETag and when what it says last changed. */
  public record FeedText(String text, String etag, Instant lastModified) {}

  private final CalendarFeedStore store;
  private final PersonalCalendar calendar;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CalendarFeeds(CalendarFeedStore store, PersonalCalendar calendar, Accounts accounts,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.calendar = calendar;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  /** A new secret address for the person's calendar; any address they had before stops working. */
  @Transactional
  public IssuedFeed create(UUID userId) {
    Instant now = clock.instant();
    UUID replaced = store.live(userId).map(Feed::id).orElse(null);
    store.revokeLive(userId, now);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    UUID feedId = UUID.randomUUID();
    store.insert(feedId, userId, hash(secret), now);
    events.publishEvent(new CalendarFeedIssued(UUID.randomUUID(), userId, now, userId, feedId, replaced));
    return new IssuedFeed(secret, PATH + secret + ".ics", now);
  }

  /** Ends the person's feed: its address answers "not found" from now on. True when there was one. */
  @Transactional
  public boolean revoke(UUID userId) {
    Optional<Feed> live = store.live(userId);
    Instant now = clock.instant();
    if (live.isEmpty() || !store.revokeLive(userId, now)) {
      return false;
    }
    events.publishEvent(new CalendarFeedRevoked(UUID.randomUUID(), userId, now, userId, live.get().id()));
    return true;
  }

  public Optional<LiveFeed> live(UUID userId) {
    return store.live(userId).map(feed -> new LiveFeed(feed.createdAt(), feed.lastReadAt()));
  }

  /** The calendar behind a secret; empty for a secret that is unknown, revoked, or of a disabled account. */
  @Transactional
  public Optional<FeedText> read(String secret) {
    Optional<Feed> found = secret == null || !secret.startsWith(PREFIX) || secret.length() > 100 ? Optional.empty()
        : store.liveBySecret(hash(secret));
    Optional<Account> owner = found.flatMap(feed -> accounts.findById(feed.userId())).filter(Account::enabled);
    if (owner.isEmpty()) {
      SecurityAudit.accessRefused("anonymous", "calendar feed", "unknown or revoked calendar address");
      return Optional.empty();
    }
    Feed feed = found.get();
    // Read by a calendar with no one signed in: in the language the owner chose, not the one the request asks for.
    Locale language = Languages.locale(owner.get().language());
    List<CalendarEntry> entries = calendar.of(feed.userId(), language);
    String name = calendar.name(owner.get().displayName(), language);
    // What the feed says, apart from when it was written: a new hash is a change, dated now.
    String content = hash(ICalendarText.write(name, entries, Instant.EPOCH));
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant changed = content.equals(feed.contentHash()) && feed.changedAt() != null ? feed.changedAt() : now;
    store.read(feed.id(), content, changed, now);
    return Optional.of(new FeedText(ICalendarText.write(name, entries, changed), "\"" + content + "\"", changed));
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
