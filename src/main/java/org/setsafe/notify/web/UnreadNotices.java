package org.setsafe.notify.web;

import org.setsafe.identity.SignedInUser;
import org.setsafe.notify.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count the layout's header shows on every page, so a notice is seen wherever one is. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotices {

  private final Inbox inbox;

  UnreadNotices(Inbox inbox) {
    this.inbox = inbox;
  }

  @ModelAttribute("unreadNotices")
  Integer unreadNotices() {
    return SignedInUser.current().isPresent() ? inbox.unread() : null;
  }
}
