package org.setsafe.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.IncidentEvents.IncidentOpened;
import org.setsafe.incident.domain.EvidenceChain;
import org.setsafe.incident.domain.HandOver;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.incident.domain.Involved;
import org.setsafe.incident.domain.MedicalDetails;
import org.setsafe.incident.domain.MedicalDetailsPolicy;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.reporting.AnonymousReceipts;
import org.setsafe.reporting.PublicReportLink;
import org.setsafe.reporting.Severity;
import org.springframework.beans.factory.annotation.Value;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents: opened by hand by anyone on the crew, or by SetSafe from the facts that always are incidents; each
 * opening preserves the evidence at once ({@link EvidencePreservation}). Anyone who may see the production reads its
 * incidents; medical details only those {@link MedicalDetailsPolicy} lets, every refusal logged.
 */
@Service
public class Incidents {

  /** Who was involved, as a phone sends it: a crew member by account, or someone else by name. */
  public record PersonInput(UUID userId, String name, Involvement involvement) {}

  /** An incident as a crew member opens it. {@code happenedAt} null: now. */
  public record NewIncident(String kind, Severity severity, String where, Instant happenedAt,
      String whatHappened, List<PersonInput> people, String medicalDetails, Set<UUID> weaponIds, Set<UUID> lotIds,
      Set<UUID> sceneIds) {}

  public record PersonView(UUID userId, String name, Involvement involvement) {}

  /** The ledger as it was pinned when the incident opened. */
  public record PinView(long treeSize, String checkpoint, String bundleSha256, Instant pinnedAt) {}

  /**
   * A hold custody keeps for the incident on a weapon, a lot or a scene: {@code holdId} is what the safety advisor and
   * a producer clear.
   */
  public record HoldView(UUID holdId, UUID weaponId, UUID lotId, UUID sceneId, boolean placedByThisIncident) {

    public HoldView(UUID holdId, UUID weaponId, UUID lotId, boolean placedByThisIncident) {
      this(holdId, weaponId, lotId, null, placedByThisIncident);
    }
  }

  /**
   * An incident as someone opens it through the production's public link, without an account: no one is named by
   * account, only by name if at all; the scene if they know it (the link shows the scenes and nothing else).
   * {@code happenedAt} null: now.
   */
  public record NewAnonymousIncident(String kind, Severity severity, String where, Instant happenedAt,
      String whatHappened, List<PersonInput> people, Set<UUID> sceneIds) {}

  /** What the anonymous reporter takes away: the receipt code, shown once, and which incident it follows. */
  public record AnonymousReceipt(UUID incidentId, String code, String productionName) {
    @Override
    public String toString() {
      return "AnonymousReceipt[incidentId=" + incidentId + ", code=(hidden)]";
    }
  }

  /** An anonymous incident as its reporter follows it with the receipt code: what it is and how far it has got. */
  public record AnonymousView(UUID incidentId, IncidentKind kind, Severity severity, String where,
      Instant openedAt, boolean evidencePreserved, int holds, String productionName) {}

  public record HandOverView(UUID id, String fromName, String toName, String toOrganisation, String caseNumber,
      String handedOverBy, Instant handedOverAt, boolean confirmed, String confirmedBy, Instant confirmedAt) {}

  /** A piece of physical evidence, the case number it is filed under, and every hand-over in order. */
  public record ItemView(UUID id, EvidenceKind kind, String what, String caseNumber, String loggedBy,
      Instant loggedAt, boolean awaitingConfirmation, List<HandOverView> handOvers) {}

