package org.setsafe.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.SecurityAudit;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;

/** Answers and logs every access the security filters refuse. */
final class RefusalResponses {

  void unauthenticatedApiCall(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    logUnauthenticated(request, e);
    response.setHeader("WWW-Authenticate", "Bearer");
    problem(response, 401, "Unauthenticated",
        "Send a personal API token as 'Authorization: Bearer sst_...'; create one on your account page.");
  }

  void deniedApiCall(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    SecurityAudit.accessRefused(who(), describe(request), reason(e));
    problem(response, 403, "Forbidden", "Your account may not do this.");
  }

  void deniedPage(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    SecurityAudit.accessRefused(who(), describe(request), reason(e));
    response.sendError(403, e instanceof CsrfException
        ? "The form had expired or was not sent from SetSafe. Go back, reload the page and try again."
        : "Your account may not do this.");
  }

  void logUnauthenticated(HttpServletRequest request, AuthenticationException e) {
    SecurityAudit.notSignedIn(describe(request), "not signed in");
  }

  private static String reason(AccessDeniedException e) {
    return e instanceof CsrfException ? "missing or invalid CSRF token" : "role does not allow it";
  }

  private static String who() {
    return SignedInUser.current().map(SignedInUser::getUsername).orElse("anonymous");
  }

  private static String describe(HttpServletRequest request) {
    return request.getMethod() + " " + request.getRequestURI();
  }

  private static void problem(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + detail + "\"}");
  }
}
