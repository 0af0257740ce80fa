package org.setsafe.custody.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusedFact;

/**
 * What happens to weapons and rounds, as facts for the ledger. Each record checks its own shape in its
 * constructor, so a fact that could not have happened (a show-clear with no witnesses, a hold cleared
 * without a written finding, a discharge of zero rounds) cannot be constructed, let alone recorded.
 * Whether a fact is <em>allowed</em> now is a different question, answered by the policies.
 */
public final class CustodyEvents {

  private CustodyEvents() {}

  // ---- a weapon's custody -------------------------------------------------------------------------

  /** The armorer took the weapon into the production's custody (the acquisition entry's date and source). */
  public record WeaponReceived(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      String receivedFrom, String licenceNumber) implements WeaponEvent {
    public WeaponReceived {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      receivedFrom = Checks.text("receivedFrom", receivedFrom);
      licenceNumber = Checks.optionalText("licenceNumber", licenceNumber);
    }
    @Override public String kind() { return "custody.weapon-received"; }
  }

  /** The armorer inspected the weapon (bore, cylinder or chamber, function) and wrote what they found. */
  public record WeaponInspected(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      String finding) implements WeaponEvent {
    public WeaponInspected {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      finding = Checks.writtenFinding("finding", finding);
    }
    @Override public String kind() { return "custody.weapon-inspected"; }
  }

  /**
   * The armorer loaded the weapon. The manifest says, per chamber or magazine position, which lot each round
   * came from, so a round found later can be traced to its delivery.
   */
  public record WeaponLoaded(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      Map<String, LoadedRound> manifest) implements WeaponEvent {
    public WeaponLoaded {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      if (manifest == null || manifest.isEmpty()) {
        throw new InvalidInputException("manifest", "NotEmpty", "a load names at least one position and its round")
            .saying("input.custody.load.no-rounds");
      }
      Map<String, LoadedRound> copy = new LinkedHashMap<>();
      manifest.forEach((position, round) -> copy.put(Checks.text("manifest.position", position),
          Checks.present("manifest[" + position + "]", round)));
      manifest = java.util.Collections.unmodifiableMap(copy);
    }
    @Override public String kind() { return "custody.weapon-loaded"; }

    /** How many rounds of the load came from this lot. */
    public int roundsFrom(UUID lotId) {
      return (int) manifest.values().stream().filter(round -> round.lotId().equals(lotId)).count();
    }
  }

  /** The armorer unloaded the weapon and put the unfired rounds back, counted per lot. */
  public record WeaponUnloaded(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      Map<UUID, Integer> roundsBackToLot) implements WeaponEvent {
    public WeaponUnloaded {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Map<UUID, Integer> copy = new LinkedHashMap<>();
      (roundsBackToLot == null ? Map.<UUID, Integer>of() : roundsBackToLot).forEach((lot, count) ->
          copy.put(Checks.id("roundsBackToLot.lotId", lot),
              Checks.notNegative("roundsBackToLot[" + lot + "]", Checks.present("roundsBackToLot", count))));
      roundsBackToLot = java.util.Collections.unmodifiableMap(copy);
    }
    @Override public String kind() { return "custody.weapon-unloaded"; }
  }

  /**
   * The armorer showed the weapon clear to the witnesses who must confirm it (the performer, the 1st AD and
   * the camera head where the scene has one). The armorer cannot witness their own show-clear.
   */
  public record ShownClear(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      Set<UUID> witnesses) implements WeaponEvent {
    public ShownClear {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      if (witnesses == null || witnesses.isEmpty()) {
        throw new InvalidInputException("witnesses", "NotEmpty", "a show-clear is shown to witnesses; name them")
            .saying("input.custody.show-clear.no-witnesses");
      }
      witnesses = Set.copyOf(witnesses);
      if (witnesses.contains(actorId)) {
        throw new InvalidInputException("witnesses", "NotSelf", "the armorer cannot witness their own show-clear")
            .saying("input.custody.show-clear.own-witness");
      }
    }
    @Override public String kind() { return "custody.shown-clear"; }
  }

  /** A witness confirmed, from their own session, that they saw the weapon shown clear. The actor is the witness. */
  public record ShowClearConfirmed(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      UUID showClearId) implements WeaponEvent {
    public ShowClearConfirmed {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.id("showClearId", showClearId);
    }
    @Override public String kind() { return "custody.show-clear-confirmed"; }
  }