  /**
   * An incident as the pages and the API show it. {@code medicalDetailsKept} says whether there are any;
   * {@code mayReadMedicalDetails} whether the reader may read them (at their own address).
   */
  public record IncidentView(UUID id, UUID productionId, IncidentKind kind, Severity severity, String where,
      Instant happenedAt, String whatHappened, boolean automatic, String source, String openedBy, Instant openedAt,
      List<PersonView> people, Set<UUID> weaponIds, Set<UUID> lotIds, Set<UUID> sceneIds,
      boolean medicalDetailsKept, boolean mayReadMedicalDetails, PinView evidence, List<HoldView> holds,
      List<ItemView> items, boolean anonymous, UUID reportId, UUID stopWorkId) {

    /** Opened by a person or from a fact other than a report or a stop-work. */
    public IncidentView(UUID id, UUID productionId, IncidentKind kind, Severity severity, String where,
        Instant happenedAt, String whatHappened, boolean automatic, String source, String openedBy, Instant openedAt,
        List<PersonView> people, Set<UUID> weaponIds, Set<UUID> lotIds, Set<UUID> sceneIds,
        boolean medicalDetailsKept, boolean mayReadMedicalDetails, PinView evidence, List<HoldView> holds,
        List<ItemView> items) {
      this(id, productionId, kind, severity, where, happenedAt, whatHappened, automatic, source, openedBy, openedAt,
          people, weaponIds, lotIds, sceneIds, medicalDetailsKept, mayReadMedicalDetails, evidence, holds, items,
          false, null, null);
    }
  }

  public record MedicalView(UUID incidentId, String details, String recordedBy, Instant recordedAt) {}

  private final IncidentStore store;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final EvidencePreservation preservation;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final MedicalDetailsPolicy medicalReaders = new MedicalDetailsPolicy();
  private final PublicReportLink link;
  private final AnonymousReceipts receipts;
  private final int anonymousPerHour;

  Incidents(IncidentStore store, IncidentDesk desk, CrewList crew, ShootingSchedule schedule,
      EvidencePreservation preservation, ApplicationEventPublisher events, Clock clock, PublicReportLink link,
      AnonymousReceipts receipts, @Value("${setsafe.incidents.anonymous-per-hour:10}") int anonymousPerHour) {
    this.link = link;
    this.receipts = receipts;
    this.anonymousPerHour = anonymousPerHour;
    this.store = store;
    this.desk = desk;
    this.crew = crew;
    this.schedule = schedule;
    this.preservation = preservation;
    this.events = events;
    this.clock = clock;
  }

  // ---- opening ----

  /** Anyone on the crew opens an incident; they are named as the person reporting it. */
  @Transactional
  public IncidentView open(UUID productionId, NewIncident input) {
    OnSet caller = desk.crew(productionId);
    Instant now = now();
    if (input == null) {
      throw kindRequired();
    }
    List<Involved> people = people(productionId, input.people(), caller.userId());
    Set<UUID> scenes = scenes(productionId, input.sceneIds());
    Incident incident = new Incident(UUID.randomUUID(), productionId,
        Choices.oneOf(IncidentKind.class, "kind", input.kind()), input.severity(), input.where(),
        input.happenedAt() == null ? now : input.happenedAt().truncatedTo(ChronoUnit.MILLIS), input.whatHappened(),
        caller.userId(), now, null, null, people, input.weaponIds(), input.lotIds(), scenes);
    MedicalDetails medical = null;
    if (input.medicalDetails() != null && !input.medicalDetails().isBlank()) {
      if (incident.injured().isEmpty()) {
        throw new InvalidInputException("medicalDetails", "InjuredNamed",
            "medical details are about an injured person: name them among the people involved")
            .saying("input.incident.medical-needs-injured");
      }
      medical = new MedicalDetails(incident.id(), input.medicalDetails(), caller.userId(), now);
    }
    record(incident, medical, caller.production(), caller.userId(), List.of());
    return view(caller, incident.id());
  }

