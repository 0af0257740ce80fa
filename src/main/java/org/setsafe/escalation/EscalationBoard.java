package org.setsafe.escalation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.escalation.domain.Escalation;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.EscalationState;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.reporting.EscalationStatus;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Service;

/**
 * How far each open report has climbed: for reporting's pages and dashboard ({@link EscalationStatus}) and for
 * escalation's own page and API. Every member of the production sees it: nothing is hidden.
 */
@Service
public class EscalationBoard implements EscalationStatus {

  private final EscalationStore store;
  private final ProductionAccess access;
  private final WhoWasTold told;

  EscalationBoard(EscalationStore store, ProductionAccess access, WhoWasTold told) {
    this.store = store;
    this.access = access;
    this.told = told;
  }

  /** An open report's escalation, with every step fired so far. */
  public record OpenEscalation(UUID reportId, String title, String severity, String category, String state,
      int round, int level, String levelInWords, Instant reportedAt, Instant acknowledgedAt, Instant deadlineAt,
      List<FiredStep> steps, @JsonIgnore Said levelSaid) {}

  @Override
  public Optional<String> levelOf(UUID productionId, UUID reportId) {
    return store.find(reportId).filter(e -> e.productionId().equals(productionId)).flatMap(EscalationBoard::inWords);
  }

  @Override
  public Set<UUID> reachedYou(UUID productionId) {
    return SignedInUser.current().filter(user -> !user.isSystem())
        .map(user -> told.waitingFor(productionId, user.id()).stream().map(Escalation::reportId)
            .collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  public List<OpenEscalation> open(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return store.open(productionId).stream().map(this::view).toList();
  }

  /** One report's escalation (open or not), for its production's members. */
  public Optional<OpenEscalation> of(UUID productionId, UUID reportId) {
    access.require(productionId, Permission.VIEW);
    return store.find(reportId).filter(e -> e.productionId().equals(productionId)).map(this::view);
  }

  private OpenEscalation view(Escalation e) {
    return new OpenEscalation(e.reportId(), e.title(), e.severity().name(), e.category().name(), e.state().name(),
        e.round(), e.level(), inWords(e).orElse(null), e.reportedAt(), e.acknowledgedAt(), e.deadlineAt(),
        store.steps(e.reportId()), levelSaid(e).orElse(null));
  }

  private static Optional<String> inWords(Escalation e) {
    if (e.state() == EscalationState.RESOLVED) {
      return Optional.empty();
    }
    if (e.level() == 0) {
      return Optional.of("Not sent yet: first to " + e.policy().level(1).name());
    }
    String level = e.policy().describe(e.level());
    return Optional.of(e.state() == EscalationState.ACKNOWLEDGED ? "Acknowledged (" + level + ")" : level);
  }

  /**
   * {@link #inWords} for the escalation page in the reader's language: the place in the order as the notices say it,
   * the level's name as the production wrote it.
   */
  private static Optional<Said> levelSaid(Escalation e) {
    if (e.state() == EscalationState.RESOLVED) {
      return Optional.empty();
    }
    if (e.level() == 0) {
      return Optional.of(Said.of("escalation.level.not-sent", e.policy().level(1).name()));
    }
    Said place = e.level() <= EscalationPolicy.ORDINALS ? Said.of("notices.escalation.told." + e.level())
        : Said.of("notices.escalation.told.nth", e.level());
    Said level = Said.of("escalation.level.reached", place, e.policy().level(e.level()).name());
    return Optional.of(e.state() == EscalationState.ACKNOWLEDGED ? Said.of("escalation.level.acknowledged", level)
        : level);
  }
}
