package org.setsafe.escalation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.escalation.domain.Target;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.notify.Recipient;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.springframework.stereotype.Component;

/** Turns a level's targets into people and addresses, as the crew stands when the level is told. */
@Component
class Recipients {

  private final CrewList crewList;
  private final Accounts accounts;

  Recipients(CrewList crewList, Accounts accounts) {
    this.crewList = crewList;
    this.accounts = accounts;
  }

  List<Recipient> of(UUID productionId, List<Target> targets) {
    Set<Recipient> recipients = new LinkedHashSet<>();
    List<Member> crew = crewList.members(productionId);
    for (Target target : targets) {
      switch (target.kind()) {
        case ROLE -> crew.stream().filter(m -> m.holds(CrewRole.valueOf(target.value())))
            .forEach(m -> recipients.add(Recipient.person(m.userId())));
        case PERSON -> recipients.add(Recipient.person(UUID.fromString(target.value())));
        case EMAIL -> recipients.add(Recipient.outsideAddress(target.value()));
        case STUDIO_SAFETY -> accounts.all().stream()
            .filter(a -> a.installationRole() == InstallationRole.STUDIO_SAFETY && a.enabled())
            .map(Account::id).forEach(id -> recipients.add(Recipient.person(id)));
        default -> throw new IllegalStateException();
      }
    }
    return new ArrayList<>(recipients);
  }
}
