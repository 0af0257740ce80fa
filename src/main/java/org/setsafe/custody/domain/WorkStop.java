package org.setsafe.custody.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A stop-work call in force, as custody needs it: on one scene, or on the whole production ({@code sceneId} null);
 * who called it, when and why, in words a refusal can quote.
 */
public record WorkStop(UUID stopWorkId, UUID sceneId, String scene, String calledBy, Instant calledAt,
    String reason) {

  public boolean wholeProduction() {
    return sceneId == null;
  }
}
