package org.setsafe.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.UUID;
import org.setsafe.budget.BudgetExports;
import org.setsafe.budget.BudgetSheet;
import org.setsafe.budget.BudgetViews;
import org.setsafe.budget.ChangeLine;
import org.setsafe.budget.SafetyBudget;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The safety budget on the JSON API: the lines against the schedule's need and what was worked or spent, a change
 * to a line (UPM, producer), and the report as CSV and PDF. Read by the UPM, producers, the safety advisor and
 * studio safety.
 */
@RestController
@Tag(name = "Safety budget")
class BudgetApi {

  private final BudgetViews views;
  private final SafetyBudget budget;
  private final BudgetExports exports;

  BudgetApi(BudgetViews views, SafetyBudget budget, BudgetExports exports) {
    this.views = views;
    this.budget = budget;
    this.exports = exports;
  }

  @GetMapping("/api/productions/{productionId}/budget")
  @Operation(summary = "The safety budget: every line's planned units × rate, committed, actual (staffed lines from"
      + " staffing's roster and hours), the schedule's need and the variance, by line and by week, in cents of the"
      + " budget's currency; the firearms days no budgeted armorer covers")
  BudgetSheet sheet(@PathVariable UUID productionId) {
    return views.sheet(productionId);
  }

  @PostMapping("/api/productions/{productionId}/budget/lines")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Change a safety line (UPM, producer): a new version with who, when and why. A cut below the"
      + " schedule's need, or by more than the allowed share of the previous version, needs a reason (otherwise 409"
      + " budget.cut-needs-reason, recorded) and opens a management review")
  BudgetSheet change(@PathVariable UUID productionId, @RequestBody BudgetLineBody body) {
    return budget.change(productionId, new ChangeLine(body.kind(), body.plannedUnits(), body.rate(), body.committed(),
        body.actual(), body.currency(), body.note(), body.reason()));
  }

  @GetMapping(value = "/api/productions/{productionId}/budget/report.csv", produces = "text/csv")
  @Operation(summary = "The budget report as CSV: planned, committed, actual, need and variance by line and by week")
  ResponseEntity<byte[]> csv(@PathVariable UUID productionId) {
    return BudgetFiles.csv(exports.csv(productionId));
  }

  @GetMapping(value = "/api/productions/{productionId}/budget/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The budget report as PDF")
  ResponseEntity<byte[]> pdf(@PathVariable UUID productionId) {
    return BudgetFiles.pdf(exports.pdf(productionId));
  }

  // Checked by the service after the caller's access, so someone not on the production learns nothing.

  record BudgetLineBody(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ARMORER_DAYS", allowableValues = {
          "ARMORER_DAYS", "ASSISTANT_ARMORER_DAYS", "SAFETY_ADVISOR_DAYS", "SET_MEDIC_DAYS", "FIRE_SAFETY",
          "STUNT_COORDINATOR_DAYS", "SAFETY_TRAINING", "PROTECTIVE_EQUIPMENT", "REPLICA_WEAPONS", "OTHER"})
      String kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "100000", example = "12")
      BigDecimal plannedUnits,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "10000000", example = "950.00",
          description = "per unit, in the budget currency's major unit, at most two decimals") BigDecimal rate,
      @Schema(minimum = "0", maximum = "1000000000", description = "left out: as before") BigDecimal committed,
      @Schema(minimum = "0", maximum = "1000000000",
          description = "entered spending; not for staffed lines, whose actual comes from staffing") BigDecimal actual,
      @Schema(example = "USD", description = "ISO 4217; the budget keeps the currency of its first line")
      String currency,
      @Schema(maxLength = 500) String note,
      @Schema(maxLength = 2000, description = "why the line changes; required for a flagged cut") String reason) {}
}
