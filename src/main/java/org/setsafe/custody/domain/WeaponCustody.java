package org.setsafe.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.LoadShowConfirmed;
import org.setsafe.custody.domain.CustodyEvents.LoadShowRefused;
import org.setsafe.custody.domain.CustodyEvents.LoadShown;
import org.setsafe.custody.domain.CustodyEvents.Malfunction;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.ShowClearConfirmed;
import org.setsafe.custody.domain.CustodyEvents.ShowClearRefused;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.custody.domain.CustodyEvents.WeaponDisposed;
import org.setsafe.custody.domain.CustodyEvents.WeaponInspected;
import org.setsafe.custody.domain.CustodyEvents.WeaponIssued;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponLockedUp;
import org.setsafe.custody.domain.CustodyEvents.WeaponReceived;
import org.setsafe.custody.domain.CustodyEvents.WeaponReturned;
import org.setsafe.custody.domain.CustodyEvents.WeaponReviewed;
import org.setsafe.custody.domain.CustodyEvents.WeaponTransferred;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnloaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnlocked;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal.Said;

/**
 * A weapon's custody now, folded from its history: where it is, who holds it, what is in it, whether it is
 * cold, whether it is on hold. Nothing here is stored; any table holding it can be rebuilt from the events.
 *
 * <p>Folding refuses a history that could not have happened (issued while locked up, loaded while a
 * replica, returned when it was never issued) with {@link IllegalStateException}: the service asks the
 * policies first, so reaching that exception means the record itself is wrong.
 */
public final class WeaponCustody {

  private static final String IMPOSSIBLE = "reason." + OrderOfCustodyPolicy.RULE + ".impossible";

  /** A review needs both sides: the armorer (or property master) and the safety advisor. */
  private static final Set<CrewRole> REVIEW_SIDES = EnumSet.of(CrewRole.ARMORER, CrewRole.SAFETY_ADVISOR);

  private final Weapon weapon;
  private final List<WeaponEvent> history;
  private WeaponState state = WeaponState.REGISTERED;
  private UUID holder;
  private Map<String, LoadedRound> manifest = Map.of();
  private final Map<UUID, Integer> fired = new HashMap<>();
  private Instant lastInspectedAt;
  private ShowClear showClear;
  private WeaponIssued issue;
  private String lockUpLocation;
  private Instant holdSince;
  private final Set<CrewRole> reviewedBy = EnumSet.noneOf(CrewRole.class);

  private WeaponCustody(Weapon weapon, List<? extends WeaponEvent> history) {
    this.weapon = weapon;
    this.history = List.copyOf(history);
    Instant previous = Instant.MIN;
    for (WeaponEvent event : this.history) {
      if (!event.weaponId().equals(weapon.id())) {
        throw new IllegalArgumentException("event " + event.eventId() + " is about another weapon");
      }
      if (event.occurredAt().isBefore(previous)) {
        throw new IllegalArgumentException("history out of order at event " + event.eventId());
      }
      previous = event.occurredAt();
      apply(event);
    }
  }

  /** The custody of a weapon after its history, given oldest first. */
  public static WeaponCustody of(Weapon weapon, List<? extends WeaponEvent> history) {
    return new WeaponCustody(weapon, history);
  }

  /** The custody once this event is added: how the service checks a new event fits before recording it. */
  public WeaponCustody then(WeaponEvent event) {
    List<WeaponEvent> longer = new ArrayList<>(history);
    longer.add(event);
    return new WeaponCustody(weapon, longer);
  }

  /** The custody once these recorded events are added, in stream order. */
  public WeaponCustody thenAll(List<? extends WeaponEvent> events) {
    List<WeaponEvent> longer = new ArrayList<>(history);
    longer.addAll(events);
    return new WeaponCustody(weapon, longer);
  }

