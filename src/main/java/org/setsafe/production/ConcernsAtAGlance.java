package org.setsafe.production;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * What the production dashboard shows of safety concerns, answered by the reporting module (production must
 * not depend on reporting). Shown to every member, not only department heads: nothing is hidden.
 */
public interface ConcernsAtAGlance {

  /** For the signed-in person on this production. */
  Glance of(UUID productionId);

  /**
   * An open report: how old it is, and how far escalation has taken it (null when escalation says nothing). The
   * severity and state in English words, and as codes ("HIGH", "REPORTED") for a page in another language.
   */
  record Concern(UUID reportId, String title, String category, String severity, String state, Duration age,
      String escalationLevel, String severityCode, String stateCode) {}

  /**
   * A scene on which work is stopped, since when and why; {@code sceneId} and {@code sceneNumber} null when the whole
   * production is.
   */
  record StoppedScene(UUID stopWorkId, UUID sceneId, String scene, String reason, Instant since, String sceneNumber) {}

  /** A management review waiting for a producer's written answer. */
  record ReviewAwaiting(UUID reviewId, String why, Instant openedAt, @JsonIgnore Said whySaid) {}

  record Glance(List<Concern> open, List<StoppedScene> stopped, List<ReviewAwaiting> reviewsAwaitingAnswer) {
    public Set<UUID> stoppedSceneIds() {
      return stopped.stream().map(StoppedScene::sceneId).filter(java.util.Objects::nonNull)
          .collect(java.util.stream.Collectors.toSet());
    }

    /** Work is stopped on the whole production: every scene, every firearm. */
    public boolean productionStopped() {
      return stopped.stream().anyMatch(s -> s.sceneId() == null);
    }
  }
}
