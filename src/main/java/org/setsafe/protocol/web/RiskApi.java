package org.setsafe.protocol.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.media.StringSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.setsafe.protocol.RiskAssessment;
import org.setsafe.protocol.RiskAssessmentCommand.DraftAssessment;
import org.setsafe.protocol.RiskAssessmentCommand.SignAssessment;
import org.setsafe.protocol.RiskAssessments;
import org.setsafe.protocol.RiskDrafting;
import org.setsafe.protocol.RiskSignOffs;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskCategory;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.shared.NotFoundException;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risk assessments on the JSON API: the production's general assessment and each high-risk scene's, every version
 * with its sign-offs and the approval now (with lapses and why); drafting a new version, signing the current one,
 * and the residual rating at or above which the producer signs.
 */
@RestController
@Tag(name = "Risk assessments")
class RiskApi {

  // A risk category is read and written by its name; describe it as the string enum of those names, taken from
  // the hazards themselves rather than listed again here.
  static {
    SpringDocUtils.getConfig().replaceWithSchema(RiskCategory.class,
        new StringSchema()._enum(RiskCategory.values().stream().map(RiskCategory::name).toList()));
  }

  private final RiskAssessments assessments;
  private final RiskDrafting drafting;
  private final RiskSignOffs signOffs;

  RiskApi(RiskAssessments assessments, RiskDrafting drafting, RiskSignOffs signOffs) {
    this.assessments = assessments;
    this.drafting = drafting;
    this.signOffs = signOffs;
  }

  @GetMapping("/api/productions/{productionId}/risk-assessments/general")
  @Operation(summary = "The production's general risk assessment: every version, its sign-offs and its approval now")
  RiskAssessment general(@PathVariable UUID productionId) {
    return assessments.general(productionId)
        .orElseThrow(() -> new NotFoundException("the production has no general risk assessment yet")
            .saying("input.protocol.not-found.risk-assessment.general-yet"));
  }

  @PostMapping("/api/productions/{productionId}/risk-assessments/general/versions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Draft the next version of the general assessment (safety advisor, UPM or 1st AD); an edit"
      + " starts unsigned and says why")
  RiskAssessment draftGeneral(@PathVariable UUID productionId, @Valid @RequestBody DraftBody body) {
    return drafting.draft(productionId, DraftAssessment.general(body.entries(), body.reason()));
  }

  @PostMapping("/api/productions/{productionId}/risk-assessments/general/sign-offs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Sign the current version of the general assessment for a duty you hold a role of")
  RiskAssessment signGeneral(@PathVariable UUID productionId, @Valid @RequestBody SignOffBody body) {
    return signOffs.sign(productionId, SignAssessment.general(body.version(), body.duty()));
  }

  @GetMapping("/api/productions/{productionId}/risk-assessments/scenes/{sceneId}")
  @Operation(summary = "A high-risk scene's risk assessment: every version, its sign-offs, and its approval now"
      + " (lapsed when the scene moved or is marked with a hazard it does not cover)")
  RiskAssessment scene(@PathVariable UUID productionId, @PathVariable UUID sceneId) {
    return assessments.ofScene(productionId, sceneId)
        .orElseThrow(() -> new NotFoundException("the scene has no risk assessment yet")
            .saying("input.protocol.not-found.risk-assessment.of-scene-yet"));
  }

  @PostMapping("/api/productions/{productionId}/risk-assessments/scenes/{sceneId}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Draft the next version of a high-risk scene's assessment (safety advisor, UPM or 1st AD)")
  RiskAssessment draftScene(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @Valid @RequestBody DraftBody body) {
    return drafting.draft(productionId, new DraftAssessment(sceneId, body.entries(), body.reason()));
  }

  @PostMapping("/api/productions/{productionId}/risk-assessments/scenes/{sceneId}/sign-offs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Sign the current version of a scene's assessment for a duty you hold a role of; it records"
      + " the scene's day and location now")
  RiskAssessment signScene(@PathVariable UUID productionId, @PathVariable UUID sceneId,
      @Valid @RequestBody SignOffBody body) {
    return signOffs.sign(productionId, new SignAssessment(sceneId, body.version(), body.duty()));
  }

  @GetMapping("/api/productions/{productionId}/risk-assessments/producer-threshold")
  @Operation(summary = "The residual rating (1-25) at or above which the producer signs too")
  ThresholdBody threshold(@PathVariable UUID productionId) {
    return new ThresholdBody(assessments.producerThreshold(productionId));
  }

  @PutMapping("/api/productions/{productionId}/risk-assessments/producer-threshold")
  @Operation(summary = "Set the residual rating at or above which the producer signs too (producer or UPM)")
  ThresholdBody setThreshold(@PathVariable UUID productionId, @Valid @RequestBody ThresholdBody body) {
    return new ThresholdBody(signOffs.setProducerThreshold(productionId, body.highResidualRating()));
  }

  record ControlBody(
      @Schema(description = "level in the hierarchy of controls") @NotNull ControlLevel level,
      @NotBlank @Size(max = Control.MAX_DESCRIPTION) String description) {}

  record HazardBody(
      @Schema(description = "GENERAL or a scene hazard (FIREARMS, STUNTS, ...)") @NotNull RiskCategory category,
      @NotBlank @Size(max = HazardEntry.MAX_TEXT) String whatCouldGoWrong,
      @NotNull @Min(1) @Max(5) Integer likelihood,
      @NotNull @Min(1) @Max(5) Integer severity,
      @NotNull @Size(min = 1, max = HazardEntry.MAX_CONTROLS) List<@NotNull @Valid ControlBody> controls,
      @NotNull @Min(1) @Max(5) Integer residualLikelihood,
      @NotNull @Min(1) @Max(5) Integer residualSeverity) {

    HazardEntry entry() {
      return new HazardEntry(category, whatCouldGoWrong, likelihood, severity,
          controls.stream().map(c -> new Control(c.level(), c.description())).toList(), residualLikelihood,
          residualSeverity);
    }
  }

  record DraftBody(
      @NotNull @Size(min = 1, max = 40) List<@NotNull @Valid HazardBody> hazards,
      @Schema(description = "why this version was drafted; required for every version after the first")
      @Size(max = 2000) String reason) {

    List<HazardEntry> entries() {
      return hazards.stream().map(HazardBody::entry).toList();
    }
  }

  record SignOffBody(
      @Schema(description = "the version signed: the current one") @NotNull @Min(1) Integer version,
      @Schema(description = "the duty signed for: SAFETY_ADVISOR, FIREARMS, STUNTS, SPECIAL_EFFECTS, FIRST_AD or PRODUCER")
      @NotNull SignOffDuty duty) {}

  record ThresholdBody(@NotNull @Min(1) @Max(25) Integer highResidualRating) {}
}
