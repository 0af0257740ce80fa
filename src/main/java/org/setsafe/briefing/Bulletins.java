package org.setsafe.briefing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.briefing.BriefingEvents.BulletinAcknowledged;
import org.setsafe.briefing.BriefingEvents.BulletinAttached;
import org.setsafe.briefing.domain.BulletinStore;
import org.setsafe.briefing.domain.BulletinStore.StoredAcknowledgment;
import org.setsafe.briefing.domain.BulletinStore.StoredBulletin;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety bulletins attached to the call sheet (industry safety bulletin #1: bulletins attached to the call sheet
 * and acknowledged): the safety advisor attaches one to a day or to every day from a date; each crew member
 * acknowledges each bulletin once, signed in as themselves. Every member of the production sees who has and who
 * has not.
 */
@Service
public class Bulletins {

  public static final int MAX_TITLE = 200;
  public static final int MAX_REFERENCE = 120;
  public static final int MAX_TEXT = 8000;

  /** What the safety advisor attaches: on {@code from} only, or on every day from it when {@code everyDay}. */
  public record NewBulletin(String title, String reference, String text, LocalDate from, boolean everyDay) {}

  public record Bulletin(UUID id, UUID productionId, String title, String reference, String text, LocalDate from,
      boolean everyDay, UUID attachedBy, Instant attachedAt) {}

  /** Someone who acknowledged, and when. */
  public record Acknowledgment(UUID userId, String name, Instant acknowledgedAt) {}

  /** A member who has not acknowledged yet. */
  public record Person(UUID userId, String name) {}

  /** One bulletin attached to the day: who acknowledged it and when, and which members did not (yet). */
  public record BulletinAcknowledgments(Bulletin bulletin, List<Acknowledgment> acknowledged, List<Person> notYet) {}

  private final BulletinStore store;
  private final ProductionAccess access;
  private final Productions productions;
  private final Schedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Bulletins(BulletinStore store, ProductionAccess access, Productions productions, Schedule schedule,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.access = access;
    this.productions = productions;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
  }