  /**
   * Someone without an account opens an incident through the production's public link (the one anonymous hazard
   * reports use). Nothing about who they are is read or kept: no account, no address, no browser, its opening time to
   * the hour, and the receipt code to follow it only as a slow hash. It is opened by "anonymous", and everything else
   * follows as for any incident: the ledger pinned, the scene held. At most {@code anonymous-per-hour} per production
   * and hour, so the link cannot be used to bury a production in incidents.
   */
  @Transactional
  public AnonymousReceipt openAnonymously(String publicToken, NewAnonymousIncident input) {
    UUID productionId = link.productionOfLink(publicToken);
    Instant now = now();
    Instant coarse = now.truncatedTo(ChronoUnit.HOURS);
    if (input == null) {
      throw kindRequired();
    }
    List<Involved> people = namedOnly(input.people());
    Set<UUID> scenes = scenes(productionId, input.sceneIds());
    IncidentKind kind = Choices.oneOf(IncidentKind.class, "kind", input.kind());
    // When it happened is theirs to say; within this hour it is kept to the hour, since the minute would tell when
    // they sent it.
    Instant happened = input.happenedAt() == null ? coarse : input.happenedAt().truncatedTo(ChronoUnit.MILLIS);
    if (happened.isAfter(now)) {
      throw new InvalidInputException("happenedAt", "NotInTheFuture", "happenedAt must not be after now")
          .saying("input.incident.not-after-now", "happenedAt");
    }
    if (happened.isAfter(coarse)) {
      happened = coarse;
    }
    Incident incident = new Incident(UUID.randomUUID(), productionId, kind, input.severity(), input.where(),
        happened, input.whatHappened(), null, coarse, Incident.ANONYMOUS, null, people, Set.of(), Set.of(), scenes);
    if (store.openedAnonymouslySince(productionId, coarse) >= anonymousPerHour) {
      throw new AnonymousLimitReached(anonymousPerHour);
    }
    AnonymousReceipts.Issued receipt = receipts.issue(lookup -> store.receipt(lookup).isPresent());
    record(incident, null, crew.production(productionId), null, List.of());
    store.insertReceipt(incident.id(), productionId, receipt.lookup(), receipt.hash());
    return new AnonymousReceipt(incident.id(), receipt.grouped(), crew.production(productionId).name());
  }

  /** The anonymous incident this receipt code follows; "not found" for any code that is not one. */
  @Transactional(readOnly = true)
  public AnonymousView followAnonymously(String code) {
    IncidentStore.Receipt receipt = receipts.follow(code, store::receipt, IncidentStore.Receipt::hash)
        .orElseThrow(() -> new NotFoundException("No incident has this receipt code. Check the digits and try again.")
            .saying("input.incident.not-found.receipt"));
    Incident incident = find(receipt.productionId(), receipt.incidentId());
    return new AnonymousView(incident.id(), incident.kind(), incident.severity(), incident.where(),
        incident.openedAt(), store.pin(incident.id()).isPresent(), store.holds(incident.id()).size(),
        crew.production(incident.productionId()).name());
  }

