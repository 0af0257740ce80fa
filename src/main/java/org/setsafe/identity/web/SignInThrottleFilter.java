package org.setsafe.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.setsafe.identity.domain.SignInThrottle;
import org.setsafe.identity.domain.Usernames;
import org.setsafe.shared.SecurityAudit;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns away sign-in attempts while the account or the address is throttled, before any hashing. */
final class SignInThrottleFilter extends OncePerRequestFilter {

  private final SignInThrottle throttle;

  SignInThrottleFilter(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod())
        && request.getRequestURI().equals(request.getContextPath() + "/login"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = Usernames.normalise(request.getParameter("username"));
    Optional<Duration> wait = throttle.waitBeforeNextAttempt(username, request.getRemoteAddr());
    if (wait.isPresent()) {
      long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
      SecurityAudit.signInRefused(username, request.getRemoteAddr(), "too many failed attempts");
      response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
      return;
    }
    chain.doFilter(request, response);
  }
}