  /** A witness did not accept the show-clear and said why; the weapon is not cold. */
  public record ShowClearRefused(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      UUID showClearId, String reason) implements WeaponEvent {
    public ShowClearRefused {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.id("showClearId", showClearId);
      reason = Checks.writtenFinding("reason", reason);
    }
    @Override public String kind() { return "custody.show-clear-refused"; }
  }

  /**
   * The armorer showed the witnesses a loaded weapon's load: every round, by chamber or magazine position, its
   * class and its lot, and the positions left empty. A loaded weapon is never "shown clear": on "Rust" the record
   * said "cold gun" and the gun held a live round. {@code shown} is the load in the words the witnesses read.
   */
  public record LoadShown(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      Set<UUID> witnesses, Map<String, LoadedRound> manifest, String shown) implements WeaponEvent {
    public LoadShown {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      if (witnesses == null || witnesses.isEmpty()) {
        throw new InvalidInputException("witnesses", "NotEmpty", "a load is shown to witnesses; name them")
            .saying("input.custody.show-load.no-witnesses");
      }
      witnesses = Set.copyOf(witnesses);
      if (witnesses.contains(actorId)) {
        throw new InvalidInputException("witnesses", "NotSelf", "the armorer cannot witness their own showing")
            .saying("input.custody.show-load.own-witness");
      }
      if (manifest == null || manifest.isEmpty()) {
        throw new InvalidInputException("manifest", "NotEmpty", "an empty weapon is shown clear, not shown loaded")
            .saying("input.custody.show-load.empty");
      }
      Map<String, LoadedRound> copy = new LinkedHashMap<>();
      manifest.forEach((position, round) -> copy.put(Checks.text("manifest.position", position),
          Checks.present("manifest[" + position + "]", round)));
      manifest = java.util.Collections.unmodifiableMap(copy);
      shown = Checks.writtenFinding("shown", shown);
    }
    @Override public String kind() { return "custody.load-shown"; }
  }

  /**
   * A witness confirmed, from their own session, that they were shown the load; {@code shown} holds the words they
   * confirmed, so the record of each confirmation says what that witness saw. The actor is the witness.
   */
  public record LoadShowConfirmed(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      UUID loadShownId, String shown) implements WeaponEvent {
    public LoadShowConfirmed {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.id("loadShownId", loadShownId);
      shown = Checks.writtenFinding("shown", shown);
    }
    @Override public String kind() { return "custody.load-show-confirmed"; }
  }

  /** A witness did not accept the load they were shown and said why; it is not issued on that showing. */
  public record LoadShowRefused(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      UUID loadShownId, String reason) implements WeaponEvent {
    public LoadShowRefused {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.id("loadShownId", loadShownId);
      reason = Checks.writtenFinding("reason", reason);
    }
    @Override public String kind() { return "custody.load-show-refused"; }
  }

  /** The armorer handed the weapon to a performer for a scene. */
  public record WeaponIssued(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      UUID performerId, UUID sceneId) implements WeaponEvent {
    public WeaponIssued {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.id("performerId", performerId);
      Checks.id("sceneId", sceneId);
      if (performerId.equals(actorId)) {
        throw new InvalidInputException("performerId", "NotSelf", "the armorer issues to a performer, not to themselves")
            .saying("input.custody.issue.to-self");
      }
    }
    @Override public String kind() { return "custody.weapon-issued"; }
  }

  /** The armorer collected the weapon from whoever had it. The actor is the armorer who collected. */
  public record WeaponReturned(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      UUID returnedBy) implements WeaponEvent {
    public WeaponReturned {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.id("returnedBy", returnedBy);
    }
    @Override public String kind() { return "custody.weapon-returned"; }
  }

  /** One armorer handed the weapon to another (a change of shift, a second unit). */
  public record WeaponTransferred(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      UUID toArmorerId) implements WeaponEvent {
    public WeaponTransferred {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.id("toArmorerId", toArmorerId);
      if (toArmorerId.equals(actorId)) {
        throw new InvalidInputException("toArmorerId", "NotSelf", "a transfer goes to another armorer")
            .saying("input.custody.transfer.to-self");
      }
    }
    @Override public String kind() { return "custody.weapon-transferred"; }
  }

