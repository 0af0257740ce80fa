package org.setsafe.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.identity.SignedInUsers;
import org.setsafe.identity.SsoInvitations;
import org.setsafe.identity.web.SsoUserService.SsoUser;
import org.setsafe.shared.SecurityAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The end of a sign-in through the studio's provider. The session (already given a new id by the sign-in filter)
 * holds the same principal as a password sign-in, so everything after the door is alike; beside it is kept the ID
 * token, for signing out of the provider too. A refusal goes back to the sign-in page, which says why in words.
 */
final class SsoOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(SsoOutcomes.class);

  private final Accounts accounts;
  private final SignedInUsers signedInUsers;
  private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();
  private final SavedRequestAwareAuthenticationSuccessHandler continueWhereTheyWere =
      new SavedRequestAwareAuthenticationSuccessHandler();

  private final ObjectProvider<SsoInvitations> invitations;

  SsoOutcomes(Accounts accounts, SignedInUsers signedInUsers, ObjectProvider<SsoInvitations> invitations) {
    this.accounts = accounts;
    this.signedInUsers = signedInUsers;
    this.invitations = invitations;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, ServletException {
    SsoUser sso = (SsoUser) authentication.getPrincipal();
    Account account = accounts.findById(sso.accountId()).orElseThrow();
    SignedInUser user = signedInUsers.withoutPassword(account);
    UsernamePasswordAuthenticationToken signedIn =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    signedIn.setDetails(new SsoSession(sso.getIdToken().getTokenValue()));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(signedIn);
    SecurityContextHolder.setContext(context);
    sessionContexts.saveContext(context, request, response);
    SecurityAudit.signedIn(user.getUsername(), request.getRemoteAddr(), "single sign-on");
    // Invitations are accepted as the person arrives: the one they followed here, and those addressed to the email
    // the studio verified. Someone who joined a production lands on it.
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SsoInvitations.FOLLOWED);
    }
    SsoInvitations answer = invitations.getIfAvailable();
    List<UUID> joined = List.of();
    try {
      joined = answer == null ? List.of() : answer.arrived(account.id(), sso.verifiedEmail(), sso.followedInvitation());
    } catch (RuntimeException refused) {
      // Signed in all the same: the invitation's page says why when they follow it again (a crew rule refused the
      // roles, say). Logged, so the production office can be told.
      log.warn("{} signed in through the studio, but an invitation was not accepted: {}", user.getUsername(),
          refused.getMessage());
    }
    if (!joined.isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/productions/" + joined.get(0));
      return;
    }
    continueWhereTheyWere.onAuthenticationSuccess(request, response, signedIn);
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    String code = exception instanceof OAuth2AuthenticationException oauth
        && oauth.getError().getErrorCode().startsWith("setsafe-")
        ? oauth.getError().getErrorCode().substring("setsafe-".length()) : "provider";
    if (code.equals("provider")) {
      // Refusals of ours are audited where they are decided; this is the provider's answer or an error talking to it.
      SecurityAudit.signInRefused("sso", request.getRemoteAddr(), "single sign-on did not complete: "
          + exception.getMessage());
    }
    response.sendRedirect(request.getContextPath() + "/login?sso-refused=" + code);
  }
}
