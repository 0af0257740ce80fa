package org.setsafe.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * Before a weapon goes to a performer, the armorer has inspected it and shown it clear (or, loaded, shown its load
 * round by round, and that load still in it) within the window
 * (default 10 minutes), the show-clear was shown to the performer, the 1st AD and the camera head where the
 * scene has one, every one of them confirmed it from their own session, and custody has not changed since.
 * Clearance shown every time a weapon is re-introduced is practice everywhere (Ontario guideline 39, Manitoba
 * guideline 22, Australian and BBC guidance); on "Rust" the gun was handed over with no check at all.
 */
public final class ShowClearBeforeIssuePolicy {

  public static final String RULE = "custody.show-clear-before-issue";
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

  private final Duration window;

  public ShowClearBeforeIssuePolicy() {
    this(DEFAULT_WINDOW);
  }

  public ShowClearBeforeIssuePolicy(Duration window) {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the show-clear window must be positive");
    }
    this.window = window;
  }

  public Duration window() {
    return window;
  }

  public Optional<Refusal> check(WeaponCustody custody, UUID performerId, SceneCall scene, Instant now) {
    String minutes = window.toMinutes() + " minutes";
    Optional<Instant> inspected = custody.lastInspectedAt();
    if (inspected.isEmpty() || inspected.get().plus(window).isBefore(now)) {
      return refuse("The armorer has not inspected " + custody.weapon().label() + " in the last " + minutes
          + "; inspect and show it clear before it is issued.", "not-inspected", custody.weapon().label(),
          window.toMinutes());
    }
    Optional<ShowClear> shown = custody.showClear();
    String showIt = custody.loaded() ? "show the load" : "show it clear";
    if (shown.isEmpty()) {
      return refuse("There is no " + (custody.loaded() ? "showing of the load" : "show-clear") + " for "
          + custody.weapon().label() + " since its custody last changed; " + showIt
          + " to the performer and the 1st AD before it is issued.", custody.loaded() ? "no-showing-of-load"
          : "no-show-clear", custody.weapon().label());
    }
    ShowClear showClear = shown.get();
    if (!custody.showingMatchesWhatIsInIt().orElse(false)) {
      return custody.loaded() && showClear.clear()
          ? refuse(custody.weapon().label() + " was shown clear but has rounds in it; show the witnesses the load.",
              "shown-clear-but-loaded", custody.weapon().label())
          : refuse("What was shown of " + custody.weapon().label() + " is not what is in it now; " + showIt
              + " again.", "not-what-is-in-it", custody.weapon().label(), showItSaid(custody));
    }
    if (!showClear.within(window, now)) {
      return refuse("The " + showClear.step() + " for " + custody.weapon().label() + " is older than " + minutes
          + "; " + showIt + " again.", "older-than-window", stepSaid(showClear), custody.weapon().label(),
          window.toMinutes(), showItSaid(custody));
    }
    if (showClear.refused()) {
      return refuse(scene.partOf(showClear.refusedBy(), performerId) + " refused the " + showClear.step() + ": "
          + showClear.refusalReason(), "refused-by-witness", scene.partSaid(showClear.refusedBy(), performerId),
          stepSaid(showClear), showClear.refusalReason());
    }
    Set<UUID> notShown = scene.requiredWitnesses(performerId).stream()
        .filter(witness -> !showClear.witnesses().contains(witness)).collect(Collectors.toSet());
    if (!notShown.isEmpty()) {
      return refuse("The " + showClear.step() + " was not shown to " + parts(notShown, scene, performerId)
          + "; the performer, the 1st AD and the camera head where there is one must witness it.", "not-shown-to",
          stepSaid(showClear), scene.partsSaid(notShown, performerId));
    }
    Set<UUID> awaiting = scene.requiredWitnesses(performerId).stream()
        .filter(witness -> !showClear.confirmedBy().contains(witness)).collect(Collectors.toSet());
    if (!awaiting.isEmpty()) {
      return refuse("The " + showClear.step() + " awaits confirmation from " + parts(awaiting, scene, performerId)
          + ", each from their own phone.", "awaits-confirmation", stepSaid(showClear),
          scene.partsSaid(awaiting, performerId));
    }
    return Optional.empty();
  }

  private static String parts(Set<UUID> witnesses, SceneCall scene, UUID performerId) {
    return witnesses.stream().map(witness -> scene.partOf(witness, performerId)).sorted()
        .collect(Collectors.joining(" and "));
  }

  private static Said stepSaid(ShowClear showClear) {
    return Said.of(showClear.clear() ? "reason.step.show-clear" : "reason.step.showing-of-load");
  }

  private static Said showItSaid(WeaponCustody custody) {
    return Said.of(custody.loaded() ? "reason.show-it.load" : "reason.show-it.clear");
  }

  private static Optional<Refusal> refuse(String reason, String variant, Object... args) {
    return Optional.of(new Refusal(RULE, reason).saying("reason." + RULE + "." + variant, args));
  }
}
