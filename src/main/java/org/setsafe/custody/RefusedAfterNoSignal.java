package org.setsafe.custody;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
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
    String who = members.stream().filter(m -> m.userId().equals(refusal.actorId())).map(Member::displayName)
        .findFirst().orElse("Someone");
    String step = refusal.attempted().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String link = "/productions/" + refusal.productionId() + "/custody"
        + (refusal.weaponId() != null ? "/weapons/" + refusal.weaponId() : "");
    Notice notice = new Notice(refusal.productionId(), "custody-refused-after-no-signal/" + refusal.eventId(),
        "[SetSafe] Refused when signal returned: " + step,
        who + "'s phone kept a custody step (" + step + ") while it had no signal. When it was sent, SetSafe refused "
            + "it: " + refusal.reason() + " (" + refusal.rule() + "). It is NOT recorded. Whoever acted on it must "
            + "stop and check the weapon with the armorer now.", link);
    notifications.send(notice, members.stream().filter(m -> m.roles().stream().anyMatch(TOLD::contains))
        .map(m -> Recipient.person(m.userId())).toList());
  }
}
