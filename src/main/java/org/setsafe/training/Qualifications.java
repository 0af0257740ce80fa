package org.setsafe.training;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.setsafe.training.QualificationEvents.CertificationCorrected;
import org.setsafe.training.QualificationEvents.CertificationRecorded;
import org.setsafe.training.QualificationEvents.CertificationVerified;
import org.setsafe.training.QualificationEvents.CertificationWithdrawn;
import org.setsafe.training.QualificationEvents.QualificationTypeAdded;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.CurrentQualificationPolicy;
import org.setsafe.training.domain.QualificationStore;
import org.setsafe.training.domain.QualificationStore.StoredScan;
import org.setsafe.training.domain.QualificationStore.Verification;
import org.setsafe.training.domain.RequiredQualifications;
import org.setsafe.training.domain.ScanCopy;
import org.setsafe.training.domain.ScanFileName;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's qualifications: recording a certificate with its scanned copy, correcting or withdrawing it (a new
 * version; the earlier stays), a safety advisor's verification of the original, and the questions the gates
 * and the dashboard ask. A person's certificates and scans are seen only by them, administrators, studio
 * safety, and the safety advisor, UPM and producers of a production they are on.
 */
@Service
public class Qualifications {

  /** Roles on a production that look after its crew's qualifications. */
  static final Set<CrewRole> OVERSEERS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.PRODUCER);
  public static final int MAX_NOTE = 500;
  public static final int MAX_FILE_NAME = 200;
  private static final Pattern TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /** What a certificate says, as typed in. */
  public record NewCertification(String type, String issuer, String number, LocalDate issuedOn, LocalDate expiresOn) {}

  /** An uploaded scanned copy; its type is read from its content. */
  public record Upload(byte[] content, String fileName) {}

  public record Scan(UUID id, String mediaType, String fileName, int byteCount, String sha256) {}

  public record Verified(UUID by, UUID productionId, Instant at, String note) {}

  /** One version of a certification. */
  public record Certification(UUID id, int version, UUID holderId, QualificationType type, String issuer,
      String number, LocalDate issuedOn, LocalDate expiresOn, boolean withdrawn, String reason, Scan scan,
      UUID viaProductionId, UUID recordedBy, Instant recordedAt, List<Verified> verifications) {}

  /** A certification with every version, the one in force last. */
  public record CertificationHistory(UUID id, Certification inForce, List<Certification> versions) {}

  public record Reminder(UUID certificationId, QualificationType type, LocalDate expiresOn, int daysBefore,
      Instant recordedAt) {}

  /** Everything on record about one person's qualifications. */
  public record PersonQualifications(UUID userId, String displayName, List<CertificationHistory> certifications,
      List<Reminder> reminders) {}

  /** The scanned copy's bytes, for serving to those allowed. */
  public record ScanDownload(String mediaType, String fileName, byte[] content) {}

  /** Whether a person holds a current qualification on a day: the certificate that counts, or why none does. */
  public record Standing(QualificationType type, Certification current, String rule, String reason) {
    public boolean isCurrent() {
      return current != null;
    }
  }

  /** A person lacking a qualification the production needs of them. */
  public record Gap(UUID userId, String displayName, QualificationType type, QualificationStatus status,
      LocalDate expiresOn, String reason) {}

  /** The production's overview: gaps of the whole crew (for those who look after it) or of the caller alone. */
  public record Overview(UUID productionId, LocalDate today, boolean wholeCrew, List<Gap> gaps) {}

  private final QualificationStore store;
  private final Productions productions;
  private final ProductionAccess access;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int maxScanBytes;
  private final Duration expiringWindow;
  private final CurrentQualificationPolicy policy = new CurrentQualificationPolicy();
  private final RequiredQualifications required = new RequiredQualifications();

  Qualifications(QualificationStore store, Productions productions, ProductionAccess access, Accounts accounts,
      ApplicationEventPublisher events, Clock clock,
      @Value("${setsafe.training.scan-max-bytes:5242880}") int maxScanBytes,
      @Value("${setsafe.training.expiring-window:30d}") Duration expiringWindow) {
    this.store = store;
    this.productions = productions;
    this.access = access;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
    this.maxScanBytes = maxScanBytes;
    this.expiringWindow = expiringWindow;
  }

  public int maxScanBytes() {
    return maxScanBytes;
  }

  // ---- types ----

  public List<QualificationType> types() {
    return store.types();
  }

  @Transactional
  public QualificationType addType(String code, String label) {
    SignedInUser admin = access.requireAdministrator();
    String clean = Text.required("code", code, 40).toUpperCase(Locale.ROOT);
    if (!TYPE_CODE.matcher(clean).matches()) {
      throw new InvalidInputException("code", "Pattern",
          "code must be 2 to 40 letters, digits or underscores, starting with a letter (e.g. PYRO_LICENCE)");
    }
    QualificationType type = new QualificationType(clean, Text.required("label", label, 120));
    if (store.type(clean).isPresent()) {
      throw new ConflictException("code", "Unique", "there is already a qualification type " + clean);
    }
    Instant now = clock.instant();
    store.insertType(type, admin.id(), now);
    events.publishEvent(new QualificationTypeAdded(UUID.randomUUID(), admin.id(), now, null, type.code(), type.label()));
    return type;
  }

  // ---- recording ----

  /**
   * Records a certificate for a person: by the person, or for a crew member by the safety advisor, UPM or a
   * producer of {@code viaProductionId} (a production the person is on).
   */
  @Transactional
  public Certification record(UUID holderId, UUID viaProductionId, NewCertification details, Upload upload) {
    SignedInUser caller = mayRecordFor(holderId, viaProductionId);
    QualificationType type = knownType(details.type());
    Instant now = clock.instant();
    Optional<ScanCopy> scan = scanOf(upload);
    UUID certificationId = UUID.randomUUID();
    UUID scanId = scan.map(s -> UUID.randomUUID()).orElse(null);
    CertificationRecord record = new CertificationRecord(certificationId, 1, holderId, type.code(), details.issuer(),
        details.number(), details.issuedOn(), details.expiresOn(), false, null, scanId, viaProductionId, caller.id(), now);
    String sha = storeScan(scanId, holderId, scan, upload, caller.id(), now);
    store.insertCertification(record);
    events.publishEvent(new CertificationRecorded(UUID.randomUUID(), caller.id(), now, viaProductionId,
        certificationId, holderId, type.code(), record.issuer(), record.number(), record.issuedOn(), record.expiresOn(),
        scanId, sha));
    return view(record, store.verificationsOf(holderId));
  }

  /** Corrects a certificate: a new version with why. Without a new scan, the earlier scan stays with it. */
  @Transactional
  public Certification correct(UUID holderId, UUID certificationId, UUID viaProductionId, NewCertification details,
      Upload upload, String reason) {
    SignedInUser caller = mayRecordFor(holderId, viaProductionId);
    CertificationRecord latest = latest(holderId, certificationId);
    if (latest.withdrawn()) {
      throw new ConflictException("certificationId", "NotWithdrawn",
          "this certification was withdrawn; record a new one instead");
    }
    QualificationType type = knownType(details.type());
    String why = Text.required("reason", reason, CertificationRecord.MAX_REASON);
    Instant now = clock.instant();
    Optional<ScanCopy> scan = scanOf(upload);
    UUID scanId = scan.isPresent() ? UUID.randomUUID() : latest.scanId();
    CertificationRecord record = new CertificationRecord(certificationId, latest.version() + 1, holderId, type.code(),
        details.issuer(), details.number(), details.issuedOn(), details.expiresOn(), false, why, scanId,
        viaProductionId, caller.id(), now);
    if (scan.isEmpty() && sameCertificate(record, latest)) {
      throw new ConflictException("certificationId", "Changed", "the correction changes nothing in the record");
    }
    String sha = scan.isPresent() ? storeScan(scanId, holderId, scan, upload, caller.id(), now)
        : Optional.ofNullable(scanId).flatMap(store::scan).map(StoredScan::sha256).orElse(null);
    store.insertCertification(record);
    events.publishEvent(new CertificationCorrected(UUID.randomUUID(), caller.id(), now, viaProductionId,
        certificationId, record.version(), why, holderId, type.code(), record.issuer(), record.number(),
        record.issuedOn(), record.expiresOn(), scanId, sha));
    return view(record, store.verificationsOf(holderId));
  }

  /** Withdraws a certificate (revoked, or recorded in error): a new version; the earlier ones stay readable. */
  @Transactional
  public Certification withdraw(UUID holderId, UUID certificationId, UUID viaProductionId, String reason) {
    SignedInUser caller = mayRecordFor(holderId, viaProductionId);
    CertificationRecord latest = latest(holderId, certificationId);
    if (latest.withdrawn()) {
      throw new ConflictException("certificationId", "NotWithdrawn", "this certification is already withdrawn");
    }
    String why = Text.required("reason", reason, CertificationRecord.MAX_REASON);
    Instant now = clock.instant();
    CertificationRecord record = new CertificationRecord(certificationId, latest.version() + 1, holderId,
        latest.typeCode(), latest.issuer(), latest.number(), latest.issuedOn(), latest.expiresOn(), true, why,
        latest.scanId(), viaProductionId, caller.id(), now);
    store.insertCertification(record);
    events.publishEvent(new CertificationWithdrawn(UUID.randomUUID(), caller.id(), now, viaProductionId,
        certificationId, record.version(), why, holderId, record.typeCode()));
    return view(record, store.verificationsOf(holderId));
  }

  /** The safety advisor of a production the person is on confirms they saw the original of the version in force. */
  @Transactional
  public Certification verify(UUID holderId, UUID certificationId, UUID productionId, String note) {
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    if (productionId == null) {
      throw new InvalidInputException("productionId", "Required",
          "productionId is required: the production whose safety advisor verifies");
    }
    access.require(productionId, Permission.VIEW);
    Set<CrewRole> roles = productions.rolesOf(productionId, caller.id()).orElse(Set.of());
    if (!roles.contains(CrewRole.SAFETY_ADVISOR)) {
      refuse(caller, "verify a certification", "Only the production's safety advisor may verify a certificate.");
    }
    if (productions.rolesOf(productionId, holderId).isEmpty()) {
      throw new NotFoundException("no member " + holderId + " on this production");
    }
    CertificationRecord latest = latest(holderId, certificationId);
    if (latest.withdrawn()) {
      throw new ConflictException("certificationId", "NotWithdrawn", "a withdrawn certification cannot be verified");
    }
    String text = Text.optional("note", note, MAX_NOTE);
    Instant now = clock.instant();
    store.insertVerification(new Verification(UUID.randomUUID(), certificationId, latest.version(), productionId,
        caller.id(), now, text));
    events.publishEvent(new CertificationVerified(UUID.randomUUID(), caller.id(), now, productionId, certificationId,
        latest.version(), holderId, latest.typeCode(), text));
    return view(latest, store.verificationsOf(holderId));
  }

  // ---- reading ----

  /** Everything on record about the person's qualifications, for those allowed to see it. */
  public PersonQualifications of(UUID holderId) {
    Account holder = mayView(holderId);
    List<Verification> verifications = store.verificationsOf(holderId);
    Map<UUID, List<CertificationRecord>> byId = store.certificationsOf(holderId).stream()
        .collect(Collectors.groupingBy(CertificationRecord::certificationId, LinkedHashMap::new, Collectors.toList()));
    List<CertificationHistory> histories = byId.entrySet().stream().map(e -> {
      List<Certification> versions = e.getValue().stream().sorted(Comparator.comparingInt(CertificationRecord::version))
          .map(r -> view(r, verifications)).toList();
      return new CertificationHistory(e.getKey(), versions.get(versions.size() - 1), versions);
    }).sorted(Comparator.comparing((CertificationHistory h) -> h.inForce().withdrawn())
        .thenComparing(h -> h.inForce().type().label())).toList();
    Map<String, QualificationType> types = typesByCode();
    List<Reminder> reminders = store.remindersOf(holderId).stream().map(r -> new Reminder(r.certificationId(),
        types.getOrDefault(r.typeCode(), new QualificationType(r.typeCode(), r.typeCode())), r.expiresOn(),
        r.daysBefore(), r.recordedAt())).toList();
    return new PersonQualifications(holderId, holder.displayName(), histories, reminders);
  }

  /** The scanned copy of one version of a certification, for those allowed to see the person's records. */
  public ScanDownload scan(UUID holderId, UUID certificationId, int version) {
    mayView(holderId);
    CertificationRecord record = store.certificationsOf(holderId).stream()
        .filter(c -> c.certificationId().equals(certificationId) && c.version() == version).findFirst()
        .orElseThrow(() -> new NotFoundException("no such certification version of this person"));
    if (record.scanId() == null) {
      throw new NotFoundException("this certification has no scanned copy");
    }
    StoredScan scan = store.scan(record.scanId()).orElseThrow();
    byte[] content = store.scanContent(record.scanId()).orElseThrow();
    return new ScanDownload(scan.mediaType(), scan.fileName(), content);
  }

  /**
   * Whether the person holds a current qualification of this type on this day: the certificate that counts,
   * or the rule and the reason why none does ("Armorer permit expired on 2026-10-01"). For the custody gates;
   * no access check, so callers decide what to reveal.
   */
  public Standing current(UUID personId, QualificationType type, LocalDate onDay) {
    List<CertificationRecord> inForce = store.inForce(Set.of(personId));
    Optional<CertificationRecord> current = policy.current(inForce, type.code(), onDay);
    if (current.isPresent()) {
      return new Standing(type, view(current.get(), store.verificationsOf(personId)), null, null);
    }
    Refusal refusal = policy.check(inForce, type.code(), type.label(), onDay).orElseThrow();
    return new Standing(type, null, refusal.rule(), refusal.reason());
  }

  /**
   * Every crew member lacking a qualification the production needs of them on {@code today}, or holding one
   * that expires within {@code window}. Needs the caller to see the production.
   */
  public List<Gap> missingOrExpiring(UUID productionId, LocalDate today, Duration window) {
    List<Member> crew = productions.members(productionId);
    Map<String, QualificationType> types = typesByCode();
    Map<UUID, List<CertificationRecord>> inForce = store.inForce(crew.stream().map(Member::userId)
            .collect(Collectors.toSet())).stream()
        .collect(Collectors.groupingBy(CertificationRecord::holderId));
    LocalDate horizon = today.plusDays(window.toDays());
    List<Gap> gaps = new ArrayList<>();
    for (Member member : crew.stream().sorted(Comparator.comparing(Member::displayName)).toList()) {
      List<CertificationRecord> theirs = inForce.getOrDefault(member.userId(), List.of());
      for (String code : required.of(member.roles(), member.department())) {
        QualificationType type = types.getOrDefault(code, new QualificationType(code, code));
        Optional<CertificationRecord> current = policy.current(theirs, code, today);
        if (current.isPresent()) {
          LocalDate expires = current.get().expiresOn();
          if (expires != null && !expires.isAfter(horizon)) {
            gaps.add(new Gap(member.userId(), member.displayName(), type, QualificationStatus.EXPIRING, expires,
                type.label() + " expires on " + expires + "."));
          }
          continue;
        }
        String reason = policy.check(theirs, code, type.label(), today).orElseThrow().reason();
        Optional<LocalDate> expired = theirs.stream()
            .filter(c -> c.typeCode().equals(code) && !c.withdrawn() && c.expiresOn() != null
                && today.isAfter(c.expiresOn()))
            .map(CertificationRecord::expiresOn).max(Comparator.naturalOrder());
        gaps.add(new Gap(member.userId(), member.displayName(), type,
            expired.isPresent() ? QualificationStatus.EXPIRED : QualificationStatus.MISSING, expired.orElse(null),
            reason));
      }
    }
    return gaps;
  }

  /**
   * The production's qualification overview for the caller: the whole crew's gaps for the safety advisor,
   * UPM, producers, studio safety and administrators; everyone else sees their own.
   */
  public Overview overview(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser caller = SignedInUser.current().orElseThrow();
    LocalDate today = LocalDate.now(clock.withZone(production.timeZone()));
    boolean wholeCrew = overseesCrew(productionId, caller);
    List<Gap> gaps = missingOrExpiring(productionId, today, expiringWindow).stream()
        .filter(g -> wholeCrew || g.userId().equals(caller.id())).toList();
    return new Overview(productionId, today, wholeCrew, gaps);
  }

  /** Whether the caller looks after this production's crew qualifications (and may record for them). */
  public boolean overseesCrew(UUID productionId, SignedInUser caller) {
    return caller.isAdministrator() || caller.isStudioSafety()
        || productions.rolesOf(productionId, caller.id()).orElse(Set.of()).stream().anyMatch(OVERSEERS::contains);
  }

  /** Whether the caller records for crew members of this production (studio safety reads only). */
  public boolean recordsForCrew(UUID productionId) {
    return SignedInUser.current().map(caller -> productions.rolesOf(productionId, caller.id()).orElse(Set.of())
        .stream().anyMatch(OVERSEERS::contains)).orElse(false);
  }

  // ---- who may ----

  /** The holder's account, when the caller may see their records; 404 to strangers, 403 to crewmates. */
  private Account mayView(UUID holderId) {
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    Account holder = accounts.findById(holderId).orElseThrow(() -> notFound(holderId));
    if (caller.id().equals(holderId) || caller.isAdministrator() || caller.isStudioSafety()) {
      return holder;
    }
    boolean crewmate = false;
    for (Production p : productions.productionsOf(holderId)) {
      Optional<Set<CrewRole>> roles = productions.rolesOf(p.id(), caller.id());
      if (roles.isPresent()) {
        crewmate = true;
        if (roles.get().stream().anyMatch(OVERSEERS::contains)) {
          return holder;
        }
      }
    }
    if (crewmate) {
      refuse(caller, "see qualifications of " + holderId, "Only the person, and the safety advisor, UPM and"
          + " producers of a production they are on, may see their certificates.");
    }
    SecurityAudit.accessRefused(caller.getUsername(), "qualifications of " + holderId, "shares no production");
    throw notFound(holderId);
  }

  private SignedInUser mayRecordFor(UUID holderId, UUID viaProductionId) {
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    if (viaProductionId == null) {
      if (caller.id().equals(holderId)) {
        return caller;
      }
      mayView(holderId);
      refuse(caller, "record a certification for " + holderId, "To record a certificate for a crew member, name the"
          + " production (productionId) on which you are their safety advisor, UPM or producer.");
    }
    access.require(viaProductionId, Permission.VIEW);
    if (productions.rolesOf(viaProductionId, holderId).isEmpty()) {
      throw new NotFoundException("no member " + holderId + " on this production");
    }
    boolean oversees = productions.rolesOf(viaProductionId, caller.id()).orElse(Set.of()).stream()
        .anyMatch(OVERSEERS::contains);
    if (!caller.id().equals(holderId) && !oversees) {
      refuse(caller, "record a certification for " + holderId, "Only the person, or the production's safety advisor,"
          + " UPM or a producer, may record a certificate.");
    }
    return caller;
  }

  private static void refuse(SignedInUser caller, String what, String message) {
    SecurityAudit.accessRefused(caller.getUsername(), what, "role does not allow it");
    throw new AccessRefusedException(message);
  }

  private static NotFoundException notFound(UUID holderId) {
    return new NotFoundException("No person " + holderId + " whose qualifications you may see.");
  }

  // ---- helpers ----

  private QualificationType knownType(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("type", "Required", "type is required (e.g. ARMORER_PERMIT)");
    }
    return store.type(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> new InvalidInputException("type",
        "KnownType", "type '" + code.strip() + "' is not a qualification type on this installation; known: "
        + store.types().stream().map(QualificationType::code).collect(Collectors.joining(", "))));
  }

  private Optional<ScanCopy> scanOf(Upload upload) {
    if (upload == null || upload.content() == null) {
      return Optional.empty();
    }
    Text.optional("fileName", ScanFileName.clean(upload.fileName()), MAX_FILE_NAME);
    return Optional.of(ScanCopy.of(upload.content(), maxScanBytes));
  }

  private String storeScan(UUID scanId, UUID holderId, Optional<ScanCopy> scan, Upload upload, UUID by, Instant now) {
    if (scan.isEmpty()) {
      return null;
    }
    String sha = sha256(scan.get().content());
    store.insertScan(scanId, holderId, scan.get(), Text.optional("fileName", ScanFileName.clean(upload.fileName()), MAX_FILE_NAME), sha, by,
        now);
    return sha;
  }

  private CertificationRecord latest(UUID holderId, UUID certificationId) {
    return store.certificationsOf(holderId).stream().filter(c -> c.certificationId().equals(certificationId))
        .max(Comparator.comparingInt(CertificationRecord::version))
        .orElseThrow(() -> new NotFoundException("no certification " + certificationId + " of this person"));
  }

  private static boolean sameCertificate(CertificationRecord a, CertificationRecord b) {
    return a.typeCode().equals(b.typeCode()) && a.issuer().equals(b.issuer())
        && java.util.Objects.equals(a.number(), b.number()) && a.issuedOn().equals(b.issuedOn())
        && java.util.Objects.equals(a.expiresOn(), b.expiresOn());
  }

  private Map<String, QualificationType> typesByCode() {
    return store.types().stream().collect(Collectors.toMap(QualificationType::code, Function.identity()));
  }

  private Certification view(CertificationRecord r, List<Verification> verifications) {
    Scan scan = r.scanId() == null ? null : store.scan(r.scanId())
        .map(s -> new Scan(s.id(), s.mediaType(), s.fileName(), s.byteCount(), s.sha256())).orElse(null);
    QualificationType type = store.type(r.typeCode()).orElse(new QualificationType(r.typeCode(), r.typeCode()));
    List<Verified> verified = verifications.stream()
        .filter(v -> v.certificationId().equals(r.certificationId()) && v.version() == r.version())
        .map(v -> new Verified(v.verifiedBy(), v.productionId(), v.verifiedAt(), v.note())).toList();
    return new Certification(r.certificationId(), r.version(), r.holderId(), type, r.issuer(), r.number(),
        r.issuedOn(), r.expiresOn(), r.withdrawn(), r.reason(), scan, r.viaProductionId(), r.recordedBy(),
        r.recordedAt(), verified);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
