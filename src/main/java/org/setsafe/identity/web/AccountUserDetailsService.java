package org.setsafe.identity.web;

import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUsers;
import org.setsafe.shared.TextRule;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

  private final Accounts accounts;
  private final SignedInUsers signedInUsers;

  AccountUserDetailsService(Accounts accounts, SignedInUsers signedInUsers) {
    this.accounts = accounts;
    this.signedInUsers = signedInUsers;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    // The sign-in form is read by a security filter, before the door that checks text: a NUL would reach
    // PostgreSQL, which cannot compare it, and answer 500 instead of "wrong username or password".
    if (TextRule.violation(username) != null) {
      throw new UsernameNotFoundException("no such account");
    }
    Account account = accounts.findByUsername(username)
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    return signedInUsers.withPassword(account);
  }
}
