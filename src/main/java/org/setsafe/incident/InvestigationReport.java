package org.setsafe.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.IncidentEvents.IncidentRefused;
import org.setsafe.incident.InvestigationEvents.ReportSignedOff;
import org.setsafe.incident.domain.EvidenceChain;
import org.setsafe.incident.domain.HandOver;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.incident.domain.InvestigationStore;
import org.setsafe.incident.domain.SignOff;
import org.setsafe.incident.domain.SignOffPolicy;
import org.setsafe.incident.domain.SigningRole;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.production.Production;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReadersWords;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation report of an incident: printed from the record as a PDF ({@link ReportPdf}), with every
 * {@link ReportSection} of the module in order, and signed off by the safety advisor and a producer. A sign-off names
 * the SHA-256 of exactly the PDF signed; the report is signed when both roles signed the version the record prints
 * now, so a change to the investigation after a signature shows that signature as given for an earlier version.
 * Anyone who may see the production reads the report (it holds no medical details); only the crew in the two roles
 * sign it, by {@link SignOffPolicy}, every refusal recorded.
 */
@Service
public class InvestigationReport {

  /**
   * The report as printed now, and the fingerprint a sign-off names: the SHA-256 of the signed English report, which
   * is this file's own unless the file is a reader's copy, in the language {@code copyIn}.
   */
  public record Printed(byte[] pdf, String sha256, Locale copyIn) {

    /** The signed report itself. */
    public Printed(byte[] pdf, String sha256) {
      this(pdf, sha256, null);
    }

    public boolean copy() {
      return copyIn != null;
    }
  }

  /** A sign-off; {@code forCurrentVersion} false when it was given for an earlier version of the report. */
  public record ReportSignOffView(UUID id, SigningRole role, String signedBy, Instant signedAt, String reportSha256,
      boolean forCurrentVersion) {}

  /** Where the report stands: its current fingerprint, whether it is signed, whose signature it still needs. */
  public record ReportStatus(UUID incidentId, String reportSha256, boolean signed, List<SigningRole> awaiting,
      List<ReportSignOffView> signOffs) {}

  /** A sign-off as the signer sends it: the role they sign in, and the SHA-256 of the PDF they read. */
  public record NewSignOff(String role, String reportSha256) {}

  private final Incidents incidents;
  private final IncidentStore store;
  private final InvestigationStore investigation;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final List<ReportSection> sections;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SignOffPolicy policy = new SignOffPolicy();
  private final ReportPdf printer;

