package org.setsafe.incident.osha;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.Involvement;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.incident.domain.Involved;
import org.setsafe.incident.domain.MedicalDetailsPolicy;
import org.setsafe.incident.osha.OshaEvents.EstablishmentRecorded;
import org.setsafe.incident.osha.OshaEvents.RecordabilityDecided;
import org.setsafe.incident.osha.OshaEvents.SummaryCertified;
import org.setsafe.incident.osha.domain.AnnualSummary;
import org.setsafe.incident.osha.domain.CaseDecision;
import org.setsafe.incident.osha.domain.Certification;
import org.setsafe.incident.osha.domain.Criterion;
import org.setsafe.incident.osha.domain.EmployeeDetails;
import org.setsafe.incident.osha.domain.Establishment;
import org.setsafe.incident.osha.domain.FirstAid;
import org.setsafe.incident.osha.domain.InjuryType;
import org.setsafe.incident.osha.domain.LogLine;
import org.setsafe.incident.osha.domain.OshaStore;
import org.setsafe.incident.osha.domain.Outcome;
import org.setsafe.incident.osha.domain.PrivacyConcern;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.staffing.HoursWorked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production's OSHA records (29 CFR Part 1904): its establishment, a recordability decision per case, the 300
 * log and 301 report of each recordable case, and the 300A summary of each year with its certification. Kept and read
 * by those who keep the records, the same people who read medical details: the safety advisor, the UPM and the
 * producers (1904.35 limits who sees the case details); anyone else on the production is refused, and the refusal
 * logged; someone not on it gets 404. The establishment and the certification are the UPM's or a producer's.
 */
@Service
public class OshaRecords {

  /** Who keeps the establishment and records the executive's certification. */
  static final Set<CrewRole> PRODUCTION_OFFICE = EnumSet.of(CrewRole.UPM, CrewRole.PRODUCER);

  /** 52 weekly pay periods: how a production pays its crew, and how the 300A worksheet averages employees. */
  static final int PAY_PERIODS = 52;

  public record EstablishmentInput(String name, String companyName, String ein, String streetAddress, String city,
      String state, String zip, String naicsCode, String industryDescription, String size, String type) {}

  public record EstablishmentView(String name, String companyName, String ein, String streetAddress, String city,
      String state, String zip, String naicsCode, String industryDescription, Establishment.Size size,
      String sizeCode, Establishment.Type type, String typeCode, String recordedBy, Instant recordedAt) {}

  /**
   * A decision as the safety advisor, UPM or producer sends it. {@code personIndex} is the injured person's place in
   * the incident's people (left out when only one was injured); enums by name; {@code why} always.
   */
  public record DecisionInput(Integer personIndex, Boolean workRelated, Boolean death, LocalDate dateOfDeath,
      LocalDate daysAwayFrom, LocalDate backToWorkOn, LocalDate restrictedFrom, LocalDate fullDutyOn,
      String medicalTreatment, List<String> firstAid, Boolean lossOfConsciousness, String significantDiagnosis,
      String injuryType, String privacyConcern, String jobTitle, String description, String beforeIncident,
      String injuryIllness, String objectOrSubstance, LocalTime timeStartedWork, Boolean treatedInEmergencyRoom,
      Boolean hospitalizedOvernight, String physician, String treatmentFacility, String why, String employeeStreet,
      String employeeCity, String employeeState, String employeeZip, LocalDate dateOfBirth, LocalDate dateHired,
      String sex, String facilityStreet, String facilityCity, String facilityState, String facilityZip) {}

  public record DecisionView(UUID id, UUID supersedes, boolean recordable, boolean workRelated,
      List<Criterion> criteriaMet, Set<FirstAid> firstAid, String medicalTreatment, String significantDiagnosis,
      boolean lossOfConsciousness, boolean death, LocalDate dateOfDeath, Outcome outcome, int daysAway,
      int daysRestricted, InjuryType injuryType, PrivacyConcern privacyConcern, String jobTitle, String description,
      String why, String decidedBy, Instant decidedAt, EmployeeDetails employee) {}

