package org.setsafe.protocol.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.setsafe.protocol.PlanDraft;
import org.setsafe.protocol.PlanDrafting;
import org.setsafe.protocol.PlanSignOffs;
import org.setsafe.protocol.ScenePlan;
import org.setsafe.protocol.UnplannedRehearsals;
import org.setsafe.protocol.WeaponPlanCommand.CallRehearsal;
import org.setsafe.protocol.WeaponPlanCommand.ClearRehearsal;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.WeaponPlanRules;
import org.setsafe.protocol.WeaponPlans;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Weapon plans on the JSON API: a scene's plan with every version, sign-offs and lapses; recording a version;
 * signing it; calling and clearing an unplanned rehearsal; the production's minimum distance for blanks. A plan
 * breaking a rule is answered 400 with the field and the rule named.
 */
@RestController
@Tag(name = "Weapon plans")
class WeaponPlanApi {

  private static final String SCENE = "/api/productions/{productionId}/protocol/scenes/{sceneId}";

  private final WeaponPlans plans;
  private final PlanDrafting drafting;
  private final PlanSignOffs signOffs;
  private final UnplannedRehearsals rehearsals;
  private final WeaponPlanRules rules;

  WeaponPlanApi(WeaponPlans plans, PlanDrafting drafting, PlanSignOffs signOffs, UnplannedRehearsals rehearsals,
      WeaponPlanRules rules) {
    this.plans = plans;
    this.drafting = drafting;
    this.signOffs = signOffs;
    this.rehearsals = rehearsals;
    this.rules = rules;
  }

  /** Which version the signer read, and in which capacity they sign (optional when their roles give only one). */
  record SignOffBody(Integer version, SignOffCapacity capacity) {}

  record RehearsalBody(String note) {}

  record ClearanceBody(SignOffCapacity capacity, String note) {}

  record RulesBody(Integer minBlankDistanceFeet) {}

  @GetMapping(SCENE + "/weapon-plan")
  @Operation(summary = "The scene's weapon plan: the version in force, earlier versions, sign-offs (and why any"
      + " lapsed), whether it is approved now, and unplanned rehearsals; for everyone on the production")
  ScenePlan plan(@PathVariable UUID productionId, @PathVariable UUID sceneId) {
    return plans.plan(productionId, sceneId);
  }

  @PostMapping(SCENE + "/weapon-plan/versions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a new version of the scene's weapon plan (armorer, property master or safety advisor)."
      + " Refused with 400 naming the field and the rule when it breaks one (protocol.replica-unless-discharge,"
      + " protocol.line-of-fire-protected, protocol.blank-distance, ...); the new version needs both sign-offs")
  ScenePlan record(@PathVariable UUID productionId, @PathVariable UUID sceneId, @RequestBody PlanDraft body) {
    return drafting.record(productionId, new RecordPlan(sceneId, body));
  }

  @PostMapping(SCENE + "/weapon-plan/sign-offs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Sign the plan's current version as ARMORER (armorer or property master) or SAFETY_ADVISOR,"
      + " attesting every weapon, pointing, real-firearm reason and line-of-fire entry in it, for the scene's day and"
      + " location now; a move of the scene lapses it")
  ScenePlan signOff(@PathVariable UUID productionId, @PathVariable UUID sceneId, @RequestBody SignOffBody body) {
    return signOffs.sign(productionId, new SignPlan(sceneId, body == null ? null : body.version(),
        body == null ? null : body.capacity()));
  }

  @PostMapping(SCENE + "/rehearsals")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Call an unplanned rehearsal with weapons on the scene (1st AD, armorer or property master):"
      + " no weapon is issued for it until the armorer and the safety advisor clear it")
  ScenePlan callRehearsal(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @RequestBody(required = false) RehearsalBody body) {
    return rehearsals.call(productionId, new CallRehearsal(sceneId, body == null ? null : body.note()));
  }

  @PostMapping(SCENE + "/rehearsals/clearances")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Clear the scene's open unplanned rehearsal as ARMORER or SAFETY_ADVISOR")
  ScenePlan clearRehearsal(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @RequestBody(required = false) ClearanceBody body) {
    return rehearsals.clear(productionId, new ClearRehearsal(sceneId, body == null ? null : body.capacity(),
        body == null ? null : body.note()));
  }

  @GetMapping("/api/productions/{productionId}/protocol/weapon-plan-rules")
  @Operation(summary = "The production's minimum distance from the muzzle for blanks, in feet")
  RulesBody rules(@PathVariable UUID productionId) {
    return new RulesBody(rules.minBlankDistanceFeet(productionId));
  }

  @PutMapping("/api/productions/{productionId}/protocol/weapon-plan-rules")
  @Operation(summary = "Set the production's minimum distance from the muzzle for blanks (safety advisor)")
  RulesBody setRules(@PathVariable UUID productionId, @RequestBody RulesBody body) {
    return new RulesBody(rules.setMinBlankDistanceFeet(productionId,
        body == null ? null : body.minBlankDistanceFeet()));
  }
}
