package org.setsafe.notify.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.notify.Inbox;
import org.setsafe.notify.InboxItem;
import org.setsafe.production.CrewList;
import org.setsafe.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's inbox page, under their account. */
@Controller
class InboxPages {

  private final Inbox inbox;
  private final CrewList crew;

  InboxPages(Inbox inbox, CrewList crew) {
    this.inbox = inbox;
    this.crew = crew;
  }

  @GetMapping("/account/inbox")
  String inbox(Model model) {
    List<InboxItem> items = inbox.mine();
    model.addAttribute("items", items);
    model.addAttribute("productionNames", productionNames(items));
    return "notify/inbox";
  }

  /** Opening a notice from the list: a POST (reading it changes it), then on to the page it is about. */
  @PostMapping("/account/inbox/{itemId}/open")
  String open(@PathVariable UUID itemId) {
    return "redirect:" + inbox.open(itemId);
  }

  /** Each notice names its production: the person's own inbox holds notices of every production they are on. */
  private Map<UUID, String> productionNames(List<InboxItem> items) {
    Map<UUID, String> names = new HashMap<>();
    for (InboxItem item : items) {
      if (item.productionId() != null && !names.containsKey(item.productionId())) {
        try {
          names.put(item.productionId(), crew.production(item.productionId()).name());
        } catch (NotFoundException gone) {
          names.put(item.productionId(), "A production no longer in SetSafe");
        }
      }
    }
    return names;
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
