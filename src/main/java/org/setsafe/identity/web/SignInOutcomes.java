package org.setsafe.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.setsafe.identity.SignedInUser;
import org.setsafe.identity.domain.SignInThrottle;
import org.setsafe.identity.domain.Usernames;
import org.setsafe.shared.DatabaseUnavailable;
import org.setsafe.shared.SecurityAudit;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Counts sign-in failures for the throttle, logs them, and sends new passwords to be changed. A sign-in that failed
 * because the database could not be reached is not counted: it goes on as a 503 "try again".
 */
final class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final SignInThrottle throttle;
  private final SavedRequestAwareAuthenticationSuccessHandler continueWhereTheyWere =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SignInOutcomes(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    if (DatabaseUnavailable.causedBy(exception)) {
      // Not the person's fault and not a failed attempt: the account could not be read. Answered 503 further out.
      throw exception;
    }
    String username = Usernames.normalise(request.getParameter("username"));
    throttle.recordFailure(username, request.getRemoteAddr());
    String reason = exception instanceof DisabledException ? "account disabled" : "wrong username or password";
    SecurityAudit.signInRefused(username, request.getRemoteAddr(), reason);
    response.sendRedirect(request.getContextPath() + "/login?error");
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, ServletException {
    SignedInUser user = (SignedInUser) authentication.getPrincipal();
    throttle.recordSuccess(user.getUsername());
    if (PasswordChangeGate.mustChange(user)) {
      PasswordChangeGate.require(request);
      response.sendRedirect(request.getContextPath() + PasswordChangeGate.PAGE);
      return;
    }
    continueWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
  }
}