  private void apply(WeaponEvent event) {
    if (event instanceof WeaponReceived) {
      move(event, WeaponState.WITH_ARMORER);
      holder = event.actorId();
    } else if (event instanceof WeaponInspected) {
      require(event, WeaponState.WITH_ARMORER, WeaponState.ON_HOLD);
      lastInspectedAt = event.occurredAt();
    } else if (event instanceof WeaponLoaded loaded) {
      require(event, WeaponState.WITH_ARMORER);
      if (!weapon.loadable()) {
        throw impossible(event, "a " + weapon.kind() + " is never loaded", why("never-loaded." + weapon.kind().name()));
      }
      if (!manifest.isEmpty()) {
        throw impossible(event, "it is already loaded; unload it first", why("already-loaded"));
      }
      manifest = loaded.manifest();
      fired.clear();
      lapse();
    } else if (event instanceof WeaponUnloaded) {
      require(event, WeaponState.WITH_ARMORER, WeaponState.ON_HOLD);
      manifest = Map.of();
      fired.clear();
      lapse();
    } else if (event instanceof ShownClear shown) {
      require(event, WeaponState.WITH_ARMORER);
      showClear = ShowClear.shown(shown);
    } else if (event instanceof LoadShown shown) {
      require(event, WeaponState.WITH_ARMORER);
      if (!shownLoadIsTheLoad(shown.manifest())) {
        throw impossible(event, "the load shown is not what is in it", why("not-the-load"));
      }
      showClear = ShowClear.shown(shown);
    } else if (event instanceof ShowClearConfirmed confirmed) {
      showClear = witnessed(event, confirmed.showClearId(), true).confirmedBy(event.actorId());
    } else if (event instanceof ShowClearRefused refused) {
      showClear = witnessed(event, refused.showClearId(), true).refusedBy(event.actorId(), refused.reason());
    } else if (event instanceof LoadShowConfirmed confirmed) {
      showClear = witnessed(event, confirmed.loadShownId(), false).confirmedBy(event.actorId());
    } else if (event instanceof LoadShowRefused refused) {
      showClear = witnessed(event, refused.loadShownId(), false).refusedBy(event.actorId(), refused.reason());
    } else if (event instanceof WeaponIssued issued) {
      move(event, WeaponState.ISSUED);
      holder = issued.performerId();
      issue = issued;
      // The hand-off the show-clear was for does not undo it; a hand-off to anyone else does.
      if (showClear != null && !showClear.witnesses().contains(issued.performerId())) {
        lapse();
      }
    } else if (event instanceof WeaponReturned) {
      require(event, WeaponState.ISSUED);
      move(event, onHold() ? WeaponState.ON_HOLD : WeaponState.WITH_ARMORER);
      holder = event.actorId();
      issue = null;
      lapse();
    } else if (event instanceof WeaponTransferred transferred) {
      require(event, WeaponState.WITH_ARMORER, WeaponState.ON_HOLD);
      holder = transferred.toArmorerId();
      lapse();
    } else if (event instanceof WeaponLockedUp lockedUp) {
      move(event, WeaponState.LOCKED_UP);
      holder = null;
      lockUpLocation = lockedUp.location();
      lapse();
    } else if (event instanceof WeaponUnlocked) {
      require(event, WeaponState.LOCKED_UP);
      move(event, onHold() ? WeaponState.ON_HOLD : WeaponState.WITH_ARMORER);
      holder = event.actorId();
      lockUpLocation = null;
      lapse();
    } else if (event instanceof RoundsDischarged discharged) {
      require(event, WeaponState.ISSUED, WeaponState.WITH_ARMORER);
      int left = roundsIn(discharged.lotId());
      if (discharged.count() > left) {
        throw impossible(event, discharged.count() + " rounds discharged but only " + left + " from that lot loaded",
            why("more-discharged-than-loaded", String.valueOf(discharged.count()), String.valueOf(left)));
      }
      fired.merge(discharged.lotId(), discharged.count(), Integer::sum);
      lapse();
    } else if (event instanceof Misfire || event instanceof AccidentalDischarge) {
      require(event, WeaponState.ISSUED, WeaponState.WITH_ARMORER, WeaponState.ON_HOLD);
      holdSince = event.occurredAt();
      reviewedBy.clear();
      if (state == WeaponState.WITH_ARMORER) {
        move(event, WeaponState.ON_HOLD);
      }
      lapse();
    } else if (event instanceof Malfunction) {
      require(event, WeaponState.ISSUED, WeaponState.WITH_ARMORER, WeaponState.ON_HOLD);
      lapse();
    } else if (event instanceof WeaponReviewed reviewed) {
      // A review with nothing on hold is kept in the history but changes nothing.
      if (onHold()) {
        reviewedBy.add(reviewed.reviewedAs() == CrewRole.SAFETY_ADVISOR ? CrewRole.SAFETY_ADVISOR : CrewRole.ARMORER);
        if (reviewedBy.containsAll(REVIEW_SIDES)) {
          holdSince = null;
          if (state == WeaponState.ON_HOLD) {
            move(event, WeaponState.WITH_ARMORER);
          }
        }
      }
    } else if (event instanceof WeaponDisposed) {
      move(event, WeaponState.DISPOSED);
      holder = null;
      lapse();
    } else {
      throw new IllegalArgumentException("unknown weapon event " + event.kind());
    }
  }

