package org.setsafe.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.IncidentEvents.IncidentRefused;
import org.setsafe.incident.InvestigationEvents.InvestigatorAccessGranted;
import org.setsafe.incident.InvestigationEvents.InvestigatorAccessRevoked;
import org.setsafe.incident.InvestigationEvents.InvestigatorRead;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.incident.domain.InvestigationStore;
import org.setsafe.incident.domain.InvestigatorGrant;
import org.setsafe.incident.domain.InvestigatorGrant.Standing;
import org.setsafe.incident.domain.InvestigatorLink;
import org.setsafe.incident.domain.LinkGuessThrottle;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.Dated;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only access to one incident for a person outside the production (a sheriff's office, a regulator, an
 * insurer), through a secret link that expires by itself and can be withdrawn. The link opens the incident's
 * summary (no medical details), its investigation report, its report sections and its evidence bundle, and nothing
 * else: no other incident, no page of the production. Every read is kept (who, what, when), shown to the safety
 * advisor on the incident, and recorded in the ledger. The safety advisor or a producer grants and revokes; anyone
 * else on the crew is refused, and the refusal recorded.
 */
@Service
public class InvestigatorAccess {

  /** Where the investigator's pages live; the link is this followed by the secret. */
  public static final String LINK_PATH = "/public/investigator/";

  public record NewGrant(String name, String organisation, String email, Instant expiresAt) {}

  /** The grant as made, with its link: shown once, since only the link's hash is kept. */
  public record IssuedGrant(UUID grantId, String name, String organisation, String email, Instant expiresAt,
      String link) {
    @Override
    public String toString() {
      return "IssuedGrant[grantId=" + grantId + ", link=(hidden)]";
    }
  }

  public record GrantView(UUID id, String name, String organisation, String email, String grantedBy,
      Instant grantedAt, Instant expiresAt, Standing standing, String revokedBy, Instant revokedAt, long reads) {}

  public record ReadView(UUID grantId, String name, String organisation, String what, Instant readAt) {}

  /** What the investigator reads, times already on the production's clock. */
  public record CaseFile(String investigator, String organisation, String expires, String productionName,
      String kind, String severity, String where, String when, String whatHappened, List<PersonLine> people,
      PinLine evidence, List<ItemLine> items, List<SectionLines> sections, String reportSha256, boolean signed,
      List<String> signOffs) {}

  public record PersonLine(String name, String involvement) {}

  public record PinLine(long treeSize, String root, String bundleSha256, String pinnedOnSet) {}

  public record ItemLine(String what, String caseNumber, List<String> handOvers) {}

  public record SectionLines(String heading, List<String> columns, List<List<String>> rows) {}

  /** A file the investigator takes away. */
  public record Download(String fileName, byte[] bytes) {}

  static final String SUMMARY = "SUMMARY";
  static final String REPORT = "REPORT";
  static final String EVIDENCE_BUNDLE = "EVIDENCE_BUNDLE";
  private static final String NOT_VALID = "This investigator's link is not valid. Ask the production's safety "
      + "advisor for the link they sent you.";

  private final InvestigationStore store;
  private final IncidentStore incidents;
  private final Incidents incidentService;
  private final InvestigationReport report;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final LinkGuessThrottle throttle;

  InvestigatorAccess(InvestigationStore store, IncidentStore incidents, Incidents incidentService,
      InvestigationReport report, IncidentDesk desk, CrewList crew, RefusalRecorder refusals,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.incidentService = incidentService;
    this.report = report;
    this.desk = desk;
    this.crew = crew;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
    this.throttle = new LinkGuessThrottle(clock, Duration.ofMinutes(10), 20);
  }

  // ---- the production's side ----

  /** The safety advisor or a producer lets someone outside read this one incident until {@code expiresAt}. */
  @Transactional
  public IssuedGrant grant(UUID productionId, UUID incidentId, NewGrant input) {
    OnSet caller = grantor(productionId, incidentId, "grant an investigator access");
    if (input == null) {
      throw new InvalidInputException("name", "Size", "name must be 1 to " + InvestigatorGrant.MAX_NAME
          + " characters").saying("input.incident.size", "name", InvestigatorGrant.MAX_NAME);
    }
    Instant now = now();
    InvestigatorGrant grant = new InvestigatorGrant(UUID.randomUUID(), incidentId, productionId, input.name(),
        input.organisation(), input.email(), caller.userId(), now,
        input.expiresAt() == null ? null : input.expiresAt().truncatedTo(ChronoUnit.MILLIS), null);
    InvestigatorLink link = InvestigatorLink.random();
    store.insertGrant(grant, link.hash());
    events.publishEvent(new InvestigatorAccessGranted(UUID.randomUUID(), productionId, caller.userId(), now,
        incidentId, grant.id(), grant.name(), grant.organisation(), grant.expiresAt()));
    return new IssuedGrant(grant.id(), grant.name(), grant.organisation(), grant.email(), grant.expiresAt(),
        LINK_PATH + link.token());
  }

