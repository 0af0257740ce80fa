package org.setsafe.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponDetails;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.custody.Custody;
import org.setsafe.custody.CustodyBoard;
import org.setsafe.custody.CustodyBoard.HistoryEntry;
import org.setsafe.custody.CustodyBoard.WeaponStatus;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.FirearmsHolds;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyCommand.IssueWeapon;
import org.setsafe.custody.domain.CustodyCommand.TransferWeapon;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.LotOrigin;
import org.setsafe.custody.domain.VerificationMethod;
import org.setsafe.custody.domain.WeaponKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Custody on the JSON API, for the armorer's phone: the register, every custody step, the board and each
 * weapon's history. Every POST accepts an {@code Idempotency-Key}; a retry with the same key gets the first
 * answer and records nothing more. A step a rule refuses answers 409 naming the rule and the reason.
 */
@RestController
@RequestMapping("/api/productions/{productionId}/custody")
@Tag(name = "Custody")
class CustodyApi {

  private final Armory armory;
  private final Custody custody;
  private final CustodyBoards boards;
  private final FirearmsHolds holds;

  CustodyApi(Armory armory, Custody custody, CustodyBoards boards, FirearmsHolds holds) {
    this.armory = armory;
    this.custody = custody;
    this.boards = boards;
    this.holds = holds;
  }

  // ---- reading ----

  @GetMapping("/board")
  @Operation(summary = "Where everything is now: every weapon, every lot and any firearms hold, folded from the history")
  CustodyBoard board(@PathVariable UUID productionId) {
    return boards.board(productionId);
  }

  @GetMapping("/weapons")
  @Operation(summary = "The weapons register, each weapon's record in force")
  List<WeaponEntry> weapons(@PathVariable UUID productionId) {
    return armory.weapons(productionId);
  }

  @GetMapping("/weapons/{weaponId}")
  @Operation(summary = "One weapon now: state, holder, rounds in it, cold or not, holds")
  WeaponStatus weapon(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
    return boards.weapon(productionId, weaponId);
  }

  @GetMapping("/weapons/{weaponId}/record")
  @Operation(summary = "Every version of the weapon's register entry: the original and each correction (27 CFR 478.125)")
  List<WeaponEntry> record(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
    return armory.weaponRecordVersions(productionId, weaponId);
  }

  @GetMapping("/weapons/{weaponId}/events")
  @Operation(summary = "The weapon's custody history, oldest first, each step with its stream version")
  List<HistoryEntry> events(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
    return boards.history(productionId, weaponId);
  }

  @GetMapping("/lots")
  @Operation(summary = "The ammunition lots as received")
  List<AmmunitionLot> lots(@PathVariable UUID productionId) {
    return armory.lots(productionId);
  }

  // ---- the register ----

  @PostMapping("/weapons")
  @Operation(summary = "Register a weapon (armorer, property master); a firearm needs every 27 CFR 478.125 field")
  ResponseEntity<Object> registerWeapon(@PathVariable UUID productionId, @Valid @RequestBody NewWeapon body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(armory.registerWeapon(productionId, body.details()));
  }

  @PostMapping("/weapons/{weaponId}/corrections")
  @Operation(summary = "Correct a weapon's record: a new version with the reason; the earlier one stays visible")
  ResponseEntity<Object> correctWeapon(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody WeaponCorrection body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(armory.correctWeapon(productionId, weaponId, body.details(), body.reason()));
  }

  @PostMapping("/lots")
  @Operation(summary = "Register a lot of rounds (armorer, property master); live rounds are refused (Labor Code §9155)")
  ResponseEntity<Object> registerLot(@PathVariable UUID productionId, @Valid @RequestBody NewLot body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(armory.registerLot(productionId, body.roundClass(),
        body.caliber(), body.supplier(), body.receivedOn(), body.count(), body.origin()));
  }

