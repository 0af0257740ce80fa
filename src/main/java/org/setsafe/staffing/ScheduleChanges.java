package org.setsafe.staffing;

import org.setsafe.production.ProductionEvents.SceneCastNamed;
import org.setsafe.production.ProductionEvents.SceneHazardsMarked;
import org.setsafe.production.ProductionEvents.SceneScheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A scene marked a firearms scene, moved to another day or given another camera head can be flagged without any
 * staffing change: its flags are raised (recorded once) as soon as the schedule changes. The issue gate does not
 * wait for this; it reads the flags standing at the moment of the issue.
 */
@Component
class ScheduleChanges {

  private final FlagRaising flags;

  ScheduleChanges(FlagRaising flags) {
    this.flags = flags;
  }

  @ApplicationModuleListener
  void on(SceneHazardsMarked marked) {
    flags.raiseForScene(marked.productionId(), marked.sceneId(), marked.actorId());
  }

  @ApplicationModuleListener
  void on(SceneScheduled scheduled) {
    flags.raiseForScene(scheduled.productionId(), scheduled.sceneId(), scheduled.actorId());
  }

  @ApplicationModuleListener
  void on(SceneCastNamed named) {
    flags.raiseForScene(named.productionId(), named.sceneId(), named.actorId());
  }
}