  @Transactional(readOnly = true)
  public List<GrantView> grants(UUID productionId, UUID incidentId) {
    grantor(productionId, incidentId, "see who has investigator access");
    Map<UUID, String> names = names(productionId);
    Instant now = clock.instant();
    return store.grants(incidentId).stream().map(g -> view(g, names, now)).toList();
  }

  /** Withdraws a grant before it expires; a grant ended already stays as it ended. */
  @Transactional
  public GrantView revoke(UUID productionId, UUID incidentId, UUID grantId) {
    OnSet caller = grantor(productionId, incidentId, "revoke investigator access");
    InvestigatorGrant grant = store.grant(incidentId, grantId)
        .orElseThrow(() -> new NotFoundException("no investigator access " + grantId + " on this incident")
            .saying("input.incident.not-found.investigator-access", grantId));
    Instant now = now();
    if (grant.standing(now) == Standing.REVOKED) {
      throw new ConflictException("grantId", "Once", "This access was revoked already.")
          .saying("input.incident.investigator.revoked-already");
    }
    store.insertRevocation(grantId, new InvestigatorGrant.Revocation(caller.userId(), now));
    events.publishEvent(new InvestigatorAccessRevoked(UUID.randomUUID(), productionId, caller.userId(), now,
        incidentId, grantId));
    return view(store.grant(incidentId, grantId).orElseThrow(), names(productionId), now);
  }

  /** Every read the incident's investigators made, newest first: for the safety advisor and the producers. */
  @Transactional(readOnly = true)
  public List<ReadView> reads(UUID productionId, UUID incidentId) {
    grantor(productionId, incidentId, "read the investigators' access log");
    return store.reads(incidentId).stream()
        .map(r -> new ReadView(r.grantId(), r.name(), r.organisation(), r.what(), r.readAt())).toList();
  }

