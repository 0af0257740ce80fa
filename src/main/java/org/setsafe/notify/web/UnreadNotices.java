package org.setsafe.notify.web;

import jakarta.servlet.http.HttpServletRequest;
import org.setsafe.identity.SignedInUser;
import org.setsafe.notify.Inbox;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** The unread count the layout's header shows on every page, so a notice is seen wherever one is. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotices {

  private final Inbox inbox;

  UnreadNotices(Inbox inbox) {
    this.inbox = inbox;
  }

  /**
   * Only for routes that render a page: a JSON route (a {@code @RestController} is a {@code @Controller} too) has no
   * header to show it in, and counting on every API call would be a database round trip for nothing.
   */
  @ModelAttribute("unreadNotices")
  Integer unreadNotices(HttpServletRequest request) {
    if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod route
        && (AnnotatedElementUtils.hasAnnotation(route.getBeanType(), ResponseBody.class)
            || AnnotatedElementUtils.hasAnnotation(route.getMethod(), ResponseBody.class))) {
      return null;
    }
    return SignedInUser.current().isPresent() ? inbox.unread() : null;
  }
}
