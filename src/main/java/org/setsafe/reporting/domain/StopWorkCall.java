package org.setsafe.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A stop-work call on a scene, or on the whole production ({@code sceneId} null), and, once the safety advisor has
 * recorded why it is safe, its resumption.
 */
public record StopWorkCall(UUID id, UUID productionId, UUID sceneId, UUID calledBy, String reason, Instant calledAt,
    UUID resumedBy, String whySafe, Instant resumedAt) {

  public boolean inForce() {
    return resumedAt == null;
  }

  /** Every scene and every firearm of the production stops, not one scene. */
  public boolean wholeProduction() {
    return sceneId == null;
  }
}
