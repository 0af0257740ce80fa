package org.setsafe.custody;

import java.util.List;
import java.util.UUID;
import org.setsafe.custody.domain.WorkStop;

/**
 * The stop-work calls in force on a production, asked by custody inside the step's transaction before a firearm is
 * issued, loaded or shown clear. Stop-work lives in reporting, which depends on custody; so custody owns this
 * question and reporting answers it, as the scene-safety modules answer {@link IssueGate}.
 */
public interface StoppedWork {

  /** The calls in force now, newest first: on a scene, or on the whole production. Empty when work goes on. */
  List<WorkStop> inForce(UUID productionId);
}