  private void move(WeaponEvent event, WeaponState next) {
    if (!state.canMoveTo(next)) {
      throw impossible(event, "a weapon " + state + " cannot become " + next,
          why("cannot-become", stateSaid(state), stateSaid(next)));
    }
    state = next;
  }

  private void require(WeaponEvent event, WeaponState... allowed) {
    for (WeaponState candidate : allowed) {
      if (state == candidate) {
        return;
      }
    }
    throw impossible(event, "not while the weapon is " + state, why("not-while", stateSaid(state)));
  }

  private ShowClear witnessed(WeaponEvent event, UUID showClearId, boolean clear) {
    if (showClear == null || !showClear.eventId().equals(showClearId)) {
      throw impossible(event, "that show-clear is not the weapon's current one", why("not-the-current-show-clear"));
    }
    if (showClear.clear() != clear) {
      throw impossible(event, "the witness answers what was shown: " + showClear.step(), why("answers-what-was-shown",
          Said.of(showClear.clear() ? "reason.step.show-clear" : "reason.step.showing-of-load")));
    }
    if (!showClear.witnesses().contains(event.actorId())) {
      throw impossible(event, "only a named witness answers a show-clear", why("only-a-named-witness"));
    }
    return showClear;
  }

  /**
   * Whether a load shown is exactly what is in the weapon now: the recorded load, position by position, with no
   * round fired since (after a discharge nobody can say from the record which chamber still holds what).
   */
  public boolean shownLoadIsTheLoad(Map<String, LoadedRound> shown) {
    return !manifest.isEmpty() && fired.isEmpty() && manifest.equals(shown);
  }

  /**
   * Whether the current showing says what is in the weapon now: shown clear and empty, or its load shown and
   * that load still in it. Empty when nothing has been shown since custody last changed.
   */
  public Optional<Boolean> showingMatchesWhatIsInIt() {
    if (showClear == null) {
      return Optional.empty();
    }
    return Optional.of(showClear.clear() ? !loaded() : shownLoadIsTheLoad(showClear.load()));
  }

  /** Custody changed: whatever was shown clear before no longer says anything about the weapon now. */
  private void lapse() {
    showClear = null;
  }

  private ImpossibleStep impossible(WeaponEvent event, String why, Said whyInWords) {
    return new ImpossibleStep(weapon.label() + ": " + event.kind() + " cannot be recorded, " + why,
        Said.of(IMPOSSIBLE, weapon.label(), event.kind(), whyInWords));
  }