  /**
   * The armorer locked the weapon away (safe, truck, lock-up), named so it can be found. A weapon locked up with
   * rounds in it carries the armorer's reason ({@code loadedReason}); one locked up empty has none.
   */
  public record WeaponLockedUp(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      String location, String loadedReason) implements WeaponEvent {
    public WeaponLockedUp {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      location = Checks.text("location", location);
      loadedReason = Checks.optionalNotes("loadedReason", loadedReason);
    }

    /** Locked up empty. */
    public WeaponLockedUp(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
        String location) {
      this(eventId, productionId, weaponId, actorId, occurredAt, location, null);
    }
    @Override public String kind() { return "custody.weapon-locked-up"; }
  }

  /** The armorer took the weapon out of lock-up. */
  public record WeaponUnlocked(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt)
      implements WeaponEvent {
    public WeaponUnlocked {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
    }
    @Override public String kind() { return "custody.weapon-unlocked"; }
  }

  /** The weapon fired; how many rounds, from which lot. */
  public record RoundsDischarged(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      UUID lotId, int count) implements WeaponEvent {
    public RoundsDischarged {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.id("lotId", lotId);
      Checks.positive("count", count);
    }
    @Override public String kind() { return "custody.rounds-discharged"; }
    @Override public List<String> subjects() { return List.of("weapon:" + weaponId, "lot:" + lotId); }
  }

  /** The trigger was pulled and the round did not fire. Puts the weapon on hold until reviewed (rule 8). */
  public record Misfire(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      String description) implements WeaponEvent {
    public Misfire {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      description = Checks.optionalNotes("description", description);
    }
    @Override public String kind() { return "custody.misfire"; }
  }

  /** The weapon fired when nobody meant it to. Puts the weapon on hold until reviewed (rule 8). */
  public record AccidentalDischarge(UUID eventId, UUID productionId, UUID weaponId, UUID actorId,
      Instant occurredAt, String description) implements WeaponEvent {
    public AccidentalDischarge {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      description = Checks.writtenFinding("description", description);
    }
    @Override public String kind() { return "custody.accidental-discharge"; }
  }

  /** Something did not work (jam, cylinder not indexing). Recorded for the armorer's review and the record. */
  public record Malfunction(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      String description) implements WeaponEvent {
    public Malfunction {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      description = Checks.writtenFinding("description", description);
    }
    @Override public String kind() { return "custody.malfunction"; }
  }

  /**
   * A review of the weapon after a misfire or accidental discharge, by the armorer or the safety advisor,
   * with a written finding. The hold lifts only when both have reviewed.
   */
  public record WeaponReviewed(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      CrewRole reviewedAs, String finding) implements WeaponEvent {
    /** Who may review: the armorer side (armorer or property master) and the safety advisor. */
    public static final Set<CrewRole> REVIEWERS = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER,
        CrewRole.SAFETY_ADVISOR);

