package org.setsafe.custody.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.custody.CustodyBoard.HistoryEntry;
import org.setsafe.custody.CustodyBoard.WeaponStatus;
import org.setsafe.custody.domain.CustodyEvents.LoadShowConfirmed;
import org.setsafe.custody.domain.CustodyEvents.LoadShowRefused;
import org.setsafe.custody.domain.CustodyEvents.LoadShown;
import org.setsafe.custody.domain.CustodyEvents.Malfunction;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.ShowClearConfirmed;
import org.setsafe.custody.domain.CustodyEvents.ShowClearRefused;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.custody.domain.CustodyEvents.WeaponDisposed;
import org.setsafe.custody.domain.CustodyEvents.WeaponInspected;
import org.setsafe.custody.domain.CustodyEvents.WeaponIssued;
import org.setsafe.custody.domain.CustodyEvents.WeaponLockedUp;
import org.setsafe.custody.domain.CustodyEvents.WeaponReceived;
import org.setsafe.custody.domain.CustodyEvents.WeaponReturned;
import org.setsafe.custody.domain.CustodyEvents.WeaponReviewed;
import org.setsafe.custody.domain.ShownWords;
import org.setsafe.custody.domain.WeaponState;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.RefusalOnPage;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How custody reads on a phone: people by name, times in the production's time zone, states and rules in the
 * trade's words rather than codes. Public only so that the templates' expressions can call it.
 */
public final class CustodyView {

  private final Production production;
  private final Map<UUID, String> names;
  private final Clock clock;

  CustodyView(Production production, List<Member> crew, Clock clock) {
    this.production = production;
    this.clock = clock;
    this.names = crew.stream().collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
  }

  /** One step of a weapon's history as a line: when, who, what, and the detail that matters. */
  public record Line(int version, String when, String who, String kind, String what, String detail) {}

  public String name(UUID userId) {
    return userId == null ? "" : names.getOrDefault(userId, "someone no longer on the crew");
  }

  public String names(Collection<UUID> userIds) {
    return userIds == null ? "" : userIds.stream().map(this::name).sorted().collect(Collectors.joining(", "));
  }

  /**
   * As every other page says a moment ({@code #when.at}): "22:07 MST" today on the production's clock, with the date
   * on another day. Today comes from the injected clock, so it is the production's today, not the server's.
   */
  public String time(Instant at) {
    return LocalTimes.at(at, production.timeZone(), clock);
  }

  /** Where the weapon is, in words: "With Eli Navarro", "Locked up: Armory truck, safe 2". */
  public String where(WeaponStatus weapon) {
    switch (weapon.state()) {
      case REGISTERED:
        return "On the register, not yet received";
      case WITH_ARMORER:
        return "With the armorer";
      case ISSUED:
        return "With " + name(weapon.holderId());
      case LOCKED_UP:
        return "Locked up" + (weapon.lockUpLocation() == null ? "" : ": " + weapon.lockUpLocation());
      case ON_HOLD:
        return "On hold: review awaited";
      default:
        return "Gone from the production";
    }
  }

  /** Sorts the board: what is in someone's hands first, what is locked away last. */
  int order(WeaponState state) {
    switch (state) {
      case ISSUED:
        return 0;
      case ON_HOLD:
        return 1;
      case WITH_ARMORER:
        return 2;
      case REGISTERED:
        return 3;
      case LOCKED_UP:
        return 4;
      default:
        return 5;
    }
  }

  Line line(HistoryEntry entry) {
    Object event = entry.event();
    String detail = "";
    if (event instanceof WeaponReceived e) {
      detail = "from " + e.receivedFrom();
    } else if (event instanceof WeaponInspected e) {
      detail = e.finding();
    } else if (event instanceof ShownClear e) {
      detail = "to " + names(e.witnesses()) + ": " + lowerFirst(ShownWords.CLEAR);
    } else if (event instanceof ShowClearConfirmed) {
      detail = "saw it empty";
    } else if (event instanceof ShowClearRefused e) {
      detail = e.reason();
    } else if (event instanceof LoadShown e) {
      detail = "to " + names(e.witnesses()) + ": " + lowerFirst(e.shown());
    } else if (event instanceof LoadShowConfirmed e) {
      detail = "saw: " + e.shown();
    } else if (event instanceof LoadShowRefused e) {
      detail = e.reason();
    } else if (event instanceof WeaponIssued e) {
      detail = "to " + name(e.performerId());
    } else if (event instanceof WeaponReturned e) {
      detail = "from " + name(e.returnedBy());
    } else if (event instanceof WeaponLockedUp e) {
      detail = e.location() + (e.loadedReason() == null ? "" : "; locked up loaded: " + e.loadedReason());
    } else if (event instanceof Misfire e) {
      detail = e.description() == null ? "" : e.description();
    } else if (event instanceof WeaponReviewed e) {
      detail = e.finding();
    } else if (event instanceof RoundsDischarged e) {
      detail = e.count() + (e.count() == 1 ? " round" : " rounds");
    } else if (event instanceof Malfunction e) {
      detail = e.description();
    } else if (event instanceof WeaponDisposed e) {
      detail = e.disposition() + ": " + e.recipient();
    }
    return new Line(entry.version(), time(entry.occurredAt()), name(entry.actorId()), entry.kind(),
        kindInWords(entry.kind()), detail);
  }

