package org.setsafe.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.budget.BudgetEvents.ChangeRefused;
import org.setsafe.budget.BudgetEvents.CutFlagged;
import org.setsafe.budget.BudgetEvents.LineChanged;
import org.setsafe.budget.ChangeLine.Checked;
import org.setsafe.budget.domain.BudgetStore;
import org.setsafe.budget.domain.CutPolicy;
import org.setsafe.budget.domain.CutPolicy.Cut;
import org.setsafe.budget.domain.LineVersion;
import org.setsafe.budget.domain.Money;
import org.setsafe.production.OnSet;
import org.setsafe.reporting.ManagementReviews;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The UPM or a producer changes a safety line: a new version, on the ledger, with who, when and why. A cut below
 * what the schedule needs, or by more than the allowed share, is refused without a written reason (the refusal
 * recorded as evidence) and with one opens a management review the producer answers and studio safety sees.
 */
@Service
public class SafetyBudget {

  private final BudgetStore store;
  private final BudgetRoles roles;
  private final BudgetViews views;
  private final SchedulesNeeds needs;
  private final CutPolicy policy;
  private final ManagementReviews reviews;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SafetyBudget(BudgetStore store, BudgetRoles roles, BudgetViews views, SchedulesNeeds needs, CutPolicy policy,
      ManagementReviews reviews, RefusalRecorder refusals, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.roles = roles;
    this.views = views;
    this.needs = needs;
    this.policy = policy;
    this.reviews = reviews;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public BudgetSheet change(UUID productionId, ChangeLine command) {
    OnSet caller = roles.editor(productionId);
    Checked change = command.checked();
    store.lock(productionId);
    List<LineVersion> versions = store.versions(productionId);
    String currency = views.currencyOf(versions);
    if (change.currency() != null && !change.currency().equals(currency)) {
      throw new InvalidInputException("currency", "SameCurrency", "this production's safety budget is kept in "
          + currency + "; enter amounts in " + currency).saying("input.budget.currency.same", currency);
    }
    LineVersion previous = versions.stream().filter(v -> v.kind() == change.kind())
        .max(Comparator.comparingInt(LineVersion::version)).orElse(null);
    BigDecimal needed = needs.of(productionId).units(change.kind());
    long plannedCents = Money.times(change.units(), change.rateCents());
    Optional<Cut> cut = policy.cut(previous, change.units(), plannedCents, needed);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Optional<Refusal> refusal = policy.check(cut, change.reason());
    if (refusal.isPresent()) {
      ChangeRefused refused = refusals.record(new ChangeRefused(UUID.randomUUID(), caller.userId(), now, productionId,
          change.kind().name(), change.kind().label(), refusal.get().rule(), refusal.get().reason()));
      throw new RuleRefusedException(refusal.get().field(), refusal.get(), refused.factId().toString());
    }
    UUID reviewId = cut.map(flagged -> reviews.openForSafetyBudgetCut(productionId, caller.userId(),
        flagged.why(), flagged.said(), change.reason())).orElse(null);
    LineVersion version = new LineVersion(UUID.randomUUID(), productionId, change.kind(),
        previous == null ? 1 : previous.version() + 1, currency, change.units(), change.rateCents(),
        keep(change.committedCents(), previous == null ? 0 : previous.committedCents()),
        change.kind().staffed() ? 0 : keep(change.actualCents(), previous == null ? 0 : previous.actualCents()),
        needed, change.note(), change.reason(), cut.map(Cut::why).orElse(null), reviewId, caller.userId(), now);
    store.append(version);
    events.publishEvent(new LineChanged(UUID.randomUUID(), caller.userId(), now, productionId, version.id(),
        version.kind().name(), version.kind().label(), version.version(), currency, version.plannedUnits().toPlainString(),
        version.rateCents(), version.committedCents(), version.actualCents(), needed.toPlainString(),
        version.reason()));
    cut.ifPresent(flagged -> events.publishEvent(new CutFlagged(UUID.randomUUID(), caller.userId(), now,
        productionId, version.kind().name(), version.kind().label(), version.version(), flagged.why(),
        version.reason(), reviewId)));
    return views.sheetOf(caller.production());
  }

  private static long keep(Long given, long before) {
    return given == null ? before : given;
  }
}
