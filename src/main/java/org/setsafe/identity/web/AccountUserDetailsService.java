package org.setsafe.identity.web;

import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUsers;
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
    Account account = accounts.findByUsername(username)
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    return signedInUsers.withPassword(account);
  }
}
