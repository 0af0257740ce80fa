package org.setsafe.custody.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.setsafe.shared.Refusal.Said;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * Everything a custody step's rules need from beyond the weapon's own history, read once when the step is asked
 * for: who is acting with which roles and whether they hold a current armorer permit, today and the moment of the
 * step, the production's firearms hold, the stop-work and settled-day answers, and for an issue the scene, the
 * recipient's roles and firearms clearance, and the other modules' gates. {@link CustodyProtocol} decides on it
 * alone, so the same step on the same snapshot is always decided the same way.
 *
 * <p>The gates are the one answer asked lazily: other modules' gates expect to be asked only once custody's own
 * rules pass (a gate need not cope with an issue to nobody).
 *
 * @param now the step's moment: never before the weapon's last step
 */
public record StepSnapshot(UUID productionId, UUID personId, Set<CrewRole> roles, ArmorerPermit permit, LocalDate today,
    Instant now, FirearmsHold firearmsHold, Optional<Refusal> stopWork, Optional<Refusal> daySettled,
    Recipient recipient, Map<UUID, LotBalance> lots, Supplier<Optional<Refusal>> gates) {

  private static final FirearmsHold NO_HOLD = FirearmsHold.of(java.util.List.of());

  public StepSnapshot {
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(now, "now");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    permit = permit == null ? ArmorerPermit.NOT_ASKED : permit;
    firearmsHold = firearmsHold == null ? NO_HOLD : firearmsHold;
    stopWork = stopWork == null ? Optional.empty() : stopWork;
    daySettled = daySettled == null ? Optional.empty() : daySettled;
    recipient = recipient == null ? Recipient.NOBODY : recipient;
    lots = lots == null ? Map.of() : Map.copyOf(lots);
    gates = gates == null ? Optional::empty : gates;
  }

  /** Who acts, when: the snapshot every step starts from; the withers add what a step's rules read besides. */
  public static StepSnapshot of(UUID productionId, UUID personId, Set<CrewRole> roles, ArmorerPermit permit, LocalDate today,
      Instant now) {
    return new StepSnapshot(productionId, personId, roles, permit, today, now, null, null, null, null, null, null);
  }

  public StepSnapshot withFirearmsHold(FirearmsHold hold) {
    return new StepSnapshot(productionId, personId, roles, permit, today, now, hold, stopWork, daySettled, recipient, lots,
        gates);
  }

  /** Whether a stop-work call in force holds this step, and whether an earlier day not settled holds a load. */
  public StepSnapshot withHolds(Optional<Refusal> stopWork, Optional<Refusal> daySettled) {
    return new StepSnapshot(productionId, personId, roles, permit, today, now, firearmsHold, stopWork, daySettled, recipient,
        lots, gates);
  }

  public StepSnapshot withRecipient(Recipient recipient) {
    return new StepSnapshot(productionId, personId, roles, permit, today, now, firearmsHold, stopWork, daySettled, recipient,
        lots, gates);
  }

  /** The lots a load may draw from, each with its balance. */
  public StepSnapshot withLots(Map<UUID, LotBalance> lots) {
    return new StepSnapshot(productionId, personId, roles, permit, today, now, firearmsHold, stopWork, daySettled, recipient,
        lots, gates);
  }

  public StepSnapshot withGates(Supplier<Optional<Refusal>> gates) {
    return new StepSnapshot(productionId, personId, roles, permit, today, now, firearmsHold, stopWork, daySettled, recipient,
        lots, gates);
  }

  /** The armorer or the property master: the roles that set a weapon's state. */
  public boolean armorer() {
    return roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER);
  }

  /**
   * Whether the person holds a current armorer permit on record; asked only for the duties that need one
   * ({@link CustodyAction#needsArmorerQualification()}). {@code rule} and {@code reason} say why not, {@code said}
   * the same in bundle words when training gave some.
   */
  public record ArmorerPermit(boolean current, String rule, String reason, Said said) {
    /** Not looked up: the step does not need a permit. */
    public static final ArmorerPermit NOT_ASKED = new ArmorerPermit(false, null, null);

    public ArmorerPermit(boolean current, String rule, String reason) {
      this(current, rule, reason, null);
    }

    /** Why not, in words where training gave some, otherwise its English as it wrote it. */
    public Object why() {
      return said != null ? said : reason;
    }
  }

  /**
   * Who a weapon goes to: their roles on the production, the scene from the call sheet (an issue), and whether they
   * may take a firearm in hand (current firearms safety training, or briefed where the production accepts that).
   */
  public record Recipient(Set<CrewRole> roles, SceneCall scene, FirearmsClearance clearance) {
    public static final Recipient NOBODY = new Recipient(Set.of(), null, null);

    public Recipient {
      roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
  }

  /** A performer's clearance to handle firearms, as training answers it, with its words when it gave some. */
  public record FirearmsClearance(boolean cleared, String rule, String reason, Said said) {

    public FirearmsClearance(boolean cleared, String rule, String reason) {
      this(cleared, rule, reason, null);
    }

    /** Why not, in words where training gave some, otherwise its English as it wrote it. */
    public Object why() {
      return said != null ? said : reason;
    }
  }
}
