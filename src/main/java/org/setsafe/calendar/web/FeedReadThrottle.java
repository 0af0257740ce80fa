package org.setsafe.calendar.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.setsafe.shared.SlidingWindowThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bounds how often a calendar address is read, per secret and per client address, with the sign-in throttle's
 * sliding windows: a calendar app refreshes every few minutes at most, so a secret read far more often has leaked
 * to something scraping it, and one address reading many secrets is guessing them. Every read counts, known secret
 * or not. Secrets are counted by their hash, so the throttle's memory holds none.
 */
@Component
class FeedReadThrottle {

  private final SlidingWindowThrottle reads;

  FeedReadThrottle(Clock clock,
      @Value("${setsafe.calendar.feed.window:${SETSAFE_CALENDAR_FEED_WINDOW:1h}}") Duration window,
      @Value("${setsafe.calendar.feed.max-reads-per-feed:${SETSAFE_CALENDAR_FEED_MAX_READS_PER_FEED:60}}") int perFeed,
      @Value("${setsafe.calendar.feed.max-reads-per-address:${SETSAFE_CALENDAR_FEED_MAX_READS_PER_ADDRESS:600}}")
      int perAddress) {
    this.reads = new SlidingWindowThrottle(clock, window, perFeed, perAddress);
  }

  /** Counts a read; answers how long to wait when it is one too many (the read is then refused, and not counted). */
  Optional<Duration> read(String secret, String address) {
    String feed = hash(secret);
    Optional<Duration> wait = reads.waitBeforeNextAttempt(feed, address);
    if (wait.isEmpty()) {
      reads.record(feed, address);
    }
    return wait;
  }

  /** Calendar addresses and secrets are chosen by whoever asks; counts that no longer matter are dropped. */
  @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
  void forgetExpired() {
    reads.forgetExpired();
  }

  private static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(String.valueOf(secret).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
