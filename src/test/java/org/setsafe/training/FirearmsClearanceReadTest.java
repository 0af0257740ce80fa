package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.StatementCount;
import org.setsafe.StatementCount.Counted;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.training.QualificationChecks.Clearance;
import org.setsafe.training.domain.BriefingStore;
import org.setsafe.training.domain.BriefingStore.BriefedUnderRule;
import org.setsafe.training.domain.BriefingStore.StoredBriefing;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A performer's firearms clearance reads their briefings and the production's rule together, and only when their
 * firearms safety training is not current: the answers are those of the briefings and the rule read apart.
 */
@SetSafeTest
@Import(StatementCount.Counting.class)
class FirearmsClearanceReadTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired BriefingStore store;
  @Autowired QualificationChecks checks;

  @Test
  void aPerformersBriefingsAndTheNewestRuleReadTogetherAreThoseReadApart() {
    Shoot set = Shoot.create(this, "Together");
    assertThat(store.briefedUnderRule(set.production, set.eli))
        .isEqualTo(new BriefedUnderRule(List.of(), Optional.empty()));

    set.briefed(set.eli, TODAY.minusDays(40), 0);
    set.briefed(set.eli, TODAY.minusDays(3), 0);
    set.briefed(set.eli, TODAY.minusDays(3), 5);
    set.briefed(set.june, TODAY.minusDays(1), 0);
    assertThat(store.briefedUnderRule(set.production, set.eli)).isEqualTo(new BriefedUnderRule(
        store.briefings(set.production, set.eli), Optional.empty()));

    set.rule(new PerformerRule(false, 10));
    set.rule(new PerformerRule(true, 45));
    Counted<BriefedUnderRule> together = StatementCount.of(() -> store.briefedUnderRule(set.production, set.eli));
    assertThat(together.count()).isEqualTo(1);
    assertThat(together.result()).isEqualTo(new BriefedUnderRule(store.briefings(set.production, set.eli),
        store.rule(set.production)));
    assertThat(together.result().briefings()).hasSize(3);
    assertThat(together.result().rule()).contains(new PerformerRule(true, 45));
    assertThat(store.briefedUnderRule(set.production, set.grace))
        .isEqualTo(new BriefedUnderRule(List.of(), Optional.of(new PerformerRule(true, 45))));
  }

  @Test
  void aPerformerWithoutTrainingIsClearedByARecentEnoughBriefingWhereTheRuleAcceptsOne() {
    Shoot set = Shoot.create(this, "Briefed");
    PersonId eli = new PersonId(set.eli);

    assertThat(said(checks.mayHandleFirearms(set.production, eli, TODAY)))
        .isEqualTo("reason.training.firearms-safety.no-briefing");

    set.briefed(set.eli, TODAY.minusDays(40), 0);
    assertThat(said(checks.mayHandleFirearms(set.production, eli, TODAY)))
        .as("the installation's 30 days").isEqualTo("reason.training.firearms-safety.briefing-expired");

    set.rule(new PerformerRule(true, 60));
    Counted<Clearance> cleared = StatementCount.of(() -> checks.mayHandleFirearms(set.production, eli, TODAY));
    assertThat(cleared.result()).isEqualTo(Clearance.CLEARED);
    assertThat(cleared.statements()).filteredOn(FirearmsClearanceReadTest::readsBriefingsOrTheRule)
        .as("the briefings and the rule, in one read").hasSize(1);

    set.rule(new PerformerRule(false, 60));
    assertThat(said(checks.mayHandleFirearms(set.production, eli, TODAY)))
        .isEqualTo("reason.training.firearms-safety.briefing-not-accepted");
  }

  @Test
  void aPerformerWithCurrentTrainingIsClearedWithoutReadingBriefingsOrTheRule() {
    Shoot set = Shoot.create(this, "Trained");
    crew.holdsFirearmsSafety(set.who("june.actor"));
    set.rule(new PerformerRule(false, 10));

    Counted<Clearance> cleared = StatementCount.of(() -> checks.mayHandleFirearms(set.production,
        new PersonId(set.june), LocalDate.now(ZoneOffset.UTC)));
    assertThat(cleared.result()).isEqualTo(Clearance.CLEARED);
    assertThat(cleared.statements()).filteredOn(FirearmsClearanceReadTest::readsBriefingsOrTheRule).isEmpty();
  }

  private static boolean readsBriefingsOrTheRule(String sql) {
    return sql.contains("armorer_briefing") || sql.contains("performer_training_rule");
  }

  private static String said(Clearance clearance) {
    assertThat(clearance.cleared()).isFalse();
    assertThat(clearance.rule()).isEqualTo("training.firearms-safety");
    return clearance.refusal().said().key();
  }

  /** A production of its own with an armorer, two performers without training and a producer. */
  private record Shoot(FirearmsClearanceReadTest test, String suffix, UUID production, UUID rosa, UUID eli, UUID june,
      UUID grace) {

    static Shoot create(FirearmsClearanceReadTest test, String title) {
      String suffix = UUID.randomUUID().toString().substring(0, 6);
      Production production = SystemActor.call(() -> test.productions.create(title + " " + suffix, "Etc/GMT"));
      Map<String, CrewRole> crew = Map.of("rosa.armorer", CrewRole.ARMORER, "eli.actor",
          CrewRole.PERFORMER, "june.actor", CrewRole.PERFORMER, "grace.producer", CrewRole.PRODUCER);
      crew.forEach((username, role) -> {
        test.accounts.createWithPassword(SystemActor.ID, username + "." + suffix, username, null, null,
            Crew.PASSWORD);
        SystemActor.run(() -> test.productions.addMember(production.id(), username + "." + suffix,
            EnumSet.of(role), null));
      });
      return new Shoot(test, suffix, production.id(), test.crew.id("rosa.armorer." + suffix),
          test.crew.id("eli.actor." + suffix), test.crew.id("june.actor." + suffix),
          test.crew.id("grace.producer." + suffix));
    }

    String who(String username) {
      return username + "." + suffix;
    }

    /** The armorer briefed the performer on that day, recorded {@code minutesLater} minutes into a fixed hour. */
    void briefed(UUID performer, LocalDate on, int minutesLater) {
      test.store.insert(new StoredBriefing(UUID.randomUUID(), production, performer, rosa, on, "Treat it as loaded",
          Instant.parse("2026-11-01T08:00:00Z").plus(minutesLater, ChronoUnit.MINUTES)));
    }

    void rule(PerformerRule rule) {
      test.store.insertRule(UUID.randomUUID(), production, rule, grace, Instant.now());
    }
  }
}
