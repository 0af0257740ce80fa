package org.setsafe.incident;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.briefing.SafetyContact;
import org.setsafe.briefing.SupportContacts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.AftermathEvents.CounsellingContactNamed;
import org.setsafe.incident.AftermathEvents.DebriefScheduled;
import org.setsafe.incident.AftermathEvents.SupportOffered;
import org.setsafe.incident.IncidentEvents.IncidentOpened;
import org.setsafe.incident.domain.AftermathStore;
import org.setsafe.incident.domain.AftermathStore.Debrief;
import org.setsafe.incident.domain.AftermathStore.Offer;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.incident.domain.SeriousIncident;
import org.setsafe.incident.domain.WhoAnsweredPolicy;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.production.Production;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.Dated;
import org.setsafe.shared.FormerMember;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.setsafe.staffing.WhoWasThere;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care after a serious incident ({@link SeriousIncident}): support offered to everyone on the production that day
 * with the counselling and employee-assistance contacts from the call sheet, through the inbox and email; check-ins
 * a day, a week and four weeks later that each person may decline (declining stops the rest); a group debrief.
 *
 * <p>Who was there that day: everyone on that shooting day's roster or with hours recorded for that date (staffing),
 * and everyone named in the incident; when staffing knows nobody for the day, the whole crew, since offering support
 * to someone who was not there costs a message and missing someone who was costs far more.
 *
 * <p>Privacy: who accepted, who declined and who comes to the debrief are read by the counselling contact only
 * ({@link WhoAnsweredPolicy}); what anyone says is not recorded at all (no free text is taken); notices about care
 * never go to the production's webhook; the ledger hears only that support was offered to so many people and that
 * a debrief was scheduled.
 */
@Service
public class CareAfterIncidents {

  /** What a crew member sees of one offer: contacts, their own answer, the check-ins, the debrief. */
  public record SupportView(UUID offerId, UUID incidentId, String incident, Instant offeredAt, String offeredAtOnSet,
      List<ContactView> contacts, SupportAnswer answer, List<CheckInView> checkIns, DebriefView debrief,
      IncidentNamed about, @JsonIgnore Said incidentSaid) {}

  /** A contact: {@code kindCode} the kind's code, so a page can name the kind in its reader's language. */
  public record ContactView(String kind, String name, String phone, String hours, String notes, String kindCode) {}

  /**
   * Which incident the support follows, as facts rather than words, so a page says it in its reader's language
   * ({@code incident} says it in English); null when the incident cannot be read.
   */
  public record IncidentNamed(IncidentKind kind, Instant happenedAt, String where) {}

  /** A check-in: when it falls due on the production's clock, whether it was sent, whether it still will be. */
  public record CheckInView(CheckIn which, Instant dueAt, String dueAtOnSet, boolean sent, boolean cancelled) {}

  /** The debrief: when and where; {@code attending} the reader's own answer (null: not said). */
  public record DebriefView(Instant startsAt, String startsAtOnSet, String where, Boolean attending) {}

  /** Who accepted or declined, for the counselling contact only. */
  public record AnswersView(UUID offerId, String incident, int offeredTo, List<PersonAnswer> people,
      DebriefView debrief, IncidentNamed about) {}

  /** One person's answers: {@code answer} null when they have not said; {@code attending} null likewise. */
  public record PersonAnswer(UUID userId, String name, SupportAnswer answer, Boolean attending) {}

  public record OfferSummary(UUID offerId, UUID incidentId, String incident, String offeredAtOnSet, int people,
      boolean mayReadAnswers) {}

  private final AftermathStore store;
  private final IncidentStore incidents;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final WhoWasThere staffing;
  private final SupportContacts contacts;
  private final Notifications notifications;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final WhoAnsweredPolicy privacy = new WhoAnsweredPolicy();

  CareAfterIncidents(AftermathStore store, IncidentStore incidents, IncidentDesk desk, CrewList crew,
      WhoWasThere staffing, SupportContacts contacts, Notifications notifications,
      ObjectProvider<SchedulerClient> scheduler, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.desk = desk;
    this.crew = crew;
    this.staffing = staffing;
    this.contacts = contacts;
    this.notifications = notifications;
    this.scheduler = scheduler;
    this.events = events;
    this.clock = clock;
  }

