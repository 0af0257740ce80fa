package org.setsafe.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.SecondRoles;
import org.setsafe.custody.UnattendedWatch;
import org.setsafe.custody.WatchSettings;
import org.setsafe.custody.WatchSettings.Limits;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.production.CrewRole;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The watch kept over the armorer and the weapons on the JSON API: weapons not locked up at the meal break or wrap,
 * or idle out of lock-up (rule 5), wraps that wait for the count (rule 6), the watch's limits, and producers'
 * overrides letting the armorer take a second role (rule 7).
 */
@RestController
@RequestMapping("/api/productions/{productionId}/custody")
@Tag(name = "Custody")
class CustodyWatchApi {

  private final UnattendedWatch unattended;
  private final WatchSettings settings;
  private final SecondRoles secondRoles;

  CustodyWatchApi(UnattendedWatch unattended, WatchSettings settings, SecondRoles secondRoles) {
    this.unattended = unattended;
    this.settings = settings;
    this.secondRoles = secondRoles;
  }

  @GetMapping("/alerts")
  @Operation(summary = "Weapons found not locked up at the meal break or wrap, or out of lock-up with no custody "
      + "step for longer than the idle limit, newest first; since an instant, or all")
  List<WeaponLeftUnattended> alerts(@PathVariable UUID productionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
    return unattended.alerts(productionId, since);
  }

  @GetMapping("/watch")
  @Operation(summary = "The watch's limits in force: the lock-up grace (the production's own when shorter than the "
      + "installation's), the idle limit and how long after wrap the day must be closed, in minutes")
  Limits watch(@PathVariable UUID productionId) {
    return settings.limits(productionId);
  }

  @PutMapping("/watch")
  @Operation(summary = "Sets the production's lock-up grace in minutes, 1 up to the installation's (null goes back "
      + "to the installation's); producers, UPMs and the safety advisor only, anyone else is refused and recorded")
  Limits setWatch(@PathVariable UUID productionId, @RequestBody(required = false) WatchBody body) {
    return settings.setLockUpGrace(productionId, body == null ? null : body.lockUpGraceMinutes());
  }

  @GetMapping("/watch/today")
  @Operation(summary = "What the watch raised today in the production's time zone, newest first: weapons not locked "
      + "up or idle (custody.weapon-left-unattended), still not locked up after the grace (custody.lock-up-overdue), "
      + "and wraps whose rounds do not reconcile or days not closed (custody.day-not-reconciled)")
  List<Raised> watchToday(@PathVariable UUID productionId) {
    return unattended.raisedToday(productionId).stream().map(fact -> new Raised(fact.kind(), fact)).toList();
  }

  @GetMapping("/second-roles")
  @Operation(summary = "Producers' overrides letting the armorer take a second role on a day, newest first")
  List<SecondRoleAuthorised> secondRoles(@PathVariable UUID productionId) {
    return secondRoles.authorised(productionId);
  }

  @PostMapping("/second-roles")
  @Operation(summary = "A producer lets the armorer or property master take a second role on one day (today if no "
      + "day) while weapons are out, with a written reason; anyone else is refused and the refusal recorded")
  ResponseEntity<Object> authorise(@PathVariable UUID productionId, @RequestBody SecondRole body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(secondRoles.authorise(productionId,
        body.armorerId(), body.secondRole(), body.day(), body.reason()));
  }

  /** A fact the watch raised, with its kind beside it. */
  record Raised(String kind, CustodyEvent fact) {}

  /** The production's lock-up grace in minutes; null for the installation's. */
  record WatchBody(Integer lockUpGraceMinutes) {}

  /** Checked by the service after access, so someone not on the production learns nothing from a 400. */
  record SecondRole(UUID armorerId, CrewRole secondRole, LocalDate day, String reason) {}
}
