package org.setsafe.staffing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.staffing.DayDuty;
import org.setsafe.staffing.DayStaffing;
import org.setsafe.staffing.DecideFlag;
import org.setsafe.staffing.Flag;
import org.setsafe.staffing.FlagDecisions;
import org.setsafe.staffing.MyHours;
import org.setsafe.staffing.RecordHours;
import org.setsafe.staffing.RestAndHoursLimits;
import org.setsafe.staffing.Roster;
import org.setsafe.staffing.Rules;
import org.setsafe.staffing.SetRules;
import org.setsafe.staffing.ShiftView;
import org.setsafe.staffing.StaffingBoard;
import org.setsafe.staffing.Timekeeping;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staffing on the JSON API: a shooting day's roster (the dedicated armorer above all), hours worked, the
 * production's rest and weekly-hours limits, the flags on firearms scenes and the decisions on them.
 */
@RestController
@Tag(name = "Staffing")
class StaffingApi {

  private final StaffingBoard board;
  private final Roster roster;
  private final Timekeeping timekeeping;
  private final RestAndHoursLimits limits;
  private final FlagDecisions decisions;

  StaffingApi(StaffingBoard board, Roster roster, Timekeeping timekeeping, RestAndHoursLimits limits,
      FlagDecisions decisions) {
    this.board = board;
    this.roster = roster;
    this.timekeeping = timekeeping;
    this.limits = limits;
    this.decisions = decisions;
  }

  @GetMapping("/api/productions/{productionId}/staffing/days/{dayId}")
  @Operation(summary = "A shooting day's staffing: roster with duties, hours and rest of those watched on a firearms"
      + " day, flags with their decisions, and the production's limits")
  DayStaffing day(@PathVariable UUID productionId, @PathVariable UUID dayId) {
    return board.day(productionId, dayId);
  }

  @PostMapping("/api/productions/{productionId}/staffing/days/{dayId}/roster")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Put a person on a duty that day (UPM, 1st AD, producer). ARMORER makes them the dedicated"
      + " armorer, who holds no other duty that day here or on another production: otherwise 409"
      + " staffing.armorer-double-booked, recorded")
  DayStaffing schedule(@PathVariable UUID productionId, @PathVariable UUID dayId, @RequestBody DutyBody body) {
    return roster.schedule(productionId, new DayDuty(dayId, body.personId(), body.duty()));
  }

  @PostMapping("/api/productions/{productionId}/staffing/days/{dayId}/releases")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Release a person from a duty that day (UPM, 1st AD, producer); the earlier entry stays")
  DayStaffing release(@PathVariable UUID productionId, @PathVariable UUID dayId, @RequestBody DutyBody body) {
    return roster.release(productionId, new DayDuty(dayId, body.personId(), body.duty()));
  }

  @PostMapping("/api/productions/{productionId}/staffing/hours")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record hours worked on a date (on and off in the production's time; off before on is after"
      + " midnight). By the person (personId empty or their own), or by the UPM or 1st AD. A second entry for the same"
      + " date is a correction and needs a reason")
  ShiftView hours(@PathVariable UUID productionId, @RequestBody HoursBody body) {
    return timekeeping.recordHours(productionId,
        new RecordHours(body.personId(), body.date(), body.on(), body.off(), body.reason()));
  }

  @GetMapping("/api/productions/{productionId}/staffing/hours/mine")
  @Operation(summary = "The signed-in person's own hours on this production, every entry, newest first")
  MyHours mine(@PathVariable UUID productionId) {
    return board.myHours(productionId);
  }

  @GetMapping("/api/productions/{productionId}/staffing/rules")
  @Operation(summary = "The production's minimum rest between days and weekly hours limit")
  Rules rules(@PathVariable UUID productionId) {
    return board.rules(productionId);
  }

  @PutMapping("/api/productions/{productionId}/staffing/rules")
  @Operation(summary = "Set the production's minimum rest and weekly hours limit, in whole hours (producer, UPM)")
  Rules setRules(@PathVariable UUID productionId, @RequestBody RulesBody body) {
    return limits.set(productionId, new SetRules(body.minRestHours(), body.weeklyHoursLimit()));
  }

  @PostMapping("/api/productions/{productionId}/staffing/decisions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record what was done about a flag on a firearms scene (producer, UPM); until then no firearm"
      + " is issued for the scene (rule staffing.rest-and-hours)")
  Flag decide(@PathVariable UUID productionId, @RequestBody DecisionBody body) {
    return decisions.decide(productionId,
        new DecideFlag(body.sceneId(), body.personId(), body.kind(), body.decision()));
  }

  // Bodies are checked by the service after the caller's access, so someone not on the production learns
  // nothing, not even which fields are wrong.

  record DutyBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID personId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
          description = "a crew role: ARMORER for the dedicated armorer, or a role the person holds") CrewRole duty) {}

  record HoursBody(@Schema(description = "whose hours; empty for one's own") UUID personId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
      @Schema(type = "string", example = "06:30", requiredMode = Schema.RequiredMode.REQUIRED) LocalTime on,
      @Schema(type = "string", example = "19:00", description = "empty while still at work") LocalTime off,
      @Schema(description = "why, when correcting an earlier entry", maxLength = 500) String reason) {}

  record RulesBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "24")
      Integer minRestHours,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "168") Integer weeklyHoursLimit) {}

  record DecisionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID sceneId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID personId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"REST_SHORT", "WEEKLY_HOURS_EXCEEDED"})
      String kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String decision) {}
}