  /** A case: one injured person of an incident, its number on the log if recordable, and every decision on it. */
  public record CaseView(UUID incidentId, int personIndex, String employee, LocalDate injuredOn, String caseNumber,
      DecisionView inForce, List<DecisionView> decisions) {}

  public record CertificationView(String executiveName, String executiveTitle, LocalDate certifiedOn,
      String recordedBy, Instant recordedAt) {}

  /**
   * A year's 300A: the totals, whether it is certified (a certification whose totals no longer match the log does
   * not count, and is shown as such), and the establishment it is for (null while none is recorded).
   */
  public record SummaryView(int year, EstablishmentView establishment, AnnualSummary totals, boolean certified,
      CertificationView certification, boolean changedSinceCertified) {}

  /** The 300 log of a year. */
  public record LogView(int year, EstablishmentView establishment, List<LogLine> lines, AnnualSummary totals) {}

  /** A 301 report: the case as the log has it, the person's name always (the 301 is kept confidential), details. */
  public record Form301(EstablishmentView establishment, String caseNumber, String employee, LocalDate injuredOn,
      LocalTime timeOfEvent, String where, String whatHappened, CaseDecision decision, Outcome outcome, int daysAway,
      int daysRestricted, String completedBy, String completedByRole, LocalDate completedOn) {}

  private final OshaStore store;
  private final IncidentStore incidents;
  private final ProductionAccess access;
  private final CrewList crew;
  private final HoursWorked hours;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OshaRecords(OshaStore store, IncidentStore incidents, ProductionAccess access, CrewList crew, HoursWorked hours,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.access = access;
    this.crew = crew;
    this.hours = hours;
    this.events = events;
    this.clock = clock;
  }

  // ---- establishment ----

  @Transactional
  public EstablishmentView recordEstablishment(UUID productionId, EstablishmentInput input) {
    OnSet caller = office(productionId, "the establishment");
    if (input == null) {
      throw new InvalidInputException("name", "Size", "name must be 1 to 100 characters")
          .saying("input.incident.size", "name", 100);
    }
    Establishment e = new Establishment(UUID.randomUUID(), productionId, input.name(), input.companyName(),
        input.ein(), input.streetAddress(), input.city(), input.state(), input.zip(), input.naicsCode(),
        input.industryDescription(), oneOf(Establishment.Size.class, "size", input.size()),
        oneOf(Establishment.Type.class, "type", input.type()), caller.userId(), now());
    store.insert(e);
    events.publishEvent(new EstablishmentRecorded(UUID.randomUUID(), productionId, caller.userId(), e.recordedAt(),
        e.id(), e.name(), e.naicsCode(), e.size().itaCode()));
    return view(e);
  }

  @Transactional(readOnly = true)
  public EstablishmentView establishment(UUID productionId) {
    keeper(productionId, "the establishment");
    return store.establishment(productionId).map(this::view)
        .orElseThrow(() -> new NotFoundException("no OSHA establishment recorded for this production yet")
            .saying("input.incident.not-found.osha-establishment"));
  }

  // ---- decisions ----

