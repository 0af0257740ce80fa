package org.setsafe.staffing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staffing records in storage. It only appends: nothing recorded is changed or removed. */
public interface StaffingStore {

  void append(RosterEntry entry);

  /** Every roster entry of the production's day, oldest first. */
  List<RosterEntry> rosterOf(UUID productionId, UUID shootingDayId);

  /** Every roster entry of the production, oldest first. */
  List<RosterEntry> rosterOf(UUID productionId);

  /** Every roster entry naming the person on that date, on any production, oldest first. */
  List<RosterEntry> rosterOfPerson(UUID personId, LocalDate date);

  /**
   * {@link #rosterOfPerson} and {@link #rosterOf(UUID, UUID)} in one read, for the staffing gate: every entry naming
   * the person on that date (on any production) or on the production's day, oldest first, each once; the caller
   * tells the two apart.
   */
  List<RosterEntry> rosterOfPersonOrDay(UUID personId, LocalDate date, UUID productionId, UUID shootingDayId);

  /**
   * Serialises scheduling of one person: two UPMs putting the same armorer on two productions at once must not
   * both pass the double-booking rule.
   */
  void lockPerson(UUID personId);

  void append(Shift shift);

  /** Every hours entry of the person from {@code from} to {@code until} (inclusive), on any production, oldest first. */
  List<Shift> shiftsOf(UUID personId, LocalDate from, LocalDate until);

  /** {@link #shiftsOf} for several people at once, in the order they were recorded. */
  List<Shift> shiftsOfEach(Collection<UUID> personIds, LocalDate from, LocalDate until);

  /** A production's fatigue limits as a producer or UPM set them. */
  record StoredRules(StaffingRules rules, UUID recordedBy, Instant recordedAt) {}

  void appendRules(UUID id, UUID productionId, StaffingRules rules, UUID recordedBy, Instant recordedAt);

  Optional<StoredRules> rules(UUID productionId);

  /** A flag as raised: once per scene, date, person and kind. */
  record RaisedFlag(UUID id, UUID productionId, UUID sceneId, LocalDate date, UUID personId, FlagKind kind,
      String detail, Instant raisedAt) {}

  /** Inserts the flag unless one for the same scene, date, person and kind was raised; true if new. */
  boolean raiseOnce(RaisedFlag flag);

  List<RaisedFlag> flags(UUID productionId);

  /** What a producer or UPM did about a flag. */
  record Decision(UUID id, UUID productionId, UUID sceneId, LocalDate date, UUID personId, FlagKind kind,
      String decision, UUID decidedBy, String deciderRole, Instant decidedAt) {}

  void append(Decision decision);

  List<Decision> decisions(UUID productionId);

  /**
   * What a producer or UPM recorded that a scene's flags on one date are weighed against: the production's own
   * limits (empty until set) and the decisions on those flags, oldest first.
   */
  record LimitsAndDecisions(Optional<StaffingRules> limits, List<Decision> decisions) {}

  /** {@link #rules} and the scene's {@link #decisions} of that date, in one read. */
  LimitsAndDecisions limitsAndDecisions(UUID productionId, UUID sceneId, LocalDate date);

  /** Every hours entry recorded on the production for work dates from {@code from} to {@code until}, oldest first. */
  List<Shift> shiftsOfProduction(UUID productionId, LocalDate from, LocalDate until);
}
