package org.setsafe.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.incident.Statements;
import org.setsafe.incident.Statements.Correction;
import org.setsafe.incident.Statements.ForWitness;
import org.setsafe.incident.Statements.StatementView;
import org.setsafe.incident.Statements.Words;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Witness statements on the JSON API. Someone not on the production gets 404 whatever they send; a statement's words
 * go only to the investigators and the witness (anyone else 403, logged) and are never cached on the way. Bad input
 * is a 400 naming the field and the rule; correcting a version that is not the latest, or confirming twice, is a
 * 409 naming the rule and the recorded refusal.
 */
@RestController
@RequestMapping("/api/productions/{productionId}/incidents/{incidentId}/statements")
@Tag(name = "Incidents")
class StatementApi {

  private final Statements statements;

  StatementApi(Statements statements) {
    this.statements = statements;
  }

  /** A witness's words, and when they say it happened (optional). */
  record WordsBody(String words, Instant about) {}

  /** For a crew member give {@code witnessUserId}; for someone from outside the crew, {@code witnessName}. */
  record RecordBody(UUID witnessUserId, String witnessName, String words, Instant about) {}

  /** New words superseding the latest version, which {@code supersedes} names. */
  record StatementCorrectionBody(String words, Instant about, Integer supersedes) {}

  /** The version the witness read and confirms (the latest). */
  record ConfirmBody(Integer version) {}

  @GetMapping
  @Operation(summary = "The statements you may read: every one for an investigator (safety advisor, UPM, producer, "
      + "studio safety), your own for anyone else")
  ResponseEntity<List<StatementView>> list(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return private_(statements.statements(productionId, incidentId));
  }

  @PostMapping
  @Operation(summary = "Give your own statement as a witness, in your own words (crew; one per incident, corrected "
      + "by new versions)")
  ResponseEntity<StatementView> give(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody(required = false) WordsBody body) {
    return created(statements.give(productionId, incidentId,
        body == null ? null : new Words(body.words(), body.about())));
  }

  @PostMapping("/recorded")
  @Operation(summary = "Record a statement for a witness (investigators): a crew member confirms it afterwards; "
      + "someone from outside the crew is named")
  ResponseEntity<StatementView> record(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody(required = false) RecordBody body) {
    return created(statements.recordFor(productionId, incidentId, body == null ? null
        : new ForWitness(body.witnessUserId(), body.witnessName(), body.words(), body.about())));
  }

  @GetMapping("/{statementId}")
  @Operation(summary = "One statement with every version, newest first (investigators and the witness; anyone "
      + "else 403, logged)")
  ResponseEntity<StatementView> statement(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @PathVariable UUID statementId) {
    return private_(statements.statement(productionId, incidentId, statementId));
  }

  @PostMapping("/{statementId}/versions")
  @Operation(summary = "Correct a statement: a new version superseding the latest, which is kept (the witness or an "
      + "investigator)")
  ResponseEntity<StatementView> correct(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @PathVariable UUID statementId, @RequestBody(required = false) StatementCorrectionBody body) {
    return created(statements.correct(productionId, incidentId, statementId, body == null ? null
        : new Correction(body.words(), body.about(), body.supersedes())));
  }

  @PostMapping("/{statementId}/confirm")
  @Operation(summary = "Confirm, as the witness, the latest version an investigator recorded for you")
  ResponseEntity<StatementView> confirm(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @PathVariable UUID statementId, @RequestBody(required = false) ConfirmBody body) {
    return private_(statements.confirm(productionId, incidentId, statementId, body == null ? null : body.version()));
  }

  private static <T> ResponseEntity<T> private_(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  private static <T> ResponseEntity<T> created(T body) {
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(body);
  }
}
