package org.setsafe.ledger.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recorded fact's fields in one canonical form, so that what the ledger holds (JSON text) and what a module's
 * table holds (typed columns, or JSON of its own) compare equal exactly when they say the same thing: ids, enums
 * and dates as their text, numbers by value, and times to within a microsecond: both databases round a time to
 * the microsecond, while the fact (and so the ledger) keeps the clock's nanoseconds.
 */
public final class FactFields {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z");
  private static final int SHOWN = 60;
  private static final long MICROSECOND = 1_000;

  private FactFields() {}

  /** The leaf's kind and its fact's fields, as plain values (strings, numbers, booleans, lists and maps). */
  public record Leaf(String kind, Map<String, Object> fact) {}

  @SuppressWarnings("unchecked")
  public static Leaf parseLeaf(String leaf) {
    JsonNode node = JSON.readTree(leaf);
    return new Leaf(node.path("kind").asString(), JSON.convertValue(node.path("fact"), Map.class));
  }

  /** The value in canonical form: equal canonical forms mean the same content. */
  public static Object canonical(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant) {
      return value;
    }
    if (value instanceof String text) {
      return INSTANT.matcher(text).matches() ? instant(text) : text;
    }
    if (value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(canonical(k)), canonical(v)));
      return sorted;
    }
    if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>(items.size());
      items.forEach(item -> list.add(canonical(item)));
      return list;
    }
    return value.toString();
  }

  private static Object instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  public static boolean same(Object ledgerValue, Object tableValue) {
    return alike(canonical(ledgerValue), canonical(tableValue));
  }

  private static boolean alike(Object a, Object b) {
    if (a instanceof Instant x && b instanceof Instant y) {
      return Math.abs(Duration.between(x, y).toNanos()) < MICROSECOND;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> alike(x.get(k), y.get(k)));
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!alike(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  /** A value short enough for one line of a report. */
  public static String shown(Object value) {
    Object canonical = canonical(value);
    String text = canonical == null ? "null" : canonical instanceof String s ? "\"" + s + "\"" : canonical.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }
}
