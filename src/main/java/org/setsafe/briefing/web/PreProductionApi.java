package org.setsafe.briefing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.setsafe.briefing.CallSheet;
import org.setsafe.briefing.CallSheets;
import org.setsafe.briefing.PreProductionCheck;
import org.setsafe.briefing.PreProductionCheck.PreProduction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The pre-production check and a day's call-sheet safety section on the JSON API. */
@RestController
@Tag(name = "Briefing")
class PreProductionApi {

  private final PreProductionCheck check;
  private final CallSheets callSheets;

  PreProductionApi(PreProductionCheck check, CallSheets callSheets) {
    this.check = check;
    this.callSheets = callSheets;
  }

  @GetMapping("/api/productions/{productionId}/pre-production")
  @Operation(summary = "Every gap before the first shooting day (all modules' readiness checks), and the days to it;"
      + " for producers, UPM, 1st AD, safety advisor, armorer and studio safety")
  PreProduction check(@PathVariable UUID productionId) {
    return check.check(productionId);
  }

  @GetMapping("/api/productions/{productionId}/schedule/days/{dayId}/safety-sheet")
  @Operation(summary = "The call sheet's safety section of a shooting day, as the PDF prints it; for every member")
  CallSheet safetySheet(@PathVariable UUID productionId, @PathVariable UUID dayId) {
    return callSheets.forDay(productionId, dayId);
  }
}
