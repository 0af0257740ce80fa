package org.setsafe.shared;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The message bundles of the request being answered, for the static helpers that turn a refusal or an input problem
 * into what a page shows ({@link InvalidInputException#forReader()}): they run inside a request, but are called from
 * many controllers, so they find the bundles through it rather than have each controller hand them over.
 */
public final class ReadersWords {

  private ReadersWords() {}

  /** The application's bundles, or {@code null} outside a request (the words then stay in English). */
  public static MessageSource messages() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
      return null;
    }
    return RequestContextUtils.findWebApplicationContext(request.getRequest());
  }

  /**
   * Words in the language of the request being answered, or {@code english} when there are none, the bundles lack
   * them, or no request is being answered.
   */
  public static String say(Refusal.Said words, String english) {
    MessageSource messages = messages();
    String said = words == null || messages == null ? null : words.in(messages, LocaleContextHolder.getLocale());
    return said != null ? said : english;
  }

  /**
   * What {@code reading} reads, in {@code language} whoever asks: for a file whose words must not follow the reader
   * (the investigation report signed off is the English one, its SHA-256 the same for every reader).
   */
  public static <T> T in(Locale language, Supplier<T> reading) {
    LocaleContext before = LocaleContextHolder.getLocaleContext();
    LocaleContextHolder.setLocale(language);
    try {
      return reading.get();
    } finally {
      LocaleContextHolder.setLocaleContext(before);
    }
  }
}
