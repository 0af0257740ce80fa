package org.setsafe.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Between the password and the second factor a session can do nothing but type the code (or sign out); someone whose
 * role requires a second factor they have not set up can do nothing but set it up (and change a one-time password).
 * The flags live in the session the password sign-in made, so they end with it.
 */
final class SecondFactorGate extends OncePerRequestFilter {

  static final String VERIFY_PAGE = "/login/second-factor";
  static final String ENROL_PAGE = "/account/second-factor";
  private static final String CODE_DUE = SecondFactorGate.class.getName() + ".code";
  private static final String ENROLMENT_DUE = SecondFactorGate.class.getName() + ".enrolment";

  static void requireCode(HttpServletRequest request) {
    request.getSession().setAttribute(CODE_DUE, Boolean.TRUE);
  }

  static void requireEnrolment(HttpServletRequest request) {
    request.getSession().setAttribute(ENROLMENT_DUE, Boolean.TRUE);
  }

  static boolean codeDue(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CODE_DUE) != null;
  }

  static boolean enrolmentDue(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ENROLMENT_DUE) != null;
  }

  static void codeGiven(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CODE_DUE);
    }
  }

  static void enrolled(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ENROLMENT_DUE);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (codeDue(request) && !path.equals(VERIFY_PAGE) && !open(path)) {
      response.sendRedirect(request.getContextPath() + VERIFY_PAGE);
      return;
    }
    if (enrolmentDue(request) && !path.equals(ENROL_PAGE) && !path.startsWith(ENROL_PAGE + "/")
        && !path.equals(PasswordChangeGate.PAGE) && !open(path)) {
      response.sendRedirect(request.getContextPath() + ENROL_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean open(String path) {
    return path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/")
        || path.startsWith("/webjars/") || path.equals("/error");
  }
}
