package org.setsafe.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.setsafe.training.ArmorerBriefings;
import org.setsafe.training.BriefingCommands;
import org.setsafe.training.BriefingCommands.RecordBriefing;
import org.setsafe.training.BriefingCommands.SetPerformerRule;
import org.setsafe.training.BriefingLog;
import org.setsafe.training.PersonId;
import org.setsafe.training.QualificationViews.Briefing;
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
  private final BriefingLog log;

  BriefingsApi(ArmorerBriefings briefings, BriefingLog log) {
    this.briefings = briefings;
    this.log = log;
  }

  @GetMapping("/api/productions/{productionId}/armorer-briefings")
  @Operation(summary = "The armorer's briefings of performers on this production, newest first")
  List<Briefing> list(@PathVariable UUID productionId) {
    return log.briefings(productionId);
  }

  @PostMapping("/api/productions/{productionId}/armorer-briefings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record that the armorer briefed a performer today on handling firearms (armorers and property"
      + " masters with a current armorer permit)")
  Briefing record(@PathVariable UUID productionId, @RequestBody BriefingBody body) {
    return briefings.record(new RecordBriefing(productionId, PersonId.of(body.performerId()), body.topics()));
  }

  @GetMapping("/api/productions/{productionId}/performer-training-rule")
  @Operation(summary = "Whether an armorer's briefing stands in for a performer's firearms safety training, and for"
      + " how many days it counts")
  PerformerRule rule(@PathVariable UUID productionId) {
    return log.rule(productionId);
  }

  @PutMapping("/api/productions/{productionId}/performer-training-rule")
  @Operation(summary = "Set the performers' training rule (producers, UPMs and safety advisors)")
  PerformerRule setRule(@PathVariable UUID productionId, @RequestBody RuleBody body) {
    return briefings.setRule(new SetPerformerRule(productionId, body.briefingAccepted(), body.briefingValidDays()));
  }

  // Bodies are checked by the service once the caller may see the production, so a stranger learns nothing.

  record BriefingBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID performerId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = BriefingCommands.MAX_TOPICS) String topics) {}

  record RuleBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean briefingAccepted,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "366") Integer briefingValidDays) {}
}