  @Transactional
  public CaseView decide(UUID productionId, UUID incidentId, DecisionInput input) {
    OnSet caller = keeper(productionId, "recordability decisions");
    Incident incident = incident(productionId, incidentId);
    if (input == null) {
      throw new InvalidInputException("why", "Size", "why must be 1 to " + CaseDecision.MAX_WHY + " characters")
          .saying("input.incident.size", "why", CaseDecision.MAX_WHY);
    }
    int position = injured(incident, input.personIndex());
    if (input.workRelated() == null) {
      throw new InvalidInputException("workRelated", "Required", "workRelated is required: whether an event or "
          + "exposure at work caused or worsened it (1904.5); a case that is not work-related is not recorded")
          .saying("input.incident.osha.work-related.required");
    }
    Set<FirstAid> firstAid = new HashSet<>();
    List<String> aid = input.firstAid() == null ? List.of() : input.firstAid();
    for (int i = 0; i < aid.size(); i++) {
      firstAid.add(oneOf(FirstAid.class, "firstAid[" + i + "]", aid.get(i)));
    }
    firstAid.remove(null);
    Optional<CaseDecision> previous = last(store.decisions(incidentId, position));
    LocalDate injuredOn = injuredOn(incident);
    LocalDate today = caller.today();
    CaseDecision decision = new CaseDecision(UUID.randomUUID(), incidentId, position, productionId,
        previous.map(CaseDecision::id).orElse(null), input.workRelated(), yes(input.death()), input.dateOfDeath(),
        input.daysAwayFrom(), input.backToWorkOn(), input.restrictedFrom(), input.fullDutyOn(),
        input.medicalTreatment(), firstAid, yes(input.lossOfConsciousness()), input.significantDiagnosis(),
        oneOf(InjuryType.class, "injuryType", input.injuryType()),
        oneOf(PrivacyConcern.class, "privacyConcern", input.privacyConcern()), input.jobTitle(), input.description(),
        input.beforeIncident(), input.injuryIllness(), input.objectOrSubstance(), input.timeStartedWork(),
        yes(input.treatedInEmergencyRoom()), yes(input.hospitalizedOvernight()), input.physician(),
        input.treatmentFacility(),
        new EmployeeDetails(input.employeeStreet(), input.employeeCity(), input.employeeState(), input.employeeZip(),
            input.dateOfBirth(), input.dateHired(), oneOf(EmployeeDetails.Sex.class, "sex", input.sex()),
            input.facilityStreet(), input.facilityCity(), input.facilityState(), input.facilityZip()),
        input.why(), caller.userId(), now());
    decision.checkDates(injuredOn, today);
    boolean recordable = decision.recordable(injuredOn, today);
    if (recordable) {
      decision.checkComplete();
    } else {
      decision = decision.withoutEmployeeDetails();
    }
    store.insert(decision);
    String caseNumber = store.caseNumber(incidentId, position).map(OshaStore.CaseNumber::number).orElse(null);
    if (recordable && caseNumber == null) {
      caseNumber = store.number(productionId, incidentId, position, injuredOn.getYear(), decision.decidedAt()).number();
    }
    events.publishEvent(new RecordabilityDecided(UUID.randomUUID(), productionId, caller.userId(),
        decision.decidedAt(), incidentId, position, decision.id(), decision.supersedes(), recordable,
        recordable ? caseNumber : null));
    return caseView(caller, incident, position);
  }

  /** Every case of an incident: one per injured person, decided or not yet. */
  @Transactional(readOnly = true)
  public List<CaseView> cases(UUID productionId, UUID incidentId) {
    OnSet caller = keeper(productionId, "OSHA cases");
    Incident incident = incident(productionId, incidentId);
    List<CaseView> cases = new ArrayList<>();
    for (int i = 0; i < incident.people().size(); i++) {
      if (incident.people().get(i).involvement() == Involvement.INJURED) {
        cases.add(caseView(caller, incident, i));
      }
    }
    return cases;
  }

  // ---- the forms ----

  @Transactional(readOnly = true)
  public Form301 form301(UUID productionId, UUID incidentId, Integer personIndex) {
    OnSet caller = keeper(productionId, "the 301 report");
    Incident incident = incident(productionId, incidentId);
    return form301(caller, incident, injured(incident, personIndex));
  }

  /** The 301 of every recordable case of the year, in case-number order: what ITA's case data takes. */
  @Transactional(readOnly = true)
  public List<Form301> reports(UUID productionId, int year) {
    OnSet caller = keeper(productionId, "the 301 reports");
    checkYear(year);
    return lines(caller, year).stream()
        .map(l -> form301(caller, incident(productionId, l.incidentId()), l.personPosition())).toList();
  }

