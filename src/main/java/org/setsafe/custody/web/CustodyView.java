package org.setsafe.custody.web;

import org.setsafe.shared.ReadersWords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.custody.CustodyBoard.HistoryEntry;
import org.setsafe.custody.CustodyBoard.OpenFind;
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
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.custody.domain.UnattendedWords;
import org.setsafe.custody.domain.WatchCheckpoint;
import org.setsafe.custody.domain.ShownWords;
import org.setsafe.custody.domain.WeaponState;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.RefusalOnPage;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.Refusal.Said;
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
    return userId == null ? "" : names.getOrDefault(userId, CustodyWords.say("custody.line.someone-gone"));
  }

  public String names(Collection<UUID> userIds) {
    return userIds == null ? "" : userIds.stream().map(this::name).sorted().collect(Collectors.joining(", "));
  }

  /**
   * As every other page says a moment ({@code #when.at}): "22:07 MST" today on the production's clock, with the date
   * on another day. Today comes from the injected clock, so it is the production's today, not the server's.
   */
  public String time(Instant at) {
    return LocalTimes.at(at, production.timeZone(), clock, LocaleContextHolder.getLocale());
  }

  /** Where the weapon is, in words: "With Eli Navarro", "Locked up: Armory truck, safe 2". */
  public String where(WeaponStatus weapon) {
    switch (weapon.state()) {
      case REGISTERED:
        return CustodyWords.say("custody.where.registered");
      case WITH_ARMORER:
        return CustodyWords.say("custody.where.with-armorer");
      case ISSUED:
        return CustodyWords.say("custody.where.issued", name(weapon.holderId()));
      case LOCKED_UP:
        return weapon.lockUpLocation() == null ? CustodyWords.say("custody.where.locked-up")
            : CustodyWords.say("custody.where.locked-up-at", weapon.lockUpLocation());
      case ON_HOLD:
        return CustodyWords.say("custody.where.on-hold");
      default:
        return CustodyWords.say("custody.where.gone");
    }
  }

  /**
   * A hold's heading in the reader's words, "Live round found: prop cart": what put it on from the bundle, the place
   * as the person who found it typed it. The English is {@link FirearmsHold.Reason#title()}, which records and the
   * API keep.
   */
  public String findTitle(FirearmsHold.Reason find) {
    return holdTitle(find.cause(), find.where(), find.title());
  }

  /** As {@link #findTitle}, for a hold the board lists ("Accidental discharge"). */
  public String holdTitle(OpenFind find) {
    return holdTitle(find.cause(), find.where(), find.what());
  }

  /** The holds on a weapon's page, one after another: "Accidental discharge; Live round found: prop cart". */
  public String holdTitles(List<OpenFind> finds) {
    return finds.stream().map(this::holdTitle).collect(Collectors.joining("; "));
  }

  /**
   * The watch's recorded reason for an unattended weapon, in the reader's words from the parts it keeps beside it; an
   * alert recorded before they were kept reads as recorded.
   */
  public String unattendedReason(WeaponLeftUnattended alert) {
    return CustodyWords.say(UnattendedWords.saying(alert.parts(), alert.reason()), alert.reason());
  }

  /** A day as a page names it, in the reader's language: "Mon 7 Dec", "lun 7 dic". */
  public String day(LocalDate day) {
    return DateTimeFormatter.ofPattern(CustodyWords.say("date.short"), LocaleContextHolder.getLocale()).format(day);
  }

  /**
   * The checkpoint the watch recorded a finding under ("meal-break:2026-12-07") as people say it: "the meal break on
   * Mon 7 Dec", "wrap on Mon 7 Dec", "the idle limit"; a name of another shape as recorded.
   */
  public Object checkpoint(String recorded) {
    WatchCheckpoint checkpoint = WatchCheckpoint.of(recorded);
    return switch (checkpoint.kind()) {
      case MEAL_BREAK -> Said.of("custody.holds.alert.at.meal-break", day(checkpoint.date()));
      case WRAP -> Said.of("custody.holds.alert.at.wrap", day(checkpoint.date()));
      case DAY_END -> Said.of("custody.found.at.day-end", day(checkpoint.date()));
      case IDLE -> Said.of("custody.holds.alert.at.idle");
      case OTHER -> recorded;
    };
  }

  private static String holdTitle(FirearmsHold.Cause cause, String where, String english) {
    Said what = Said.of("custody.studio.hold." + cause.name());
    return ReadersWords.say(where == null ? what : Said.of("custody.studio.hold.where", what, where), english);
  }

  /**
   * The roles a hold or a review awaits, as a sentence names them in the reader's words: "producer and safety
   * advisor", "productor y asesor de seguridad", in the order given. Lower case, as the English always read.
   */
  public String roles(Collection<CrewRole> roles) {
    String english = String.join(" and ", roles.stream().map(CrewRole::label).toList()).toLowerCase();
    return roles.isEmpty() ? english : ReadersWords.say(Said.joined("custody.words.and",
        roles.stream().map(role -> (Object) Said.of("reason.role." + role.name())).toList()), english);
  }

  /** One role inside a sentence, lower case: "safety advisor", "asesor de seguridad". */
  public String role(CrewRole role) {
    return role == null ? "" : roles(List.of(role));
  }

  /** The roles as their names read on their own, capital and all: "Armorer and Safety advisor". */
  public String roleNames(Collection<CrewRole> roles) {
    String english = String.join(" and ", roles.stream().map(CrewRole::label).toList());
    return roles.isEmpty() ? english : ReadersWords.say(Said.joined("custody.words.and",
        roles.stream().map(role -> (Object) role.said()).toList()), english);
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
      detail = CustodyWords.say("custody.line.from", e.receivedFrom());
    } else if (event instanceof WeaponInspected e) {
      detail = e.finding();
    } else if (event instanceof ShownClear e) {
      detail = CustodyWords.say("custody.line.shown-to", names(e.witnesses()), lowerFirst(ShownWords.CLEAR));
    } else if (event instanceof ShowClearConfirmed) {
      detail = CustodyWords.say("custody.line.saw-it-empty");
    } else if (event instanceof ShowClearRefused e) {
      detail = e.reason();
    } else if (event instanceof LoadShown e) {
      detail = CustodyWords.say("custody.line.shown-to", names(e.witnesses()), lowerFirst(e.shown()));
    } else if (event instanceof LoadShowConfirmed e) {
      detail = CustodyWords.say("custody.line.saw", e.shown());
    } else if (event instanceof LoadShowRefused e) {
      detail = e.reason();
    } else if (event instanceof WeaponIssued e) {
      detail = CustodyWords.say("custody.line.to", name(e.performerId()));
    } else if (event instanceof WeaponReturned e) {
      detail = CustodyWords.say("custody.line.from", name(e.returnedBy()));
    } else if (event instanceof WeaponLockedUp e) {
      detail = e.loadedReason() == null ? e.location()
          : CustodyWords.say("custody.line.locked-up-loaded", e.location(), e.loadedReason());
    } else if (event instanceof Misfire e) {
      detail = e.description() == null ? "" : e.description();
    } else if (event instanceof WeaponReviewed e) {
      detail = e.finding();
    } else if (event instanceof RoundsDischarged e) {
      detail = e.count() == 1 ? CustodyWords.say("custody.line.one-round")
          : CustodyWords.say("custody.line.rounds", String.valueOf(e.count()));
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

  /**
   * "custody.show-clear-confirmed" reads "Show-clear confirmed", in the reader's language from the bundle
   * ({@code custody.step.show-clear-confirmed}); a kind the bundle does not name reads as its code in words.
   */
  static String kindInWords(String kind) {
    String code = kind.startsWith("custody.") ? kind.substring("custody.".length()) : kind;
    return CustodyWords.find("custody.step." + code).orElseGet(() -> codeInWords(kind));
  }

  /** The English a kind's code spells, "custody.lock-up-overdue" as "Lock-up overdue": the bundle's fallback. */
  static String codeInWords(String kind) {
    String words = kind.startsWith("custody.") ? kind.substring("custody.".length()) : kind;
    words = words.replace("show-clear", "show\u2011clear").replace("lock-up", "lock\u2011up").replace('-', ' ')
        .replace('\u2011', '-').replace("weapon ", "");
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A custody refusal as its page shows it, with who can fix it and where ({@code templates/refusal.html}). */
  static RefusalOnPage refused(RuleRefusedException e) {
    return refused(e, null);
  }

  /** As {@link #refused(RuleRefusedException)}, about the scene the refused step named. */
  static RefusalOnPage refused(RuleRefusedException e, UUID sceneId) {
    return new RefusalOnPage(ruleInWords(e.rule()), e.rule(),
        e.reasonIn(ReadersWords.messages(), LocaleContextHolder.getLocale()), e.refusalId(), sceneId);
  }

  /**
   * A rule in the reader's language, from the bundle ({@code custody.rule.<rule>}, "Show-clear before issue"); a
   * gate's rule from another module the bundle does not name reads by its name alone: "protocol.weapon-plan" reads
   * "Weapon plan".
   */
  static String ruleInWords(String rule) {
    if (rule == null) {
      return CustodyWords.say("custody.rule.unknown");
    }
    return CustodyWords.find("custody.rule." + rule).orElseGet(() -> codeInWords(
        rule.startsWith("custody.") ? rule : rule.substring(rule.indexOf('.') + 1)));
  }
}
