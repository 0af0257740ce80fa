package org.setsafe.training;

import java.util.Locale;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.QualificationsAtAGlance;
import org.setsafe.training.QualificationViews.Overview;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboard's view of the crew's qualifications: the same overview the safety advisor's page shows, said in the
 * reader's words, since the dashboard places them as they are ("Armorer permit expires on 2026-10-01"). A built-in
 * qualification is named from the bundles, as on training's own pages; one an administrator added, as typed.
 */
@Component
class TrainingAtAGlance implements QualificationsAtAGlance {

  private final CrewQualifications crew;
  private final MessageSource messages;

  TrainingAtAGlance(CrewQualifications crew, MessageSource messages) {
    this.crew = crew;
    this.messages = messages;
  }

  @Override
  public Glance of(UUID productionId) {
    Overview overview = crew.overview(productionId);
    UUID me = SignedInUser.current().map(SignedInUser::id).orElse(null);
    Locale reader = LocaleContextHolder.getLocale();
    return new Glance(overview.wholeCrew(), overview.gaps().stream()
        .map(g -> new Gap(g.displayName(), named(g.type(), reader), problem(g, reader),
            g.status() != QualificationStatus.EXPIRING, g.userId().equals(me)))
        .toList());
  }

  private String named(QualificationType type, Locale reader) {
    return type.builtIn() ? messages.getMessage("training.type." + type.code(), null, type.label(), reader)
        : type.label();
  }

  private String problem(QualificationViews.Gap gap, Locale reader) {
    return switch (gap.status()) {
      case EXPIRED -> messages.getMessage("training.glance.expired", new Object[] {gap.expiresOn().toString()},
          reader);
      case EXPIRING -> messages.getMessage("training.glance.expiring", new Object[] {gap.expiresOn().toString()},
          reader);
      default -> messages.getMessage("training.glance.missing", null, reader);
    };
  }
}