  private Form301 form301(OnSet caller, Incident incident, int position) {
    UUID productionId = caller.productionId();
    LocalDate injuredOn = injuredOn(incident);
    CaseDecision decision = last(store.decisions(incident.id(), position))
        .filter(d -> d.recordable(injuredOn, caller.today()))
        .orElseThrow(() -> new NotFoundException("this case is not decided recordable: it has no 301 report")
            .saying("input.incident.not-found.osha-301"));
    String number = store.caseNumber(incident.id(), position).map(OshaStore.CaseNumber::number).orElseThrow();
    ZonedDateTime at = incident.happenedAt().atZone(caller.production().timeZone());
    Member decider = crew.member(productionId, decision.decidedBy()).orElse(null);
    return new Form301(store.establishment(productionId).map(this::view).orElse(null), number,
        incident.people().get(position).name(), injuredOn, at.toLocalTime().truncatedTo(ChronoUnit.MINUTES),
        incident.where(), incident.whatHappened(), decision, decision.outcome(injuredOn, caller.today()),
        decision.daysAway(injuredOn, caller.today()), decision.daysRestricted(injuredOn, caller.today()),
        decider == null ? "?" : decider.displayName(), decider == null ? "" : roles(decider.roles()),
        decision.decidedAt().atZone(caller.production().timeZone()).toLocalDate());
  }

  @Transactional(readOnly = true)
  public LogView log(UUID productionId, int year) {
    OnSet caller = keeper(productionId, "the 300 log");
    checkYear(year);
    List<LogLine> lines = lines(caller, year);
    return new LogView(year, store.establishment(productionId).map(this::view).orElse(null), lines,
        totals(productionId, year, lines));
  }

  @Transactional(readOnly = true)
  public SummaryView summary(UUID productionId, int year) {
    OnSet caller = keeper(productionId, "the 300A summary");
    checkYear(year);
    return summary(caller, year);
  }

  /** Records a company executive's certification of the year's summary as it stands now (1904.32(b)(3)). */
  @Transactional
  public SummaryView certify(UUID productionId, int year, String executiveName, String executiveTitle,
      LocalDate certifiedOn) {
    OnSet caller = office(productionId, "the 300A certification");
    checkYear(year);
    if (store.establishment(productionId).isEmpty()) {
      throw new InvalidInputException("establishment", "Required", "record the production's OSHA establishment "
          + "before the summary is certified: the 300A names it").saying("input.incident.osha.establishment.required");
    }
    if (certifiedOn != null && certifiedOn.isAfter(caller.today())) {
      throw new InvalidInputException("certifiedOn", "NotInTheFuture", "certifiedOn must not be after today")
          .saying("input.incident.osha.certified-on.not-in-the-future");
    }
    AnnualSummary totals = totals(productionId, year, lines(caller, year));
    Certification c = new Certification(UUID.randomUUID(), productionId, year, executiveName, executiveTitle,
        certifiedOn, totals.fingerprint(), caller.userId(), now());
    store.insert(c);
    events.publishEvent(new SummaryCertified(UUID.randomUUID(), productionId, caller.userId(), c.recordedAt(), year,
        c.executiveName(), c.executiveTitle(), c.certifiedOn(), c.totalsSha256()));
    return summary(caller, year);
  }

  private SummaryView summary(OnSet caller, int year) {
    UUID productionId = caller.productionId();
    AnnualSummary totals = totals(productionId, year, lines(caller, year));
    Optional<Certification> certification = store.certification(productionId, year);
    boolean matches = certification.map(c -> c.totalsSha256().equals(totals.fingerprint())).orElse(false);
    return new SummaryView(year, store.establishment(productionId).map(this::view).orElse(null), totals, matches,
        certification.map(c -> new CertificationView(c.executiveName(), c.executiveTitle(), c.certifiedOn(),
            name(productionId, c.recordedBy()), c.recordedAt())).orElse(null),
        certification.isPresent() && !matches);
  }

