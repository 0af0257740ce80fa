package org.setsafe.notify.web;

import java.util.UUID;
import org.setsafe.notify.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's inbox page, under their account. */
@Controller
class InboxPages {

  private final Inbox inbox;

  InboxPages(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/account/inbox")
  String inbox(Model model) {
    model.addAttribute("items", inbox.mine());
    return "notify/inbox";
  }

  @PostMapping("/account/inbox/{itemId}/read")
  String read(@PathVariable UUID itemId) {
    inbox.markRead(itemId);
    return "redirect:/account/inbox";
  }

  @PostMapping("/account/inbox/read")
  String readAll() {
    inbox.markAllRead();
    return "redirect:/account/inbox";
  }
}
