package org.setsafe.demo;

import java.util.function.Supplier;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUsers;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of the demo's seeding signed in as one of the demo crew, so every step goes through the same
 * services, the same permission checks and the same ledger facts as when that person does it on their phone.
 */
@Component
class ActingAs {

  private final Accounts accounts;
  private final SignedInUsers signedInUsers;

  ActingAs(Accounts accounts, SignedInUsers signedInUsers) {
    this.accounts = accounts;
    this.signedInUsers = signedInUsers;
  }

  <T> T call(String username, Supplier<T> work) {
    return signedInUsers.withoutPassword(accounts.findByUsername(username).orElseThrow()).call(work);
  }

  void run(String username, Runnable work) {
    call(username, () -> {
      work.run();
      return null;
    });
  }
}
