package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The refusals' bundle ({@code i18n/reasons}) read as the pages read it, for the domain tests that check a policy's
 * words: in English they must say exactly the reason the policy wrote (the one the ledger keeps), and Spanish must
 * have them too.
 */
public final class ReasonWords {

  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    // The reasons, and the pages' own words some reasons name (a crew role).
    MESSAGES.setBasenames("messages", "i18n/reasons");
    MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
    MESSAGES.setFallbackToSystemLocale(false);
  }

  private ReasonWords() {}

  /** The refusal's words in this language, or {@code null} when it has none or the bundle lacks them. */
  public static String in(Locale locale, Refusal refusal) {
    return refusal.said() == null ? null : RuleRefusedException.say(refusal.said(), MESSAGES, locale);
  }

  /** Asserts the refusal has words, the English of which is its reason exactly, and Spanish words as well. */
  public static Refusal saidAsWritten(Refusal refusal) {
    assertThat(refusal.said()).as("words for: " + refusal.reason()).isNotNull();
    assertThat(in(Locale.ENGLISH, refusal)).as(refusal.said().key()).isEqualTo(refusal.reason());
    assertThat(in(Locale.forLanguageTag("es"), refusal)).as(refusal.said().key() + " in Spanish")
        .isNotNull().isNotEqualTo(refusal.reason());
    return refusal;
  }
}
