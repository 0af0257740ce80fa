package org.setsafe.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.incident.CareAfterIncidents;
import org.setsafe.incident.CareAfterIncidents.AnswersView;
import org.setsafe.incident.CareAfterIncidents.OfferSummary;
import org.setsafe.incident.CareAfterIncidents.SupportView;
import org.setsafe.incident.Regulator;
import org.setsafe.incident.ReportableOutcome;
import org.setsafe.incident.ReportingClocks;
import org.setsafe.incident.ReportingClocks.ClockView;
import org.setsafe.incident.ReportingClocks.OutcomeInput;
import org.setsafe.incident.ReportingClocks.ReportMadeInput;
import org.setsafe.incident.SupportAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What follows an incident on the JSON API: the regulators' reporting clocks and the report made, and the support
 * offered to the crew. Access is decided per production before the body is read (someone not on the production gets
 * 404); bad input is a 400 problem naming the field and the rule; a role that may not is a 403, logged.
 */
@RestController
@RequestMapping("/api/productions/{productionId}")
@Tag(name = "Incidents")
class AftermathApi {

  private final ReportingClocks clocks;
  private final CareAfterIncidents care;

  AftermathApi(ReportingClocks clocks, CareAfterIncidents care) {
    this.clocks = clocks;
    this.care = care;
  }

  record OutcomeBody(@Schema(implementation = ReportableOutcome.class) String outcome,
      @Schema(description = "two-letter US state where it happened: CA starts Cal/OSHA's 8-hour clock") String state,
      @Schema(description = "when the production learned of the outcome; left out: now") Instant learnedAt) {}

  record ReportMadeBody(Instant madeAt, @Schema(implementation = Regulator.class) String regulator,
      String reference) {}

  record AnswerBody(@Schema(implementation = SupportAnswer.class) String answer) {}

  record AttendingBody(Boolean attending) {}

  record DebriefBody(Instant startsAt, String where) {}

  record CounsellingContactBody(UUID userId) {}

  @PostMapping("/incidents/{incidentId}/outcomes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record an outcome the regulator must hear of (safety advisor, UPM, producer): starts the "
      + "reporting clocks (OSHA 8 h for a death, 24 h for hospitalization, amputation, loss of an eye; Cal/OSHA 8 h "
      + "in California), which escalate until the report is recorded")
  List<ClockView> outcome(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody(required = false) OutcomeBody body) {
    return clocks.recordOutcome(productionId, incidentId,
        body == null ? null : new OutcomeInput(body.outcome(), body.state(), body.learnedAt()));
  }

  @GetMapping("/incidents/{incidentId}/clocks")
  @Operation(summary = "The incident's reporting clocks, with the time left (or how late) and the reports made")
  List<ClockView> clocks(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return clocks.clocks(productionId, incidentId);
  }

  @PostMapping("/incidents/{incidentId}/clocks/{clockId}/report")
  @Operation(summary = "Record that the report was made (when, to whom, reference): the clock stops escalating; a "
      + "late report is recorded as late")
  ClockView reportMade(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID clockId,
      @RequestBody(required = false) ReportMadeBody body) {
    return clocks.reportMade(productionId, incidentId, clockId,
        body == null ? null : new ReportMadeInput(body.madeAt(), body.regulator(), body.reference()));
  }

  @GetMapping("/support")
  @Operation(summary = "The support offered to me after an incident: contacts, my answer, check-ins, the debrief")
  List<SupportView> mine(@PathVariable UUID productionId) {
    return care.mine(productionId);
  }

  @PostMapping("/support/{offerId}/answer")
  @Operation(summary = "Accept the check-ins or decline them (declining stops the rest); only the counselling "
      + "contact sees the answer")
  SupportView answer(@PathVariable UUID productionId, @PathVariable UUID offerId,
      @RequestBody(required = false) AnswerBody body) {
    return care.answer(productionId, offerId, body == null ? null : body.answer());
  }

  @PostMapping("/support/{offerId}/attending")
  @Operation(summary = "Say whether I come to the group debrief; only the counselling contact sees it")
  SupportView attending(@PathVariable UUID productionId, @PathVariable UUID offerId,
      @RequestBody(required = false) AttendingBody body) {
    return care.attend(productionId, offerId, body == null ? null : body.attending());
  }

  @GetMapping("/support/offers")
  @Operation(summary = "The support offered on the production (counselling contact, safety advisor): how many "
      + "people, never who")
  List<OfferSummary> offers(@PathVariable UUID productionId) {
    return care.offers(productionId);
  }

  @GetMapping("/support/{offerId}/answers")
  @Operation(summary = "Who accepted or declined and who comes to the debrief: the counselling contact only")
  AnswersView answers(@PathVariable UUID productionId, @PathVariable UUID offerId) {
    return care.answers(productionId, offerId);
  }

  @PostMapping("/support/{offerId}/debrief")
  @Operation(summary = "Schedule the group debrief (counselling contact, safety advisor); everyone offered support "
      + "hears when and where")
  ResponseEntity<AnswersView> debrief(@PathVariable UUID productionId, @PathVariable UUID offerId,
      @RequestBody(required = false) DebriefBody body) {
    AnswersView view = care.scheduleDebrief(productionId, offerId, body == null ? null : body.startsAt(),
        body == null ? null : body.where());
    return view == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(view);
  }

  @PutMapping("/support/counselling-contact")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Name the production's counselling contact on SetSafe (safety advisor): a crew member who is "
      + "not the producer or the UPM, the one person who reads who accepted or declined support")
  void counsellingContact(@PathVariable UUID productionId, @RequestBody(required = false) CounsellingContactBody body) {
    care.nameCounsellingContact(productionId, body == null ? null : body.userId());
  }
}
