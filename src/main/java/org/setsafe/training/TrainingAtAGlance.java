package org.setsafe.training;

import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.QualificationsAtAGlance;
import org.setsafe.training.QualificationViews.Overview;
import org.springframework.stereotype.Component;

/** The dashboard's view of the crew's qualifications: the same overview the safety advisor's page shows. */
@Component
class TrainingAtAGlance implements QualificationsAtAGlance {

  private final CrewQualifications crew;

  TrainingAtAGlance(CrewQualifications crew) {
    this.crew = crew;
  }

  @Override
  public Glance of(UUID productionId) {
    Overview overview = crew.overview(productionId);
    UUID me = SignedInUser.current().map(SignedInUser::id).orElse(null);
    return new Glance(overview.wholeCrew(), overview.gaps().stream()
        .map(g -> new Gap(g.displayName(), g.type().label(), problem(g), g.status() != QualificationStatus.EXPIRING,
            g.userId().equals(me)))
        .toList());
  }

  private static String problem(QualificationViews.Gap gap) {
    return switch (gap.status()) {
      case EXPIRED -> "expired on " + gap.expiresOn();
      case EXPIRING -> "expires on " + gap.expiresOn();
      default -> "missing";
    };
  }
}
