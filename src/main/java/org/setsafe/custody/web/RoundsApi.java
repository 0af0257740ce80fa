package org.setsafe.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.setsafe.custody.Custody;
import org.setsafe.custody.Rounds;
import org.setsafe.custody.Rounds.WrapSheet;
import org.setsafe.custody.domain.LotCommand;
import org.setsafe.custody.domain.LotCommand.CountRounds;
import org.setsafe.custody.domain.LotCommand.KeepInQuarantine;
import org.setsafe.custody.domain.LotCommand.QuarantineLot;
import org.setsafe.custody.domain.LotCommand.ReleaseLot;
import org.setsafe.custody.domain.LotCommand.ReturnRounds;
import org.setsafe.custody.domain.LotCommand.TransferRounds;
import org.setsafe.custody.domain.TransferDirection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rounds after they were received, on the JSON API: rounds fired, malfunctions and disposals of a weapon,
 * a lot's counts, returns, transfers and re-inspection, and the close of the day at wrap. Every POST accepts
 * an {@code Idempotency-Key} like every POST of the API; a refused step answers 409 naming the rule.
 */
@RestController
@RequestMapping("/api/productions/{productionId}/custody")
@Tag(name = "Custody")
class RoundsApi {

  private final Custody custody;
  private final Rounds rounds;

  RoundsApi(Custody custody, Rounds rounds) {
    this.custody = custody;
    this.rounds = rounds;
  }

  // ---- a weapon: rounds fired, malfunction, disposal ----

  @PostMapping("/weapons/{weaponId}/discharge")
  @Operation(summary = "The armorer records rounds fired from the weapon, from one lot; only rounds of that lot "
      + "loaded in it can have been fired")
  ResponseEntity<Object> discharge(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Discharge body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.discharge(productionId, weaponId, body.lotId(), body.count()));
  }

  @PostMapping("/weapons/{weaponId}/malfunction")
  @Operation(summary = "Anyone on the crew reports a malfunction; the armorer inspects the weapon before it is "
      + "shown clear again")
  ResponseEntity<Object> malfunction(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody MalfunctionReport body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.malfunction(productionId, weaponId, body.description()));
  }

  @PostMapping("/weapons/{weaponId}/dispose")
  @Operation(summary = "The weapon leaves the production (back to the rental house, or another disposition) with "
      + "the 27 CFR 478.125 disposition entry; it takes no further steps")
  ResponseEntity<Object> dispose(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Disposal body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.dispose(productionId, weaponId, body.recipient(),
        body.address(), body.licenceNumber(), body.disposition()));
  }

  // ---- a lot's rounds: each route names its step, the lot protocol decides it ----

  @PostMapping("/lots/{lotId}/counts")
  @Operation(summary = "The armorer counts the rounds of a lot on hand (any time; the count taken today is the "
      + "wrap count)")
  ResponseEntity<Object> count(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @RequestBody Count body) {
    return lotStep(productionId, new CountRounds(lotId, body.counted()));
  }

  @PostMapping("/lots/{lotId}/returned-to-supplier")
  @Operation(summary = "Rounds of a lot went back to the supplier; only rounds left in the box")
  ResponseEntity<Object> returnToSupplier(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @RequestBody SupplierReturn body) {
    return lotStep(productionId, new ReturnRounds(lotId, body.count()));
  }

  @PostMapping("/lots/{lotId}/transfers")
  @Operation(summary = "Rounds moved into (IN) or out of (OUT) a lot, with the counterpart named; rounds in must "
      + "be checked again before the lot is used")
  ResponseEntity<Object> transfer(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @RequestBody LotTransfer body) {
    return lotStep(productionId, new TransferRounds(lotId, body.count(), body.direction(), body.counterpart()));
  }

  @PostMapping("/lots/{lotId}/reinspection")
  @Operation(summary = "The armorer re-inspects a quarantined lot and writes what they found, which releases it")
  ResponseEntity<Object> reinspect(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @RequestBody CustodyApi.Finding body) {
    return lotStep(productionId, new ReleaseLot(lotId, body.finding()));
  }

  @PostMapping("/lots/{lotId}/quarantine")
  @Operation(summary = "The armorer takes a lot out of use and writes why; nothing of it is loaded until it is "
      + "re-inspected and released")
  ResponseEntity<Object> quarantine(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @RequestBody CustodyApi.Reason body) {
    return lotStep(productionId, new QuarantineLot(lotId, body.reason()));
  }

  @PostMapping("/lots/{lotId}/kept-in-quarantine")
  @Operation(summary = "The armorer re-inspects a quarantined lot and keeps it out of use, writing what they found")
  ResponseEntity<Object> keepQuarantined(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @RequestBody CustodyApi.Finding body) {
    return lotStep(productionId, new KeepInQuarantine(lotId, body.finding()));
  }

  /** Every lot step answers alike: the fact recorded and the lot's balance after it. */
  private ResponseEntity<Object> lotStep(UUID productionId, LotCommand step) {
    return ResponseEntity.status(HttpStatus.OK).body(rounds.take(productionId, step));
  }

  // ---- wrap ----

  @GetMapping("/wrap")
  @Operation(summary = "Today's wrap: every lot with its balance and today's count, the last close, open mismatches")
  WrapSheet wrap(@PathVariable UUID productionId) {
    return rounds.wrap(productionId);
  }

  @PostMapping("/wrap/close")
  @Operation(summary = "The armorer closes the shooting day with the wrap count of each lot; a count that does not "
      + "reconcile is refused (409, custody.rounds-reconcile) and raises a round-count mismatch")
  ResponseEntity<Object> closeDay(@PathVariable UUID productionId, @Valid @RequestBody WrapCount body) {
    return ResponseEntity.status(HttpStatus.OK).body(rounds.closeDay(productionId, body.counts()));
  }

  // ---- bodies ----

  record Discharge(@NotNull UUID lotId, @NotNull @Positive Integer count) {}

  record MalfunctionReport(@NotBlank @Size(max = 2000) String description) {}

  record Disposal(@NotBlank @Size(max = 120) String recipient, @Size(max = 2000) String address,
      @Size(max = 120) String licenceNumber, @NotBlank @Size(max = 120) String disposition) {}

  record Count(@NotNull @PositiveOrZero Integer counted) {}

  record SupplierReturn(@NotNull @Positive Integer count) {}

  record LotTransfer(@NotNull @Positive Integer count, @NotNull TransferDirection direction,
      @NotBlank @Size(max = 120) String counterpart) {}

  /** Each lot's wrap count; lots counted earlier today may be left out. */
  record WrapCount(Map<@NotNull UUID, @NotNull @PositiveOrZero Integer> counts) {}
}