  /** The recordable cases of the year, in case-number order, named or "Privacy case". */
  private List<LogLine> lines(OnSet caller, int year) {
    UUID productionId = caller.productionId();
    Map<String, String> numbers = new HashMap<>();
    store.caseNumbers(productionId, year)
        .forEach(n -> numbers.put(n.incidentId() + "/" + n.personPosition(), n.number()));
    Map<UUID, Incident> byId = new HashMap<>();
    List<LogLine> lines = new ArrayList<>();
    for (CaseDecision d : store.decisionsInForce(productionId)) {
      String number = numbers.get(d.incidentId() + "/" + d.personPosition());
      if (number == null) {
        continue;
      }
      Incident incident = byId.computeIfAbsent(d.incidentId(),
          id -> incidents.incident(productionId, id).orElseThrow());
      LocalDate injuredOn = injuredOn(incident);
      if (injuredOn.getYear() != year || !d.recordable(injuredOn, caller.today())) {
        continue;
      }
      lines.add(new LogLine(d.incidentId(), d.personPosition(), number,
          d.privacyCase() ? PrivacyConcern.PRIVACY_CASE : incident.people().get(d.personPosition()).name(),
          d.jobTitle(), injuredOn, incident.where(), d.description(), d.outcome(injuredOn, caller.today()),
          d.daysAway(injuredOn, caller.today()), d.daysRestricted(injuredOn, caller.today()), d.injuryType(),
          d.privacyCase()));
    }
    lines.sort(Comparator.comparing(LogLine::caseNumber));
    return lines;
  }