  InvestigationReport(Incidents incidents, IncidentStore store, InvestigationStore investigation, IncidentDesk desk,
      CrewList crew, List<ReportSection> sections, RefusalRecorder refusals, ApplicationEventPublisher events,
      Clock clock, MessageSource messages) {
    this.printer = new ReportPdf(messages);
    this.incidents = incidents;
    this.store = store;
    this.investigation = investigation;
    this.desk = desk;
    this.crew = crew;
    this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::position)).toList();
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  /** The report as the record prints it now. */
  @Transactional(readOnly = true)
  public Printed report(UUID productionId, UUID incidentId) {
    desk.viewer(productionId);
    return print(incidents.find(productionId, incidentId));
  }

  /**
   * The report for a reader of this language: the signed file itself in English, otherwise a copy in their words that
   * says it is one and names the SHA-256 of the signed file ({@link Printed#sha256()}).
   */
  @Transactional(readOnly = true)
  public Printed report(UUID productionId, UUID incidentId, Locale language) {
    desk.viewer(productionId);
    return print(incidents.find(productionId, incidentId), language);
  }

  @Transactional(readOnly = true)
  public ReportStatus status(UUID productionId, UUID incidentId) {
    desk.viewer(productionId);
    Incident incident = incidents.find(productionId, incidentId);
    return status(incident, print(incident).sha256());
  }

  /**
   * Signs the report off in the role named, for the version whose SHA-256 the signer read: refused when the record
   * prints another version now (someone changed the investigation since), when the signer does not hold the role,
   * or when they signed this version already in the other role.
   */
  @Transactional
  public ReportStatus signOff(UUID productionId, UUID incidentId, NewSignOff input) {
    OnSet signer = desk.crew(productionId);
    Incident incident = incidents.find(productionId, incidentId);
    SigningRole role = input == null ? null : Choices.oneOf(SigningRole.class, "role", input.role());
    if (role == null) {
      throw new InvalidInputException("role", "Required", "role is required: SAFETY_ADVISOR or PRODUCER")
          .saying("input.incident.sign-off.role-required");
    }
    String signed = input.reportSha256() == null ? "" : input.reportSha256().strip().toLowerCase(java.util.Locale.ROOT);
    if (!signed.matches("[0-9a-f]{64}")) {
      throw new InvalidInputException("reportSha256", "Sha256",
          "reportSha256 must be the 64 hexadecimal digits of the SHA-256 of the report you read")
          .saying("input.incident.sign-off.sha256");
    }
    String current = print(incident).sha256();
    List<SignOff> signOffs = investigation.signOffs(incidentId);
    Set<String> roles = signer.roles().stream().map(CrewRole::name).collect(Collectors.toSet());
    Optional<Refusal> refused = policy.check(role, signer.userId(), roles, current, signOffs);
    if (refused.isPresent()) {
      Refusal refusal = refused.get();
      if (SignOffPolicy.IN_ROLE.equals(refusal.rule())) {
        SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"),
            "sign-off of the report of incident " + incidentId + " as " + role, "does not hold the role");
      }
      IncidentRefused fact = refusals.record(new IncidentRefused(UUID.randomUUID(), productionId, signer.userId(),
          now(), "incident-report:" + incidentId, "sign the report off as " + role.label().toLowerCase(java.util.Locale.ROOT),
          refusal.rule(), refusal.reason()));
      throw new RuleRefusedException(refusal.field(), refusal, fact.factId().toString());
    }
    if (!signed.equals(current)) {
      throw new ConflictException("reportSha256", "CurrentVersion", "The investigation changed since you read the "
          + "report: it is now version " + current + ". Read the report again and sign that version.")
          .saying("input.incident.sign-off.changed", current);
    }
    if (signOffs.stream().anyMatch(s -> s.isFor(current) && s.role() == role)) {
      throw new ConflictException("role", "Once", "This version of the report is signed off as "
          + role.label().toLowerCase(java.util.Locale.ROOT) + " already.")
          .saying("input.incident.sign-off.once." + role.name());
    }
    SignOff signOff = new SignOff(UUID.randomUUID(), incidentId, productionId, role, signer.userId(), now(), current);
    investigation.insertSignOff(signOff);
    events.publishEvent(new ReportSignedOff(UUID.randomUUID(), productionId, signer.userId(), signOff.signedAt(),
        incidentId, signOff.id(), role.name(), current));
    return status(incident, current);
  }

  ReportStatus status(Incident incident, String current) {
    Map<UUID, String> names = names(incident.productionId());
    List<SignOff> signOffs = investigation.signOffs(incident.id());
    List<SigningRole> awaiting = new ArrayList<>();
    for (SigningRole role : SigningRole.values()) {
      if (signOffs.stream().noneMatch(s -> s.isFor(current) && s.role() == role)) {
        awaiting.add(role);
      }
    }
    return new ReportStatus(incident.id(), current, policy.signed(current, signOffs), awaiting,
        signOffs.stream().map(s -> new ReportSignOffView(s.id(), s.role(), names.getOrDefault(s.signedBy(), "?"),
            s.signedAt(), s.reportSha256(), s.isFor(current))).toList());
  }

  // ---- printing, unchecked: callers decide who may read ----

  /**
   * The signed report. Its sections are read in English whoever prints it: the ledger's words follow the reader's
   * language, and a Spanish-reading investigator must download the very file the sign-offs name.
   */
  Printed print(Incident incident) {
    byte[] pdf = printer.render(ReadersWords.in(Locale.ENGLISH, () -> contents(incident)));
    return new Printed(pdf, EvidencePreservation.sha256(pdf));
  }

  /** In the reader's language: the signed file, or a copy in their words (sections too) naming its SHA-256. */
  Printed print(Incident incident, Locale language) {
    Printed signed = print(incident);
    if (language == null || !printer.copies(language)) {
      return signed;
    }
    return new Printed(printer.copy(ReadersWords.in(language, () -> contents(incident)), language, signed.sha256()),
        signed.sha256(), language);
  }

  /** What the report holds, read from the record. */
  ReportPdf.Contents contents(Incident incident) {
    Production production = crew.production(incident.productionId());
    Map<UUID, Member> members = crew.members(incident.productionId()).stream()
        .collect(Collectors.toMap(Member::userId, Function.identity()));
    Map<UUID, String> names = members.values().stream().collect(Collectors.toMap(Member::userId,
        Member::displayName));
    List<ReportPdf.Person> people = incident.people().stream().map(p -> {
      Member member = p.userId() == null ? null : members.get(p.userId());
      String roles = member == null ? null : member.roles().stream().sorted().map(CrewRole::label)
          .collect(Collectors.joining(", "));
      return new ReportPdf.Person(p.name(), p.involvement().label(), roles);
    }).toList();
    ReportPdf.Pin pin = store.pin(incident.id()).map(p -> new ReportPdf.Pin(p.treeSize(),
        EvidencePreservation.root(p.checkpoint()), p.bundleSha256(), p.pinnedAt())).orElse(null);
    List<ReportPdf.Item> items = store.items(incident.id()).stream().map(item -> {
      EvidenceChain chain = new EvidenceChain(item, store.handOvers(item.id()));
      return new ReportPdf.Item(item.kind().name().charAt(0) + item.kind().name().substring(1)
          .toLowerCase(java.util.Locale.ROOT), item.what(), chain.caseNumber().orElse(null),
          names.getOrDefault(item.loggedBy(), "?"), item.loggedAt(),
          chain.handOvers().stream().map(h -> handOver(h, names)).toList());
    }).toList();
    List<ReportPdf.Section> printed = sections.stream()
        .map(s -> new ReportPdf.Section(s.heading(), s.rows(incident.id()))).toList();
    return new ReportPdf.Contents(incident.id(), production.name(), production.timeZone(), incident.kind().label(),
        incident.severity().label(), incident.where(), incident.happenedAt(), incident.openedAt(),
        incident.automatic() ? "SetSafe" : names.getOrDefault(incident.openedBy(), "?"), incident.source(),
        incident.whatHappened(), people, pin, items, printed);
  }

  private static ReportPdf.HandOverLine handOver(HandOver h, Map<UUID, String> names) {
    HandOver.Confirmation c = h.confirmation();
    return new ReportPdf.HandOverLine(h.fromName(), h.toName() + " (" + h.toOrganisation() + ")", h.caseNumber(),
        names.getOrDefault(h.offeredBy(), "?"), h.offeredAt(), c == null ? null : c.confirmedBy(),
        c == null ? null : c.confirmedAt());
  }

  private Map<UUID, String> names(UUID productionId) {
    return crew.members(productionId).stream().collect(Collectors.toMap(Member::userId, Member::displayName));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
