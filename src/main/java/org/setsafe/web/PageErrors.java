package org.setsafe.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.DatabaseUnavailable;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals on pages get a readable page in plain words, with the right status. The title and the messages written
 * here are in the reader's language (i18n/operations, {@code problem.*}); a refusal's own message is
 * the domain's, in the reader's words when it was said in some.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  private final MessageSource messages;

  PageErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response) {
    return show(404, words("problem.not-found"), e.forReader(), model, response);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String badAddress(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
    return show(404, words("problem.not-found"), words("problem.nothing-here"), model, response);
  }

  @ExceptionHandler(AccessRefusedException.class)
  String refused(AccessRefusedException e, Model model, HttpServletResponse response) {
    SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("anonymous"),
        "page", e.getMessage());
    return show(403, words("problem.not-allowed"), e.forReader(), model, response);
  }

  @ExceptionHandler(InvalidInputException.class)
  String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
    return show(e instanceof org.setsafe.shared.ConflictException ? 409 : 400, words("problem.cannot"),
        e.reasonIn(messages, LocaleContextHolder.getLocale()), model, response);
  }

  /**
   * The database could not be reached: the page says plainly that nothing was recorded. An htmx request (a phone
   * page updating part of itself) gets only the notice, which the layout's htmx settings swap in despite the 503.
   */
  @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
      RecoverableDataAccessException.class, CannotCreateTransactionException.class})
  String databaseAway(Exception e, HttpServletRequest request, Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    show(503, words("problem.not-recorded"), words("problem.not-recorded.detail"), model, response);
    return DatabaseAwayResponses.fromHtmx(request) ? "database-away :: notice" : "database-away";
  }

  private String words(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private static String show(int status, String title, String message, Model model, HttpServletResponse response) {
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("problemTitle", title);
    model.addAttribute("message", message);
    return "problem";
  }
}
