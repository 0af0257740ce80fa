package org.setsafe.operations;

import java.util.List;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.notify.Recipient;
import org.springframework.stereotype.Component;

/** Who is told when SetSafe itself is in trouble: every enabled administrator and studio safety account. */
@Component
class AlarmWatchers {

  private final Accounts accounts;

  AlarmWatchers(Accounts accounts) {
    this.accounts = accounts;
  }

  List<Recipient> all() {
    return accounts.all().stream()
        .filter(Account::enabled)
        .filter(a -> a.installationRole() == InstallationRole.ADMINISTRATOR
            || a.installationRole() == InstallationRole.STUDIO_SAFETY)
        .map(a -> Recipient.person(a.id()))
        .toList();
  }
}
