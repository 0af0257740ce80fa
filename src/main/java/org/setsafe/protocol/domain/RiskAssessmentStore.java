package org.setsafe.protocol.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Risk assessments in storage. It only appends: a version or a sign-off once recorded is never changed. */
public interface RiskAssessmentStore {

  /** An assessment: the production's general one ({@code sceneId} null) or a scene's. */
  record Assessment(UUID id, UUID productionId, UUID sceneId, UUID createdBy, Instant createdAt) {}

  Optional<Assessment> general(UUID productionId);

  Optional<Assessment> ofScene(UUID productionId, UUID sceneId);

  List<Assessment> all(UUID productionId);

  /**
   * The production's general assessment and the scene's, those that exist, with their versions, their sign-offs
   * and the producer threshold, in one read: a firearm issue weighs both.
   */
  ForIssue generalAndOfScene(UUID productionId, UUID sceneId);

  /**
   * The general and the scene's assessments that exist, every version of each oldest first, every sign-off of each
   * oldest first (as {@link #signOffsOf} gives them; an assessment without one is missing), and the production's
   * own producer threshold if it set one. The threshold is read along with the assessments, so it is empty when
   * there are none too: then nothing is weighed against it.
   */
  record ForIssue(List<Assessment> assessments, Map<UUID, List<AssessmentVersion>> versions,
      Map<UUID, List<RiskSignOff>> signOffs, Optional<Integer> producerThreshold) {}

  /** Inserts the assessment; false when the production (or scene) already has one, inserted meanwhile. */
  boolean insert(Assessment assessment);

  /** Serialises drafting and signing of one assessment, so versions are numbered without gaps or twins. */
  void lock(UUID assessmentId);

  void insertVersion(UUID productionId, AssessmentVersion version);

  /** Every version, oldest first. */
  List<AssessmentVersion> versions(UUID assessmentId);

  /** Every version of each of these assessments, oldest first; an assessment without one is missing. */
  Map<UUID, List<AssessmentVersion>> versionsOf(Collection<UUID> assessmentIds);

  void insertSignOff(UUID productionId, RiskSignOff signOff);

  /** Every sign-off of every version, oldest first. */
  List<RiskSignOff> signOffs(UUID assessmentId);

  /** Every sign-off of each of these assessments, oldest first; an assessment without one is missing. */
  Map<UUID, List<RiskSignOff>> signOffsOf(Collection<UUID> assessmentIds);

  /** The production's own residual rating at or above which the producer signs, if it set one (the latest). */
  Optional<Integer> producerThreshold(UUID productionId);

  void insertProducerThreshold(UUID productionId, int rating, UUID setBy, Instant setAt);
}
