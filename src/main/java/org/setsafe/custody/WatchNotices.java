package org.setsafe.custody;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.DayNotReconciled;
import org.setsafe.custody.domain.CustodyEvents.LockUpOverdue;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.custody.domain.DayFindings;
import org.setsafe.custody.domain.UnattendedWords;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.shared.Refusal.Said;
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
    // Each reader's language; what the watch found is said from the parts kept beside its English, or as recorded.
    if (fact instanceof WeaponLeftUnattended alert) {
      return new Notice(production.id(), key, Words.of("notices.watch.unattended.subject", production.name()),
          Words.of("notices.watch.unattended.text",
          found(UnattendedWords.saying(alert.parts(), alert.reason()), alert.reason())), link);
    }
    if (fact instanceof LockUpOverdue overdue) {
      return new Notice(production.id(), key, Words.of("notices.watch.overdue.subject", production.name()),
          Words.of("notices.watch.overdue.text",
          found(UnattendedWords.saying(overdue.parts(), overdue.reason()), overdue.reason())), link);
    }
    if (fact instanceof DayNotReconciled day) {
      return new Notice(production.id(), key, Words.of("notices.watch.count.subject", production.name()),
          Words.of("notices.watch.count.text",
          found(DayFindings.saying(day.parts(), day.findings()), day.findings())), link);
    }
    return null;
  }

  /** The finding as the notice's words: its parts' words, whose English is the record's, or the English itself. */
  private static Object found(Said said, String english) {
    return said == null ? english : words(said);
  }

  private static Words words(Said said) {
    return new Words(said.key(), said.args().stream().map(arg -> arg instanceof Said nested ? words(nested) : arg)
        .toList());
  }
}
