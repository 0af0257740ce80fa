package org.setsafe;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.stereotype.Component;

/**
 * Everything the scene-safety gates ask before a weapon goes to a performer, done the way the crew does it: the
 * scene marked a firearms scene, its weapon plan naming the weapon and the performer, signed; its risk assessment
 * signed; the day's dedicated armorer scheduled; the safety meeting held and acknowledged. For tests whose subject
 * is something else (a show-clear, a lock-up) and that need an issue to go through.
 *
 * <p>Each module that adds a gate adds a {@link Step} of its own in its test package; this runs them all, in
 * their order. Calling it again for another weapon or performer in the same scene adds them to what is there.
 */
@Component
public class ReadyToShoot {

  /** One module's part of getting a scene ready for a weapon to be issued. */
  public interface Step {
    void prepare(UUID productionId, UUID sceneId, UUID weaponId, UUID performerId);
  }

  /** Looked up when asked, not when built: the steps sign people in through {@link Crew}, which holds this. */
  private final ObjectProvider<Step> steps;

  ReadyToShoot(ObjectProvider<Step> steps) {
    this.steps = steps;
  }

  public void prepare(UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    steps.orderedStream().forEach(step -> step.prepare(productionId, sceneId, weaponId, performerId));
  }

  /**
   * Only the steps ordered before {@code order}: for the test of the gate at that order, so the gates custody
   * asks before it pass and its own refusal is the one that shows.
   */
  public void prepareBefore(int order, UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    steps.orderedStream().filter(step -> OrderUtils.getOrder(step.getClass(), Ordered.LOWEST_PRECEDENCE) < order)
        .forEach(step -> step.prepare(productionId, sceneId, weaponId, performerId));
  }
}
