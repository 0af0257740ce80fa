package org.setsafe.reporting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.setsafe.reporting.ReportEvents.MitigationStarted;
import org.setsafe.reporting.ReportEvents.ReportAcknowledged;
import org.setsafe.reporting.ReportEvents.ReportCommented;
import org.setsafe.reporting.ReportEvents.ReportPhotoAdded;
import org.setsafe.reporting.ReportEvents.ReportReopened;
import org.setsafe.reporting.ReportEvents.ReportResolved;
import org.setsafe.reporting.domain.Anonymity;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.Lifecycle;
import org.setsafe.reporting.domain.ReceiptCode;
import org.setsafe.reporting.domain.ReportState;
import org.setsafe.reporting.domain.ReportStep;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StepKind;
import org.setsafe.shared.ImageTypes;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Text;
import org.setsafe.shared.TextRule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hazard reports: filed by the crew (named), by anyone holding the production's public link (anonymous), or
 * by SetSafe itself from custody facts; then acknowledged, mitigated and resolved, with who and when on every
 * step, and re-opened when the hazard is back. Nothing is ever deleted.
 *
 * <p>What an anonymous report keeps: no account, no address, no browser, no cookie, its times to the hour, and
 * its receipt code only as an argon2id hash found by an eight-digit lookup prefix. Only the code reaches it.
 */
@Service
public class Reports {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 4000;
  public static final int MAX_LOCATION = 200;
  public static final int MAX_NOTE = 4000;
  public static final int MAX_DEPARTMENT = 60;

  /** OWASP's argon2id minimum, as for passwords: m = 19 MiB, t = 2, p = 1; 16-byte salt, 32-byte hash. */
  private static final Argon2PasswordEncoder RECEIPTS = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  /**
   * A hash with the same parameters, so that a code whose prefix matches nothing costs as long to refuse as a wrong
   * one. Made once from random digits nobody kept, and written here rather than hashed at every start (where it
   * took a noticeable share of start-up); it can never match, since a miss is refused before the hash is looked at.
   */
  private static final String DECOY =
      "$argon2id$v=19$m=19456,t=2,p=1$uCpC42Y1Pac/nTQkM3egyg$mv9/co6EkK2d8X4B2CBUFMinlGMemvvsbf0bgQcMIHQ";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What a person files: the same for named and anonymous reports. */
  public record NewReport(Hazard category, Severity severity, String title, String description,
      UUID sceneId, String location, String department, boolean resignation) {}

  /** A photo as uploaded: its declared type and its bytes. */
  public record PhotoUpload(String contentType, byte[] bytes) {}

  /** What the anonymous reporter takes away: the code, shown once, and which report it follows. */
  public record Receipt(UUID reportId, String code, String productionName) {
    @Override
    public String toString() {
      return "Receipt[reportId=" + reportId + ", code=(hidden)]";
    }
  }

  /** One step on a report, as the crew and the reporter see it. */
  public record StepView(int stepNo, StepKind kind, String who, String note, Instant at) {}

  /** A report as the pages and the API show it, with its age and how far escalation has taken it. */
  public record ReportView(UUID id, UUID productionId, Hazard category, Severity severity, String title,
      String description, UUID sceneId, String scene, String location, String department, boolean resignation,
      boolean anonymous, String reportedBy, String source, Instant reportedAt, ReportState state, Duration age,
      String escalationLevel, List<StepView> steps, List<UUID> photoIds) {
    public boolean open() {
      return state.isOpen();
    }
  }

  private final ReportStore store;
  private final ReportingDesk desk;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final ManagementReviews reviews;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<EscalationStatus> escalation;
  private final ReportingRefusals refusals;
  private final Clock clock;
  private final int maxPhotoBytes;