    public WeaponReviewed {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      Checks.present("reviewedAs", reviewedAs);
      if (!REVIEWERS.contains(reviewedAs)) {
        throw new InvalidInputException("reviewedAs", "Reviewer",
            "a weapon is reviewed by the armorer and the safety advisor, not by the " + reviewedAs.label())
            .saying("input.custody.review.reviewer", RoleWords.label(reviewedAs));
      }
      finding = Checks.writtenFinding("finding", finding);
    }
    @Override public String kind() { return "custody.weapon-reviewed"; }
  }

  /**
   * The weapon left the production: returned to the rental house, or otherwise disposed of. The disposition
   * entry of 27 CFR 478.125 needs the date ({@code occurredAt}), the recipient's name, and their address or,
   * for a licensee, their licence number.
   */
  public record WeaponDisposed(UUID eventId, UUID productionId, UUID weaponId, UUID actorId, Instant occurredAt,
      String recipient, String address, String licenceNumber, String disposition) implements WeaponEvent {
    public WeaponDisposed {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("weaponId", weaponId);
      recipient = Checks.text("recipient", recipient);
      address = Checks.optionalNotes("address", address);
      licenceNumber = Checks.optionalText("licenceNumber", licenceNumber);
      if (address == null && licenceNumber == null) {
        throw new InvalidInputException("address", "27 CFR 478.125",
            "a disposition names the recipient's address, or their licence number if they hold one")
            .saying("input.custody.dispose.address");
      }
      disposition = Checks.text("disposition", disposition);
    }
    @Override public String kind() { return "custody.weapon-disposed"; }
  }

  // ---- a lot's rounds -----------------------------------------------------------------------------

  /**
   * The armorer checked dummies of a lot, saying how and how many. Only a check of every round verifies the
   * lot; on "Rust" dummies were checked "by shaking most of the time".
   */
  public record DummiesVerified(UUID eventId, UUID productionId, UUID lotId, UUID actorId, Instant occurredAt,
      VerificationMethod method, int roundsVerified) implements LotEvent {
    public DummiesVerified {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("lotId", lotId);
      Checks.present("method", method);
      Checks.positive("roundsVerified", roundsVerified);
    }
    @Override public String kind() { return "custody.dummies-verified"; }
  }

  /** A quarantined lot (one that came from another production) was re-inspected and released. */
  public record LotReinspected(UUID eventId, UUID productionId, UUID lotId, UUID actorId, Instant occurredAt,
      String finding) implements LotEvent {
    public LotReinspected {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("lotId", lotId);
      finding = Checks.writtenFinding("finding", finding);
    }
    @Override public String kind() { return "custody.lot-reinspected"; }
  }

  /**
   * The armorer took a lot out of use and wrote why (a round that looks wrong, a box found open, rounds of
   * unknown history mixed in). It stays out of use until re-inspected and released.
   */
  public record LotQuarantined(UUID eventId, UUID productionId, UUID lotId, UUID actorId, Instant occurredAt,
      String reason) implements LotEvent {
    public LotQuarantined {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("lotId", lotId);
      reason = Checks.writtenFinding("reason", reason);
    }
    @Override public String kind() { return "custody.lot-quarantined"; }
  }

  /**
   * The armorer re-inspected a quarantined lot and did not release it: what they found is kept, and the lot
   * stays out of use. A re-inspection that keeps the lot is evidence as much as one that releases it.
   */
  public record LotKeptInQuarantine(UUID eventId, UUID productionId, UUID lotId, UUID actorId, Instant occurredAt,
      String finding) implements LotEvent {
    public LotKeptInQuarantine {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("lotId", lotId);
      finding = Checks.writtenFinding("finding", finding);
    }
    @Override public String kind() { return "custody.lot-kept-in-quarantine"; }
  }

  /** The armorer counted a lot's rounds on hand (at wrap, or whenever they check). */
  public record RoundsCounted(UUID eventId, UUID productionId, UUID lotId, UUID actorId, Instant occurredAt,
      int counted) implements LotEvent {
    public RoundsCounted {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("lotId", lotId);
      Checks.notNegative("counted", counted);
    }
    @Override public String kind() { return "custody.rounds-counted"; }
  }

  /** Rounds went back to the supplier. */
  public record RoundsReturnedToSupplier(UUID eventId, UUID productionId, UUID lotId, UUID actorId,
      Instant occurredAt, int count) implements LotEvent {
    public RoundsReturnedToSupplier {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("lotId", lotId);
      Checks.positive("count", count);
    }
    @Override public String kind() { return "custody.rounds-returned-to-supplier"; }
  }

  /** Rounds moved into or out of a lot, from or to someone named (another production, another kit). */
  public record RoundsTransferred(UUID eventId, UUID productionId, UUID lotId, UUID actorId, Instant occurredAt,
      int count, TransferDirection direction, String counterpart) implements LotEvent {
    public RoundsTransferred {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("lotId", lotId);
      Checks.positive("count", count);
      Checks.present("direction", direction);
      counterpart = Checks.text("counterpart", counterpart);
    }
    @Override public String kind() { return "custody.rounds-transferred"; }
  }

  // ---- the production's firearms ------------------------------------------------------------------

  /**
   * Someone found a live round. Anyone may report it, even anonymously (no actor). It puts every firearm of
   * the production on hold (rule 4) until the safety advisor and a producer each clear it in writing.
   */
  public record LiveRoundFound(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt, UUID lotId,
      UUID weaponId, String where, String description) implements CustodyEvent {
    public LiveRoundFound {
      Checks.fact(eventId, productionId, actorId, occurredAt, false);
      where = Checks.text("where", where);
      description = Checks.optionalNotes("description", description);
    }
    @Override public String kind() { return "custody.live-round-found"; }
    @Override public List<String> subjects() {
      List<String> subjects = new ArrayList<>(List.of("production:" + productionId));
      if (lotId != null) {
        subjects.add("lot:" + lotId);
      }
      if (weaponId != null) {
        subjects.add("weapon:" + weaponId);
      }
      return List.copyOf(subjects);
    }
  }

  /**
   * An incident put what it touched on hold: one weapon or one lot, and with it every firearm of the production, as
   * a live round found does, so that nothing the investigators need moves until the safety advisor and a producer
   * have each cleared it in writing. Put on by SetSafe (no actor) when an incident opens by itself.
   */
  public record HeldForIncident(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID weaponId, UUID lotId, String why) implements CustodyEvent {
    public HeldForIncident {
      Checks.fact(eventId, productionId, actorId, occurredAt, false);
      Checks.id("incidentId", incidentId);
      if ((weaponId == null) == (lotId == null)) {
        throw new InvalidInputException("weaponId", "OneOf", "an incident hold names one weapon or one lot")
            .saying("input.custody.incident-hold.one-of");
      }
      why = Checks.text("why", why);
    }
    @Override public String kind() { return "custody.held-for-incident"; }
    @Override public List<String> subjects() {
      return List.of("production:" + productionId, "incident:" + incidentId,
          weaponId != null ? "weapon:" + weaponId : "lot:" + lotId);
    }
  }

  /**
   * An incident put a scene on hold: no firearm is issued for that scene until the safety advisor and a producer
   * have each cleared it in writing, as for any hold. Unlike a weapon or a lot held for an incident, it holds only
   * that scene, not every firearm of the production: the scene is where it happened, and its set stays as it was for
   * the investigators while the rest of the day may go on. {@code scene} is the scene's name when it was held, so that
   * a refusal quotes it without reading the schedule. Put on by SetSafe (no actor) when an incident opens by itself.
   */
  public record SceneHeldForIncident(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID sceneId, String scene, String why) implements CustodyEvent {
    public SceneHeldForIncident {
      Checks.fact(eventId, productionId, actorId, occurredAt, false);
      Checks.id("incidentId", incidentId);
      Checks.id("sceneId", sceneId);
      scene = Checks.text("scene", scene);
      why = Checks.text("why", why);
    }
    @Override public String kind() { return "custody.scene-held-for-incident"; }
    @Override public List<String> subjects() {
      return List.of("production:" + productionId, "incident:" + incidentId, "scene:" + sceneId);
    }
  }

  /**
   * The safety advisor or a producer cleared a firearms hold, with a written finding. Both must. The hold is named
   * by the event that put it on: a live round found (hence the field's name, kept so the record reads back), an
   * accidental discharge, or a second misfire of the day.
   */
  public record HoldCleared(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID liveRoundFoundId, CrewRole clearedAs, String finding) implements CustodyEvent {
    /** The two signatures a firearms hold needs. */
    public static final Set<CrewRole> CLEARERS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.PRODUCER);

    public HoldCleared {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.id("liveRoundFoundId", liveRoundFoundId);
      Checks.present("clearedAs", clearedAs);
      if (!CLEARERS.contains(clearedAs)) {
        throw new InvalidInputException("clearedAs", "Clearer",
            "a firearms hold is cleared by the safety advisor and a producer, not by the " + clearedAs.label())
            .saying("input.custody.clear-hold.clearer", RoleWords.label(clearedAs));
      }
      finding = Checks.writtenFinding("finding", finding);
    }
    @Override public String kind() { return "custody.hold-cleared"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /**
   * A producer allowed the armorer to take a second role on one day while weapons are out, and wrote why
   * (California Labor Code §9153(a)(3) says the armorer has no other duties; this is the recorded exception).
   * The same override lets a safety advisor hold another role, or a 1st AD be safety advisor or armorer, on that
   * day ({@link SafetyRolesApartPolicy}); {@code armorerId} then names that person (the field keeps its first name
   * so facts already in the ledger read the same).
   */
  public record SecondRoleAuthorised(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt,
      CrewRole authorisedAs, UUID armorerId, CrewRole secondRole, LocalDate day, String reason)
      implements CustodyEvent {
    public SecondRoleAuthorised {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      if (Checks.present("authorisedAs", authorisedAs) != CrewRole.PRODUCER) {
        throw new InvalidInputException("authorisedAs", "Producer", "only a producer may authorise an armorer's second role")
            .saying("input.custody.second-role.producer");
      }
      Checks.id("armorerId", armorerId);
      Checks.present("secondRole", secondRole);
      Checks.present("day", day);
      reason = Checks.writtenFinding("reason", reason);
    }
    @Override public String kind() { return "custody.second-role-authorised"; }
    @Override public List<String> subjects() { return List.of("user:" + armorerId); }
  }

  /**
   * SetSafe found a weapon unattended (rule 5): not locked up or with the armorer at the meal break or wrap, or
   * out with a performer longer than the production's limit. Raised by the system (no actor) for the armorer,
   * the 1st AD and, through reporting, the people who must act on it. {@code parts} keeps the reason in parts, for
   * pages in the reader's words ({@code null} on an alert recorded before they were kept, which reads in English).
   */
  public record WeaponLeftUnattended(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID weaponId, UUID holderId, String checkpoint, String reason, UnattendedWords parts) implements CustodyEvent {
    public WeaponLeftUnattended {
      Checks.fact(eventId, productionId, actorId, occurredAt, false);
      Checks.id("weaponId", weaponId);
      checkpoint = Checks.text("checkpoint", checkpoint);
      reason = Checks.writtenFinding("reason", reason);
    }
    @Override public String kind() { return "custody.weapon-left-unattended"; }
    @Override public List<String> subjects() { return List.of("weapon:" + weaponId); }
  }

  /**
   * A weapon the watch alerted about was still not locked up when the lock-up grace ran out (rule 5), or, alerted
   * for standing idle, still had no custody step: {@code alertId} is that alert. Raised by the system; reporting
   * opens a hazard report from it, which escalates until someone acts. {@code parts}: the reason in parts, as for
   * {@link WeaponLeftUnattended}.
   */
  public record LockUpOverdue(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt, UUID weaponId,
      UUID holderId, UUID alertId, String checkpoint, String reason, UnattendedWords parts) implements CustodyEvent {
    public LockUpOverdue {
      Checks.fact(eventId, productionId, actorId, occurredAt, false);
      Checks.id("weaponId", weaponId);
      Checks.id("alertId", alertId);
      checkpoint = Checks.text("checkpoint", checkpoint);
      reason = Checks.writtenFinding("reason", reason);
    }
    @Override public String kind() { return "custody.lock-up-overdue"; }
    @Override public List<String> subjects() { return List.of("weapon:" + weaponId); }
  }

  /**
   * Wrap waits for the count (rule 6): at wrap a round count still did not reconcile or rounds were still in
   * weapons, or by the end of the day (some hours after wrap) the armorer had not closed the day. Raised by the
   * system, once per day and checkpoint; reporting opens a hazard report from it. {@code parts} keeps the findings
   * in parts, for pages in the reader's words ({@code null} on one recorded before they were kept: English then).
   */
  public record DayNotReconciled(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt, LocalDate day,
      String checkpoint, String findings, DayFindings parts) implements CustodyEvent {
    public DayNotReconciled {
      Checks.fact(eventId, productionId, actorId, occurredAt, false);
      Checks.present("day", day);
      checkpoint = Checks.text("checkpoint", checkpoint);
      findings = Checks.writtenFinding("findings", findings);
    }
    @Override public String kind() { return "custody.day-not-reconciled"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /**
   * A producer, UPM or the safety advisor set how long a weapon alerted at the meal break or wrap may stay out of
   * lock-up before a hazard report opens, for their production: shorter than the installation's, never longer.
   * {@code minutes} null goes back to the installation's.
   */
  public record LockUpGraceSet(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt, Integer minutes)
      implements CustodyEvent {
    public LockUpGraceSet {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      if (minutes != null) {
        Checks.positive("lockUpGraceMinutes", minutes);
      }
    }
    @Override public String kind() { return "custody.lock-up-grace-set"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /**
   * The wrap count did not reconcile with what the events say (rule 6): the day cannot close, and the
   * difference is raised for the safety advisor. {@code differences} says, per lot, what was counted and
   * what was expected; {@code lots} keeps the same in parts, for pages in the reader's words ({@code null} on a
   * mismatch recorded before it was kept, which then reads in its English).
   */
  public record RoundCountMismatch(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt,
      LocalDate day, String differences, List<LotDifference> lots) implements CustodyEvent {
    public RoundCountMismatch {
      Checks.fact(eventId, productionId, actorId, occurredAt, false);
      Checks.present("day", day);
      differences = Checks.writtenFinding("differences", differences);
      lots = lots == null || lots.isEmpty() ? null : List.copyOf(lots);
    }

    /**
     * {@code differences} as words, full stop and all; {@code null} for a mismatch recorded before its parts were
     * kept, or whose parts do not say what was recorded (the English then stands).
     */
    public Refusal.Said differencesSaid() {
      return lots == null || !LotDifference.english(lots).equals(differences) ? null
          : Refusal.Said.of("custody.found.sentence", LotDifference.said(lots));
    }
    @Override public String kind() { return "custody.round-count-mismatch"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /**
   * The armorer closed the shooting day at wrap: every lot's count reconciled with its balance and no rounds
   * were left in weapons (rule 6). {@code counted} holds the wrap count of each lot that was counted.
   */
  public record DayClosed(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt, LocalDate day,
      Map<UUID, Integer> counted) implements CustodyEvent {
    public DayClosed {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.present("day", day);
      Map<UUID, Integer> copy = new LinkedHashMap<>();
      (counted == null ? Map.<UUID, Integer>of() : counted).forEach((lot, count) ->
          copy.put(Checks.id("counted.lotId", lot), Checks.notNegative("counted[" + lot + "]", Checks.present("counted", count))));
      counted = java.util.Collections.unmodifiableMap(copy);
    }
    @Override public String kind() { return "custody.day-closed"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /**
   * The armorer, or the safety advisor, settled in writing a shooting day that was not closed at wrap or whose round
   * count did not reconcile: what happened to the rounds, and why loading may go on. Loads on later days wait for
   * both (rule 6).
   */
  public record DaySettled(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt, LocalDate day,
      CrewRole settledAs, String finding) implements CustodyEvent {
    /** Who settles a day: the armorer side (armorer or property master) and the safety advisor. */
    public static final Set<CrewRole> SETTLERS = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER,
        CrewRole.SAFETY_ADVISOR);

    public DaySettled {
      Checks.fact(eventId, productionId, actorId, occurredAt, true);
      Checks.present("day", day);
      Checks.present("settledAs", settledAs);
      if (!SETTLERS.contains(settledAs)) {
        throw new InvalidInputException("settledAs", "Settler",
            "a shooting day is settled by the armorer and the safety advisor, not by the " + settledAs.label())
            .saying("input.custody.settle-day.settler", RoleWords.label(settledAs));
      }
      finding = Checks.writtenFinding("finding", finding);
    }
    @Override public String kind() { return "custody.day-settled"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /** A custody step was refused, with the rule and the reason: the attempt is evidence too. */
  public record CustodyRefused(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt,
      CustodyAction attempted, UUID weaponId, UUID lotId, String rule, String reason)
      implements CustodyEvent, RefusedFact {
    public CustodyRefused {
      Checks.fact(eventId, productionId, actorId, occurredAt, false);
      Checks.present("attempted", attempted);
      rule = Checks.text("rule", rule);
      reason = Checks.writtenFinding("reason", reason);
    }

    public static CustodyRefused of(UUID eventId, UUID productionId, UUID actorId, Instant occurredAt,
        CustodyAction attempted, UUID weaponId, UUID lotId, Refusal refusal) {
      return new CustodyRefused(eventId, productionId, actorId, occurredAt, attempted, weaponId, lotId,
          refusal.rule(), refusal.reason());
    }

    @Override public String kind() { return "custody.refused"; }
    @Override public List<String> subjects() {
      List<String> subjects = new ArrayList<>(List.of("production:" + productionId));
      if (weaponId != null) {
        subjects.add("weapon:" + weaponId);
      }
      if (lotId != null) {
        subjects.add("lot:" + lotId);
      }
      return List.copyOf(subjects);
    }
  }
}