  // ---- offering ----

  /** A serious incident offers support once it is committed; once per incident however often it is delivered. */
  @ApplicationModuleListener
  void on(IncidentOpened opened) {
    if (SeriousIncident.offersSupport(opened.incidentKind(), opened.severity())) {
      incidents.incident(opened.productionId(), opened.incidentId()).ifPresent(this::offer);
    }
  }

  /** Offers support for the incident to everyone on the production that day, unless it already was. */
  @Transactional
  public void offer(Incident incident) {
    if (store.offerFor(incident.id()).isPresent()) {
      return;
    }
    Production production = crew.production(incident.productionId());
    ZoneId zone = production.timeZone();
    Set<UUID> onCrew = crew.members(production.id()).stream().map(Member::userId).collect(Collectors.toSet());
    LocalDate day = incident.happenedAt().atZone(zone).toLocalDate();
    Set<UUID> people = new LinkedHashSet<>(staffing.on(production.id(), day));
    if (people.isEmpty()) {
      people.addAll(onCrew);
    }
    incident.people().stream().filter(p -> p.userId() != null).forEach(p -> people.add(p.userId()));
    people.retainAll(onCrew);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Offer offer = new Offer(UUID.randomUUID(), production.id(), incident.id(), now, people.size());
    if (!store.insertOffer(offer, people)) {
      return;
    }
    // Each person reads it in their own language; names, phone numbers and places as they were written.
    Words text = Words.of("notices.care.offered.text", describe(incident, zone), contactLines(production.id()));
    notifications.send(new Notice(null, "care/" + offer.id() + "/offered", Words.of("notices.care.offered.subject"),
        text, supportLink(production.id())), people.stream().map(Recipient::person).toList());
    for (CheckIn which : CheckIn.values()) {
      Instant due = dueAt(offer, which, zone);
      scheduler.getObject().scheduleIfNotExists(ReportingClockTimers.checkIn(offer.id(), which, due), due);
    }
    events.publishEvent(new SupportOffered(UUID.randomUUID(), production.id(), null, now, incident.id(), offer.id(),
        people.size()));
  }

  /** A check-in fell due: each person who has not declined hears from us once. */
  @Transactional
  public void checkIn(UUID offerId, CheckIn which, Instant dueAt) {
    Offer offer = store.offerById(offerId).orElse(null);
    if (offer == null) {
      return;
    }
    Instant now = clock.instant();
    Words after = Words.of("notices.care.after." + which.name());
    Words text = Words.of("notices.care.check-in.text", after, contactLines(offer.productionId()));
    for (UUID person : store.people(offerId)) {
      if (store.answer(offerId, person).filter(a -> a == SupportAnswer.DECLINED).isPresent()) {
        continue;
      }
      if (store.insertCheckIn(offerId, person, which, dueAt, now)) {
        notifications.send(new Notice(null, "care/" + offerId + "/" + which.name(),
            Words.of("notices.care.check-in.subject", after), text,
            supportLink(offer.productionId())), List.of(Recipient.person(person)));
      }
    }
  }

  // ---- the crew member ----

  /** The support offered to the signed-in person on the production, newest first. */
  @Transactional(readOnly = true)
  public List<SupportView> mine(UUID productionId) {
    OnSet me = desk.viewer(productionId);
    ZoneId zone = me.production().timeZone();
    List<ContactView> contacts = contacts(productionId);
    return store.offersTo(productionId, me.userId()).stream().map(o -> {
      SupportAnswer answer = store.answer(o.id(), me.userId()).orElse(null);
      List<CheckIn> sent = store.checkInsSent(o.id(), me.userId());
      List<CheckInView> checkIns = new ArrayList<>();
      for (CheckIn which : CheckIn.values()) {
        Instant due = dueAt(o, which, zone);
        checkIns.add(new CheckInView(which, due, LocalTimes.dated(due, zone), sent.contains(which),
            !sent.contains(which) && answer == SupportAnswer.DECLINED));
      }
      return new SupportView(o.id(), o.incidentId(), incidentWords(o, zone), o.offeredAt(),
          LocalTimes.dated(o.offeredAt(), zone), contacts, answer, checkIns, debrief(o.id(), me.userId(), zone),
          named(o), incidentSaid(o, zone));
    }).toList();
  }

