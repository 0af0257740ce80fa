package org.setsafe.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.ReadyToShoot;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.setsafe.identity.SystemActor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The training part of getting a scene ready: a performer without current firearms safety training is briefed
 * by the production's armorer, as the production's rules allow. Where the rules do not accept a briefing it does
 * nothing, so a test can see the issue refused.
 */
@Component
@Order(5)
class PerformerBriefedForTests implements ReadyToShoot.Step {

  private final ArmorerBriefings briefings;
  private final BriefingLog log;
  private final QualificationChecks checks;
  private final Productions productions;
  private final Crew crew;
  private final Clock clock;

  PerformerBriefedForTests(ArmorerBriefings briefings, BriefingLog log, QualificationChecks checks,
      Productions productions, Crew crew, Clock clock) {
    this.briefings = briefings;
    this.log = log;
    this.checks = checks;
    this.productions = productions;
    this.crew = crew;
    this.clock = clock;
  }

  @Override
  public void prepare(UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    var production = SystemActor.call(() -> productions.get(productionId));
    LocalDate today = LocalDate.now(clock.withZone(production.timeZone()));
    if (checks.mayHandleFirearms(productionId, new PersonId(performerId), today).cleared()
        || !SystemActor.call(() -> log.rule(productionId)).briefingAccepted()) {
      return;
    }
    Member armorer = SystemActor.call(() -> productions.members(productionId)).stream()
        .filter(m -> m.holds(CrewRole.ARMORER)).findFirst().orElseThrow();
    crew.as(armorer.username(), () -> briefings.record(new BriefingCommands.RecordBriefing(productionId,
        new PersonId(performerId), "Treat every firearm as loaded; finger off the trigger; never point it at anyone"
            + " without the armorer; hand it back only to the armorer.")));
  }
}
