package org.setsafe.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.SecurityAudit;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out a page session that a password change or reset has ended since it signed in. Sessions live in each
 * server's memory, but the end is a number in the database, so it reaches every instance and follows a reset made
 * with the admin CLI in another process.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

  private final Accounts accounts;

  EndedSessionFilter(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<SignedInUser> user = SignedInUser.current();
    if (user.isPresent() && accounts.sessionGeneration(user.get().id()) != user.get().sessionGeneration()) {
      SecurityAudit.accessRefused(user.get().getUsername(), request.getMethod() + " " + request.getRequestURI(),
          "session ended by a password change or reset");
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      response.sendRedirect(request.getContextPath() + "/login?expired");
      return;
    }
    chain.doFilter(request, response);
  }
}