  /** The person's answer: ACCEPTED keeps the check-ins coming, DECLINED stops them. Asked again, the last counts. */
  @Transactional
  public SupportView answer(UUID productionId, UUID offerId, String answer) {
    OnSet me = desk.viewer(productionId);
    Offer offer = offeredToMe(me, offerId);
    SupportAnswer a = Choices.oneOf(SupportAnswer.class, "answer", answer);
    if (a == null) {
      throw new InvalidInputException("answer", "Required", "answer is ACCEPTED or DECLINED")
          .saying("input.incident.support.answer-required");
    }
    store.insertAnswer(offer.id(), me.userId(), a, clock.instant());
    return one(productionId, offerId);
  }

  /** Whether the person comes to the debrief; only the counselling contact reads it. */
  @Transactional
  public SupportView attend(UUID productionId, UUID offerId, Boolean attending) {
    OnSet me = desk.viewer(productionId);
    Offer offer = offeredToMe(me, offerId);
    if (attending == null) {
      throw new InvalidInputException("attending", "Required", "attending is true or false")
          .saying("input.incident.support.attending-required");
    }
    Debrief debrief = store.debrief(offer.id())
        .orElseThrow(() -> new InvalidInputException("attending", "DebriefScheduled", "no debrief is scheduled yet")
            .saying("input.incident.support.no-debrief"));
    store.insertAttendance(debrief.id(), me.userId(), attending, clock.instant());
    return one(productionId, offerId);
  }

  private SupportView one(UUID productionId, UUID offerId) {
    return mine(productionId).stream().filter(v -> v.offerId().equals(offerId)).findFirst().orElseThrow();
  }

  // ---- the counselling contact ----

  /** The offers made on the production, for the counselling contact and those who look after the crew. */
  @Transactional(readOnly = true)
  public List<OfferSummary> offers(UUID productionId) {
    OnSet reader = desk.viewer(productionId);
    boolean counsellor = readsAnswers(reader).isEmpty();
    if (!counsellor && !reader.holds(CrewRole.SAFETY_ADVISOR)) {
      refuse(reader, "the support offered", "not the counselling contact or the safety advisor");
    }
    ZoneId zone = reader.production().timeZone();
    return store.offers(productionId).stream().map(o -> new OfferSummary(o.id(), o.incidentId(),
        incidentWords(o, zone), LocalTimes.dated(o.offeredAt(), zone), o.people(), counsellor)).toList();
  }

  /** Who accepted or declined, and who comes to the debrief: the counselling contact only, every refusal logged. */
  @Transactional(readOnly = true)
  public AnswersView answers(UUID productionId, UUID offerId) {
    OnSet reader = desk.viewer(productionId);
    readsAnswers(reader).ifPresent(r -> refuse(reader, "who accepted or declined support", r.reason()));
    Offer offer = offer(productionId, offerId);
    ZoneId zone = reader.production().timeZone();
    Optional<Debrief> debrief = store.debrief(offerId);
    List<PersonAnswer> people = store.people(offerId).stream()
        .map(p -> new PersonAnswer(p, crew.member(productionId, p).map(Member::displayName).orElse(FormerMember.NAME),
            store.answer(offerId, p).orElse(null),
            debrief.flatMap(d -> store.attending(d.id(), p)).orElse(null)))
        .sorted(java.util.Comparator.comparing(PersonAnswer::name)).toList();
    return new AnswersView(offerId, incidentWords(offer, zone), offer.people(), people,
        debrief.map(d -> new DebriefView(d.startsAt(), LocalTimes.dated(d.startsAt(), zone), d.place(), null))
            .orElse(null), named(offer));
  }

