package org.setsafe.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.setsafe.training.ArmorerBriefings;
import org.setsafe.training.ArmorerBriefings.Briefing;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Training")
class BriefingsApi {

  private final ArmorerBriefings briefings;

  BriefingsApi(ArmorerBriefings briefings) {
    this.briefings = briefings;
  }

  @GetMapping("/api/productions/{productionId}/armorer-briefings")
  @Operation(summary = "The armorer's briefings of performers on this production, newest first")
  List<Briefing> list(@PathVariable UUID productionId) {
    return briefings.briefings(productionId);
  }

  @PostMapping("/api/productions/{productionId}/armorer-briefings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record that the armorer briefed a performer today on handling firearms (armorers and property"
      + " masters with a current armorer permit)")
  Briefing record(@PathVariable UUID productionId, @RequestBody BriefingBody body) {
    return briefings.record(productionId, body.performerId(), body.topics());
  }

  @GetMapping("/api/productions/{productionId}/performer-training-rule")
  @Operation(summary = "Whether an armorer's briefing stands in for a performer's firearms safety training, and for"
      + " how many days it counts")
  PerformerRule rule(@PathVariable UUID productionId) {
    return briefings.rule(productionId);
  }

  @PutMapping("/api/productions/{productionId}/performer-training-rule")
  @Operation(summary = "Set the performers' training rule (producers, UPMs and safety advisors)")
  PerformerRule setRule(@PathVariable UUID productionId, @RequestBody RuleBody body) {
    return briefings.setRule(productionId, body.briefingAccepted(), body.briefingValidDays());
  }

  // Bodies are checked by the service once the caller may see the production, so a stranger learns nothing.

  record BriefingBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID performerId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ArmorerBriefings.MAX_TOPICS) String topics) {}

  record RuleBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean briefingAccepted,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "366") Integer briefingValidDays) {}
}
