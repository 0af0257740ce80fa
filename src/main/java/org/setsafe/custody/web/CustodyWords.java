package org.setsafe.custody.web;

import org.setsafe.shared.ReadersWords;
import org.setsafe.shared.Refusal.Said;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words custody's web layer makes in Java (where a weapon is, a step's name, a rule's name, a notice after a
 * step), in the language of the one reading: the locale of the request, as the templates' {@code #{...}} read it.
 * Static, so that the many places that word a custody step need no new collaborator.
 *
 * <p>Inside a request the words are the application's own bundles, found through the request ({@link ReadersWords}),
 * exactly as the page's templates read them. A copy of its own, used for every call, once answered English notices
 * to a Spanish reader and missed the shared role names in a whole test run while the templates beside it were right;
 * it is kept only for the words made outside a request (a view built in a unit test), in English.
 */
final class CustodyWords {

  private static final ResourceBundleMessageSource OUTSIDE_A_REQUEST = new ResourceBundleMessageSource();

  static {
    OUTSIDE_A_REQUEST.setBasenames("i18n/custody", "messages");
    OUTSIDE_A_REQUEST.setDefaultEncoding("UTF-8");
    OUTSIDE_A_REQUEST.setFallbackToSystemLocale(false);
    OUTSIDE_A_REQUEST.setBundleClassLoader(CustodyWords.class.getClassLoader());
  }

  private CustodyWords() {}

  /** The message of {@code key} in the reader's language. */
  static String say(String key, Object... args) {
    return messages().getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
  }

  /** Words in the reader's language, or {@code english} when there are none or the bundles lack them. */
  static String say(Said words, String english) {
    String said = words == null ? null : words.in(messages(), LocaleContextHolder.getLocale());
    return said != null ? said : english;
  }

  /** The message of {@code key} in the reader's language, if the bundle has one. */
  static Optional<String> find(String key) {
    return Optional.ofNullable(messages().getMessage(key, null, null, LocaleContextHolder.getLocale()));
  }

  private static MessageSource messages() {
    MessageSource request = ReadersWords.messages();
    return request != null ? request : OUTSIDE_A_REQUEST;
  }
}