  /** The safety advisor names the production's counselling contact on SetSafe; never a producer or the UPM. */
  @Transactional
  public void nameCounsellingContact(UUID productionId, UUID userId) {
    OnSet caller = desk.viewer(productionId);
    if (!caller.holds(CrewRole.SAFETY_ADVISOR)) {
      refuse(caller, "name the counselling contact", "not the safety advisor");
    }
    if (userId == null) {
      throw new InvalidInputException("userId", "Required", "userId names a member of the crew")
          .saying("input.incident.counselling.user-required");
    }
    Set<CrewRole> roles = crew.rolesOf(productionId, userId)
        .orElseThrow(() -> new InvalidInputException("userId", "OnTheCrew", userId + " is not on this production")
            .saying("input.incident.counselling.not-on-crew", userId));
    Optional<Refusal> refused = privacy.mayBeNamed(roles);
    if (refused.isPresent()) {
      Refusal refusal = refused.get();
      // Said as the policy says it: in its words once it has them, in its English until then.
      throw new InvalidInputException("userId", "NotTheEmployer", refusal.reason())
          .saying("input.incident.as-refused", refusal.said() == null ? refusal.reason() : refusal.said());
    }
    Instant now = clock.instant();
    store.insertCounsellingContact(productionId, userId, caller.userId(), now);
    events.publishEvent(new CounsellingContactNamed(UUID.randomUUID(), productionId, caller.userId(), now, userId));
  }

  /** Who the counselling contact is, by name, for everyone on the production (null when none is named). */
  @Transactional(readOnly = true)
  public String counsellingContact(UUID productionId) {
    desk.viewer(productionId);
    return store.counsellingContact(productionId)
        .map(id -> crew.member(productionId, id).map(Member::displayName).orElse(FormerMember.NAME)).orElse(null);
  }

  /** The counselling contact or the safety advisor schedules the group debrief; everyone offered support hears. */
  @Transactional
  public AnswersView scheduleDebrief(UUID productionId, UUID offerId, Instant startsAt, String where) {
    OnSet caller = desk.viewer(productionId);
    boolean counsellor = readsAnswers(caller).isEmpty();
    if (!counsellor && !caller.holds(CrewRole.SAFETY_ADVISOR)) {
      refuse(caller, "schedule a debrief", "not the counselling contact or the safety advisor");
    }
    Offer offer = offer(productionId, offerId);
    String place = Text.required("where", where, 200);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (startsAt == null) {
      throw new InvalidInputException("startsAt", "Required", "startsAt is when the debrief begins")
          .saying("input.incident.support.starts-at-required");
    }
    if (!startsAt.isAfter(now)) {
      throw new InvalidInputException("startsAt", "Future", "startsAt must be later than now")
          .saying("input.incident.support.starts-at-future");
    }
    Instant at = startsAt.truncatedTo(ChronoUnit.MILLIS);
    store.insertDebrief(new Debrief(UUID.randomUUID(), offerId, at, place, caller.userId(), now));
    ZoneId zone = caller.production().timeZone();
    notifications.send(new Notice(null, "care/" + offerId + "/debrief/" + at.toEpochMilli(),
        Words.of("notices.care.debrief.subject"),
        Words.of("notices.care.debrief.text", new Words.Moment(at, zone), place),
        supportLink(productionId)), store.people(offerId).stream().map(Recipient::person).toList());
    events.publishEvent(new DebriefScheduled(UUID.randomUUID(), productionId, caller.userId(), now,
        offer.incidentId(), offerId, at));
    return counsellor ? answers(productionId, offerId) : null;
  }

  /** Whether the signed-in person is the production's counselling contact, for showing a link; never refuses. */
  @Transactional(readOnly = true)
  public boolean readsAnswers(UUID productionId) {
    return readsAnswers(desk.viewer(productionId)).isEmpty();
  }

  /** Whether the reader may see who answered: empty when they may, the refusal otherwise. */
  Optional<Refusal> readsAnswers(OnSet reader) {
    return privacy.check(reader.userId(), reader.roles(), store.counsellingContact(reader.productionId()));
  }

  // ---- helpers ----