  Reports(ReportStore store, ReportingDesk desk, CrewList crew, ShootingSchedule schedule, ManagementReviews reviews,
      ApplicationEventPublisher events, ObjectProvider<EscalationStatus> escalation, ReportingRefusals refusals,
      Clock clock,
      @Value("${setsafe.reporting.max-photo-bytes:5242880}") int maxPhotoBytes) {
    this.store = store;
    this.desk = desk;
    this.crew = crew;
    this.schedule = schedule;
    this.reviews = reviews;
    this.events = events;
    this.escalation = escalation;
    this.refusals = refusals;
    this.clock = clock;
    this.maxPhotoBytes = maxPhotoBytes;
  }

  // ---- filing ----

  /** A crew member reports a hazard under their own name. */
  @Transactional
  public ReportView file(UUID productionId, NewReport input, PhotoUpload photo) {
    OnSet caller = desk.caller(productionId);
    NewReport report = checked(productionId, input);
    String department = report.department() != null ? report.department()
        : crew.members(productionId).stream().filter(m -> m.userId().equals(caller.userId())).findFirst()
            .map(Member::department).orElse(null);
    Instant now = now();
    HazardReport filed = new HazardReport(UUID.randomUUID(), productionId, report.category(), report.severity(),
        report.title(), report.description(), report.sceneId(), report.location(), department, report.resignation(),
        false, caller.userId(), null, now, List.of());
    PhotoUpload image = checkedPhoto(photo);
    store.insertReport(filed, null, null, null);
    events.publishEvent(new HazardReported(UUID.randomUUID(), productionId, caller.userId(), now, filed.id(),
        filed.category(), filed.severity(), filed.title(), false, null));
    addPhoto(filed, caller.userId(), now, image);
    reviews.consider(filed, now);
    return view(filed.id(), productionId, memberNames(productionId));
  }

  /**
   * Anyone holding the production's public link reports a hazard without an account. Nothing about who they
   * are is read or kept; they get a receipt code to follow the report, shown once.
   */
  @Transactional
  public Receipt fileAnonymously(String publicToken, NewReport input, PhotoUpload photo) {
    UUID productionId = productionOfLink(publicToken);
    NewReport report = checked(productionId, input);
    PhotoUpload image = checkedPhoto(photo);
    Instant coarse = Anonymity.coarse(now());
    ReceiptCode code = ReceiptCode.random();
    while (store.receipt(code.lookup()).isPresent()) {
      code = ReceiptCode.random();
    }
    HazardReport filed = new HazardReport(UUID.randomUUID(), productionId, report.category(), report.severity(),
        report.title(), report.description(), report.sceneId(), report.location(), report.department(),
        report.resignation(), true, null, null, coarse, List.of());
    store.insertReport(filed, code.lookup(), RECEIPTS.encode(code.digits()), null);
    events.publishEvent(new HazardReported(UUID.randomUUID(), productionId, null, coarse, filed.id(),
        filed.category(), filed.severity(), filed.title(), true, null));
    addPhoto(filed, null, coarse, image);
    reviews.consider(filed, coarse);
    return new Receipt(filed.id(), code.grouped(), productionName(productionId));
  }

  /**
   * SetSafe files a report from another module's fact, once per fact however often it is delivered.
   * {@code source} names the fact's kind.
   */
  @Transactional
  void fileAutomatically(UUID sourceFactId, String source, UUID productionId, Hazard category,
      Severity severity, String title, String description, Instant occurredAt) {
    if (store.reportedFrom(sourceFactId)) {
      return;
    }
    HazardReport filed = new HazardReport(UUID.randomUUID(), productionId, category, severity,
        clip(TextRule.quoted(title), MAX_TITLE), clip(TextRule.quoted(description), MAX_DESCRIPTION), null, null,
        null, false, false, null, source,
        occurredAt, List.of());
    store.insertReport(filed, null, null, sourceFactId);
    events.publishEvent(new HazardReported(UUID.randomUUID(), productionId, null, occurredAt, filed.id(), category,
        severity, filed.title(), false, source));
  }

  // ---- the crew acting on a report ----

