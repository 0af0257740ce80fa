package org.setsafe.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a phone that kept an action without signal tells about it, for the request being answered: the phone's own
 * time when the person acted, and (for a custody step) the version of the weapon's history the phone last saw.
 * Told by the phone, never trusted for a rule: no time-limited rule judges by the phone's time (the server's clock
 * does); it is recorded beside the server's time, and modules use it to say that a refusal reached someone who
 * thought the step was done. The version is used only to refuse: a step decided on an older view of the weapon than
 * the server's is not recorded.
 */
public final class PhoneTime {

  private static final ThreadLocal<Told> CURRENT = new ThreadLocal<>();

  private PhoneTime() {}

  /** The phone's time of the action being answered on this thread, if it was sent from a phone's queue. */
  public static Optional<Instant> current() {
    return Optional.ofNullable(CURRENT.get()).map(Told::at);
  }

  /** How many steps of the weapon's history the phone had seen when the person took this step, if it said. */
  public static OptionalInt seenWeaponVersion() {
    Told told = CURRENT.get();
    return told == null || told.seenWeaponVersion() == null ? OptionalInt.empty()
        : OptionalInt.of(told.seenWeaponVersion());
  }

  /** Makes what the phone told known until the scope is closed (try-with-resources), whatever happens. */
  public static Scope during(Instant phoneTime, Integer seenWeaponVersion) {
    Told before = CURRENT.get();
    CURRENT.set(new Told(phoneTime, seenWeaponVersion));
    return () -> {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    };
  }

  private record Told(Instant at, Integer seenWeaponVersion) {}

  /** While open, what the phone told is known on this thread. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
