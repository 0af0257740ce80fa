package org.setsafe.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.IdempotentRequests;
import org.setsafe.custody.SecondRoles;
import org.setsafe.custody.UnattendedWatch;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.production.CrewRole;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The watch kept over the armorer and the weapons on the JSON API: weapons found unattended at the meal break, at
 * wrap or out too long (rule 5), and producers' overrides letting the armorer take a second role (rule 7).
 */
@RestController
@RequestMapping("/api/productions/{productionId}/custody")
@Tag(name = "Custody")
class CustodyWatchApi {

  private final UnattendedWatch unattended;
  private final SecondRoles secondRoles;
  private final IdempotentRequests idempotent;

  CustodyWatchApi(UnattendedWatch unattended, SecondRoles secondRoles, IdempotentRequests idempotent) {
    this.unattended = unattended;
    this.secondRoles = secondRoles;
    this.idempotent = idempotent;
  }

  @GetMapping("/alerts")
  @Operation(summary = "Weapons found unattended (not locked up or with the armorer at the meal break or wrap, or "
      + "out too long), newest first; since an instant, or all")
  List<WeaponLeftUnattended> alerts(@PathVariable UUID productionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
    return unattended.alerts(productionId, since);
  }

  @GetMapping("/second-roles")
  @Operation(summary = "Producers' overrides letting the armorer take a second role on a day, newest first")
  List<SecondRoleAuthorised> secondRoles(@PathVariable UUID productionId) {
    return secondRoles.authorised(productionId);
  }

  @PostMapping("/second-roles")
  @Operation(summary = "A producer lets the armorer or property master take a second role on one day (today if no "
      + "day) while weapons are out, with a written reason; anyone else is refused and the refusal recorded")
  ResponseEntity<Object> authorise(@PathVariable UUID productionId, @RequestBody SecondRole body,
      @CustodyApi.IdempotencyKey @RequestHeader(name = CustodyApi.IDEMPOTENCY_KEY, required = false) String key,
      HttpServletRequest request) {
    return CustodyApi.once(idempotent, key, request, body, HttpStatus.CREATED, () -> secondRoles.authorise(productionId,
        body.armorerId(), body.secondRole(), body.day(), body.reason()));
  }

  /** Checked by the service after access, so someone not on the production learns nothing from a 400. */
  record SecondRole(UUID armorerId, CrewRole secondRole, LocalDate day, String reason) {}
}
