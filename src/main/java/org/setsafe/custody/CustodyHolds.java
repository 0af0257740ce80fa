package org.setsafe.custody;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvents.WeaponIssued;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.shared.Refusal;
import org.setsafe.custody.domain.SettledDayBeforeLoadPolicy;
import org.setsafe.custody.domain.StopWorkBindsPolicy;
import org.setsafe.custody.domain.UnsettledDays;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponEvent;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.custody.domain.WorkStop;
import org.setsafe.production.Production;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The holds custody reads from outside a weapon's own history: stop-work calls in force (answered by reporting
 * through {@link StoppedWork}), and earlier shooting days whose rounds are not accounted for. Asked inside the
 * step's transaction, like the issue gates.
 */
@Component
public class CustodyHolds {

  private final ObjectProvider<StoppedWork> stoppedWork;
  private final Schedule schedule;
  private final CustodyStore store;
  private final CustodyDesk desk;
  private final WeaponFolds folds;
  private final StopWorkBindsPolicy stopWorkBinds = new StopWorkBindsPolicy();
  private final SettledDayBeforeLoadPolicy settledDayBeforeLoad = new SettledDayBeforeLoadPolicy();

  CustodyHolds(ObjectProvider<StoppedWork> stoppedWork, Schedule schedule, CustodyStore store, CustodyDesk desk,
      WeaponFolds folds) {
    this.stoppedWork = stoppedWork;
    this.schedule = schedule;
    this.store = store;
    this.desk = desk;
    this.folds = folds;
  }

  /**
   * The stop-work calls that hold this weapon now, for its page: of the whole production, or of the scene it was
   * last issued for today. Anyone on the production may read them.
   */
  public List<WorkStop> stopsHolding(UUID productionId, UUID weaponId) {
    Production production = desk.viewer(productionId);
    return store.weapon(productionId, weaponId).map(record -> stopsHolding(production, folds.of(productionId, record)))
        .orElse(List.of());
  }

  /** Earlier shooting days whose rounds are not accounted for, oldest first. */
  List<UnsettledDays.Day> unsettledDays(Production production) {
    return UnsettledDays.of(store.settlingFacts(production.id()), production.timeZone())
        .before(schedule.today(production));
  }

  /** A load waits while an earlier day is not settled. */
  Optional<Refusal> daySettled(Production production, CustodyAction action) {
    return action != CustodyAction.LOAD ? Optional.empty()
        : settledDayBeforeLoad.check(unsettledDays(production), action);
  }

  /** The stop-work calls in force on the production, newest first (none when no module answers). */
  List<WorkStop> stops(UUID productionId) {
    StoppedWork answer = stoppedWork.getIfAvailable();
    return answer == null ? List.of() : answer.inForce(productionId);
  }

  /**
   * Whether a stop-work in force holds this step. An issue names its scene; a load or a show-clear is for the scene
   * the weapon was last issued for today, which is what the armorer is getting it ready for again (before its first
   * issue of the day only a stop of the whole production holds it; the issue itself is then refused).
   */
  Optional<Refusal> stopWork(Production production, WeaponCustody custody, CustodyAction action, UUID issueScene) {
    if (custody.weapon().kind() != WeaponKind.FIREARM) {
      return Optional.empty();
    }
    List<WorkStop> stops = stops(production.id());
    if (stops.isEmpty()) {
      return Optional.empty();
    }
    UUID scene = issueScene != null ? issueScene : sceneToday(custody, schedule.today(production), production.timeZone());
    return stopWorkBinds.check(true, action, scene, stops, production.timeZone());
  }

  /** The stop-work calls that hold this weapon now: of the whole production, or of the scene it is working today. */
  List<WorkStop> stopsHolding(Production production, WeaponCustody custody) {
    if (custody.weapon().kind() != WeaponKind.FIREARM) {
      return List.of();
    }
    UUID scene = sceneToday(custody, schedule.today(production), production.timeZone());
    return stops(production.id()).stream().filter(s -> s.wholeProduction() || s.sceneId().equals(scene)).toList();
  }

  /** The scene the weapon was last issued for on this day, or null. */
  static UUID sceneToday(WeaponCustody custody, LocalDate today, ZoneId zone) {
    List<WeaponEvent> history = custody.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof WeaponIssued issued) {
        return issued.occurredAt().atZone(zone).toLocalDate().equals(today) ? issued.sceneId() : null;
      }
    }
    return null;
  }
}
