package org.setsafe.production;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.production.domain.ScheduleStore;
import org.springframework.stereotype.Component;

/** {@link ProductionQueries} straight from the stores: one query each, no access check. */
@Component
class ProductionQueriesFromStore implements ProductionQueries {

  private final ProductionStore productions;
  private final ScheduleStore schedule;

  ProductionQueriesFromStore(ProductionStore productions, ScheduleStore schedule) {
    this.productions = productions;
    this.schedule = schedule;
  }

  @Override
  public Optional<Production> production(UUID productionId) {
    return productions.find(productionId);
  }

  @Override
  public List<Member> members(UUID productionId) {
    return productions.members(productionId);
  }

  @Override
  public Optional<Member> member(UUID productionId, UUID userId) {
    return productions.member(productionId, userId);
  }

  @Override
  public Optional<Scene> scene(UUID productionId, UUID sceneId) {
    return schedule.scene(productionId, sceneId);
  }

  @Override
  public Optional<ShootingDay> day(UUID productionId, UUID dayId) {
    return schedule.day(productionId, dayId);
  }

  @Override
  public Optional<ShootingDay> dayOn(UUID productionId, LocalDate date) {
    return schedule.dayOn(productionId, date);
  }
}