  /** The safety advisor attaches a bulletin to the call sheet of one day, or of every day from that date. */
  @Transactional
  public Bulletin attach(UUID productionId, NewBulletin input) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = SignedInUser.current().orElseThrow();
    if (!productions.rolesOf(productionId, caller.id()).orElse(Set.of()).contains(CrewRole.SAFETY_ADVISOR)) {
      SecurityAudit.accessRefused(caller.getUsername(), "attach a safety bulletin on " + productionId,
          "role does not allow it");
      throw new AccessRefusedException("Only the production's safety advisor attaches safety bulletins.")
          .saying("input.briefing.not-allowed.bulletin-attach");
    }
    if (input == null) {
      throw new InvalidInputException("title", "Required", "title, reference, text and from are required")
          .saying("input.briefing.bulletin.required");
    }
    String title = Text.required("title", input.title(), MAX_TITLE);
    String reference = Text.required("reference", input.reference(), MAX_REFERENCE);
    String text = Text.required("text", input.text(), MAX_TEXT);
    if (input.from() == null) {
      throw new InvalidInputException("from", "Required", "from is required: the day (or first day) it applies to")
          .saying("input.briefing.bulletin.from-required");
    }
    if (input.from().isBefore(Schedule.EARLIEST) || input.from().isAfter(Schedule.LATEST)) {
      throw new InvalidInputException("from", "Range",
          "from must be between " + Schedule.EARLIEST + " and " + Schedule.LATEST)
          .saying("input.briefing.bulletin.from-range", Schedule.EARLIEST, Schedule.LATEST);
    }
    Instant now = clock.instant();
    StoredBulletin bulletin = new StoredBulletin(UUID.randomUUID(), productionId, title, reference, text, input.from(),
        input.everyDay(), caller.id(), now);
    store.insertBulletin(bulletin);
    events.publishEvent(new BulletinAttached(UUID.randomUUID(), caller.id(), now, productionId, bulletin.id(), title,
        reference, text, input.from(), input.everyDay()));
    return view(bulletin);
  }

  /**
   * The signed-in member acknowledges the bulletin: once, and only for themselves ({@code personId}, when given,
   * must be the caller).
   */
  @Transactional
  public Acknowledgment acknowledge(UUID productionId, UUID bulletinId, UUID personId) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = SafetyMeetings.themselves(productionId, personId, productions, "a safety bulletin",
        Said.of("input.briefing.acknowledged.bulletin"));
    StoredBulletin bulletin = store.lockBulletin(productionId, bulletinId)
        .orElseThrow(() -> new NotFoundException("no safety bulletin " + bulletinId + " on this production")
            .saying("input.briefing.not-found.bulletin", bulletinId));
    store.acknowledgmentsOf(List.of(bulletin.id())).stream().filter(a -> a.userId().equals(caller.id())).findFirst()
        .ifPresent(a -> {
          throw new ConflictException("bulletinId", "Once", "you acknowledged this bulletin at " + a.acknowledgedAt())
              .saying("input.briefing.bulletin.acknowledged", a.acknowledgedAt());
        });
    Instant now = clock.instant();
    UUID factId = UUID.randomUUID();
    store.insertAcknowledgment(new StoredAcknowledgment(bulletin.id(), caller.id(), factId, now));
    events.publishEvent(new BulletinAcknowledged(factId, caller.id(), now, productionId, bulletin.id()));
    return new Acknowledgment(caller.id(), caller.displayName(), now);
  }

  /** Every bulletin of the production, in the order attached. */
  public List<Bulletin> all(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return allOf(productionId);
  }

  /** {@link #all} with no one's access checked: for the pre-production check, which refuses no one. */
  List<Bulletin> allOf(UUID productionId) {
    return store.bulletins(productionId).stream().map(Bulletins::view).toList();
  }

  /** The bulletins attached to the production's call sheet of that day. */
  public List<Bulletin> on(UUID productionId, LocalDate date) {
    access.require(productionId, Permission.VIEW);
    return store.bulletins(productionId).stream().filter(b -> b.appliesOn(date)).map(Bulletins::view).toList();
  }

  /**
   * For each bulletin attached to that day: who acknowledged it and when, and which members of the production have
   * not. For the call sheet and the bulletins page; needs the caller to see the production.
   */
  public List<BulletinAcknowledgments> acknowledgments(UUID productionId, LocalDate date) {
    List<Member> crew = productions.members(productionId);
    List<StoredBulletin> bulletins = store.bulletins(productionId).stream().filter(b -> b.appliesOn(date)).toList();
    Map<UUID, List<StoredAcknowledgment>> byBulletin = store.acknowledgmentsOf(
            bulletins.stream().map(StoredBulletin::id).toList()).stream()
        .collect(Collectors.groupingBy(StoredAcknowledgment::bulletinId));
    Map<UUID, String> names = SafetyMeetings.names(crew);
    return bulletins.stream().map(b -> {
      List<StoredAcknowledgment> acks = byBulletin.getOrDefault(b.id(), List.of());
      Set<UUID> who = acks.stream().map(StoredAcknowledgment::userId).collect(Collectors.toSet());
      return new BulletinAcknowledgments(view(b),
          acks.stream().map(a -> new Acknowledgment(a.userId(), names.getOrDefault(a.userId(), "Former crew member"),
              a.acknowledgedAt())).toList(),
          crew.stream().filter(m -> !who.contains(m.userId())).sorted(Comparator.comparing(Member::displayName))
              .map(m -> new Person(m.userId(), m.displayName())).toList());
    }).toList();
  }

  /** The bulletins on today's call sheet the signed-in person has not acknowledged yet. */
  public List<Bulletin> awaitingMe(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    UUID me = SignedInUser.current().orElseThrow().id();
    if (productions.rolesOf(productionId, me).isEmpty()) {
      return List.of();
    }
    LocalDate today = schedule.today(production);
    List<StoredBulletin> todays = store.bulletins(productionId).stream().filter(b -> b.appliesOn(today)).toList();
    Set<UUID> acknowledged = store.acknowledgmentsOf(todays.stream().map(StoredBulletin::id).toList()).stream()
        .filter(a -> a.userId().equals(me)).map(StoredAcknowledgment::bulletinId).collect(Collectors.toSet());
    return todays.stream().filter(b -> !acknowledged.contains(b.id())).map(Bulletins::view).toList();
  }

  /** Whether the signed-in person attaches bulletins here (the safety advisor). */
  public boolean mayAttach(UUID productionId) {
    return SignedInUser.current().map(u -> productions.rolesOf(productionId, u.id()).orElse(Set.of())
        .contains(CrewRole.SAFETY_ADVISOR)).orElse(false);
  }

  private static Bulletin view(StoredBulletin b) {
    return new Bulletin(b.id(), b.productionId(), b.title(), b.reference(), b.body(), b.appliesFrom(), b.everyDay(),
        b.attachedBy(), b.attachedAt());
  }
}
