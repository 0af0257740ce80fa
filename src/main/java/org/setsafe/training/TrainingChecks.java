package org.setsafe.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.DecisionReads;
import org.setsafe.shared.Refusal;
import org.setsafe.training.domain.BriefingStore;
import org.setsafe.training.domain.BriefingStore.BriefedUnderRule;
import org.setsafe.training.domain.BriefingStore.StoredBriefing;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.CurrentQualificationPolicy;
import org.setsafe.training.domain.FirearmsHandlingPolicy;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;
import org.setsafe.training.domain.QualificationStore;
import org.springframework.stereotype.Component;

/** Training's answers to the other modules' checks, read straight from the store: the caller checked who asks. */
@Component
class TrainingChecks implements QualificationChecks {

  private final QualificationStore store;
  private final BriefingStore briefings;
  private final PerformerRules rules;
  private final CertificationViews views;
  private final QualificationAccess access;
  private final CurrentQualificationPolicy policy = new CurrentQualificationPolicy();
  private final FirearmsHandlingPolicy firearms = new FirearmsHandlingPolicy();

  TrainingChecks(QualificationStore store, BriefingStore briefings, PerformerRules rules, CertificationViews views,
      QualificationAccess access) {
    this.store = store;
    this.briefings = briefings;
    this.rules = rules;
    this.views = views;
    this.access = access;
  }

  @Override
  public Standing current(PersonId person, QualificationType type, LocalDate onDay) {
    List<CertificationRecord> inForce = store.inForce(Set.of(person.value()));
    Optional<CertificationRecord> current = policy.current(inForce, type.code(), onDay);
    if (current.isPresent()) {
      return new Standing(type, views.view(current.get()), null);
    }
    return new Standing(type, null, policy.check(inForce, type.code(), type.label(), onDay).orElseThrow());
  }

  @Override
  public Optional<Refusal> refusalIfNotCurrent(PersonId person, QualificationType type, LocalDate onDay) {
    // Asked on every armorer's custody step and twice on an issue (whose two people's records are read together,
    // readRecordsOf): the certificate's verifications, which only a page showing it needs, are not read.
    List<CertificationRecord> inForce = inForce(person);
    return policy.current(inForce, type.code(), onDay).isPresent() ? Optional.empty()
        : Optional.of(policy.check(inForce, type.code(), type.label(), onDay).orElseThrow());
  }

  @Override
  public void readRecordsOf(Set<PersonId> people) {
    if (!DecisionReads.keeping() || people.isEmpty()) {
      return;
    }
    // Each person's records in the order the store gives them: as they would have been read alone.
    Map<UUID, List<CertificationRecord>> byHolder = store.inForce(people.stream().map(PersonId::value)
        .collect(Collectors.toSet())).stream().collect(Collectors.groupingBy(CertificationRecord::holderId));
    people.forEach(person -> DecisionReads.kept(inForceKey(person),
        () -> List.copyOf(byHolder.getOrDefault(person.value(), List.of()))));
  }

  /** The latest version of each of the person's certifications, read once for a decision. */
  private List<CertificationRecord> inForce(PersonId person) {
    return DecisionReads.kept(inForceKey(person), () -> List.copyOf(store.inForce(Set.of(person.value()))));
  }

  private static List<Object> inForceKey(PersonId person) {
    return List.of(TrainingChecks.class, "in force", person);
  }

  @Override
  public Clearance mayHandleFirearms(UUID productionId, PersonId performer, LocalDate day) {
    Optional<Refusal> missing = refusalIfNotCurrent(performer, QualificationType.FIREARMS_SAFETY, day);
    if (missing.isEmpty()) {
      // Current training clears the performer whatever the briefings and the rule say: neither is read.
      return Clearance.CLEARED;
    }
    BriefedUnderRule briefed = briefings.briefedUnderRule(productionId, performer.value());
    List<LocalDate> givenOn = briefed.briefings().stream().map(StoredBriefing::givenOn).toList();
    return firearms.check(missing, givenOn, rules.orDefault(briefed.rule()), day)
        .map(Clearance::new)
        .orElse(Clearance.CLEARED);
  }

  @Override
  public Optional<Integer> daysABriefingCounts(UUID productionId) {
    PerformerRule rule = rules.of(productionId);
    return rule.briefingAccepted() ? Optional.of(rule.briefingValidDays()) : Optional.empty();
  }

  @Override
  public boolean overseesCrew(UUID productionId, SignedInUser reader) {
    return access.overseesCrew(productionId, reader);
  }
}
