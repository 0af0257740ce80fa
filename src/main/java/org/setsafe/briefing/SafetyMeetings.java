package org.setsafe.briefing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.briefing.AgendaSource.Lines;
import org.setsafe.briefing.BriefingEvents.SafetyMeetingAcknowledged;
import org.setsafe.briefing.BriefingEvents.SafetyMeetingHeld;
import org.setsafe.briefing.BriefingEvents.SafetyMeetingOpened;
import org.setsafe.briefing.domain.MeetingCoversScenePolicy;
import org.setsafe.briefing.domain.MeetingCoversScenePolicy.CoveringMeeting;
import org.setsafe.briefing.domain.MeetingStore;
import org.setsafe.briefing.domain.MeetingStore.StoredAcknowledgment;
import org.setsafe.briefing.domain.MeetingStore.StoredHeld;
import org.setsafe.briefing.domain.MeetingStore.StoredItem;
import org.setsafe.briefing.domain.MeetingStore.StoredMeeting;
import org.setsafe.custody.IssueGate.WeaponIssue;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.CrewList;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.reporting.ReportView;
import org.setsafe.reporting.ReportViews;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.SecurityAudit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily safety meeting (California Labor Code §9153(a)(4): whenever firearms are in a scene; industry safety
 * bulletin #1: every day firearms are handled). Its agenda is drawn from the day's scenes, every
 * {@link AgendaSource}'s items, the production's open hazard reports and the bulletins attached to the day. The 1st
 * AD or the safety advisor opens it for some or all of the day's scenes, which keeps the agenda with each item's
 * fingerprint; each person acknowledges it on their own phone; then it is recorded held. A firearm goes to a
 * performer only after a meeting held today covered the scene as it is now and the performer acknowledged it
 * ({@link SafetyMeetingGate}).
 */
@Service
public class SafetyMeetings {

  /** Who runs the meeting: the 1st AD or the safety advisor. */
  static final Set<CrewRole> RUNNERS = EnumSet.of(CrewRole.FIRST_AD, CrewRole.SAFETY_ADVISOR);
  static final String SCENE_SOURCE = "Scene";
  static final String HAZARD_SOURCE = "Open hazard report";
  static final String BULLETIN_SOURCE = "Safety bulletin";

  /** One scene of the day: what the script breakdown says of it, and every item about it. */
  public record SceneAgenda(UUID sceneId, String number, String description, List<String> hazards, List<String> cast,
      boolean firearms, List<AgendaItem> items) {}

  /**
   * The agenda of a shooting day: its call and location (null when no shooting day is scheduled), each scene with its
   * items, and the items for the whole day (the sources' day items, open hazard reports, attached bulletins).
   */
  public record Agenda(UUID productionId, LocalDate date, LocalTime callTime, String location,
      List<SceneAgenda> scenes, List<AgendaItem> dayItems) {
    public boolean scheduled() {
      return callTime != null;
    }
  }

  /** A scene the meeting covered, with its number as it was then. */
  public record CoveredScene(UUID sceneId, String number) {}

  public record Attendee(UUID userId, String name, Instant acknowledgedAt) {}

  public record Absentee(UUID userId, String name) {}

  /**
   * A meeting: its day and the scenes it covered, when it was opened and recorded held (null while open) and by
   * whom, who acknowledged it and when, the members who did not, and the agenda as it was read out.
   */
  public record Meeting(UUID id, UUID productionId, LocalDate date, List<CoveredScene> scenes, Instant openedAt,
      UUID openedBy, String openedByName, Instant heldAt, UUID heldBy, String heldByName, List<Attendee> acknowledged,
      List<Absentee> notYetAcknowledged, List<AgendaItem> agenda) {
    public boolean held() {
      return heldAt != null;
    }

    public boolean acknowledgedBy(UUID userId) {
      return acknowledged.stream().anyMatch(a -> a.userId().equals(userId));
    }
  }

  private final MeetingStore store;
  private final ProductionAccess access;
  private final Productions productions;
  private final CrewList crew;
  private final Schedule schedule;
  private final ReportViews reports;
  private final Bulletins bulletins;
  private final Accounts accounts;
  private final ObjectProvider<AgendaSource> sources;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final MeetingCoversScenePolicy coversScene = new MeetingCoversScenePolicy();

  SafetyMeetings(MeetingStore store, ProductionAccess access, Productions productions, CrewList crew,
      Schedule schedule,
      ReportViews reports, Bulletins bulletins, Accounts accounts, ObjectProvider<AgendaSource> sources,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.access = access;
    this.productions = productions;
    this.crew = crew;
    this.schedule = schedule;
    this.reports = reports;
    this.bulletins = bulletins;
    this.accounts = accounts;
    this.sources = sources;
    this.events = events;
    this.clock = clock;
  }

  // ---- the agenda ----

  /** What the meeting on that day covers; for anyone who may see the production. */
  public Agenda agenda(UUID productionId, LocalDate date) {
    access.require(productionId, Permission.VIEW);
    if (date == null) {
      throw new InvalidInputException("date", "Required", "date is required (yyyy-mm-dd)")
          .saying("input.briefing.meeting.date-required");
    }
    Map<UUID, String> names = names(productions.members(productionId));
    Optional<ShootingDay> day = schedule.dayOn(productionId, date);
    List<Scene> scenes = day.map(d -> schedule.scenesOn(productionId, d.id())).orElse(List.of()).stream()
        .sorted(org.setsafe.production.SceneOrder.SCENES).toList();
    List<AgendaItem> fromSources = fromSources(productionId, date);
    List<SceneAgenda> sceneAgendas = scenes.stream().map(scene -> new SceneAgenda(scene.id(), scene.number(),
        scene.description(), scene.hazards().stream().map(Hazard::label).toList(),
        scene.cast().stream().map(id -> names.getOrDefault(id, "Former crew member")).sorted().toList(),
        scene.hasFirearms(), itemsOf(scene, fromSources, names))).toList();
    List<AgendaItem> dayItems = new ArrayList<>(fromSources.stream().filter(i -> i.sceneId() == null).toList());
    reports.openReports(productionId).forEach(r -> dayItems.add(reportItem(r)));
    bulletins.on(productionId, date).forEach(b -> dayItems.add(new AgendaItem(null, BULLETIN_SOURCE,
        b.reference() + ": " + b.title(), lines(b.text()), false, sha256(b.id() + "\n" + b.text()))));
    return new Agenda(productionId, date, day.map(ShootingDay::callTime).orElse(null),
        day.map(ShootingDay::location).orElse(null), sceneAgendas, List.copyOf(dayItems));
  }

  // ---- the meeting ----

  /**
   * The 1st AD or safety advisor opens today's meeting for these scenes of today's call sheet (all of them when none
   * are named). The agenda is kept as it is now, each item with its fingerprint.
   */
  @Transactional
  public Meeting open(UUID productionId, Collection<UUID> sceneIds) {
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser caller = runner(productionId, "open a safety meeting");
    LocalDate today = schedule.today(production);
    Agenda agenda = agenda(productionId, today);
    if (!agenda.scheduled()) {
      throw new ConflictException("date", "ShootingDay", "There is no shooting day on today's call sheet ("
          + today + "); a safety meeting covers the scenes of the day it is held.")
          .saying("input.briefing.meeting.no-shooting-day", today);
    }
    if (agenda.scenes().isEmpty()) {
      throw new ConflictException("sceneIds", "Scenes", "No scenes are scheduled today; schedule them first.")
          .saying("input.briefing.meeting.no-scenes");
    }
    Set<UUID> wanted = sceneIds == null ? Set.of() : Set.copyOf(sceneIds.stream().filter(java.util.Objects::nonNull)
        .toList());
    Set<UUID> todays = agenda.scenes().stream().map(SceneAgenda::sceneId).collect(Collectors.toSet());
    for (UUID id : wanted) {
      if (!todays.contains(id)) {
        throw new InvalidInputException("sceneIds", "TodaysScene", "scene " + id + " is not on today's call sheet")
            .saying("input.briefing.meeting.scene-not-today", id);
      }
    }
    List<SceneAgenda> covered = agenda.scenes().stream()
        .filter(s -> wanted.isEmpty() || wanted.contains(s.sceneId())).toList();
    List<StoredItem> items = new ArrayList<>();
    covered.forEach(s -> s.items().forEach(i -> items.add(stored(items.size(), i))));
    agenda.dayItems().forEach(i -> items.add(stored(items.size(), i)));
    Instant now = clock.instant();
    StoredMeeting meeting = new StoredMeeting(UUID.randomUUID(), productionId, today, caller.id(), now);
    store.insertMeeting(meeting, covered.stream().map(s -> new MeetingStore.CoveredScene(s.sceneId(), s.number())).toList(),
        items);
    events.publishEvent(new SafetyMeetingOpened(UUID.randomUUID(), caller.id(), now, productionId, meeting.id(), today,
        covered.stream().map(SceneAgenda::sceneId).toList(), covered.stream().map(SceneAgenda::number).toList(),
        items.stream().map(i -> (i.sceneId() == null ? "day" : i.sceneId()) + " | " + i.source() + " | " + i.title()
            + " | " + i.fingerprint()).toList()));
    return meeting(productionId, meeting.id());
  }

  /**
   * The signed-in member says: I was at the meeting and understood it. Only for themselves ({@code personId}, when
   * given, must be the caller), once, on today's meeting while it is not yet recorded held.
   */
  @Transactional
  public Meeting acknowledge(UUID productionId, UUID meetingId, UUID personId) {
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser caller = themselves(productionId, personId, productions, "a safety meeting",
        Said.of("input.briefing.acknowledged.meeting"));
    StoredMeeting meeting = store.lockMeeting(productionId, meetingId).orElseThrow(() -> notFound(meetingId));
    stillOpen(meeting, schedule.today(production));
    store.acknowledgmentsOf(meetingId).stream().filter(a -> a.userId().equals(caller.id())).findFirst().ifPresent(a -> {
      LocalTime at = a.acknowledgedAt().atZone(production.timeZone()).toLocalTime().withNano(0);
      throw new ConflictException("meetingId", "Once", "You acknowledged this meeting at " + at + ".")
          .saying("input.briefing.meeting.acknowledged", at);
    });
    Instant now = clock.instant();
    UUID factId = UUID.randomUUID();
    store.insertAcknowledgment(new StoredAcknowledgment(meetingId, caller.id(), factId, now));
    events.publishEvent(new SafetyMeetingAcknowledged(factId, caller.id(), now, productionId, meetingId,
        meeting.date()));
    return meeting(productionId, meetingId);
  }

  /** The 1st AD or safety advisor records today's meeting held, once someone has acknowledged it; it closes. */
  @Transactional
  public Meeting hold(UUID productionId, UUID meetingId) {
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser caller = runner(productionId, "record a safety meeting held");
    StoredMeeting meeting = store.lockMeeting(productionId, meetingId).orElseThrow(() -> notFound(meetingId));
    stillOpen(meeting, schedule.today(production));
    List<UUID> acknowledgedBy = store.acknowledgmentsOf(meetingId).stream().map(StoredAcknowledgment::userId).toList();
    if (acknowledgedBy.isEmpty()) {
      throw new ConflictException("meetingId", "Acknowledged",
          "Nobody has acknowledged this meeting yet; each attendee acknowledges it on their own phone first.")
          .saying("input.briefing.meeting.nobody-acknowledged");
    }
    Instant now = clock.instant();
    store.insertHeld(new StoredHeld(meetingId, caller.id(), now));
    events.publishEvent(new SafetyMeetingHeld(UUID.randomUUID(), caller.id(), now, productionId, meetingId,
        meeting.date(), acknowledgedBy));
    return meeting(productionId, meetingId);
  }

  // ---- reading ----

  /** The production's meetings on that day, in the order opened: covered scenes, times, attendance, agenda. */
  public List<Meeting> meetingsOn(UUID productionId, LocalDate date) {
    access.require(productionId, Permission.VIEW);
    if (date == null) {
      throw new InvalidInputException("date", "Required", "date is required (yyyy-mm-dd)")
          .saying("input.briefing.meeting.date-required");
    }
    List<Member> crew = productions.members(productionId);
    return store.meetingsOn(productionId, date).stream().map(m -> view(m, crew)).toList();
  }

  public Meeting meeting(UUID productionId, UUID meetingId) {
    access.require(productionId, Permission.VIEW);
    StoredMeeting meeting = store.meeting(productionId, meetingId).orElseThrow(() -> notFound(meetingId));
    return view(meeting, productions.members(productionId));
  }

  /** Today's meetings still open that the signed-in member has not acknowledged: for the dashboard. */
  public List<Meeting> awaitingMe(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    UUID me = SignedInUser.current().orElseThrow().id();
    if (productions.rolesOf(productionId, me).isEmpty()) {
      return List.of();
    }
    return meetingsOn(productionId, schedule.today(production)).stream()
        .filter(m -> !m.held() && !m.acknowledgedBy(me)).toList();
  }

  /** Today on the production's set, in its own time zone. */
  public LocalDate today(UUID productionId) {
    return schedule.today(access.require(productionId, Permission.VIEW));
  }

  /** Whether the signed-in person runs the meeting here (1st AD, safety advisor). */
  public boolean mayRun(UUID productionId) {
    return SignedInUser.current().map(u -> productions.rolesOf(productionId, u.id()).orElse(Set.of()).stream()
        .anyMatch(RUNNERS::contains)).orElse(false);
  }

  // ---- the gate ----

  /**
   * Whether the safety meeting lets this firearm go to the performer: a meeting held on the shooting day covers the
   * scene with the fingerprints its items have now, and the performer acknowledged it. Asked by custody inside the
   * issue, which checked the armorer and loaded the scene: only that scene's items are drawn now (every source's
   * {@link AgendaSource#agendaForScene}), as a meeting kept only those to compare, and no access is checked again.
   */
  Optional<Refusal> check(WeaponIssue issue) {
    if (!issue.firearm()) {
      return Optional.empty();
    }
    Production production = crew.production(issue.productionId());
    Scene scene = issue.scene();
    LocalDate date = issue.shootingDate() != null ? issue.shootingDate() : schedule.today(production);
    Map<String, String> current = fingerprints(itemsOf(scene, fromSources(date, scene), Map.of()));
    // One statement however many meetings covered the scene: the meetings (held or not), their items on this scene
    // and whether the performer acknowledged each, which is all the policy asks of who acknowledged.
    List<CoveringMeeting> covering = store.meetingsCovering(issue.productionId(), date, scene.id(),
        issue.performerId()).stream().map(m -> new CoveringMeeting(m.id(), m.openedAt(), m.heldAt(),
            fingerprinted(m.readOuts()), m.performerAcknowledged() ? Set.of(issue.performerId()) : Set.of()))
        .toList();
    String performer = issue.performerId() == null ? "The performer"
        : crew.member(issue.productionId(), issue.performerId()).map(Member::displayName).orElse("The performer");
    return coversScene.check(scene.number(), covering, current, issue.performerId(), performer,
        production.timeZone());
  }

  // ---- who may ----

  private SignedInUser runner(UUID productionId, String what) {
    SignedInUser caller = SignedInUser.current().orElseThrow(SafetyMeetings::signInFirst);
    if (productions.rolesOf(productionId, caller.id()).orElse(Set.of()).stream().noneMatch(RUNNERS::contains)) {
      SecurityAudit.accessRefused(caller.getUsername(), what + " on " + productionId, "role does not allow it");
      throw new AccessRefusedException("Only the 1st AD or the safety advisor runs the safety meeting.")
          .saying("input.briefing.not-allowed.meeting-runner");
    }
    return caller;
  }

  /**
   * The signed-in member acknowledging for themselves: each person acknowledges on their own phone, so naming
   * someone else is refused, and so is anyone not on the production's crew. {@code what} names the thing
   * acknowledged in the security log and the refusal; {@code whatWords} in the bundle's words.
   */
  static SignedInUser themselves(UUID productionId, UUID personId, Productions productions, String what,
      Said whatWords) {
    SignedInUser caller = SignedInUser.current().orElseThrow(SafetyMeetings::signInFirst);
    if (personId != null && !personId.equals(caller.id())) {
      SecurityAudit.accessRefused(caller.getUsername(), "acknowledge " + what + " for " + personId,
          "only for oneself");
      throw new AccessRefusedException("Each person acknowledges " + what + " on their own phone, signed in as"
          + " themselves; nobody acknowledges for someone else.")
          .saying("input.briefing.not-allowed.acknowledge-for-another", whatWords);
    }
    if (productions.rolesOf(productionId, caller.id()).isEmpty()) {
      SecurityAudit.accessRefused(caller.getUsername(), "acknowledge " + what + " on " + productionId,
          "not on the crew");
      throw new AccessRefusedException("Only the crew of this production acknowledge " + what + ".")
          .saying("input.briefing.not-allowed.acknowledge-off-crew", whatWords);
    }
    return caller;
  }

  private void stillOpen(StoredMeeting meeting, LocalDate today) {
    heldAlready(meeting.id());
    if (!meeting.date().equals(today)) {
      throw new ConflictException("meetingId", "Today", "This meeting was for " + meeting.date()
          + "; only today's meeting is acknowledged or held.")
          .saying("input.briefing.meeting.not-today", meeting.date());
    }
  }

  private void heldAlready(UUID meetingId) {
    store.heldOf(meetingId).ifPresent(h -> {
      throw new ConflictException("meetingId", "Open", "This meeting was recorded held at " + h.heldAt()
          + "; a later change or a late arrival needs a new meeting.")
          .saying("input.briefing.meeting.held", h.heldAt());
    });
  }

  private static NotFoundException notFound(UUID meetingId) {
    return new NotFoundException("no safety meeting " + meetingId + " on this production")
        .saying("input.briefing.not-found.meeting", meetingId);
  }

  /** Refused before anything else: nobody is signed in. */
  static AccessRefusedException signInFirst() {
    return new AccessRefusedException("sign in first").saying("input.briefing.not-allowed.sign-in");
  }

  // ---- helpers ----

  private List<AgendaItem> fromSources(UUID productionId, LocalDate date) {
    return sources.orderedStream().flatMap(s -> s.agendaFor(productionId, date).stream()).toList();
  }

  private List<AgendaItem> fromSources(LocalDate date, Scene scene) {
    return sources.orderedStream().flatMap(s -> s.agendaForScene(date, scene).stream()).toList();
  }

  /** The scene's own item (its number, description and hazards), then every source's items about it. */
  private static List<AgendaItem> itemsOf(Scene scene, List<AgendaItem> fromSources, Map<UUID, String> names) {
    List<AgendaItem> items = new ArrayList<>();
    List<Hazard> hazards = scene.hazards().stream().sorted(Comparator.comparing(Hazard::label)).toList();
    List<String> labels = hazards.stream().map(Hazard::label).toList();
    Lines lines = new Lines().asIs(scene.description());
    if (hazards.isEmpty()) {
      lines.add("No hazards marked", Said.of("agenda.scene.no-hazards"));
    } else {
      lines.add("Hazards: " + String.join(", ", labels), Said.of("agenda.scene.hazards", Lines.joined(
          "agenda.join.comma", hazards.stream().map(h -> Said.of("hazard." + h.name())).toList())));
    }
    if (!names.isEmpty() && !scene.cast().isEmpty()) {
      String cast = scene.cast().stream().map(id -> names.getOrDefault(id, "Former crew member")).sorted()
          .collect(Collectors.joining(", "));
      lines.add("Cast: " + cast, Said.of("agenda.scene.cast", cast));
    }
    items.add(new AgendaItem(scene.id(), SCENE_SOURCE, "Sc. " + scene.number(), lines.english(), !hazards.isEmpty(),
        sha256(scene.number() + "\n" + scene.description() + "\n" + String.join(",", labels)))
        .saying(Said.of("scene.short", scene.number()), lines.words()));
    fromSources.stream().filter(i -> scene.id().equals(i.sceneId())).forEach(items::add);
    return items;
  }

  /** An open hazard report: what it is about and how bad, then what the reporter wrote, as they wrote it. */
  private static AgendaItem reportItem(ReportView r) {
    String about = r.category().label() + ", " + r.severity().label().toLowerCase()
        + (r.scene() == null ? "" : ", " + r.scene());
    Said aboutWords = Said.of(r.scene() == null ? "agenda.report.about" : "agenda.report.about.scene",
        Said.of("hazard." + r.category().name()), Said.of("agenda.severity." + r.severity().name()),
        r.scene() == null ? "" : r.scene());
    Lines lines = new Lines();
    List<String> aboutLines = lines(about);
    // One line, unless a scene's name was typed over several.
    aboutLines.forEach(line -> lines.add(line, aboutLines.size() == 1 ? aboutWords : null));
    lines(r.description()).forEach(lines::asIs);
    return new AgendaItem(null, HAZARD_SOURCE, r.title(), lines.english(), true, r.id() + ":" + r.steps().size())
        .saying(null, lines.words());
  }

  /** Item label ("Weapon plan — Sc. 12A") to fingerprint; two items of one label are kept together. */
  private static Map<String, String> fingerprints(List<AgendaItem> items) {
    return fingerprinted(items.stream().map(i -> new MeetingStore.ReadOut(i.source(), i.title(), i.fingerprint()))
        .toList());
  }

  /** Each item's fingerprint by its source and title; two items of one source and title keep both, in order. */
  private static Map<String, String> fingerprinted(List<MeetingStore.ReadOut> items) {
    return items.stream().collect(Collectors.toMap(i -> i.source() + " — " + i.title(),
        MeetingStore.ReadOut::fingerprint, (a, b) -> a + "," + b, LinkedHashMap::new));
  }

  private static StoredItem stored(int position, AgendaItem i) {
    return new StoredItem(position, i.sceneId(), i.source(), i.title(), i.lines(), i.concern(), i.fingerprint(),
        i.titleWords(), i.lineWords());
  }

  private static AgendaItem item(StoredItem i) {
    return new AgendaItem(i.sceneId(), i.source(), i.title(), i.lines(), i.concern(), i.fingerprint(), i.titleWords(),
        i.lineWords());
  }

  private Meeting view(StoredMeeting m, List<Member> crew) {
    Map<UUID, String> names = names(crew);
    List<StoredAcknowledgment> acks = store.acknowledgmentsOf(m.id());
    Set<UUID> who = acks.stream().map(StoredAcknowledgment::userId).collect(Collectors.toSet());
    Optional<StoredHeld> held = store.heldOf(m.id());
    return new Meeting(m.id(), m.productionId(), m.date(),
        store.scenesOf(m.id()).stream().map(s -> new CoveredScene(s.sceneId(), s.number())).toList(), m.openedAt(),
        m.openedBy(),
        name(m.openedBy(), names), held.map(StoredHeld::heldAt).orElse(null), held.map(StoredHeld::heldBy).orElse(null),
        held.map(h -> name(h.heldBy(), names)).orElse(null),
        acks.stream().map(a -> new Attendee(a.userId(), name(a.userId(), names), a.acknowledgedAt())).toList(),
        crew.stream().filter(c -> !who.contains(c.userId())).sorted(Comparator.comparing(Member::displayName))
            .map(c -> new Absentee(c.userId(), c.displayName())).toList(),
        store.itemsOf(m.id()).stream().map(SafetyMeetings::item).toList());
  }

  private String name(UUID userId, Map<UUID, String> names) {
    String known = names.get(userId);
    return known != null ? known : accounts.findById(userId).map(Account::displayName).orElse("Former crew member");
  }

  static Map<UUID, String> names(List<Member> crew) {
    return crew.stream().collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
  }

  private static List<String> lines(String... texts) {
    List<String> lines = new ArrayList<>();
    for (String text : texts) {
      if (text != null) {
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
      }
    }
    return lines;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
