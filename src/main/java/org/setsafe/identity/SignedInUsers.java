package org.setsafe.identity;

import org.setsafe.identity.domain.AccountStore;
import org.springframework.stereotype.Component;

/** Builds the request principal from an account; the only place a password hash leaves the store. */
@Component
public class SignedInUsers {

  private final AccountStore store;

  SignedInUsers(AccountStore store) {
    this.store = store;
  }

  public SignedInUser withPassword(Account account) {
    return new SignedInUser(account, store.passwordHash(account.id()).orElse(null), store.sessionGeneration(account.id()));
  }

  public SignedInUser withoutPassword(Account account) {
    return new SignedInUser(account, null, store.sessionGeneration(account.id()));
  }

  /** As {@link #withoutPassword(Account)}, with the session generation read along with the account. */
  SignedInUser withoutPassword(Account account, int sessionGeneration) {
    return new SignedInUser(account, null, sessionGeneration);
  }
}
