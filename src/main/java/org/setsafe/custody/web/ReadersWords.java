package org.setsafe.custody.web;

import org.springframework.context.MessageSource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The message bundles of the request being answered, for the custody pages' static helpers that turn a refusal into
 * what a page shows ({@link CustodyView#refused}): they run inside a request, but are called from many controllers,
 * so they find the bundles through it rather than have each controller hand them over.
 */
final class ReadersWords {

  private ReadersWords() {}

  /** The application's bundles, or {@code null} outside a request (the reason then stays in English). */
  static MessageSource messages() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
      return null;
    }
    WebApplicationContext context = RequestContextUtils.findWebApplicationContext(request.getRequest());
    return context;
  }
}
