package org.setsafe.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * Why a step may not happen: the rule's code (stable, for the API and the ledger) and a reason a person on set can
 * act on, naming where the rule comes from. Every module's policies answer with one ({@code Optional<Refusal>
 * check(...)}), and a refusal is evidence too: the module records it through {@link RefusalRecorder}, because
 * investigators want the attempts, not only what succeeded.
 *
 * <p>{@code field} names the input the refusal is about when a rule judges one part of what was typed (a weapon
 * plan's {@code lines[2].distanceFeet}), so the problem details can point at it; {@code null} when the refusal is
 * about the state of things rather than a field.
 *
 * <p>{@code said} is the reason as words of a message bundle ({@code reason.<rule>[.<variant>]} in
 * {@code i18n/reasons}), so a page can show it in the reader's language; {@code null} where a policy has none yet.
 * The English {@code reason} stays what is recorded and what the API answers: evidence reads the same for everyone.
 */
public record Refusal(String rule, String reason, String field, Said said) {

  public Refusal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }

  public Refusal(String rule, String reason, String field) {
    this(rule, reason, field, null);
  }

  /** A refusal about the state of things, not about one field of the input. */
  public Refusal(String rule, String reason) {
    this(rule, reason, null, null);
  }

  /** The same refusal, pointing at the input field it is about. */
  public Refusal at(String field) {
    return new Refusal(rule, reason, field, said);
  }

  /**
   * The same refusal with its reason as bundle words; {@code args} are values already written for people (names,
   * scene numbers, times in the production's zone, as the English reason prints them), a {@link Dated} moment or
   * another {@link Said}.
   */
  public Refusal saying(String key, Object... args) {
    return new Refusal(rule, reason, field, new Said(key, Arrays.asList(args)));
  }

  /**
   * A reason as a message key and its arguments. Arguments are plain values, written as the English reason writes
   * them, so the bundle only places them; a {@link Said} among them is said in the same language first, and a
   * {@link Dated} moment written in it.
   */
  public record Said(String key, List<Object> args) {

    public Said {
      Objects.requireNonNull(key, "key");
      args = args == null ? List.of() : List.copyOf(args);
    }

    public static Said of(String key, Object... args) {
      return new Said(key, Arrays.asList(args));
    }

    /**
     * Parts said one after another as {@code String.join} writes them, {@code pair} being the bundle's way of putting
     * two together ("{0}, {1}"); each part is a value already written for people or words. Two parts or more, or
     * one that is words (which is then itself).
     */
    public static Said joined(String pair, List<?> parts) {
      if (parts.size() == 1 && parts.get(0) instanceof Said only) {
        return only;
      }
      if (parts.size() < 2) {
        throw new IllegalArgumentException("joined words need two parts, or one that is words");
      }
      Said all = Said.of(pair, parts.get(0), parts.get(1));
      for (Object next : parts.subList(2, parts.size())) {
        all = Said.of(pair, all, next);
      }
      return all;
    }

    /** These words in the reader's language, or {@code null} when the bundle lacks the key or a nested one. */
    public String in(MessageSource messages, Locale locale) {
      Object[] placed = new Object[args.size()];
      for (int i = 0; i < placed.length; i++) {
        Object arg = args.get(i);
        if (arg instanceof Said nested) {
          arg = nested.in(messages, locale);
          if (arg == null) {
            return null;
          }
        } else if (arg instanceof Dated moment) {
          arg = moment.in(locale);
        }
        // Written for people already: the bundle places them, never formats them again (no "1,234" for a serial).
        placed[i] = String.valueOf(arg);
      }
      return messages.getMessage(key, placed, null, locale);
    }
  }
}
