package org.setsafe.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that no page answers (a link kept from an old page, a typo). No controller is asked, so neither page nor
 * API advice sees it: a phone asking for a page would read the framework's English problem document as raw text. It
 * reads the not-found page in its reader's language instead; anything else (the API, a script, a missing image)
 * gets the same problem document as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

  private final MessageSource messages;

  UnknownAddresses(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object unknown(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
    if (!asksForAPage(request)) {
      return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(e.getBody());
    }
    response.setStatus(404);
    ModelAndView page = new ModelAndView("problem");
    page.addObject("status", 404);
    page.addObject("problemTitle", words("problem.not-found"));
    page.addObject("message", words("problem.nothing-here"));
    return page;
  }

  /** A browser opening a page: it asks for HTML, and not at the API's addresses. */
  private static boolean asksForAPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (path.startsWith("/api/") || accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private String words(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
