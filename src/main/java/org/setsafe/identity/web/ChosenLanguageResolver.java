package org.setsafe.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.Languages;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language every page, refusal and date is written in: the one the signed-in person chose on their account
 * page, whatever the browser says (a borrowed phone, a rental laptop set to English); else the browser's
 * Accept-Language among the languages SetSafe speaks; else English. Anonymous pages (sign-in, the anonymous hazard
 * report) follow the browser. Never the server's own locale.
 */
@Component("localeResolver")
class ChosenLanguageResolver implements LocaleResolver {

  private static final String RESOLVED = ChosenLanguageResolver.class.getName() + ".locale";

  private final Accounts accounts;

  ChosenLanguageResolver(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    // Asked several times a page (each message, each date); the account is read once per request.
    if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
      return resolved;
    }
    Locale locale = chosen().map(Languages::locale).orElseGet(() -> browsers(request.getHeader("Accept-Language")));
    request.setAttribute(RESOLVED, locale);
    return locale;
  }

  /** Changed only on the account page, which keeps the choice on the account; the next request reads it. */
  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    request.setAttribute(RESOLVED, Languages.nearest(locale));
  }

  private Optional<String> chosen() {
    return SignedInUser.current().filter(user -> !user.isSystem())
        .flatMap(user -> accounts.language(user.id()));
  }

  /** The first language the browser asks for that SetSafe speaks, by the header's own order and weights. */
  static Locale browsers(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      for (Locale.LanguageRange range : ranges) {
        String language = range.getRange().split("-", 2)[0];
        if (range.getWeight() > 0 && Languages.supported(language)) {
          return Languages.locale(language);
        }
      }
      return Locale.ENGLISH;
    } catch (IllegalArgumentException malformed) {
      return Locale.ENGLISH;
    }
  }
}