  /** People named by someone without an account: by name only, never by account; none of them is "the reporter". */
  private static List<Involved> namedOnly(List<PersonInput> input) {
    List<PersonInput> given = input == null ? List.of() : input;
    List<Involved> people = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      PersonInput person = given.get(i);
      String field = "people[" + i + "]";
      if (person == null || person.involvement() == null) {
        throw new InvalidInputException(field + ".involvement", "Required",
            field + ".involvement is required: INJURED or WITNESS")
            .saying("input.incident.anonymous.involvement-required", field + ".involvement");
      }
      if (person.userId() != null) {
        throw new InvalidInputException(field + ".userId", "Anonymous",
            "an anonymous incident names people by name only, never by account")
            .saying("input.incident.anonymous.by-name-only");
      }
      if (person.involvement() == Involvement.REPORTER) {
        throw new InvalidInputException(field + ".involvement", "Anonymous",
            "an anonymous incident names no one as reporting it").saying("input.incident.anonymous.no-reporter");
      }
      if (person.name() == null || person.name().isBlank()) {
        throw new InvalidInputException(field + ".name", "Required", field + ".name is required")
            .saying("input.incident.required", field + ".name");
      }
      people.add(byName(field, person));
    }
    return people;
  }

  /**
   * Someone named without their account. The name is checked under the field it was sent as ({@code people[2].name}),
   * so the problem points at that field, in the words the text rule says it in.
   */
  private static Involved byName(String field, PersonInput person) {
    Text.required(field + ".name", person.name(), Involved.MAX_NAME);
    return new Involved(null, person.name(), person.involvement());
  }

  private static InvalidInputException kindRequired() {
    return new InvalidInputException("kind", "Required", "kind is required: what kind of incident it is")
        .saying("input.incident.kind-required");
  }

  /**
   * SetSafe opens an incident from another module's fact, once per fact however often it is delivered; the fact
   * is pinned in the ledger with the rest. {@code reporter} is who reported the fact, if anyone.
   */
  @Transactional
  void openAutomatically(RecordedFact fact, IncidentKind kind, Severity severity, String where, String whatHappened,
      Set<UUID> weaponIds, Set<UUID> lotIds, Set<UUID> sceneIds) {
    openAutomatically(fact, kind, severity, where, whatHappened, weaponIds, lotIds, sceneIds, null, false);
  }

  /**
   * As above, from a fact about a report or a stop-work: {@code cameFrom} names it ({@code report:<id>},
   * {@code stop-work:<id>}) for the way back; {@code anonymous} when it was reported anonymously, so that the
   * incident stays so: no one named, and its opening time to the hour as the report's is.
   */
  @Transactional
  void openAutomatically(RecordedFact fact, IncidentKind kind, Severity severity, String where, String whatHappened,
      Set<UUID> weaponIds, Set<UUID> lotIds, Set<UUID> sceneIds, String cameFrom, boolean anonymous) {
    if (store.openedFrom(fact.factId())) {
      return;
    }
    Production production = crew.production(fact.productionId());
    List<Involved> people = new ArrayList<>();
    if (fact.actorId() != null) {
      crew.member(fact.productionId(), fact.actorId())
          .ifPresent(m -> people.add(new Involved(m.userId(), m.displayName(), Involvement.REPORTER)));
    }
    // Opened the moment the fact arrives, never before it happened (the fact's time is not cut to milliseconds).
    Instant opened = now().isBefore(fact.occurredAt()) ? fact.occurredAt() : now();
    if (anonymous) {
      opened = opened.truncatedTo(ChronoUnit.HOURS);
      people.clear();
    }
    // The fact's words may be as long as a report's: what happened is cut to fit rather than refused, since a refusal
    // here would keep the incident from opening at all.
    if (whatHappened != null && whatHappened.length() > Incident.MAX_WHAT_HAPPENED) {
      whatHappened = whatHappened.substring(0, Incident.MAX_WHAT_HAPPENED - 1) + "…";
    }
    Incident incident = new Incident(UUID.randomUUID(), fact.productionId(), kind, severity, where,
        fact.occurredAt(), whatHappened, null, opened, fact.kind(), fact.factId(), people, weaponIds, lotIds,
        sceneIds);
    store.insert(incident);
    if (cameFrom != null) {
      store.insertSource(incident.id(), cameFrom);
    }
    publishAndHold(incident, null, production, null, List.of(fact));
  }

  private void record(Incident incident, MedicalDetails medical, Production production, UUID actorId,
      List<? extends RecordedFact> pin) {
    store.insert(incident);
    publishAndHold(incident, medical, production, actorId, pin);
  }

  private void publishAndHold(Incident incident, MedicalDetails medical, Production production, UUID actorId,
      List<? extends RecordedFact> pin) {
    if (medical != null) {
      store.insertMedical(medical);
    }
    events.publishEvent(new IncidentOpened(UUID.randomUUID(), incident.productionId(), actorId, incident.openedAt(),
        incident.id(), incident.kind(), incident.severity(), incident.where(), incident.happenedAt(),
        incident.whatHappened(), incident.source(), incident.sourceFactId(),
        incident.crewWho(Involvement.INJURED), incident.crewWho(Involvement.WITNESS),
        incident.crewWho(Involvement.REPORTER),
        (int) incident.people().stream().filter(p -> p.userId() == null).count(),
        List.copyOf(incident.weaponIds()), List.copyOf(incident.lotIds()), List.copyOf(incident.sceneIds()),
        medical != null));
    preservation.hold(incident, production, actorId, pin);
  }

  /** The people as named: crew by account (their name from the crew list), others by name; the caller reports it. */
  private List<Involved> people(UUID productionId, List<PersonInput> input, UUID caller) {
    Map<UUID, Member> members = crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Function.identity()));
    List<Involved> people = new ArrayList<>();
    List<PersonInput> given = input == null ? List.of() : input;
    for (int i = 0; i < given.size(); i++) {
      PersonInput person = given.get(i);
      String field = "people[" + i + "]";
      if (person == null || person.involvement() == null) {
        throw new InvalidInputException(field + ".involvement", "Required",
            field + ".involvement is required: INJURED, WITNESS or REPORTER")
            .saying("input.incident.involvement-required", field + ".involvement");
      }
      if (person.userId() != null) {
        Member member = members.get(person.userId());
        if (member == null) {
          throw new InvalidInputException(field + ".userId", "OnTheCrew",
              "no one with account " + person.userId() + " on this production's crew; name them instead")
              .saying("input.incident.person-not-on-crew", person.userId());
        }
        people.add(new Involved(member.userId(), member.displayName(), person.involvement()));
      } else {
        if (person.name() == null || person.name().isBlank()) {
          throw new InvalidInputException(field + ".name", "Required",
              field + ".name is required for someone named without their account")
              .saying("input.incident.name-required-without-account", field + ".name");
        }
        people.add(byName(field, person));
      }
    }
    boolean reporterNamed = people.stream().anyMatch(p -> p.involvement() == Involvement.REPORTER && p.is(caller));
    if (!reporterNamed) {
      Member member = members.get(caller);
      people.add(new Involved(caller, member == null ? "?" : member.displayName(), Involvement.REPORTER));
    }
    return people;
  }

  private Set<UUID> scenes(UUID productionId, Set<UUID> sceneIds) {
    if (sceneIds == null || sceneIds.isEmpty()) {
      return Set.of();
    }
    Set<UUID> known = new HashSet<>(schedule.scenes(productionId).stream().map(Scene::id).toList());
    for (UUID scene : sceneIds) {
      if (!known.contains(scene)) {
        throw new InvalidInputException("sceneIds", "Exists", "no scene " + scene + " on this production")
            .saying("input.incident.no-scene", scene);
      }
    }
    return new LinkedHashSet<>(sceneIds);
  }

  // ---- reading ----

  /** Every incident of the production, newest first. */
  @Transactional(readOnly = true)
  public List<IncidentView> incidents(UUID productionId) {
    OnSet reader = desk.viewer(productionId);
    return store.incidents(productionId).stream().map(i -> view(reader, i)).toList();
  }

  @Transactional(readOnly = true)
  public IncidentView incident(UUID productionId, UUID incidentId) {
    return view(desk.viewer(productionId), incidentId);
  }

  /** The medical details, for those who need them; anyone else is refused, and the refusal logged. */
  @Transactional(readOnly = true)
  public MedicalView medicalDetails(UUID productionId, UUID incidentId) {
    OnSet reader = desk.viewer(productionId);
    Incident incident = find(productionId, incidentId);
    Optional<Refusal> refused = medicalReaders.check(incident, reader.userId(), reader.roles());
    if (refused.isPresent()) {
      SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"), "medical details of incident " + incidentId
          + " on production " + productionId, "not the safety advisor, UPM, producer or the injured person");
      throw new AccessRefusedException(refused.get());
    }
    MedicalDetails medical = store.medical(incidentId)
        .orElseThrow(() -> new NotFoundException("no medical details kept for incident " + incidentId)
            .saying("input.incident.not-found.medical-details", incidentId));
    return new MedicalView(incidentId, medical.details(), name(productionId, medical.recordedBy()),
        medical.recordedAt());
  }

  /**
   * The evidence bundle pinned when the incident opened, for those who may export the production's evidence (the
   * safety advisor, studio safety): the same file {@code ledger verify-bundle} checks offline.
   */
  @Transactional(readOnly = true)
  public byte[] evidenceBundle(UUID productionId, UUID incidentId) {
    desk.exporter(productionId);
    find(productionId, incidentId);
    return store.bundle(productionId, incidentId)
        .orElseThrow(() -> new NotFoundException("no evidence pinned for incident " + incidentId)
            .saying("input.incident.not-found.evidence-bundle", incidentId));
  }

  Incident find(UUID productionId, UUID incidentId) {
    return store.incident(productionId, incidentId)
        .orElseThrow(() -> new NotFoundException("no incident " + incidentId + " on this production")
            .saying("input.incident.not-found.incident", incidentId));
  }

  IncidentView view(OnSet reader, UUID incidentId) {
    return view(reader, find(reader.productionId(), incidentId));
  }

  private IncidentView view(OnSet reader, Incident incident) {
    UUID productionId = incident.productionId();
    Map<UUID, String> names = crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName));
    PinView pin = store.pin(incident.id())
        .map(p -> new PinView(p.treeSize(), p.checkpoint(), p.bundleSha256(), p.pinnedAt())).orElse(null);
    List<HoldView> holds = store.holds(incident.id()).stream()
        .map(h -> new HoldView(h.holdId(), h.weaponId(), h.lotId(), h.sceneId(), h.placedNow())).toList();
    String cameFrom = incident.automatic() ? store.source(incident.id()).orElse(null) : null;
    List<ItemView> items = store.items(incident.id()).stream().map(item -> {
      EvidenceChain chain = new EvidenceChain(item, store.handOvers(item.id()));
      return new ItemView(item.id(), item.kind(), item.what(), chain.caseNumber().orElse(null),
          names.getOrDefault(item.loggedBy(), "?"), item.loggedAt(), chain.awaiting().isPresent(),
          chain.handOvers().stream().map(h -> handOver(h, names)).toList());
    }).toList();
    return new IncidentView(incident.id(), productionId, incident.kind(), incident.severity(), incident.where(),
        incident.happenedAt(), incident.whatHappened(), incident.automatic(), incident.source(),
        incident.automatic() ? "SetSafe" : incident.anonymous() ? "anonymous"
            : names.getOrDefault(incident.openedBy(), "?"), incident.openedAt(),
        incident.people().stream().map(p -> new PersonView(p.userId(), p.name(), p.involvement())).toList(),
        incident.weaponIds(), incident.lotIds(), incident.sceneIds(), store.medical(incident.id()).isPresent(),
        medicalReaders.check(incident, reader.userId(), reader.roles()).isEmpty(), pin, holds, items,
        incident.anonymous(), subjectId(cameFrom, "report:"), subjectId(cameFrom, "stop-work:"));
  }

  private static UUID subjectId(String subject, String prefix) {
    return subject != null && subject.startsWith(prefix) ? UUID.fromString(subject.substring(prefix.length())) : null;
  }

  private static HandOverView handOver(HandOver h, Map<UUID, String> names) {
    HandOver.Confirmation c = h.confirmation();
    return new HandOverView(h.id(), h.fromName(), h.toName(), h.toOrganisation(), h.caseNumber(),
        names.getOrDefault(h.offeredBy(), "?"), h.offeredAt(), c != null, c == null ? null : c.confirmedBy(),
        c == null ? null : c.confirmedAt());
  }

  private String name(UUID productionId, UUID userId) {
    return userId == null ? "SetSafe"
        : crew.member(productionId, userId).map(Member::displayName).orElse("?");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
