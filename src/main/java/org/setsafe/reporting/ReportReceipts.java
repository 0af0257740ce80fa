package org.setsafe.reporting;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.setsafe.reporting.ReceiptCommand.ConfirmResolved;
import org.setsafe.reporting.ReceiptCommand.FollowUp;
import org.setsafe.reporting.ReceiptCommand.ReopenByReporter;
import org.setsafe.reporting.ReportEvents.ReportCommented;
import org.setsafe.reporting.ReportEvents.ReportReopened;
import org.setsafe.reporting.ReportEvents.ReportResolved;
import org.setsafe.reporting.domain.Anonymity;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.ReceiptCode;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StepKind;
import org.setsafe.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous reporter, with the receipt code: follows the report, adds to it, confirms it resolved or re-opens it.
 * The code is kept only as an argon2id hash found by an eight-digit lookup prefix, and only the code reaches the
 * report; every step is timed to the hour and names nobody.
 */
@Service
public class ReportReceipts {

  /** OWASP's argon2id minimum, as for passwords: m = 19 MiB, t = 2, p = 1; 16-byte salt, 32-byte hash. */
  static final Argon2PasswordEncoder RECEIPTS = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  /**
   * A hash with the same parameters, so that a code whose prefix matches nothing costs as long to refuse as a wrong
   * one. Made once from random digits nobody kept, and written here rather than hashed at every start (where it
   * took a noticeable share of start-up); it can never match, since a miss is refused before the hash is looked at.
   */
  static final String DECOY =
      "$argon2id$v=19$m=19456,t=2,p=1$uCpC42Y1Pac/nTQkM3egyg$mv9/co6EkK2d8X4B2CBUFMinlGMemvvsbf0bgQcMIHQ";

  /** A new receipt: the code to show once, and the hash that is all the report keeps of it. */
  record Issued(ReceiptCode code, String hash) {
    @Override
    public String toString() {
      return "Issued[code=(hidden)]";
    }
  }

  private final ReportStore store;
  private final LifecycleSteps steps;
  private final ReportViews views;
  private final ApplicationEventPublisher events;

  ReportReceipts(ReportStore store, LifecycleSteps steps, ReportViews views, ApplicationEventPublisher events) {
    this.store = store;
    this.steps = steps;
    this.views = views;
    this.events = events;
  }

  /** The report this code follows, as its reporter sees it; "not found" for any code that is not one. */
  @Transactional(readOnly = true)
  public ReportView follow(String code) {
    HazardReport report = byReceipt(code);
    return views.view(report.productionId(), report.id());
  }

  /** The reporter adds to their report: more detail, or that it is still not fixed. */
  @Transactional
  public ReportView followUp(FollowUp command) {
    String text = command.text();
    return byReporter(command, StepKind.COMMENTED, text,
        (report, at) -> new ReportCommented(UUID.randomUUID(), report.productionId(), null, at, report.id(), true, text));
  }

  /** The reporter confirms the hazard is dealt with: the report is resolved. */
  @Transactional
  public ReportView confirmResolved(ConfirmResolved command) {
    String text = command.text();
    String recorded = text != null ? text : LifecycleSteps.CONFIRMED_BY_REPORTER;
    return byReporter(command, StepKind.RESOLVED, recorded, (report, at) -> new ReportResolved(UUID.randomUUID(),
        report.productionId(), null, at, report.id(), "reporter confirmed: " + recorded));
  }

  /** The reporter re-opens their resolved report, saying why. */
  @Transactional
  public ReportView reopenByReporter(ReopenByReporter command) {
    String text = command.text();
    return byReporter(command, StepKind.REOPENED, text,
        (report, at) -> new ReportReopened(UUID.randomUUID(), report.productionId(), null, at, report.id(), text));
  }

  /** A code no report has yet, and its hash, for a report being filed anonymously. */
  Issued issue() {
    ReceiptCode code = ReceiptCode.random();
    while (store.receipt(code.lookup()).isPresent()) {
      code = ReceiptCode.random();
    }
    return new Issued(code, RECEIPTS.encode(code.digits()));
  }

  private HazardReport byReceipt(String typed) {
    Optional<ReceiptCode> code = ReceiptCode.parse(typed);
    Optional<ReportStore.Receipt> receipt = code.flatMap(c -> store.receipt(c.lookup()));
    boolean matches = RECEIPTS.matches(code.map(ReceiptCode::digits).orElse("0"),
        receipt.map(ReportStore.Receipt::hash).orElse(DECOY));
    if (receipt.isEmpty() || !matches) {
      throw new NotFoundException("No report has this receipt code. Check the digits and try again.")
          .saying("input.reporting.not-found.receipt");
    }
    return store.report(receipt.get().productionId(), receipt.get().reportId()).orElseThrow();
  }

  /**
   * The reporter's step on the report their code follows, timed to the hour and naming nobody, with the fact that
   * records it; the report as its reporter sees it after.
   */
  private ReportView byReporter(ReceiptCommand command, StepKind kind, String note,
      BiFunction<HazardReport, Instant, Object> fact) {
    HazardReport found = byReceipt(command.code());
    HazardReport report = store.lockReport(found.productionId(), found.id()).orElseThrow();
    Instant coarse = Anonymity.coarse(steps.now());
    steps.append(report, kind, null, true, note, coarse);
    events.publishEvent(fact.apply(report, coarse));
    return follow(command.code());
  }
}