  /**
   * The totals with the hours staffing recorded on the production that year, rounded up to whole hours, and the
   * average number of employees as the 300A worksheet takes it: the people paid in each weekly pay period, summed,
   * divided by the year's 52 pay periods, rounded up to the next whole number.
   */
  AnnualSummary totals(UUID productionId, int year, List<LogLine> lines) {
    List<HoursWorked.WorkedDay> worked = hours.worked(productionId, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
    long minutes = worked.stream().mapToLong(w -> w.worked().toMinutes()).sum();
    Map<Integer, Set<UUID>> paid = new HashMap<>();
    worked.stream().filter(w -> !w.worked().isZero()).forEach(w -> paid.computeIfAbsent(
        Math.min(PAY_PERIODS - 1, (w.workDate().getDayOfYear() - 1) / 7), k -> new HashSet<>()).add(w.personId()));
    int headcounts = paid.values().stream().mapToInt(Set::size).sum();
    return AnnualSummary.of(year, lines, (minutes + 59) / 60, (headcounts + PAY_PERIODS - 1) / PAY_PERIODS);
  }

  // ---- helpers ----

  private CaseView caseView(OnSet caller, Incident incident, int position) {
    List<CaseDecision> decisions = store.decisions(incident.id(), position);
    LocalDate injuredOn = injuredOn(incident);
    List<DecisionView> views = decisions.stream().map(d -> view(caller, d, injuredOn)).toList();
    return new CaseView(incident.id(), position, incident.people().get(position).name(), injuredOn,
        store.caseNumber(incident.id(), position).map(OshaStore.CaseNumber::number).orElse(null),
        views.isEmpty() ? null : views.get(views.size() - 1), views);
  }

  private DecisionView view(OnSet caller, CaseDecision d, LocalDate injuredOn) {
    LocalDate today = caller.today();
    boolean recordable = d.recordable(injuredOn, today);
    return new DecisionView(d.id(), d.supersedes(), recordable, d.workRelated(), d.criteriaMet(injuredOn, today),
        d.firstAid(), d.medicalTreatment(), d.significantDiagnosis(), d.lossOfConsciousness(), d.death(),
        d.dateOfDeath(), recordable ? d.outcome(injuredOn, today) : null, d.daysAway(injuredOn, today),
        d.daysRestricted(injuredOn, today), d.injuryType(), d.privacyConcern(), d.jobTitle(), d.description(),
        d.why(), name(caller.productionId(), d.decidedBy()), d.decidedAt(), d.employee());
  }

  private EstablishmentView view(Establishment e) {
    return new EstablishmentView(e.name(), e.companyName(), e.ein(), e.streetAddress(), e.city(), e.state(), e.zip(),
        e.naicsCode(), e.industryDescription(), e.size(), e.size().itaCode(), e.type(), e.type().itaCode(),
        name(e.productionId(), e.recordedBy()), e.recordedAt());
  }

  /** The position of the injured person the case is about: the one injured, or the one named by index. */
  private static int injured(Incident incident, Integer personIndex) {
    List<Involved> people = incident.people();
    if (personIndex == null) {
      List<Integer> injured = new ArrayList<>();
      for (int i = 0; i < people.size(); i++) {
        if (people.get(i).involvement() == Involvement.INJURED) {
          injured.add(i);
        }
      }
      if (injured.size() == 1) {
        return injured.get(0);
      }
      throw new InvalidInputException("personIndex", injured.isEmpty() ? "Injured" : "Required", injured.isEmpty()
          ? "no one is named injured in this incident: an OSHA case is about an injured person"
          : "several people were injured: personIndex names whose case this is (their place among the people)")
          .saying("input.incident.osha.person-index." + (injured.isEmpty() ? "no-one-injured" : "several-injured"));
    }
    if (personIndex < 0 || personIndex >= people.size()
        || people.get(personIndex).involvement() != Involvement.INJURED) {
      throw new InvalidInputException("personIndex", "Injured", "personIndex must name an injured person among "
          + "the incident's people").saying("input.incident.osha.person-index.injured");
    }
    return personIndex;
  }

  private Incident incident(UUID productionId, UUID incidentId) {
    return incidents.incident(productionId, incidentId)
        .orElseThrow(() -> new NotFoundException("no incident " + incidentId + " on this production")
            .saying("input.incident.not-found.incident", incidentId));
  }

  private LocalDate injuredOn(Incident incident) {
    return incident.happenedAt().atZone(crew.production(incident.productionId()).timeZone()).toLocalDate();
  }

  private static void checkYear(int year) {
    if (year < 1990 || year > 2100) {
      throw new InvalidInputException("year", "Range", "year must be between 1990 and 2100")
          .saying("input.incident.osha.year.range");
    }
  }

  /** Those who keep the records: the medical details' readers. Anyone else on the production is refused, logged. */
  private OnSet keeper(UUID productionId, String what) {
    OnSet caller = access.onSet(productionId);
    if (!caller.holdsAny(MedicalDetailsPolicy.READERS)) {
      refuse(productionId, what, "not the safety advisor, UPM or producer");
      throw new AccessRefusedException("The OSHA records are kept and read by the safety advisor, the UPM and the "
          + "producers only (29 CFR 1904.35 limits who sees case details).")
          .saying("input.incident.not-allowed.osha-records");
    }
    return caller;
  }

  private OnSet office(UUID productionId, String what) {
    OnSet caller = access.onSet(productionId);
    if (!caller.holdsAny(PRODUCTION_OFFICE)) {
      refuse(productionId, what, "not the UPM or a producer");
      throw new AccessRefusedException("The establishment and the certification of the OSHA summary are recorded by "
          + "the UPM or a producer.").saying("input.incident.not-allowed.osha-summary");
    }
    return caller;
  }

  private static void refuse(UUID productionId, String what, String why) {
    org.setsafe.shared.SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"),
        "OSHA records (" + what + ") on production " + productionId, why);
  }

  /** A yes-or-no left out is no. */
  private static boolean yes(Boolean answer) {
    return Boolean.TRUE.equals(answer);
  }

  private static <T> Optional<T> last(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  private String name(UUID productionId, UUID userId) {
    return userId == null ? "SetSafe" : crew.member(productionId, userId).map(Member::displayName).orElse("?");
  }

  private static String roles(Set<CrewRole> roles) {
    return roles.stream().filter(r -> MedicalDetailsPolicy.READERS.contains(r)).sorted()
        .map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A choice by name; null when not sent; refused naming the field and the choices when unknown. */
  static <E extends Enum<E>> E oneOf(Class<E> type, String field, String sent) {
    if (sent == null || sent.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, sent.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new InvalidInputException(field, "OneOf", field + " is one of: " + choices)
          .saying("input.incident.osha.one-of", field, choices);
    }
  }
}