  private static Said why(String variant, Object... args) {
    return Said.of(IMPOSSIBLE + "." + variant, args);
  }

  /** A state as the English reason writes it (its code), in the reader's words elsewhere. */
  private static Said stateSaid(WeaponState state) {
    return Said.of(IMPOSSIBLE + ".state." + state.name());
  }

  /**
   * A step the weapon's history could not take, with its reason in words too: the order of custody refuses the step
   * with it ({@link OrderOfCustodyPolicy#fits}). The event kind stays a code in every language, as the ledger has it.
   */
  static final class ImpossibleStep extends IllegalStateException {

    private final transient Said said;

    ImpossibleStep(String message, Said said) {
      super(message);
      this.said = said;
    }

    Said said() {
      return said;
    }
  }

  public Weapon weapon() {
    return weapon;
  }

  public UUID weaponId() {
    return weapon.id();
  }

  public WeaponState state() {
    return state;
  }

  /** Who has it in hand: the armorer, or the performer it was issued to; empty when locked up or gone. */
  public Optional<UUID> holder() {
    return Optional.ofNullable(holder);
  }

  public Optional<String> lockUpLocation() {
    return Optional.ofNullable(lockUpLocation);
  }

  /** The load as recorded, position by position; empty when unloaded. Discharged rounds stay listed. */
  public Map<String, LoadedRound> manifest() {
    return manifest;
  }

  /** Rounds still in the weapon (loaded and not discharged), per lot. */
  public Map<UUID, Integer> roundsInWeapon() {
    Map<UUID, Integer> rounds = new LinkedHashMap<>();
    manifest.values().forEach(round -> rounds.merge(round.lotId(), 1, Integer::sum));
    fired.forEach((lot, count) -> rounds.merge(lot, -count, Integer::sum));
    rounds.values().removeIf(count -> count <= 0);
    return Collections.unmodifiableMap(rounds);
  }

  public boolean loaded() {
    return !roundsInWeapon().isEmpty();
  }

  private int roundsIn(UUID lotId) {
    return roundsInWeapon().getOrDefault(lotId, 0);
  }

  public Optional<Instant> lastInspectedAt() {
    return Optional.ofNullable(lastInspectedAt);
  }

  /** The show-clear that still speaks for the weapon: none once custody changed after it. */
  public Optional<ShowClear> showClear() {
    return Optional.ofNullable(showClear);
  }

  /**
   * Whether the weapon is cold now: shown clear (or its load of dummies shown) and that showing still what is in
   * it, confirmed by every witness, within the window, custody
   * unchanged since (apart from the hand-off to the performer who witnessed it), and holding no blank.
   * Only this lets the 1st AD announce "cold": on "Rust" "cold gun" was called without a check.
   */
  public boolean cold(Instant now, Duration window) {
    if (showClear == null || !showClear.confirmedByEveryWitness() || !showClear.within(window, now)
        || !showingMatchesWhatIsInIt().orElse(false)) {
      return false;
    }
    boolean noBlanks = manifest.values().stream().allMatch(round -> round.roundClass().dummy());
    return noBlanks && (state == WeaponState.WITH_ARMORER || state == WeaponState.ISSUED);
  }

  /** The issue now in force, while a performer holds the weapon. */
  public Optional<WeaponIssued> issue() {
    return Optional.ofNullable(issue);
  }

  /** Held since a misfire or accidental discharge, until the armorer and the safety advisor have reviewed. */
  public boolean onHold() {
    return holdSince != null;
  }

  public Optional<Instant> holdSince() {
    return Optional.ofNullable(holdSince);
  }

  /** Which reviews the hold still waits for: ARMORER (or property master) and SAFETY_ADVISOR. */
  public Set<CrewRole> reviewsAwaited() {
    if (!onHold()) {
      return Set.of();
    }
    Set<CrewRole> awaited = EnumSet.copyOf(REVIEW_SIDES);
    awaited.removeAll(reviewedBy);
    return Collections.unmodifiableSet(awaited);
  }

