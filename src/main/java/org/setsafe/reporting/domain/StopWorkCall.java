package org.setsafe.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A stop-work call on a scene, or on the whole production ({@code sceneId} null), and, once the safety advisor has
 * recorded why it is safe, its resumption. {@code injury}: it was called because someone was hurt.
 */
public record StopWorkCall(UUID id, UUID productionId, UUID sceneId, UUID calledBy, String reason, Instant calledAt,
    UUID resumedBy, String whySafe, Instant resumedAt, boolean injury) {

  /** A stop-work that says nothing about anyone hurt. */
  public StopWorkCall(UUID id, UUID productionId, UUID sceneId, UUID calledBy, String reason, Instant calledAt,
      UUID resumedBy, String whySafe, Instant resumedAt) {
    this(id, productionId, sceneId, calledBy, reason, calledAt, resumedBy, whySafe, resumedAt, false);
  }

  public boolean inForce() {
    return resumedAt == null;
  }

  /** Every scene and every firearm of the production stops, not one scene. */
  public boolean wholeProduction() {
    return sceneId == null;
  }
}
