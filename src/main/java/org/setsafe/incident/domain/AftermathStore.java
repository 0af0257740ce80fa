package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.incident.CheckIn;
import org.setsafe.incident.SupportAnswer;

/**
 * What follows an incident: the regulators' clocks and the reports made, and the support offered to the crew with
 * their answers, check-ins, the counselling contact and the debrief. Inserts and reads only.
 */
public interface AftermathStore {

  // ---- reporting clocks ----

  /** False when this incident already has a clock for that outcome and regulator. */
  boolean insertClock(ReportingClock clock);

  Optional<ReportingClock> clock(UUID productionId, UUID clockId);

  /** The clock, its row locked until the transaction ends, so an answer and a step never cross. */
  Optional<ReportingClock> lockClock(UUID clockId);

  List<ReportingClock> clocks(UUID productionId, UUID incidentId);

  /** Clocks of the production nobody has answered yet, soonest due first. */
  List<ReportingClock> unanswered(UUID productionId);

  void insertReportMade(ReportMade made);

  Optional<ReportMade> reportMade(UUID clockId);

  /** True when the step is new; false when it had already fired. */
  boolean insertClockStep(UUID clockId, String step, Instant dueAt, Instant firedAt);

  List<String> clockSteps(UUID clockId);

  // ---- care ----

  record Offer(UUID id, UUID productionId, UUID incidentId, Instant offeredAt, int people) {}

  record Debrief(UUID id, UUID offerId, Instant startsAt, String place, UUID scheduledBy, Instant scheduledAt) {}

  /** False when support was already offered for this incident. */
  boolean insertOffer(Offer offer, Set<UUID> people);

  Optional<Offer> offer(UUID productionId, UUID offerId);

  Optional<Offer> offerFor(UUID incidentId);

  /** For the timers, which know only the offer. */
  Optional<Offer> offerById(UUID offerId);

  /** The offers made to this person on the production, newest first. */
  List<Offer> offersTo(UUID productionId, UUID userId);

  List<Offer> offers(UUID productionId);

  boolean offeredTo(UUID offerId, UUID userId);

  List<UUID> people(UUID offerId);

  void insertAnswer(UUID offerId, UUID userId, SupportAnswer answer, Instant at);

  /** The person's latest answer, if they gave one. */
  Optional<SupportAnswer> answer(UUID offerId, UUID userId);

  /** True when this check-in is new for the person; false when it had already been sent. */
  boolean insertCheckIn(UUID offerId, UUID userId, CheckIn which, Instant dueAt, Instant sentAt);

  List<CheckIn> checkInsSent(UUID offerId, UUID userId);

  void insertCounsellingContact(UUID productionId, UUID userId, UUID namedBy, Instant at);

  Optional<UUID> counsellingContact(UUID productionId);

  void insertDebrief(Debrief debrief);

  Optional<Debrief> debrief(UUID offerId);

  void insertAttendance(UUID debriefId, UUID userId, boolean attending, Instant at);

  Optional<Boolean> attending(UUID debriefId, UUID userId);
}