  private Offer offer(UUID productionId, UUID offerId) {
    return store.offer(productionId, offerId)
        .orElseThrow(() -> new NotFoundException("no support offered " + offerId + " on this production")
            .saying("input.incident.not-found.support-offer", offerId));
  }

  private Offer offeredToMe(OnSet me, UUID offerId) {
    return store.offer(me.productionId(), offerId).filter(o -> store.offeredTo(o.id(), me.userId()))
        .orElseThrow(() -> new NotFoundException("no support offered to you as " + offerId)
            .saying("input.incident.not-found.support-offered-to-you", offerId));
  }

  private DebriefView debrief(UUID offerId, UUID me, ZoneId zone) {
    return store.debrief(offerId).map(d -> new DebriefView(d.startsAt(), LocalTimes.dated(d.startsAt(), zone),
        d.place(), store.attending(d.id(), me).orElse(null))).orElse(null);
  }

  private void refuse(OnSet reader, String what, String why) {
    SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"),
        what + " on production " + reader.productionId(), why);
    throw new AccessRefusedException("Only the production's counselling contact reads who accepted or declined "
        + "support; the safety advisor may schedule a debrief.").saying("input.incident.not-allowed.support-answers");
  }

  /** The same hour on the production's clock, so a daylight-saving change does not move the check-in. */
  static Instant dueAt(Offer offer, CheckIn which, ZoneId zone) {
    return offer.offeredAt().atZone(zone).plusDays(which.days()).toInstant();
  }

  /** The counselling and employee-assistance contacts on the call sheet. */
  private List<ContactView> contacts(UUID productionId) {
    List<SafetyContact> all = contacts.of(productionId);
    return all.stream()
        .map(c -> new ContactView(c.kind().label(), c.name(), c.phone(), c.hours(), c.notes(), c.kind().name()))
        .toList();
  }

  /** The support contacts, one a line: "Counselling: Dr Ana Ruiz, 505-555-0142 (24/7)". */
  private Words.Together contactLines(UUID productionId) {
    List<SafetyContact> support = contacts.of(productionId);
    if (support.isEmpty()) {
      return new Words.Together(List.of(Words.of("notices.care.no-contacts"), "\n"));
    }
    List<Object> lines = new ArrayList<>();
    for (SafetyContact c : support) {
      lines.add(Words.of("notices.contact." + c.kind().name()));
      lines.add(": " + c.name() + ", " + c.phone() + (c.hours() == null ? "" : " (" + c.hours() + ")") + "\n");
    }
    return new Words.Together(lines);
  }

  private Words describe(Incident incident, ZoneId zone) {
    Words.Moment when = new Words.Moment(incident.happenedAt(), zone);
    return incident.where() == null ? Words.of("notices.care.incident", when)
        : Words.of("notices.care.incident.where", when, incident.where());
  }

  private String incidentWords(Offer offer, ZoneId zone) {
    return incidents.incident(offer.productionId(), offer.incidentId())
        .map(i -> i.kind().label() + ", " + LocalTimes.dated(i.happenedAt(), zone)
            + (i.where() == null ? "" : ", " + i.where()))
        .orElse("an incident");
  }

  /** {@link #incidentWords} for a page: the kind in the reader's words, the moment in their day and month names. */
  private Said incidentSaid(Offer offer, ZoneId zone) {
    return incidents.incident(offer.productionId(), offer.incidentId())
        .map(i -> i.where() == null
            ? Said.of("incident.needs-you.incident", Said.of("incident.kind." + i.kind().name()),
                new Dated(i.happenedAt(), zone))
            : Said.of("incident.needs-you.incident.where", Said.of("incident.kind." + i.kind().name()),
                new Dated(i.happenedAt(), zone), i.where()))
        .orElse(Said.of("incident.needs-you.incident.unknown"));
  }

  private IncidentNamed named(Offer offer) {
    return incidents.incident(offer.productionId(), offer.incidentId())
        .map(i -> new IncidentNamed(i.kind(), i.happenedAt(), i.where())).orElse(null);
  }

  static String supportLink(UUID productionId) {
    return "/productions/" + productionId + "/support";
  }
}
