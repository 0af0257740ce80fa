package org.setsafe.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.custody.StoppedWork;
import org.setsafe.custody.domain.WorkStop;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StopWorkCall;
import org.springframework.stereotype.Component;

/**
 * Answers custody's question "is work stopped here?" from the stop-work calls in force, so a stop binds the
 * firearms: custody asks inside its own transaction, after it has checked who is acting.
 */
@Component
class StopWorkHoldsFirearms implements StoppedWork {

  private final ReportStore store;
  private final Schedule schedule;
  private final Productions productions;

  StopWorkHoldsFirearms(ReportStore store, Schedule schedule, Productions productions) {
    this.store = store;
    this.schedule = schedule;
    this.productions = productions;
  }

  @Override
  public List<WorkStop> inForce(UUID productionId) {
    List<StopWorkCall> calls = store.stopWorks(productionId).stream().filter(StopWorkCall::inForce).toList();
    if (calls.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> scenes = schedule.scenes(productionId).stream()
        .collect(Collectors.toMap(Scene::id, s -> "Sc. " + s.number(), (a, b) -> a));
    Map<UUID, String> names = productions.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
    return calls.stream().map(call -> new WorkStop(call.id(), call.sceneId(),
        call.wholeProduction() ? "the whole production" : scenes.getOrDefault(call.sceneId(), "a scene"),
        names.getOrDefault(call.calledBy(), "a crew member"), call.calledAt(), call.reason())).toList();
  }
}
