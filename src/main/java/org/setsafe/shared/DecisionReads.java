package org.setsafe.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one decision has read, kept until it is made: a firearm issue asks five modules' gates about one scene, and
 * each would otherwise read the same shooting day, crew list, weapon plan and risk assessment again. Inside
 * {@link #during} every read made through {@link #kept} with the same key answers from the first, so the gates
 * decide on one snapshot; outside it every read goes to the database. Only reads that check no one's access (the
 * caller checked at the door) and that the decision does not change may be kept this way.
 */
public final class DecisionReads {

  private static final ThreadLocal<Map<Object, Object>> KEPT = new ThreadLocal<>();

  private DecisionReads() {}

  /** Runs the decision with its reads kept; a decision inside another shares the outer one's reads. */
  public static <T> T during(Supplier<T> decision) {
    if (KEPT.get() != null) {
      return decision.get();
    }
    KEPT.set(new HashMap<>());
    try {
      return decision.get();
    } finally {
      KEPT.remove();
    }
  }

  /** Whether a decision is keeping its reads: outside one, a read made ahead for it would be lost. */
  public static boolean keeping() {
    return KEPT.get() != null;
  }

  /**
   * The value read earlier in this decision under {@code key} (which names the reader, e.g. its class, and the
   * arguments), or {@code read}'s answer, kept for the rest of it. The value must not be changed by those who get it.
   */
  @SuppressWarnings("unchecked")
  public static <T> T kept(Object key, Supplier<T> read) {
    Map<Object, Object> kept = KEPT.get();
    if (kept == null) {
      return read.get();
    }
    // Not computeIfAbsent: a read may itself keep what it reads under other keys.
    if (kept.containsKey(key)) {
      return (T) kept.get(key);
    }
    T value = read.get();
    kept.put(key, value);
    return value;
  }
}