  /** Someone who can act takes the report on: its escalation stops. */
  @Transactional
  public ReportView acknowledge(UUID productionId, UUID reportId, String note) {
    OnSet caller = actor(productionId, reportId, "acknowledge reports");
    String text = Text.optional("note", note, MAX_NOTE);
    HazardReport report = step(caller, reportId, StepKind.ACKNOWLEDGED, text);
    events.publishEvent(new ReportAcknowledged(UUID.randomUUID(), productionId, caller.userId(), now(),
        report.id()));
    return view(reportId, productionId, memberNames(productionId));
  }

  /** Work on the hazard begins; {@code what} says what is being done. */
  @Transactional
  public ReportView startMitigation(UUID productionId, UUID reportId, String what) {
    OnSet caller = actor(productionId, reportId, "start mitigation");
    String text = Text.required("what", what, MAX_NOTE);
    step(caller, reportId, StepKind.MITIGATION_STARTED, text);
    events.publishEvent(new MitigationStarted(UUID.randomUUID(), productionId, caller.userId(), now(),
        reportId, text));
    return view(reportId, productionId, memberNames(productionId));
  }

  /** Anyone on the crew adds to a report; it stays where it is. */
  @Transactional
  public ReportView comment(UUID productionId, UUID reportId, String comment) {
    OnSet caller = desk.caller(productionId);
    String text = Text.required("comment", comment, MAX_NOTE);
    step(caller, reportId, StepKind.COMMENTED, text);
    events.publishEvent(new ReportCommented(UUID.randomUUID(), productionId, caller.userId(), now(),
        reportId, false, text));
    return view(reportId, productionId, memberNames(productionId));
  }

  /**
   * Resolves a report: the safety advisor signs it off with a reason, or the person who reported it by name
   * confirms it is fixed. Nobody else may close someone's concern.
   */
  @Transactional
  public ReportView resolve(UUID productionId, UUID reportId, String how) {
    OnSet caller = desk.caller(productionId);
    HazardReport report = store.lockReport(productionId, reportId)
        .orElseThrow(() -> new NotFoundException("no report " + reportId + " on this production"));
    boolean advisor = caller.holds(CrewRole.SAFETY_ADVISOR);
    boolean reporter = caller.userId().equals(report.reporterId());
    if (!advisor && !reporter) {
      throw refusals.refuse(productionId, caller.userId(), "report:" + reportId, "resolve",
          "A report is resolved only when the person who reported it confirms it, "
          + "or the safety advisor signs it off with a reason.");
    }
    String text = advisor && !reporter ? Text.required("how", how, MAX_NOTE) : Text.optional("how", how, MAX_NOTE);
    String recorded = text != null ? text : "Confirmed fixed by the reporter";
    append(report, StepKind.RESOLVED, caller.userId(), reporter, recorded, now());
    events.publishEvent(new ReportResolved(UUID.randomUUID(), productionId, caller.userId(), now(),
        reportId, (reporter ? "reporter confirmed: " : "safety advisor signed off: ") + recorded));
    return view(reportId, productionId, memberNames(productionId));
  }

  /** Anyone on the crew re-opens a resolved report, saying why: the hazard is back or was never fixed. */
  @Transactional
  public ReportView reopen(UUID productionId, UUID reportId, String why) {
    OnSet caller = desk.caller(productionId);
    String text = Text.required("why", why, MAX_NOTE);
    step(caller, reportId, StepKind.REOPENED, text);
    events.publishEvent(new ReportReopened(UUID.randomUUID(), productionId, caller.userId(), now(),
        reportId, text));
    return view(reportId, productionId, memberNames(productionId));
  }

  /** Adds a photo to a report (anyone on the crew). */
  @Transactional
  public ReportView addPhoto(UUID productionId, UUID reportId, PhotoUpload photo) {
    OnSet caller = desk.caller(productionId);
    HazardReport report = store.lockReport(productionId, reportId)
        .orElseThrow(() -> new NotFoundException("no report " + reportId + " on this production"));
    if (photo == null) {
      throw new InvalidInputException("photo", "Required", "photo is required");
    }
    addPhoto(report, caller.userId(), now(), checkedPhoto(photo));
    return view(reportId, productionId, memberNames(productionId));
  }

  // ---- the anonymous reporter, with the receipt code ----

