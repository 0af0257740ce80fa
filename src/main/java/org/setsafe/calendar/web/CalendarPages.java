package org.setsafe.calendar.web;

import java.util.UUID;
import org.setsafe.calendar.CalendarFeeds;
import org.setsafe.calendar.CalendarFeeds.IssuedFeed;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.AnswerNotKept;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My calendar" on a person's account: make the secret address for their phone's calendar, or revoke it. */
@Controller
class CalendarPages {

  private final CalendarFeeds feeds;
  private final String baseUrl;

  private final MessageSource messages;

  CalendarPages(CalendarFeeds feeds, MessageSource messages,
      @Value("${setsafe.base-url:http://localhost:8080}") String baseUrl) {
    this.messages = messages;
    this.feeds = feeds;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @GetMapping("/account/calendar")
  String calendar(Model model) {
    model.addAttribute("feed", feeds.live(me()).orElse(null));
    return "calendar/calendar";
  }

  @AnswerNotKept("the answer holds the calendar's secret address")
  @PostMapping("/account/calendar")
  String create(Model model) {
    IssuedFeed issued = feeds.create(me());
    model.addAttribute("feed", feeds.live(me()).orElse(null));
    String url = baseUrl + issued.path();
    model.addAttribute("url", url);
    // Phones open webcal: addresses in their calendar app, asking to subscribe.
    model.addAttribute("webcal", url.replaceFirst("^https?://", "webcal://"));
    return "calendar/calendar";
  }

  @PostMapping("/account/calendar/revoke")
  String revoke(RedirectAttributes redirect) {
    boolean had = feeds.revoke(me());
    redirect.addFlashAttribute("notice", messages.getMessage(had ? "calendar.revoked" : "calendar.had-none", null,
        LocaleContextHolder.getLocale()));
    return "redirect:/account/calendar";
  }

  private static UUID me() {
    return SignedInUser.current().orElseThrow().id();
  }
}
