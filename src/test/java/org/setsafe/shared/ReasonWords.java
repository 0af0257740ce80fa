package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's bundles read as the pages read them (every basename {@code application.properties} lists), for
 * the tests that check a refusal's or an input problem's words: in English they must say exactly what was written
 * (the reason the ledger keeps, the message the API answers), and Spanish must have them too.
 */
public final class ReasonWords {

  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasenames(basenames());
    MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
    MESSAGES.setFallbackToSystemLocale(false);
  }

  private ReasonWords() {}

  /** The application's bundles, for tests that put other words than a problem's into a language (a notice's). */
  public static org.springframework.context.MessageSource bundles() {
    return MESSAGES;
  }

  /** The refusal's words in this language, or {@code null} when it has none or the bundle lacks them. */
  public static String in(Locale locale, Refusal refusal) {
    return refusal.said() == null ? null : refusal.said().in(MESSAGES, locale);
  }

  /** The input problem's words in this language, or {@code null} when it has none or the bundle lacks them. */
  public static String in(Locale locale, InvalidInputException problem) {
    return problem.said() == null ? null : problem.said().in(MESSAGES, locale);
  }

  /** Any words in this language, or {@code null} when the bundle lacks them. */
  public static String in(Locale locale, Refusal.Said words) {
    return words == null ? null : words.in(MESSAGES, locale);
  }

  /** Asserts the refusal has words, the English of which is its reason exactly, and Spanish words as well. */
  public static Refusal saidAsWritten(Refusal refusal) {
    assertThat(refusal.said()).as("words for: " + refusal.reason()).isNotNull();
    assertThat(in(Locale.ENGLISH, refusal)).as(refusal.said().key()).isEqualTo(refusal.reason());
    assertThat(in(Locale.forLanguageTag("es"), refusal)).as(refusal.said().key() + " in Spanish")
        .isNotNull().isNotEqualTo(refusal.reason());
    return refusal;
  }

  /** Asserts the input problem has words, the English of which is its message exactly, and Spanish words as well. */
  public static <E extends InvalidInputException> E saidAsWritten(E problem) {
    assertThat(problem.said()).as("words for: " + problem.getMessage()).isNotNull();
    assertThat(in(Locale.ENGLISH, problem)).as(problem.said().key()).isEqualTo(problem.getMessage());
    assertThat(in(Locale.forLanguageTag("es"), problem)).as(problem.said().key() + " in Spanish")
        .isNotNull().isNotEqualTo(problem.getMessage());
    return problem;
  }

  private static String[] basenames() {
    Properties application = new Properties();
    try (InputStream in = ReasonWords.class.getResourceAsStream("/application.properties")) {
      application.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
        .map(String::trim).toArray(String[]::new);
  }

  /** Asserts the not-found problem has words, the English of which is its message exactly, and Spanish words too. */
  public static NotFoundException saidAsWritten(NotFoundException problem) {
    saidAsWritten(problem.said(), problem.getMessage());
    return problem;
  }

  /** Asserts the refused access has words, the English of which is its message exactly, and Spanish words too. */
  public static AccessRefusedException saidAsWritten(AccessRefusedException refused) {
    saidAsWritten(refused.said(), refused.getMessage());
    return refused;
  }

  /**
   * Asserts words (a studio cell's, a gap's) say in English exactly what was written beside them ({@code message}),
   * and something else in Spanish.
   */
  public static void saidAsWritten(Refusal.Said words, String message) {
    assertThat(words).as("words for: " + message).isNotNull();
    assertThat(in(Locale.ENGLISH, words)).as(words.key()).isEqualTo(message);
    assertThat(in(Locale.forLanguageTag("es"), words)).as(words.key() + " in Spanish")
        .isNotNull().isNotEqualTo(message);
  }

  /**
   * Asserts a not-found or a refusal of access has words ({@code said}, as its {@code said()} gives them), the English
   * of which is its message exactly, and Spanish words as well.
   */
  public static <E extends RuntimeException> E saidAsWritten(E problem, Refusal.Said said) {
    saidAsWritten(said, problem.getMessage());
    return problem;
  }
}