  /** The report this code follows, as its reporter sees it; "not found" for any code that is not one. */
  @Transactional(readOnly = true)
  public ReportView follow(String code) {
    HazardReport report = byReceipt(code);
    return view(report.id(), report.productionId(), memberNames(report.productionId()));
  }

  /** The reporter adds to their report: more detail, or that it is still not fixed. */
  @Transactional
  public ReportView followUp(String code, String comment) {
    String text = Text.required("comment", comment, MAX_NOTE);
    HazardReport report = lockByReceipt(code);
    Instant coarse = Anonymity.coarse(now());
    append(report, StepKind.COMMENTED, null, true, text, coarse);
    events.publishEvent(new ReportCommented(UUID.randomUUID(), report.productionId(), null, coarse, report.id(), true,
        text));
    return follow(code);
  }

  /** The reporter confirms the hazard is dealt with: the report is resolved. */
  @Transactional
  public ReportView confirmResolved(String code, String note) {
    String text = Text.optional("note", note, MAX_NOTE);
    HazardReport report = lockByReceipt(code);
    Instant coarse = Anonymity.coarse(now());
    String recorded = text != null ? text : "Confirmed fixed by the reporter";
    append(report, StepKind.RESOLVED, null, true, recorded, coarse);
    events.publishEvent(new ReportResolved(UUID.randomUUID(), report.productionId(), null, coarse, report.id(),
        "reporter confirmed: " + recorded));
    return follow(code);
  }

  /** The reporter re-opens their resolved report, saying why. */
  @Transactional
  public ReportView reopenByReporter(String code, String why) {
    String text = Text.required("why", why, MAX_NOTE);
    HazardReport report = lockByReceipt(code);
    Instant coarse = Anonymity.coarse(now());
    append(report, StepKind.REOPENED, null, true, text, coarse);
    events.publishEvent(new ReportReopened(UUID.randomUUID(), report.productionId(), null, coarse, report.id(), text));
    return follow(code);
  }

  // ---- reading ----

  public List<ReportView> reports(UUID productionId) {
    desk.viewer(productionId);
    Map<UUID, String> names = memberNames(productionId);
    Map<UUID, String> scenes = sceneNumbers(productionId);
    return store.reports(productionId).stream().map(r -> view(r, names, scenes)).toList();
  }

  public List<ReportView> openReports(UUID productionId) {
    return reports(productionId).stream().filter(ReportView::open).toList();
  }

  public ReportView report(UUID productionId, UUID reportId) {
    desk.viewer(productionId);
    return view(reportId, productionId, memberNames(productionId));
  }

  /** A report's photo, only for those who may see the report. */
  public ReportStore.Photo photo(UUID productionId, UUID photoId) {
    desk.viewer(productionId);
    return store.photo(productionId, photoId).orElseThrow(() -> new NotFoundException("no photo " + photoId));
  }

  /** Whether the signed-in person may acknowledge and mitigate reports here, for showing buttons. */
  public boolean mayAct(UUID productionId) {
    return desk.holdsAny(productionId, ReportingDesk.ACTS_ON_REPORTS);
  }

  /** Whether the signed-in person filed this report under their own name, and so may confirm it resolved. */
  public boolean isReporter(UUID productionId, UUID reportId) {
    UUID me = desk.currentUserId();
    return me != null && store.report(productionId, reportId).map(r -> me.equals(r.reporterId())).orElse(false);
  }

  public boolean maySignOff(UUID productionId) {
    return desk.holdsAny(productionId, java.util.EnumSet.of(CrewRole.SAFETY_ADVISOR));
  }

  /**
   * Whether the signed-in person is on this production's crew, and so may file, comment and re-open here; studio
   * safety and administrators off the crew read reports and are not offered steps they may not take.
   */
  public boolean onTheCrew(UUID productionId) {
    return desk.onTheCrew(productionId);
  }

  public UUID currentUserId() {
    return desk.currentUserId();
  }

