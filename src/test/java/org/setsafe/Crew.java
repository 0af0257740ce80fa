package org.setsafe;

import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.ApiTokens;
import org.setsafe.identity.SignedInUser;
import org.setsafe.identity.SignedInUsers;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo crew, for tests: sign them in on pages, give them API tokens, find their productions.
 * Demo data is seeded in every test context (see application-test.properties).
 */
@Component
public class Crew {

  public static final String PASSWORD = "demo-password-for-tests";
  public static final String WESTERN = "Dust Devil Creek";
  public static final String DRAMA = "Night Shift";

  private final Accounts accounts;
  private final SignedInUsers signedInUsers;
  private final ApiTokens tokens;
  private final Productions productions;

  Crew(Accounts accounts, SignedInUsers signedInUsers, ApiTokens tokens, Productions productions) {
    this.accounts = accounts;
    this.signedInUsers = signedInUsers;
    this.tokens = tokens;
    this.productions = productions;
  }

  public Account account(String username) {
    return accounts.findByUsername(username).orElseThrow();
  }

  /** Signs the request in as this person, as a session sign-in would. */
  public RequestPostProcessor signedIn(String username) {
    SignedInUser user = signedInUsers.withoutPassword(account(username));
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  /** A fresh personal API token of this person, as an {@code Authorization} header value. */
  public String bearer(String username) {
    return "Bearer " + tokens.issue(account(username).id(), "test").token();
  }

  public Production production(String title) {
    return org.setsafe.identity.SystemActor.call(() -> productions.visibleToCurrentUser().stream()
        .filter(p -> p.name().equals(title)).findFirst().orElseThrow());
  }

  public UUID id(String username) {
    return account(username).id();
  }
}
