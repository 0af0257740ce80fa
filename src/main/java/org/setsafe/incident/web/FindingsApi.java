package org.setsafe.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.incident.ActionKind;
import org.setsafe.incident.CauseCategory;
import org.setsafe.incident.CauseForm;
import org.setsafe.incident.CorrectiveActions;
import org.setsafe.incident.Investigations;
import org.setsafe.incident.Investigations.EvidenceInput;
import org.setsafe.incident.Investigations.InvestigationView;
import org.setsafe.incident.Investigations.NewRootCause;
import org.setsafe.incident.Investigations.StepInput;
import org.setsafe.incident.Investigations.WhyInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An incident's investigation on the JSON API: root causes with their evidence, closing and re-opening, and the
 * corrective actions. Access is decided per production before the body is read: someone not on the production gets
 * 404. Bad input is a 400 problem naming the field and the rule; a step a rule refuses (closing without a shown root
 * cause, an owner verifying their own action) is a 409 naming the rule and the recorded refusal.
 */
@RestController
@RequestMapping("/api/productions/{productionId}/incidents/{incidentId}")
@Tag(name = "Incidents")
class FindingsApi {

  private final Investigations investigations;
  private final CorrectiveActions actions;

  FindingsApi(Investigations investigations, CorrectiveActions actions) {
    this.investigations = investigations;
    this.actions = actions;
  }

  record RootCauseBody(@Schema(implementation = CauseForm.class) String form,
      @Schema(implementation = CauseCategory.class) String category, String summary, List<WhyInput> whys,
      List<EvidenceInput> evidence) {
    NewRootCause cause() {
      return new NewRootCause(form, category, summary, whys, evidence);
    }
  }

  record ActionBody(UUID rootCauseId, @Schema(implementation = ActionKind.class) String kind, String what,
      UUID ownerId, UUID verifierId, LocalDate dueOn) {}

  record DoneBody(String note, Long settingChangeLedgerIndex) {}

  record ActionVerificationBody(Boolean effective, String note) {}

  record StepBody(String reason) {}

  @GetMapping("/investigation")
  @Operation(summary = "The investigation: root causes (latest versions) with their evidence, corrective actions "
      + "and their status, and whether it is closed")
  InvestigationView investigation(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return investigations.investigation(productionId, incidentId);
  }

  @PostMapping("/root-causes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a root cause (safety advisor, UPM, producer): a five-whys chain or a contributing "
      + "factor by category, linked to ledger entries (by index) and statements that show it")
  InvestigationView rootCause(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody RootCauseBody body) {
    return investigations.recordRootCause(productionId, incidentId, body == null ? null : body.cause());
  }

  @PostMapping("/root-causes/{rootCauseId}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Supersede a root cause with a new version; the earlier version stays on the record")
  InvestigationView supersede(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @PathVariable UUID rootCauseId, @RequestBody RootCauseBody body) {
    return investigations.supersede(productionId, incidentId, rootCauseId, body == null ? null : body.cause());
  }

  @PostMapping("/investigation/close")
  @Operation(summary = "Close the investigation (safety advisor): refused (409, recorded) without at least one root "
      + "cause and the evidence that shows it")
  InvestigationView close(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody(required = false) StepBody body) {
    return investigations.close(productionId, incidentId, new StepInput(body == null ? null : body.reason()));
  }

  @PostMapping("/investigation/reopen")
  @Operation(summary = "Re-open a closed investigation (safety advisor), saying why")
  InvestigationView reopen(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody(required = false) StepBody body) {
    return investigations.reopen(productionId, incidentId, new StepInput(body == null ? null : body.reason()));
  }

  @PostMapping("/actions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Agree a corrective or preventive action (safety advisor, UPM, producer): the root cause it "
      + "answers, its owner, the day it is due on the production's calendar; it escalates if not done by then")
  InvestigationView agree(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody ActionBody body) {
    return actions.agree(productionId, incidentId, body == null ? null : new CorrectiveActions.NewAction(
        body.rootCauseId(), body.kind(), body.what(), body.ownerId(), body.verifierId(), body.dueOn()));
  }

  @PostMapping("/actions/{actionId}/done")
  @Operation(summary = "The owner records the action done, with the ledger entry of the production setting it "
      + "changed, if it changed one")
  InvestigationView done(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID actionId,
      @RequestBody(required = false) DoneBody body) {
    return actions.done(productionId, incidentId, actionId, body == null ? null
        : new CorrectiveActions.Done(body.note(), body.settingChangeLedgerIndex()));
  }

  @PostMapping("/actions/{actionId}/verification")
  @Operation(summary = "Record whether a done action works: the verifier named for it or the safety advisor, never "
      + "its owner (409, recorded)")
  InvestigationView verify(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @PathVariable UUID actionId, @RequestBody(required = false) ActionVerificationBody body) {
    return actions.verify(productionId, incidentId, actionId, body == null ? null
        : new CorrectiveActions.Verification(body.effective(), body.note()));
  }
}