  @PostMapping("/lots/{lotId}/dummies-verified")
  @Operation(summary = "Record that dummies of a lot were checked, how and how many; only every round verifies a lot")
  ResponseEntity<Object> verifyDummies(@PathVariable UUID productionId, @PathVariable UUID lotId,
      @Valid @RequestBody DummyCheck body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.verifyDummies(productionId, lotId, body.method(), body.roundsVerified()));
  }

  // ---- a weapon's custody ----

  @PostMapping("/weapons/{weaponId}/receive")
  @Operation(summary = "The armorer takes the weapon into custody, from whom (acquisition source)")
  ResponseEntity<Object> receive(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Receipt body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.receive(productionId, weaponId, body.receivedFrom(), body.licenceNumber()));
  }

  @PostMapping("/weapons/{weaponId}/inspect")
  @Operation(summary = "The armorer inspects the weapon and writes what they found")
  ResponseEntity<Object> inspect(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Finding body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.inspect(productionId, weaponId, body.finding()));
  }

  @PostMapping("/weapons/{weaponId}/load")
  @Operation(summary = "The armorer loads the weapon: the manifest names each position's lot, which must be verified")
  ResponseEntity<Object> load(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Load body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.load(productionId, weaponId, body.manifest()));
  }

  @PostMapping("/weapons/{weaponId}/unload")
  @Operation(summary = "The armorer unloads the weapon and puts the unfired rounds back, counted per lot")
  ResponseEntity<Object> unload(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Unload body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.unload(productionId, weaponId, body.roundsBackToLot()));
  }

  @PostMapping("/weapons/{weaponId}/show-clear")
  @Operation(summary = "The armorer shows an empty weapon clear to named witnesses (performer, 1st AD, camera head); "
      + "refused while rounds are in it")
  ResponseEntity<Object> showClear(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody ShowClearTo body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.showClear(productionId, weaponId, body.witnesses()));
  }

  @PostMapping("/weapons/{weaponId}/show-clear/confirm")
  @Operation(summary = "A witness confirms, from their own session, that they saw the weapon shown clear")
  ResponseEntity<Object> confirmShowClear(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.confirmShowClear(productionId, weaponId));
  }

  @PostMapping("/weapons/{weaponId}/show-clear/refuse")
  @Operation(summary = "A witness refuses the show-clear and says why; the weapon is not cold")
  ResponseEntity<Object> refuseShowClear(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Reason body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.refuseShowClear(productionId, weaponId, body.reason()));
  }

  @PostMapping("/weapons/{weaponId}/show-load")
  @Operation(summary = "The armorer shows a loaded weapon's load, round by round (position, class, lot), to named "
      + "witnesses; a loaded weapon is never shown clear")
  ResponseEntity<Object> showLoad(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody ShowClearTo body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.showLoad(productionId, weaponId, body.witnesses()));
  }

  @PostMapping("/weapons/{weaponId}/show-load/confirm")
  @Operation(summary = "A witness confirms, from their own session, the load they were shown, in the words shown")
  ResponseEntity<Object> confirmShownLoad(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.confirmShownLoad(productionId, weaponId));
  }

  @PostMapping("/weapons/{weaponId}/show-load/refuse")
  @Operation(summary = "A witness refuses the load they were shown and says why; it is not issued on that showing")
  ResponseEntity<Object> refuseShownLoad(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Reason body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.refuseShowClear(productionId, weaponId, body.reason()));
  }

  @PostMapping("/weapons/{weaponId}/issue")
  @Operation(summary = "The armorer hands the weapon to a performer for a scene on today's call sheet")
  ResponseEntity<Object> issue(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Issue body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.issue(productionId,
        new IssueWeapon(weaponId, body.performerId(), body.sceneId())));
  }

  @PostMapping("/weapons/{weaponId}/return")
  @Operation(summary = "The armorer collects the weapon back from the performer")
  ResponseEntity<Object> collect(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.collect(productionId, weaponId));
  }

  @PostMapping("/weapons/{weaponId}/transfer")
  @Operation(summary = "One armorer hands the weapon to another (change of shift, second unit)")
  ResponseEntity<Object> transfer(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Transfer body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.transfer(productionId,
        new TransferWeapon(weaponId, body.toArmorerId())));
  }

  @PostMapping("/weapons/{weaponId}/lock-up")
  @Operation(summary = "The armorer locks the weapon away, naming where; with rounds in it only with loadedReason")
  ResponseEntity<Object> lockUp(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody LockUp body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.lockUp(productionId, weaponId, body.location(),
        body.loadedReason()));
  }

  @PostMapping("/weapons/{weaponId}/unlock")
  @Operation(summary = "The armorer takes the weapon out of lock-up")
  ResponseEntity<Object> unlock(@PathVariable UUID productionId, @PathVariable UUID weaponId) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.unlock(productionId, weaponId));
  }

  @PostMapping("/weapons/{weaponId}/misfire")
  @Operation(summary = "Anyone on the crew reports a misfire; the weapon is held until reviewed, and a second misfire "
      + "of the production's day holds every firearm until the safety advisor and a producer clear it")
  ResponseEntity<Object> misfire(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Report body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.misfire(productionId, weaponId, body.description()));
  }

  @PostMapping("/weapons/{weaponId}/accidental-discharge")
  @Operation(summary = "Anyone on the crew reports an accidental discharge; the weapon is held until reviewed, and "
      + "every firearm of the production until the safety advisor and a producer clear the stand-down")
  ResponseEntity<Object> accidentalDischarge(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Report body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.accidentalDischarge(productionId, weaponId, body.description()));
  }

  @PostMapping("/weapons/{weaponId}/review")
  @Operation(summary = "Review a held weapon with a written finding (armorer and safety advisor, both needed)")
  ResponseEntity<Object> review(@PathVariable UUID productionId, @PathVariable UUID weaponId,
      @Valid @RequestBody Finding body) {
    return ResponseEntity.status(HttpStatus.OK).body(custody.review(productionId, weaponId, body.finding()));
  }

  // ---- the production's firearms ----

  @PostMapping("/live-rounds-found")
  @Operation(summary = "Anyone reports a live round found: every firearm of the production goes on hold")
  ResponseEntity<Object> liveRoundFound(@PathVariable UUID productionId, @Valid @RequestBody LiveRound body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(holds.liveRoundFound(productionId, body.where(),
        body.description(), body.lotId(), body.weaponId()));
  }

  @PostMapping("/live-rounds-found/{findId}/clearances")
  @Operation(summary = "The safety advisor or a producer clears a live-round hold in writing; both must")
  ResponseEntity<Object> clearHold(@PathVariable UUID productionId, @PathVariable UUID findId,
      @Valid @RequestBody Finding body) {
    return ResponseEntity.status(HttpStatus.OK).body(holds.clearHold(productionId, findId, body.finding()));
  }

  @PostMapping("/holds/{holdId}/clearances")
  @Operation(summary = "The safety advisor or a producer clears a firearms hold (a live round found, an accidental "
      + "discharge, a second misfire of the day) in writing; both must. holdId is the event that put it on")
  ResponseEntity<Object> clearStandDown(@PathVariable UUID productionId, @PathVariable UUID holdId,
      @Valid @RequestBody Finding body) {
    return ResponseEntity.status(HttpStatus.OK).body(holds.clearHold(productionId, holdId, body.finding()));
  }

  // ---- bodies ----

  record NewWeapon(@NotNull WeaponKind kind, @Size(max = 120) String serial,
      @Size(max = 120) String manufacturerOrImporter, @Size(max = 120) String model, FirearmType type,
      @Size(max = 120) String caliberOrGauge, @NotBlank @Size(max = 120) String ownerName,
      @Size(max = 120) String ownerLicenceNumber, @Size(max = 120) String condition, @Size(max = 2000) String notes) {
    WeaponDetails details() {
      return new WeaponDetails(kind, serial, manufacturerOrImporter, model, type, caliberOrGauge, ownerName,
          ownerLicenceNumber, condition, notes);
    }
  }

  record WeaponCorrection(@NotNull WeaponKind kind, @Size(max = 120) String serial,
      @Size(max = 120) String manufacturerOrImporter, @Size(max = 120) String model, FirearmType type,
      @Size(max = 120) String caliberOrGauge, @NotBlank @Size(max = 120) String ownerName,
      @Size(max = 120) String ownerLicenceNumber, @Size(max = 120) String condition, @Size(max = 2000) String notes,
      @NotBlank @Size(max = Armory.MAX_REASON) String reason) {
    WeaponDetails details() {
      return new WeaponDetails(kind, serial, manufacturerOrImporter, model, type, caliberOrGauge, ownerName,
          ownerLicenceNumber, condition, notes);
    }
  }

  /** The round class is text so that "live" is refused with the rule named, not as an unknown value. */
  record NewLot(@NotBlank @Size(max = 30) String roundClass, @NotBlank @Size(max = 120) String caliber,
      @NotBlank @Size(max = 120) String supplier, @NotNull LocalDate receivedOn, @NotNull @Positive Integer count,
      @NotNull LotOrigin origin) {}

  record DummyCheck(@NotNull VerificationMethod method, @NotNull @Positive Integer roundsVerified) {}

  record Receipt(@NotBlank @Size(max = 120) String receivedFrom, @Size(max = 120) String licenceNumber) {}

  /** What was found: an inspection, a review, a hold's clearance, a lot's re-inspection. */
  record Finding(@NotBlank @Size(max = 2000) String finding) {}

  record Load(@NotEmpty Map<@NotBlank @Size(max = 120) String, @NotNull UUID> manifest) {}

  record Unload(Map<@NotNull UUID, @NotNull @jakarta.validation.constraints.PositiveOrZero Integer> roundsBackToLot) {}

  record ShowClearTo(@NotEmpty Set<@NotNull UUID> witnesses) {}

  /** Why, in words: a witness's refusal of what they were shown, a lot taken out of use. */
  record Reason(@NotBlank @Size(max = 2000) String reason) {}

  record Issue(@NotNull UUID performerId, @NotNull UUID sceneId) {}

  record Transfer(@NotNull UUID toArmorerId) {}

  /** {@code loadedReason}: why it is locked up with rounds in it; required then, ignored when it is empty. */
  record LockUp(@NotBlank @Size(max = 120) String location, @Size(max = 2000) String loadedReason) {}

  record Report(@Size(max = 2000) String description) {}

  record LiveRound(@NotBlank @Size(max = 120) String where, @Size(max = 2000) String description, UUID lotId,
      UUID weaponId) {}
}
