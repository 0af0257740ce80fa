package org.setsafe.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.CustodyBoard.DayNotSettled;
import org.setsafe.custody.DaySettlements;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Earlier shooting days whose rounds are not accounted for, on the JSON API, and their written settlement by the
 * armorer and the safety advisor; until both have settled a day, every load is refused (409,
 * custody.unreconciled-day).
 */
@RestController
@RequestMapping("/api/productions/{productionId}/custody/days")
@Tag(name = "Custody")
class DaySettlementApi {

  private final DaySettlements settlements;

  DaySettlementApi(DaySettlements settlements) {
    this.settlements = settlements;
  }

  @GetMapping("/not-settled")
  @Operation(summary = "Earlier shooting days not closed at wrap or whose round count did not reconcile, oldest "
      + "first, with whose written settlement each still awaits; any one of them holds every load")
  List<DayNotSettled> notSettled(@PathVariable UUID productionId) {
    return settlements.notSettled(productionId);
  }

  @PostMapping("/{day}/settlements")
  @Operation(summary = "The armorer or the safety advisor settles the day in writing (what happened to its "
      + "rounds); loads go on once both have")
  ResponseEntity<Object> settle(@PathVariable UUID productionId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @Valid @RequestBody Settlement body) {
    return ResponseEntity.status(HttpStatus.OK).body(settlements.settle(productionId, day, body.finding()));
  }

  record Settlement(@NotBlank @Size(max = 2000) String finding) {}
}
