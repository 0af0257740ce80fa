package org.setsafe.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.setsafe.identity.ApiTokens;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.SecurityAudit;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API calls that carry a live personal token; refuses, and logs, calls with a dead one. */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final RefusalResponses refusals;
  private final RequestAttributeSecurityContextRepository sameRequest = new RequestAttributeSecurityContextRepository();

  ApiTokenAuthenticationFilter(ApiTokens tokens, RefusalResponses refusals) {
    this.tokens = tokens;
    this.refusals = refusals;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<SignedInUser> signedIn = tokens.signIn(header.substring(7).strip());
    if (signedIn.isEmpty()) {
      SecurityAudit.signInRefused("token", request.getRemoteAddr(), "unknown or revoked API token");
      refusals.unauthenticatedApiCall(request, response, new BadCredentialsException("unknown or revoked token"));
      return;
    }
    SignedInUser user = signedIn.get();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    // Kept on the request too, so the dispatches that finish this request (the async one that writes a streamed
    // evidence bundle, an error page) act for the same person instead of being refused after the body went out.
    sameRequest.saveContext(context, request, response);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
