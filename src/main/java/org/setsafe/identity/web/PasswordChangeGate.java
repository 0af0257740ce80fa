package org.setsafe.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.setsafe.identity.SignedInUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a one-time password (first administrator, reset) can do nothing but
 * choose their own password: a password read off a console or passed on by a colleague must not
 * stay in use.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

  static final String PAGE = "/account/password";
  private static final String SESSION_FLAG = PasswordChangeGate.class.getName() + ".required";

  static boolean mustChange(SignedInUser user) {
    return user.mustChangePassword();
  }

  static void require(HttpServletRequest request) {
    request.getSession().setAttribute(SESSION_FLAG, Boolean.TRUE);
  }

  static void satisfied(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_FLAG);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    boolean required = session != null && session.getAttribute(SESSION_FLAG) != null;
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (required && !path.equals(PAGE) && !path.equals("/logout") && !isAsset(path)) {
      response.sendRedirect(request.getContextPath() + PAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isAsset(String path) {
    return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error");
  }
}
