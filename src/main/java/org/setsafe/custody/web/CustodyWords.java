package org.setsafe.custody.web;

import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words custody's web layer makes in Java (where a weapon is, a step's name, a rule's name, a notice after a
 * step), from custody's own bundle ({@code i18n/custody}, and the shared words such as the crew roles' from
 * {@code messages}) in the language of the one reading: the locale of the
 * request, as the templates' {@code #{...}} read it. Static, so that the many places that word a custody step need no
 * new collaborator; it reads the same file, with the same rules (MessageFormat only for messages with arguments), as
 * the application's message source.
 */
final class CustodyWords {

  private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

  static {
    BUNDLE.setBasenames("i18n/custody", "messages");
    BUNDLE.setDefaultEncoding("UTF-8");
    // English is the bundle without a suffix: a server whose own locale is Spanish still answers English readers in
    // English.
    BUNDLE.setFallbackToSystemLocale(false);
  }

  private CustodyWords() {}

  /** The message of {@code key} in the reader's language. */
  static String say(String key, Object... args) {
    return BUNDLE.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
  }

  /** The message of {@code key} in the reader's language, if the bundle has one. */
  static Optional<String> find(String key) {
    return Optional.ofNullable(BUNDLE.getMessage(key, null, null, LocaleContextHolder.getLocale()));
  }
}
