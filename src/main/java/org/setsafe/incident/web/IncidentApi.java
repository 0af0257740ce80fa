package org.setsafe.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.incident.EvidenceKind;
import org.setsafe.incident.IncidentKind;
import org.setsafe.incident.Incidents;
import org.setsafe.incident.Incidents.IncidentView;
import org.setsafe.incident.Incidents.MedicalView;
import org.setsafe.incident.Incidents.NewIncident;
import org.setsafe.incident.Incidents.PersonInput;
import org.setsafe.incident.PhysicalEvidence;
import org.setsafe.incident.PhysicalEvidence.HandOverReceipt;
import org.setsafe.incident.PhysicalEvidence.NewHandOver;
import org.setsafe.incident.PhysicalEvidence.NewItem;
import org.setsafe.reporting.Severity;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents and their physical evidence on the JSON API. Access is decided per production before the body is looked
 * at: someone not on the production gets 404 whatever they send. Bad input is a 400 problem naming the field and the
 * rule; a hand-over a rule refuses (another case number, one still waiting) is a 409 naming the rule and the
 * recorded refusal.
 */
@RestController
@RequestMapping("/api/productions/{productionId}/incidents")
@Tag(name = "Incidents")
class IncidentApi {

  private final Incidents incidents;
  private final PhysicalEvidence evidence;

  IncidentApi(Incidents incidents, PhysicalEvidence evidence) {
    this.incidents = incidents;
    this.evidence = evidence;
  }

  /** An incident as a phone opens it; {@code happenedAt} left out means now. */
  record IncidentBody(@io.swagger.v3.oas.annotations.media.Schema(implementation = IncidentKind.class) String kind, Severity severity, String where, Instant happenedAt, String whatHappened,
      List<PersonInput> people, String medicalDetails, Set<UUID> weaponIds, Set<UUID> lotIds, Set<UUID> sceneIds) {
    NewIncident incident() {
      return new NewIncident(kind, severity, where, happenedAt, whatHappened, people, medicalDetails, weaponIds,
          lotIds, sceneIds);
    }
  }

  record ItemBody(@io.swagger.v3.oas.annotations.media.Schema(implementation = EvidenceKind.class) String kind, String what, String caseNumber) {}

  record HandOverBody(String toName, String toOrganisation, String caseNumber) {}

  @GetMapping
  @Operation(summary = "Every incident of the production, newest first (medical details are never in the list)")
  List<IncidentView> list(@PathVariable UUID productionId) {
    return incidents.incidents(productionId);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Open an incident (any crew member): the ledger is pinned and the weapons and lots named are "
      + "held at once")
  IncidentView open(@PathVariable UUID productionId, @RequestBody IncidentBody body) {
    return incidents.open(productionId, body == null ? null : body.incident());
  }

  @GetMapping("/{incidentId}")
  @Operation(summary = "One incident: what happened, who was involved, the evidence pinned, the holds, the physical "
      + "evidence and its hand-overs")
  IncidentView incident(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return incidents.incident(productionId, incidentId);
  }

  @GetMapping("/{incidentId}/medical")
  @Operation(summary = "Medical details: the safety advisor, the UPM or producer and the injured person only "
      + "(403 for anyone else, logged)")
  ResponseEntity<MedicalView> medical(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(incidents.medicalDetails(productionId, incidentId));
  }

  @GetMapping(value = "/{incidentId}/evidence-bundle", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  @Operation(summary = "The evidence bundle pinned when the incident opened (those who may export evidence); "
      + "verify it offline with `ledger verify-bundle`")
  ResponseEntity<byte[]> bundle(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"incident-" + incidentId + ".bundle\"")
        .body(incidents.evidenceBundle(productionId, incidentId));
  }

  @PostMapping("/{incidentId}/evidence")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Log a piece of physical evidence you have (a round, a weapon, a phone video), with its case "
      + "number if known")
  IncidentView log(@PathVariable UUID productionId, @PathVariable UUID incidentId, @RequestBody ItemBody body) {
    return evidence.log(productionId, incidentId, body == null ? null
        : new NewItem(body.kind(), body.what(), body.caseNumber()));
  }

  @PostMapping("/{incidentId}/evidence/{itemId}/hand-overs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Hand an item over (to the sheriff, to a lab) under its case number; answers, once, the code "
      + "the receiving side confirms with. Another case number is refused (409) and the refusal recorded")
  HandOverReceipt handOver(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID itemId,
      @RequestBody HandOverBody body) {
    return evidence.handOver(productionId, incidentId, itemId, body == null ? null
        : new NewHandOver(body.toName(), body.toOrganisation(), body.caseNumber()));
  }
}