  /** The production's public report link token, made on first asking (crew only; it lets anyone report). */
  @Transactional
  public String publicLinkToken(UUID productionId) {
    desk.viewer(productionId);
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    return store.ensurePublicToken(productionId, Base64.getUrlEncoder().withoutPadding().encodeToString(random),
        now());
  }

  /** The production a public link belongs to, for the anonymous page: its name and its scenes, nothing else. */
  public PublicProduction publicProduction(String publicToken) {
    UUID productionId = productionOfLink(publicToken);
    return new PublicProduction(crew.production(productionId).name(), schedule.scenes(productionId));
  }

  /** What the anonymous report page shows of the production. */
  public record PublicProduction(String name, List<Scene> scenes) {}

  // ---- inside ----

  private OnSet actor(UUID productionId, UUID reportId, String what) {
    OnSet caller = desk.caller(productionId);
    if (!caller.holdsAny(ReportingDesk.ACTS_ON_REPORTS)) {
      throw refusals.refuse(productionId, caller.userId(), "report:" + reportId, what,
          "Only the safety advisor, the 1st AD, the UPM or a producer may " + what
          + "; anyone may comment, and anyone may call stop-work.");
    }
    return caller;
  }

  private HazardReport step(OnSet caller, UUID reportId, StepKind kind, String note) {
    HazardReport report = store.lockReport(caller.productionId(), reportId)
        .orElseThrow(() -> new NotFoundException("no report " + reportId + " on this production"));
    return append(report, kind, caller.userId(), false, note, now());
  }

