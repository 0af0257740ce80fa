package org.setsafe.custody;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.DayNotReconciled;
import org.setsafe.custody.domain.CustodyEvents.LockUpOverdue;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.springframework.stereotype.Component;

/**
 * What the watch finds reaches the people who act on it at once, not only when a report climbs the escalation
 * ladder: the armorer (and property master), the 1st AD and the safety advisor, in their inbox and by email, and
 * on the production's webhook. Sent in the transaction that records the fact, keyed by the fact, so a fact is told
 * once to each of them however often the sweep runs.
 */
@Component
class WatchNotices {

  /** Who must hear: the one who locks it up, the one who runs the set, the one who may halt it. */
  static final Set<CrewRole> TOLD = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER, CrewRole.FIRST_AD,
      CrewRole.SAFETY_ADVISOR);

  private final Notifications notifications;
  private final CrewList crew;

  WatchNotices(Notifications notifications, CrewList crew) {
    this.notifications = notifications;
    this.crew = crew;
  }

  void tell(Production production, CustodyEvent fact) {
    Notice notice = notice(production, fact);
    if (notice == null) {
      return;
    }
    List<Recipient> people = crew.members(production.id()).stream()
        .filter(member -> member.roles().stream().anyMatch(TOLD::contains))
        .map(member -> Recipient.person(member.userId())).toList();
    notifications.send(notice, people);
  }

  private static Notice notice(Production production, CustodyEvent fact) {
    String key = "custody-watch/" + fact.eventId();
    String link = "/productions/" + production.id() + "/custody/watch";
    // Each reader's language; what the watch found is said as it was recorded, in the ledger's words.
    if (fact instanceof WeaponLeftUnattended alert) {
      return new Notice(production.id(), key, Words.of("notices.watch.unattended.subject", production.name()),
          Words.of("notices.watch.unattended.text", alert.reason()), link);
    }
    if (fact instanceof LockUpOverdue overdue) {
      return new Notice(production.id(), key, Words.of("notices.watch.overdue.subject", production.name()),
          Words.of("notices.watch.overdue.text", overdue.reason()), link);
    }
    if (fact instanceof DayNotReconciled day) {
      return new Notice(production.id(), key, Words.of("notices.watch.count.subject", production.name()),
          Words.of("notices.watch.count.text", day.findings()), link);
    }
    return null;
  }
}
