package org.setsafe.training;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.Refusal;
import org.setsafe.training.QualificationViews.Gap;
import org.setsafe.training.QualificationViews.Overview;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.CurrentQualificationPolicy;
import org.setsafe.training.domain.QualificationStore;
import org.setsafe.training.domain.RequiredQualifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A production's crew against the qualifications it needs of them: who lacks one, whose has expired, whose runs
 * out soon. The whole crew for those who look after it, studio safety and administrators; one's own for everyone
 * else on the production.
 */
@Component
public class CrewQualifications {

  private final QualificationStore store;
  private final ProductionAccess access;
  private final QualificationAccess qualificationAccess;
  private final CrewList crew;
  private final CertificationViews views;
  private final Duration expiringWindow;
  private final CurrentQualificationPolicy policy = new CurrentQualificationPolicy();
  private final RequiredQualifications required = new RequiredQualifications();

  CrewQualifications(QualificationStore store, ProductionAccess access, QualificationAccess qualificationAccess,
      CrewList crew, CertificationViews views,
      @Value("${setsafe.training.expiring-window:30d}") Duration expiringWindow) {
    this.store = store;
    this.access = access;
    this.qualificationAccess = qualificationAccess;
    this.crew = crew;
    this.views = views;
    this.expiringWindow = expiringWindow;
  }

  /** The production's qualification overview for the caller, on the production's today. */
  public Overview overview(UUID productionId) {
    OnSet on = access.onSet(productionId);
    SignedInUser caller = SignedInUser.current().orElseThrow();
    boolean wholeCrew = qualificationAccess.overseesCrew(productionId, caller);
    List<Gap> gaps = missingOrExpiring(productionId, on.today(), expiringWindow).stream()
        .filter(g -> wholeCrew || g.userId().equals(caller.id())).toList();
    return new Overview(productionId, on.today(), wholeCrew, gaps);
  }

  /**
   * Every crew member lacking a qualification the production needs of them on {@code today}, or holding one
   * that expires within {@code window}. No access check: the caller checked who asks.
   */
  private List<Gap> missingOrExpiring(UUID productionId, LocalDate today, Duration window) {
    List<Member> members = crew.members(productionId);
    Map<UUID, List<CertificationRecord>> inForce = store.inForce(members.stream().map(Member::userId)
            .collect(Collectors.toSet())).stream()
        .collect(Collectors.groupingBy(CertificationRecord::holderId));
    return missingOrExpiring(members, inForce, views.typesByCode(), today, window);
  }

  /**
   * The same gaps for several productions at once, from one read of their crews and one of the certificates in
   * force, each on its own today: for the studio's view of every production. No access check.
   */
  Map<UUID, List<Gap>> missingOrExpiring(Collection<UUID> productionIds, Map<UUID, LocalDate> todays) {
    Map<UUID, List<Member>> crews = crew.membersOf(productionIds);
    Set<UUID> everyone = crews.values().stream().flatMap(List::stream).map(Member::userId)
        .collect(Collectors.toSet());
    Map<UUID, List<CertificationRecord>> inForce = store.inForce(everyone).stream()
        .collect(Collectors.groupingBy(CertificationRecord::holderId));
    Map<String, QualificationType> types = views.typesByCode();
    Map<UUID, List<Gap>> gaps = new java.util.HashMap<>();
    // Each production's own today, as the caller read it from its clock; one it did not give is not judged.
    crews.forEach((id, members) -> {
      LocalDate today = todays.get(id);
      if (today != null) {
        gaps.put(id, missingOrExpiring(members, inForce, types, today, expiringWindow));
      }
    });
    return gaps;
  }

  private List<Gap> missingOrExpiring(List<Member> members, Map<UUID, List<CertificationRecord>> inForce,
      Map<String, QualificationType> types, LocalDate today, Duration window) {
    LocalDate horizon = today.plusDays(window.toDays());
    List<Gap> gaps = new ArrayList<>();
    for (Member member : members.stream().sorted(Comparator.comparing(Member::displayName)).toList()) {
      List<CertificationRecord> theirs = inForce.getOrDefault(member.userId(), List.of());
      for (String code : required.of(member.roles(), member.department())) {
        QualificationType type = types.getOrDefault(code, new QualificationType(code, code));
        Optional<CertificationRecord> current = policy.current(theirs, code, today);
        if (current.isPresent()) {
          LocalDate expires = current.get().expiresOn();
          if (expires != null && !expires.isAfter(horizon)) {
            gaps.add(new Gap(member.userId(), member.displayName(), type, QualificationStatus.EXPIRING, expires,
                // The pages say an expiring one in their own words; the API reads this English.
                type.label() + " expires on " + expires + ".", null));
          }
          continue;
        }
        Refusal reason = policy.check(theirs, code, type.label(), today).orElseThrow();
        Optional<LocalDate> expired = theirs.stream()
            .filter(c -> c.typeCode().equals(code) && !c.withdrawn() && c.expiresOn() != null
                && today.isAfter(c.expiresOn()))
            .map(CertificationRecord::expiresOn).max(Comparator.naturalOrder());
        gaps.add(new Gap(member.userId(), member.displayName(), type,
            expired.isPresent() ? QualificationStatus.EXPIRED : QualificationStatus.MISSING, expired.orElse(null),
            reason.reason(), reason.said()));
      }
    }
    return gaps;
  }
}
