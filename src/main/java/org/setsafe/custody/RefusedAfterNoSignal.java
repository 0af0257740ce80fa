package org.setsafe.custody;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.springframework.stereotype.Component;

/**
 * A custody step a phone kept without signal and the server refused when it arrived: the person who took it may
 * have acted for minutes as if it were done (handed the weapon on, walked away from it). The armorer (and property
 * master) and the 1st AD are told at once, in the refusal's own transaction, keyed by the refusal so each hears once.
 */
@Component
class RefusedAfterNoSignal {

  static final Set<CrewRole> TOLD = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER, CrewRole.FIRST_AD);

  private final Notifications notifications;
  private final CrewList crew;

  RefusedAfterNoSignal(Notifications notifications, CrewList crew) {
    this.notifications = notifications;
    this.crew = crew;
  }

  void tell(CustodyRefused refusal) {
    List<Member> members = crew.members(refusal.productionId());
    Object who = members.stream().filter(m -> m.userId().equals(refusal.actorId())).findFirst()
        .<Object>map(Member::displayName).orElse(Words.of("notices.custody.someone"));
    // The step in each reader's words, as a refusal names it; the reason as it was recorded, in the ledger's words.
    Words step = Words.of("reason.custody-action." + refusal.attempted().name());
    String link = "/productions/" + refusal.productionId() + "/custody"
        + (refusal.weaponId() != null ? "/weapons/" + refusal.weaponId() : "");
    Notice notice = new Notice(refusal.productionId(), "custody-refused-after-no-signal/" + refusal.eventId(),
        Words.of("notices.custody.refused-after-no-signal.subject", step),
        Words.of("notices.custody.refused-after-no-signal.text", who, step, refusal.reason(), refusal.rule()), link);
    notifications.send(notice, members.stream().filter(m -> m.roles().stream().anyMatch(TOLD::contains))
        .map(m -> Recipient.person(m.userId())).toList());
  }
}