  private static String lowerFirst(String words) {
    return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
  }

  /** "custody.show-clear-confirmed" reads "Show-clear confirmed". */
  static String kindInWords(String kind) {
    String words = kind.startsWith("custody.") ? kind.substring("custody.".length()) : kind;
    words = words.replace("show-clear", "show\u2011clear").replace("lock-up", "lock\u2011up").replace('-', ' ')
        .replace('\u2011', '-').replace("weapon ", "");
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static final Map<String, String> RULES = Map.ofEntries(
      Map.entry("custody.show-clear-before-issue", "Show-clear before issue"),
      Map.entry("custody.only-armorer-handles", "Only the armorer hands out and collects weapons"),
      Map.entry("custody.issue-only-to-performer-on-todays-scene", "Issue only to a performer in today's scene"),
      Map.entry("custody.firearms-hold", "Every firearm on hold (stand-down)"),
      Map.entry("custody.scene-hold", "Scene held for an incident"),
      Map.entry("custody.stop-work", "Work is stopped"),
      Map.entry("custody.unreconciled-day", "An earlier day's round count is not settled"),
      Map.entry("custody.weapon-hold-after-misfire", "Weapon on hold after a misfire"),
      Map.entry("custody.order-of-custody", "Order of custody"),
      Map.entry("custody.rounds-from-verified-lots", "Rounds only from verified lots"),
      Map.entry("custody.only-firearms-are-loaded", "Only firearms are loaded"),
      Map.entry("custody.never-unattended", "Never unattended"),
      Map.entry("custody.armorer-has-no-other-duties", "The armorer has no other duties"),
      Map.entry("custody.safety-roles-apart", "The safety advisor and the 1st AD hold no second safety role"),
      Map.entry("custody.rounds-reconcile", "Rounds must reconcile"),
      Map.entry("custody.rounds-on-hand", "Rounds leave only from where they are"),
      Map.entry("custody.inspect-after-malfunction", "Inspect after a malfunction"),
      Map.entry("custody.show-what-is-in-it", "Show what is in it: clear only when empty, otherwise the load"),
      Map.entry("custody.lock-up-unloaded", "Unloaded before lock-up, or the reason written"),
      Map.entry("protocol.no-blanks-without-discharge", "No blanks where the plan fires nothing"),
      Map.entry("protocol.weapon-plan", "A signed weapon plan for the scene"),
      Map.entry("protocol.risk-assessment", "A signed risk assessment"),
      Map.entry("briefing.safety-meeting", "A safety meeting today before weapons are handed out"),
      Map.entry("staffing.dedicated-armorer", "A dedicated armorer on a firearms day"),
      Map.entry("staffing.armorer-double-booked", "The armorer on one production at a time"),
      Map.entry("staffing.rest-and-hours", "Rest between days and limited hours"),
      Map.entry("training.firearms-safety", "Firearms safety training before handling a firearm"),
      Map.entry("training.current-qualification", "A current qualification"));

  /** A custody refusal as its page shows it, with who can fix it and where ({@code templates/refusal.html}). */
  static RefusalOnPage refused(RuleRefusedException e) {
    return refused(e, null);
  }

  /** As {@link #refused(RuleRefusedException)}, about the scene the refused step named. */
  static RefusalOnPage refused(RuleRefusedException e, UUID sceneId) {
    return new RefusalOnPage(ruleInWords(e.rule()), e.rule(),
        e.reasonIn(ReadersWords.messages(), LocaleContextHolder.getLocale()), e.refusalId(), sceneId);
  }

  /** A gate's rule from another module reads by its name alone: "protocol.weapon-plan" reads "Weapon plan". */
  static String ruleInWords(String rule) {
    if (rule == null) {
      return "A safety rule";
    }
    return RULES.getOrDefault(rule, kindInWords(rule.startsWith("custody.") ? rule : rule.substring(rule.indexOf('.') + 1)));
  }
}