  private HazardReport append(HazardReport report, StepKind kind, UUID actorId, boolean byReporter, String note,
      Instant at) {
    Lifecycle.allows(report, kind).ifPresent(refusal -> {
      throw refusals.refuseStep(report.productionId(), actorId, "report:" + report.id(),
          kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), refusal);
    });
    ReportStep step = new ReportStep(report.id(), report.lastStepNo() + 1, kind, actorId, byReporter, note, at);
    store.insertStep(report.productionId(), step);
    List<ReportStep> steps = new ArrayList<>(report.steps());
    steps.add(step);
    return report.withSteps(steps);
  }

  private HazardReport byReceipt(String typed) {
    Optional<ReceiptCode> code = ReceiptCode.parse(typed);
    Optional<ReportStore.Receipt> receipt = code.flatMap(c -> store.receipt(c.lookup()));
    boolean matches = RECEIPTS.matches(code.map(ReceiptCode::digits).orElse("0"),
        receipt.map(ReportStore.Receipt::hash).orElse(DECOY));
    if (receipt.isEmpty() || !matches) {
      throw new NotFoundException("No report has this receipt code. Check the digits and try again.");
    }
    return store.report(receipt.get().productionId(), receipt.get().reportId()).orElseThrow();
  }

  private HazardReport lockByReceipt(String code) {
    HazardReport report = byReceipt(code);
    return store.lockReport(report.productionId(), report.id()).orElseThrow();
  }

  private UUID productionOfLink(String publicToken) {
    if (publicToken == null || !publicToken.matches("[A-Za-z0-9_-]{16,64}")) {
      throw new NotFoundException("This report link is not valid. Ask the production for its current link.");
    }
    return store.productionOfPublicToken(publicToken)
        .orElseThrow(() -> new NotFoundException("This report link is not valid. Ask the production for its current link."));
  }

  private String productionName(UUID productionId) {
    return crew.production(productionId).name();
  }

  private NewReport checked(UUID productionId, NewReport input) {
    if (input == null) {
      throw new InvalidInputException("category", "Required", "category is required");
    }
    if (input.category() == null) {
      throw new InvalidInputException("category", "Required", "category is required (e.g. FIREARMS, STUNTS)");
    }
    if (input.severity() == null) {
      throw new InvalidInputException("severity", "Required", "severity is required (LOW, MEDIUM, HIGH or CRITICAL)");
    }
    String title = Text.required("title", input.title(), MAX_TITLE);
    String description = Text.required("description", input.description(), MAX_DESCRIPTION);
    String location = Text.optional("location", input.location(), MAX_LOCATION);
    String department = Text.optional("department", input.department(), MAX_DEPARTMENT);
    if (input.sceneId() != null) {
      boolean known = schedule.scenes(productionId).stream().anyMatch(s -> s.id().equals(input.sceneId()));
      if (!known) {
        throw new InvalidInputException("sceneId", "Exists", "no scene " + input.sceneId() + " on this production");
      }
    }
    return new NewReport(input.category(), input.severity(), title, description, input.sceneId(), location,
        department, input.resignation());
  }

  /** Images only, by what the bytes are and not only by what the browser claims, and no bigger than the limit. */
  private PhotoUpload checkedPhoto(PhotoUpload photo) {
    if (photo == null || photo.bytes() == null || photo.bytes().length == 0) {
      return null;
    }
    if (photo.bytes().length > maxPhotoBytes) {
      throw new InvalidInputException("photo", "Size", "photo must be at most " + (maxPhotoBytes / (1024 * 1024))
          + " MB");
    }
    String sniffed = ImageTypes.sniff(photo.bytes())
        .orElseThrow(() -> new InvalidInputException("photo", "ImageType", "photo must be a JPEG, PNG, WebP or HEIC image"));
    return new PhotoUpload(sniffed, photo.bytes());
  }

  private void addPhoto(HazardReport report, UUID actorId, Instant at, PhotoUpload photo) {
    if (photo == null) {
      return;
    }
    UUID photoId = UUID.randomUUID();
    store.insertPhoto(report.productionId(), new ReportStore.Photo(photoId, report.id(), photo.contentType(),
        photo.bytes()), at);
    events.publishEvent(new ReportPhotoAdded(UUID.randomUUID(), report.productionId(), actorId, at, report.id(),
        photoId, photo.contentType(), photo.bytes().length, sha256(photo.bytes())));
  }

  private ReportView view(UUID reportId, UUID productionId, Map<UUID, String> names) {
    HazardReport report = store.report(productionId, reportId)
        .orElseThrow(() -> new NotFoundException("no report " + reportId + " on this production"));
    return view(report, names, sceneNumbers(productionId));
  }

  private ReportView view(HazardReport r, Map<UUID, String> names, Map<UUID, String> scenes) {
    List<StepView> steps = r.steps().stream().map(s -> new StepView(s.stepNo(), s.kind(),
        s.byReporter() && s.actorId() == null ? "The reporter" : names.getOrDefault(s.actorId(), "Someone no longer on the crew"),
        s.note(), s.occurredAt())).toList();
    String reportedBy = r.anonymous() ? "Anonymous" : r.automatic() ? "SetSafe, from " + r.source()
        : names.getOrDefault(r.reporterId(), "Someone no longer on the crew");
    String level = r.state().isOpen()
        ? Optional.ofNullable(escalation.getIfAvailable()).flatMap(e -> e.levelOf(r.productionId(), r.id())).orElse(null)
        : null;
    Duration age = Duration.between(r.reportedAt(), r.resolvedAt().orElse(now()));
    return new ReportView(r.id(), r.productionId(), r.category(), r.severity(), r.title(), r.description(),
        r.sceneId(), r.sceneId() == null ? null : scenes.get(r.sceneId()), r.location(), r.department(),
        r.resignation(), r.anonymous(), reportedBy, r.source(), r.reportedAt(), r.state(),
        age.isNegative() ? Duration.ZERO : age, level, steps, store.photosOf(r.id()));
  }

  private Map<UUID, String> memberNames(UUID productionId) {
    return crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
  }

  private Map<UUID, String> sceneNumbers(UUID productionId) {
    return schedule.scenes(productionId).stream()
        .collect(Collectors.toMap(Scene::id, s -> "Sc. " + s.number(), (a, b) -> a));
  }

  private static String clip(String text, int max) {
    String t = text == null || text.isBlank() ? "-" : text.strip();
    return t.length() > max ? t.substring(0, max - 1) + "…" : t;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Now, to the millisecond: what the database keeps exactly, so a time read back equals the time written. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
