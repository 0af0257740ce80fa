package org.setsafe.notify.web;

import java.util.UUID;
import org.setsafe.notify.DeliveryLog;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The delivery log page: what was sent, what is being retried, what failed; and the webhook setting. */
@Controller
class DeliveryPages {

  private static final String PAGE = "/productions/{productionId}/notifications";

  private final DeliveryLog log;
  private final ProductionAccess access;
  private final MessageSource messages;

  DeliveryPages(DeliveryLog log, ProductionAccess access, MessageSource messages) {
    this.log = log;
    this.access = access;
    this.messages = messages;
  }

  @GetMapping(PAGE)
  String deliveries(@PathVariable UUID productionId, Model model) {
    model.addAttribute("deliveries", log.recent(productionId));
    model.addAttribute("production", access.require(productionId, Permission.VIEW));
    model.addAttribute("webhookHost", log.webhookHost(productionId).orElse(null));
    model.addAttribute("maySetWebhook", log.maySetWebhook(productionId));
    return "notify/deliveries";
  }

  @PostMapping(PAGE + "/webhook")
  String setWebhook(@PathVariable UUID productionId, @RequestParam(required = false) String url,
      RedirectAttributes redirect) {
    try {
      log.setWebhook(productionId, url);
      redirect.addFlashAttribute("saved", messages.getMessage("notify.webhook.saved", null,
          LocaleContextHolder.getLocale()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("webhookError", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/notifications";
  }
}