  private OnSet grantor(UUID productionId, UUID incidentId, String attempted) {
    OnSet caller = desk.crew(productionId);
    incidentService.find(productionId, incidentId);
    if (!caller.holds(CrewRole.SAFETY_ADVISOR) && !caller.holds(CrewRole.PRODUCER)) {
      String reason = "Investigators from outside the production are let in, and their reads shown, by the safety "
          + "advisor or a producer.";
      SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"),
          attempted + " on incident " + incidentId, "not the safety advisor or a producer");
      refusals.record(new IncidentRefused(UUID.randomUUID(), productionId, caller.userId(), now(),
          "incident:" + incidentId, attempted, "incident.investigator-access-by-safety-advisor-or-producer", reason));
      throw new AccessRefusedException(reason).saying("input.incident.not-allowed.investigator-access");
    }
    return caller;
  }

  private GrantView view(InvestigatorGrant g, Map<UUID, String> names, Instant now) {
    InvestigatorGrant.Revocation r = g.revocation();
    return new GrantView(g.id(), g.name(), g.organisation(), g.email(), names.getOrDefault(g.grantedBy(), "?"),
        g.grantedAt(), g.expiresAt(), g.standing(now), r == null ? null : names.getOrDefault(r.revokedBy(), "?"),
        r == null ? null : r.revokedAt(), store.readsBy(g.id()));
  }

  // ---- the investigator's side: the link is all they show ----

  /** The incident's summary, its report sections and evidence, as the investigator's page shows them. */
  @Transactional
  public CaseFile caseFile(String token, String address) {
    InvestigatorGrant grant = open(token, address);
    Incident incident = incidentService.find(grant.productionId(), grant.incidentId());
    ReportPdf.Contents c = report.contents(incident);
    InvestigationReport.Printed printed = report.print(incident);
    InvestigationReport.ReportStatus status = report.status(incident, printed.sha256());
    read(grant, SUMMARY);
    return new CaseFile(grant.name(), grant.organisation(), LocalTimes.dated(grant.expiresAt(), c.zone()),
        c.productionName(), c.kind(), c.severity(), c.where(), LocalTimes.dated(c.happenedAt(), c.zone()),
        c.whatHappened(), c.people().stream().map(p -> new PersonLine(p.name(), p.involvement())).toList(),
        c.pin() == null ? null : new PinLine(c.pin().treeSize(), c.pin().root(), c.pin().bundleSha256(),
            LocalTimes.dated(c.pin().pinnedAt(), c.zone())),
        c.items().stream().map(i -> new ItemLine(i.kind() + ": " + i.what(), i.caseNumber(),
            i.handOvers().stream().map(h -> "To " + h.to() + " under case " + h.caseNumber() + ", "
                + LocalTimes.dated(h.at(), c.zone()) + (h.confirmedBy() == null ? ", not confirmed yet"
                : ", confirmed by " + h.confirmedBy())).toList())).toList(),
        c.sections().stream().map(s -> new SectionLines(s.heading(),
            s.rows().isEmpty() ? List.of() : s.rows().get(0),
            s.rows().size() < 2 ? List.of() : s.rows().subList(1, s.rows().size()))).toList(),
        printed.sha256(), status.signed(),
        status.signOffs().stream().map(s -> s.role().label() + ": " + s.signedBy() + ", "
            + LocalTimes.dated(s.signedAt(), c.zone()) + (s.forCurrentVersion() ? "" : " (an earlier version)"))
            .toList());
  }

  /** The investigation report, exactly as the production signs it off. */
  @Transactional
  public Download reportPdf(String token, String address) {
    return reportPdf(token, address, null);
  }

  /**
   * The report for a reader of this language: the signed file in English (or with no language), otherwise a copy in
   * their words naming the signed file's SHA-256. Either is a read of the report.
   */
  @Transactional
  public Download reportPdf(String token, String address, java.util.Locale language) {
    InvestigatorGrant grant = open(token, address);
    Incident incident = incidentService.find(grant.productionId(), grant.incidentId());
    InvestigationReport.Printed printed = report.print(incident, language);
    read(grant, REPORT);
    return new Download("investigation-report-" + incident.id()
        + (printed.copy() ? "-" + printed.copyIn().getLanguage() : "") + ".pdf", printed.pdf());
  }

  /** The evidence bundle pinned when the incident opened: the file {@code ledger verify-bundle} checks offline. */
  @Transactional
  public Download evidenceBundle(String token, String address) {
    InvestigatorGrant grant = open(token, address);
    byte[] bundle = incidents.bundle(grant.productionId(), grant.incidentId())
        .orElseThrow(() -> new NotFoundException("The evidence of this incident is not pinned yet: try again in a "
            + "minute.").saying("input.incident.not-found.evidence-not-pinned-yet"));
    read(grant, EVIDENCE_BUNDLE);
    return new Download("incident-" + grant.incidentId() + ".bundle", bundle);
  }

  /** The grant this link opens, while it is in force; the same "not valid" for anything else. */
  private InvestigatorGrant open(String token, String address) {
    if (throttle.throttled(address)) {
      SecurityAudit.accessRefused("investigator link", "investigator link from " + address, "too many misses");
      throw new InvestigatorLinkThrottled();
    }
    Optional<InvestigatorLink> link = InvestigatorLink.parse(token);
    Optional<InvestigationStore.Keyed> keyed = link.flatMap(l -> store.grantByTokenHash(l.hash()))
        .filter(k -> link.get().matches(k.tokenHash()));
    if (keyed.isEmpty()) {
      throttle.miss(address);
      SecurityAudit.accessRefused("investigator link", "investigator link from " + address, "no such link");
      throw new NotFoundException(NOT_VALID).saying("input.incident.not-found.investigator-link");
    }
    InvestigatorGrant grant = keyed.get().grant();
    Standing standing = grant.standing(clock.instant());
    if (standing != Standing.ACTIVE) {
      SecurityAudit.accessRefused("investigator " + grant.id(), "incident " + grant.incidentId(),
          standing == Standing.REVOKED ? "access revoked" : "access expired");
      boolean revoked = standing == Standing.REVOKED;
      Instant endedAt = revoked ? grant.revocation().revokedAt() : grant.expiresAt();
      // The English as the audit and the API write it; the page writes the day in the reader's language.
      Dated when = new Dated(endedAt, crew.production(grant.productionId()).timeZone());
      throw revoked
          ? new InvestigatorLinkEnded(true, endedAt, "The production withdrew this access on " + when
              + ". Ask its safety advisor if you still need it.",
              Said.of("input.incident.investigator-link.withdrawn", when))
          : new InvestigatorLinkEnded(false, endedAt, "This access expired on " + when
              + ". Ask the production's safety advisor for a new link.",
              Said.of("input.incident.investigator-link.expired", when));
    }
    return grant;
  }

  private void read(InvestigatorGrant grant, String what) {
    Instant now = now();
    store.insertRead(new InvestigationStore.Read(UUID.randomUUID(), grant.id(), grant.name(), grant.organisation(),
        what, now), grant.incidentId());
    events.publishEvent(new InvestigatorRead(UUID.randomUUID(), grant.productionId(), null, now, grant.incidentId(),
        grant.id(), grant.name(), grant.organisation(), what));
  }

  private Map<UUID, String> names(UUID productionId) {
    return crew.members(productionId).stream().collect(Collectors.toMap(Member::userId, Member::displayName));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