  public List<WeaponEvent> history() {
    return history;
  }

  /**
   * The armorer's next step in the order of custody. A showing that no longer says what is in the weapon is not
   * taken as done; after an inspection only loading or unloading keeps it the step before the showing; a weapon
   * just collected is locked up next.
   */
  public NextStep nextStep() {
    switch (state) {
      case REGISTERED:
        return NextStep.RECEIVE;
      case ISSUED:
        return NextStep.COLLECT;
      case LOCKED_UP:
        return NextStep.UNLOCK;
      case ON_HOLD:
        return NextStep.ON_HOLD;
      case DISPOSED:
        return NextStep.DISPOSED;
      default:
        break;
    }
    if (showClear != null && !showClear.refused() && showClear.clear() != loaded()) {
      return showClear.confirmedByEveryWitness() ? NextStep.ISSUE : NextStep.AWAITING_WITNESSES;
    }
    if (inspectedSince()) {
      return loaded() ? NextStep.SHOW_LOAD : NextStep.SHOW_CLEAR;
    }
    boolean cameBack = !history.isEmpty() && history.get(history.size() - 1) instanceof WeaponReturned;
    return cameBack ? NextStep.LOCK_UP : NextStep.INSPECT;
  }

  /** Inspected as the last step, or with only loading or unloading since. */
  private boolean inspectedSince() {
    for (int i = history.size() - 1; i >= 0; i--) {
      WeaponEvent event = history.get(i);
      if (event instanceof WeaponInspected) {
        return true;
      }
      if (!(event instanceof WeaponLoaded) && !(event instanceof WeaponUnloaded)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The steps this person may take with the weapon now, as its state and their roles allow: the armorer's next step
   * in the order of custody and the armorer's other steps (load, unload, transfer, rounds fired, disposal), a
   * witness's answer to a showing they await, a report by anyone on the crew, a review of a weapon on hold. What
   * the day holds beyond the weapon (a stand-down, a stop-work, the scene) is not asked here; the protocol asks it
   * when the step is taken. {@code roles} empty: not on the crew, so no step.
   */
  public List<CustodyAction> nextSteps(UUID personId, Set<CrewRole> roles) {
    List<CustodyAction> steps = new ArrayList<>();
    if (roles == null || roles.isEmpty()) {
      return steps;
    }
    boolean armorer = roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER);
    boolean withArmorer = state == WeaponState.WITH_ARMORER;
    boolean inHand = withArmorer || state == WeaponState.ON_HOLD;
    if (armorer) {
      nextStep().action().ifPresent(steps::add);
      if (withArmorer && weapon.loadable() && !loaded()) {
        steps.add(CustodyAction.LOAD);
      }
      if (inHand && loaded()) {
        steps.add(CustodyAction.UNLOAD);
      }
      if (inHand) {
        steps.add(CustodyAction.TRANSFER);
      }
      if (loaded() && (withArmorer || state == WeaponState.ISSUED)) {
        steps.add(CustodyAction.DISCHARGE);
      }
      if (inHand) {
        steps.add(CustodyAction.DISPOSE);
      }
    }
    if (personId != null && showClear != null && !showClear.refused() && showClear.awaiting().contains(personId)) {
      steps.add(CustodyAction.WITNESS_SHOW_CLEAR);
    }
    if (withArmorer || state == WeaponState.ISSUED || state == WeaponState.ON_HOLD) {
      steps.add(CustodyAction.REPORT);
    }
    if (onHold() && (armorer || roles.contains(CrewRole.SAFETY_ADVISOR))) {
      steps.add(CustodyAction.REVIEW);
    }
    return List.copyOf(steps);
  }

  /** When the last thing happened to the weapon, if anything has. */
  public Optional<Instant> lastEventAt() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).occurredAt());
  }
}
