package org.setsafe.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.PasswordsOff;
import org.setsafe.identity.SecondFactors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.identity.domain.SignInThrottle;
import org.setsafe.identity.domain.Usernames;
import org.setsafe.shared.DatabaseUnavailable;
import org.setsafe.shared.SecurityAudit;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Counts sign-in failures for the throttle, logs them, and sends new passwords to be changed; asks for the second
 * factor of those who have one (or must set one up), and refuses passwords of an email domain that has them off. A sign-in that failed
 * because the database could not be reached is not counted: it goes on as a 503 "try again".
 */
final class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final SignInThrottle throttle;
  private final Accounts accounts;
  private final SecondFactors secondFactors;
  private final PasswordsOff passwordsOff;
  private static final SavedRequestAwareAuthenticationSuccessHandler continueWhereTheyWere =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SignInOutcomes(SignInThrottle throttle, Accounts accounts, SecondFactors secondFactors, PasswordsOff passwordsOff) {
    this.throttle = throttle;
    this.accounts = accounts;
    this.secondFactors = secondFactors;
    this.passwordsOff = passwordsOff;
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
    if (passwordsOff.cover(accounts.findById(user.id()).map(Account::email).orElse(null))) {
      // Checked once the password proved right, so the answer tells a stranger nothing about which accounts exist.
      SecurityAudit.signInRefused(user.getUsername(), request.getRemoteAddr(),
          "passwords are off for the account's email domain");
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/login?password-off");
      return;
    }
    if (secondFactors.enrolled(user.id())) {
      SecondFactorGate.requireCode(request);
      response.sendRedirect(request.getContextPath() + SecondFactorGate.VERIFY_PAGE);
      return;
    }
    if (secondFactors.requiredFor(user.installationRole())) {
      SecondFactorGate.requireEnrolment(request);
    }
    carryOn(user, request, response, authentication);
  }

  /** After the password (and the second factor, if any): a one-time password to change, a second factor to set up. */
  static void carryOn(SignedInUser user, HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, ServletException {
    if (PasswordChangeGate.mustChange(user)) {
      PasswordChangeGate.require(request);
      response.sendRedirect(request.getContextPath() + PasswordChangeGate.PAGE);
      return;
    }
    if (SecondFactorGate.enrolmentDue(request)) {
      response.sendRedirect(request.getContextPath() + SecondFactorGate.ENROL_PAGE);
      return;
    }
    continueWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
  }
}
