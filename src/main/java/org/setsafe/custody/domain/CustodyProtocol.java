package org.setsafe.custody.domain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyCommand.CollectWeapon;
import org.setsafe.custody.domain.CustodyCommand.ConfirmShowClear;
import org.setsafe.custody.domain.CustodyCommand.ConfirmShownLoad;
import org.setsafe.custody.domain.CustodyCommand.DisposeWeapon;
import org.setsafe.custody.domain.CustodyCommand.InspectWeapon;
import org.setsafe.custody.domain.CustodyCommand.IssueWeapon;
import org.setsafe.custody.domain.CustodyCommand.LoadWeapon;
import org.setsafe.custody.domain.CustodyCommand.LockUpWeapon;
import org.setsafe.custody.domain.CustodyCommand.ReceiveWeapon;
import org.setsafe.custody.domain.CustodyCommand.RecordDischarge;
import org.setsafe.custody.domain.CustodyCommand.RefuseShowing;
import org.setsafe.custody.domain.CustodyCommand.ReportTrouble;
import org.setsafe.custody.domain.CustodyCommand.ReviewWeapon;
import org.setsafe.custody.domain.CustodyCommand.ShowItClear;
import org.setsafe.custody.domain.CustodyCommand.ShowTheLoad;
import org.setsafe.custody.domain.CustodyCommand.TransferWeapon;
import org.setsafe.custody.domain.CustodyCommand.UnloadWeapon;
import org.setsafe.custody.domain.CustodyCommand.UnlockWeapon;
import org.setsafe.shared.Refusal;

/**
 * The firearms protocol for a weapon's custody: for every step, its policies in the order they are asked, and the
 * decision "refused, and why" or "accepted: this event, and the weapon's custody after it". The service only loads
 * the weapon and what the rules read ({@link StepSnapshot}), asks here, and records what was decided; so the rules that
 * guard a step, and their order, are read here and nowhere else, and a test of this class tests what the service
 * enforces.
 *
 * <p>Every step starts with the order of custody (a disposed weapon takes no step) and ends with it (the event must
 * make a history that could have happened). Outside answers come last among the rules that read them: the other
 * modules' gates last of all, once custody's own rules pass.
 */
public final class CustodyProtocol {

  /** The rule names of the steps' answers that come from outside custody, under the answering module's own code. */
  public static final String ARMORER_PERMIT = "training: a current armorer permit";
  public static final String FIREARMS_CLEARANCE = "training: the performer's firearms clearance";
  public static final String ISSUE_GATES = "the issue gates: plan, assessment, meeting, staffing";
  /** A witness answers what they were shown: clear, or the load. */
  public static final String WITNESS_ANSWERS_WHAT_WAS_SHOWN = ShowWhatIsInItPolicy.RULE + " (the witness's answer)";
  /** Only a named witness of the current showing answers it. */
  public static final String NAMED_WITNESS = ShowClearBeforeIssuePolicy.RULE + " (a named witness)";

  /** One rule of a step: its name (its rule code, where it has one of its own) and its check. */
  public record Rule<C extends CustodyCommand>(String name, Check<C> check) {}

  @FunctionalInterface
  public interface Check<C extends CustodyCommand> {
    Optional<Refusal> check(WeaponCustody custody, C command, StepSnapshot on);
  }

  /** A step's rules in order; {@code eventAfterRules} when the event can only be put into words once they pass. */
  private record Step<C extends CustodyCommand>(CustodyAction action, List<Rule<C>> rules, boolean eventAfterRules) {}

  private final OrderOfCustodyPolicy order = new OrderOfCustodyPolicy();
  private final OnlyArmorerHandlesPolicy onlyArmorer = new OnlyArmorerHandlesPolicy();
  private final ShowClearWitnessedByOthersPolicy witnessedByOthers = new ShowClearWitnessedByOthersPolicy();
  private final FirearmsHoldPolicy firearmsHold = new FirearmsHoldPolicy();
  private final SceneHoldPolicy sceneHold = new SceneHoldPolicy();
  private final WeaponHoldAfterMisfirePolicy holdAfterMisfire = new WeaponHoldAfterMisfirePolicy();
  private final IssueOnlyToPerformerOnTodaysScenePolicy issueOnlyToPerformer =
      new IssueOnlyToPerformerOnTodaysScenePolicy();
  private final ShowClearBeforeIssuePolicy showClearBeforeIssue;
  private final RoundsFromVerifiedLotsPolicy roundsFromVerifiedLots = new RoundsFromVerifiedLotsPolicy();
  private final OnlyFirearmsAreLoadedPolicy onlyFirearmsLoaded = new OnlyFirearmsAreLoadedPolicy();
  private final RoundsOnHandPolicy roundsOnHand = new RoundsOnHandPolicy();
  private final DummiesDoNotFirePolicy dummiesDoNotFire = new DummiesDoNotFirePolicy();
  private final InspectAfterMalfunctionPolicy inspectAfterMalfunction = new InspectAfterMalfunctionPolicy();
  private final ShowWhatIsInItPolicy showWhatIsInIt = new ShowWhatIsInItPolicy();
  private final LockUpLoadedPolicy lockUpLoaded = new LockUpLoadedPolicy();

  private final Map<Class<? extends CustodyCommand>, Step<?>> steps = new LinkedHashMap<>();

  public CustodyProtocol() {
    this(ShowClearBeforeIssuePolicy.DEFAULT_WINDOW);
  }

  /** {@code showClearWindow}: how long a confirmed show-clear lets the weapon be issued. */
  public CustodyProtocol(Duration showClearWindow) {
    this.showClearBeforeIssue = new ShowClearBeforeIssuePolicy(showClearWindow);
    step(ReceiveWeapon.class, CustodyAction.RECEIVE, false, List.of(
        notDisposed(), armorer(), permit()));
    step(InspectWeapon.class, CustodyAction.INSPECT, false, List.of(
        notDisposed(), armorer(), permit()));
    step(LoadWeapon.class, CustodyAction.LOAD, false, List.of(
        notDisposed(), armorer(), permit(),
        rule(FirearmsHoldPolicy.RULE, (custody, load, on) -> firearmsHold.check(on.firearmsHold(), CustodyAction.LOAD)),
        rule(StopWorkBindsPolicy.RULE, (custody, load, on) -> on.stopWork()),
        rule(SettledDayBeforeLoadPolicy.RULE, (custody, load, on) -> on.daySettled()),
        rule(WeaponHoldAfterMisfirePolicy.RULE, (custody, load, on) -> holdAfterMisfire.check(custody, CustodyAction.LOAD)),
        rule(OnlyFirearmsAreLoadedPolicy.RULE, (custody, load, on) -> onlyFirearmsLoaded.check(custody.weapon())),
        rule(RoundsFromVerifiedLotsPolicy.RULE, (custody, load, on) ->
            roundsFromVerifiedLots.check(load.manifest(), on.lots()))));
    step(UnloadWeapon.class, CustodyAction.UNLOAD, false, List.of(
        notDisposed(), armorer()));
    step(ShowItClear.class, CustodyAction.SHOW_CLEAR, false, List.of(
        notDisposed(), armorer(), permit(),
        rule(StopWorkBindsPolicy.RULE, (custody, show, on) -> on.stopWork()),
        rule(WeaponHoldAfterMisfirePolicy.RULE, (custody, show, on) ->
            holdAfterMisfire.check(custody, CustodyAction.SHOW_CLEAR)),
        rule(InspectAfterMalfunctionPolicy.RULE, (custody, show, on) -> inspectAfterMalfunction.check(custody)),
        rule(OrderOfCustodyPolicy.RULE, (custody, show, on) -> order.checkFromTheArmorersHands(custody, "shown clear")),
        rule(ShowWhatIsInItPolicy.RULE, (custody, show, on) -> showWhatIsInIt.checkShowClear(custody))));
    // Asked before the showing is put into words: an empty weapon has no load to describe.
    step(ShowTheLoad.class, CustodyAction.SHOW_LOAD, true, List.of(
        notDisposed(), armorer(), permit(),
        rule(ShowWhatIsInItPolicy.RULE, (custody, show, on) -> showWhatIsInIt.checkShowLoad(custody)),
        rule(WeaponHoldAfterMisfirePolicy.RULE, (custody, show, on) ->
            holdAfterMisfire.check(custody, CustodyAction.SHOW_LOAD)),
        rule(InspectAfterMalfunctionPolicy.RULE, (custody, show, on) -> inspectAfterMalfunction.check(custody)),
        rule(OrderOfCustodyPolicy.RULE, (custody, show, on) -> order.checkFromTheArmorersHands(custody, "shown"))));
    step(ConfirmShowClear.class, CustodyAction.WITNESS_SHOW_CLEAR, true, List.of(
        notDisposed(), namedWitness(),
        rule(WITNESS_ANSWERS_WHAT_WAS_SHOWN, (custody, confirm, on) -> custody.showClear().orElseThrow().clear()
            ? Optional.empty()
            : Optional.of(new Refusal(ShowWhatIsInItPolicy.RULE, "You were shown the load of "
                + custody.weapon().label() + ", not an empty weapon: confirm the load you saw ("
                + custody.showClear().orElseThrow().shown() + ")").saying("reason." + ShowWhatIsInItPolicy.RULE
                + ".confirm-the-load", custody.weapon().label(), custody.showClear().orElseThrow().shown())))));
    step(ConfirmShownLoad.class, CustodyAction.WITNESS_SHOW_CLEAR, true, List.of(
        notDisposed(), namedWitness(),
        rule(WITNESS_ANSWERS_WHAT_WAS_SHOWN, (custody, confirm, on) -> !custody.showClear().orElseThrow().clear()
            ? Optional.empty()
            : Optional.of(new Refusal(ShowWhatIsInItPolicy.RULE, custody.weapon().label()
                + " was shown to you clear, not loaded: confirm the show-clear you saw.").saying("reason."
                + ShowWhatIsInItPolicy.RULE + ".confirm-the-show-clear", custody.weapon().label())))));
    step(RefuseShowing.class, CustodyAction.WITNESS_SHOW_CLEAR, true, List.of(
        notDisposed(), namedWitness()));
    step(IssueWeapon.class, CustodyAction.ISSUE, false, List.of(
        notDisposed(), armorer(), permit(),
        rule(FirearmsHoldPolicy.RULE, (custody, issue, on) -> firearmsHold.check(on.firearmsHold(), CustodyAction.ISSUE)),
        rule(SceneHoldPolicy.RULE, (custody, issue, on) -> sceneHold.check(on.firearmsHold(),
            custody.weapon().kind() == WeaponKind.FIREARM, CustodyAction.ISSUE, issue.sceneId())),
        rule(StopWorkBindsPolicy.RULE, (custody, issue, on) -> on.stopWork()),
        rule(WeaponHoldAfterMisfirePolicy.RULE, (custody, issue, on) ->
            holdAfterMisfire.check(custody, CustodyAction.ISSUE)),
        rule(OrderOfCustodyPolicy.RULE, (custody, issue, on) -> order.checkFromTheArmorersHands(custody, "issued only")),
        rule(IssueOnlyToPerformerOnTodaysScenePolicy.RULE, (custody, issue, on) -> issueOnlyToPerformer.check(
            issue.performerId(), on.recipient().roles(), on.recipient().scene(), on.today())),
        rule(FIREARMS_CLEARANCE, (custody, issue, on) -> performerMayHandle(custody, on.recipient())),
        rule(ShowClearBeforeIssuePolicy.RULE, (custody, issue, on) -> showClearBeforeIssue.check(custody,
            issue.performerId(), on.recipient().scene(), on.now())),
        rule(ISSUE_GATES, (custody, issue, on) -> on.gates().get())));
    step(CollectWeapon.class, CustodyAction.COLLECT, false, List.of(
        notDisposed(), armorer(), permit()));
    step(TransferWeapon.class, CustodyAction.TRANSFER, false, List.of(
        notDisposed(), armorer(),
        rule(OnlyArmorerHandlesPolicy.RULE + " (the recipient)", (custody, transfer, on) -> onlyArmorer
            .check(CustodyAction.TRANSFER, on.recipient().roles()).map(refusal -> new Refusal(refusal.rule(),
                "A weapon is transferred only to another armorer or property master (California Labor Code "
                    + "§9153(a)(1)–(2)).").saying("reason." + refusal.rule() + ".transfer")))));
    step(LockUpWeapon.class, CustodyAction.LOCK_UP, false, List.of(
        notDisposed(), armorer(),
        rule(LockUpLoadedPolicy.RULE, (custody, lockUp, on) -> lockUpLoaded.check(custody, lockUp.loadedReason()))));
    step(UnlockWeapon.class, CustodyAction.UNLOCK, false, List.of(
        notDisposed(), armorer()));
    step(ReportTrouble.class, CustodyAction.REPORT, false, List.of(
        notDisposed()));
    step(ReviewWeapon.class, CustodyAction.REVIEW, true, List.of(
        notDisposed(),
        rule(WeaponHoldAfterMisfirePolicy.RULE + " (who reviews)", (custody, review, on) ->
            ReviewWeapon.reviewedAs(on.roles()) != null ? Optional.empty() : Optional.of(new Refusal(
                WeaponHoldAfterMisfirePolicy.RULE, "A weapon on hold is reviewed by the armorer and the safety advisor.")
                .saying("reason." + WeaponHoldAfterMisfirePolicy.RULE + ".who-reviews")))));
    step(RecordDischarge.class, CustodyAction.DISCHARGE, false, List.of(
        notDisposed(), armorer(),
        rule(RoundsOnHandPolicy.RULE, (custody, discharge, on) ->
            roundsOnHand.checkDischarge(custody, discharge.lot(), discharge.count())),
        rule(DummiesDoNotFirePolicy.RULE, (custody, discharge, on) -> dummiesDoNotFire.checkDischarge(discharge.lot()))));
    step(DisposeWeapon.class, CustodyAction.DISPOSE, false, List.of(
        notDisposed(), armorer(),
        rule(OrderOfCustodyPolicy.RULE, (custody, dispose, on) -> order.checkUnloadedToLeave(custody)),
        rule(WeaponHoldAfterMisfirePolicy.RULE, (custody, dispose, on) -> !custody.onHold() ? Optional.empty()
            : Optional.of(new Refusal(WeaponHoldAfterMisfirePolicy.RULE, custody.weapon().label()
                + " is on hold after a misfire or accidental discharge; it leaves the production only after the "
                + "armorer and the safety advisor have reviewed it.").saying("reason."
                + WeaponHoldAfterMisfirePolicy.RULE + ".dispose", custody.weapon().label())))));
  }

  /**
   * Decides one step: the first of its rules that refuses, in order; otherwise the event, if the weapon's history
   * with it could have happened.
   */
  public Decision decide(WeaponCustody custody, CustodyCommand command, StepSnapshot on) {
    if (!custody.weaponId().equals(command.weaponId())) {
      throw new IllegalArgumentException("the command is about another weapon");
    }
    return decide(custody, command, on, stepOf(command));
  }

  private <C extends CustodyCommand> Decision decide(WeaponCustody custody, CustodyCommand command, StepSnapshot on,
      Step<C> step) {
    @SuppressWarnings("unchecked")
    C typed = (C) command;
    // Built first where it can be, so that a step with a field out of shape is answered as bad input, not a refusal.
    WeaponEvent event = step.eventAfterRules() ? null : command.event(custody, on);
    for (Rule<C> rule : step.rules()) {
      Optional<Refusal> refusal = rule.check().check(custody, typed, on);
      if (refusal.isPresent()) {
        return Decision.refused(step.action(), refusal.get());
      }
    }
    if (event == null) {
      event = command.event(custody, on);
    }
    OrderOfCustodyPolicy.Fit fit = order.fits(custody, event);
    return fit.refusal() != null ? Decision.refused(step.action(), fit.refusal())
        : Decision.accepted(step.action(), event, fit.after());
  }

  /** The names of a step's rules, in the order they are asked (the order of custody's own fold comes after them). */
  public List<String> rules(Class<? extends CustodyCommand> command) {
    return stepOf(command).rules().stream().map(Rule::name).toList();
  }

  /** Which action a command is, for recording its refusal. */
  public CustodyAction action(Class<? extends CustodyCommand> command) {
    return stepOf(command).action();
  }

  /** A show-clear or showing of the load is witnessed by others than the armorer showing it: asked of the input. */
  public Optional<Refusal> checkWitnesses(UUID armorerId, Set<UUID> witnesses) {
    return witnessedByOthers.check(armorerId, witnesses);
  }

  /** How long a confirmed show-clear lets the weapon be issued. */
  public Duration showClearWindow() {
    return showClearBeforeIssue.window();
  }

  private Step<?> stepOf(CustodyCommand command) {
    return stepOf(command.getClass());
  }

  private Step<?> stepOf(Class<?> command) {
    Step<?> step = steps.get(command);
    if (step == null) {
      throw new IllegalArgumentException("no custody step " + command.getSimpleName());
    }
    return step;
  }

  private <C extends CustodyCommand> void step(Class<C> type, CustodyAction action, boolean eventAfterRules,
      List<Rule<C>> rules) {
    steps.put(type, new Step<>(action, List.copyOf(rules), eventAfterRules));
  }

  private static <C extends CustodyCommand> Rule<C> rule(String name, Check<C> check) {
    return new Rule<>(name, check);
  }

  private <C extends CustodyCommand> Rule<C> notDisposed() {
    return rule(OrderOfCustodyPolicy.RULE, (custody, command, on) -> order.checkNotDisposed(custody));
  }

  /** The armorer or property master, for the steps that set a weapon's state. */
  private <C extends CustodyCommand> Rule<C> armorer() {
    return rule(OnlyArmorerHandlesPolicy.RULE, (custody, command, on) -> onlyArmorer.check(command.action(),
        on.roles()));
  }

  /** The duties that decide whether a weapon is safe in someone's hands need a current armorer permit as well. */
  private <C extends CustodyCommand> Rule<C> permit() {
    return rule(ARMORER_PERMIT, (custody, command, on) -> {
      if (!command.action().needsArmorerQualification() || on.permit().current()) {
        return Optional.empty();
      }
      // Training's own reason comes first, in its words where it gave some.
      return Optional.of(new Refusal(on.permit().rule(), on.permit().reason()
          + " Inspecting, loading, showing clear, issuing and collecting a weapon need a current armorer permit "
          + "on record in SetSafe (California Labor Code §9156).")
          .saying("reason.custody.armorer-permit", on.permit().why()));
    });
  }

  /** Only a named witness of the current showing answers it, from their own phone. */
  private <C extends CustodyCommand> Rule<C> namedWitness() {
    return rule(NAMED_WITNESS, (custody, command, on) -> {
      Optional<ShowClear> shown = custody.showClear();
      return shown.isPresent() && shown.get().witnesses().contains(on.personId()) ? Optional.empty()
          : Optional.of(new Refusal(ShowClearBeforeIssuePolicy.RULE, "There is no show-clear or showing of the load of "
              + custody.weapon().label() + " shown to you to answer; only a named witness answers it, from their own "
              + "phone.").saying("reason." + ShowClearBeforeIssuePolicy.RULE + ".not-a-named-witness",
              custody.weapon().label()));
    });
  }

  /**
   * A firearm goes only to a performer with current firearms safety training, or briefed by the armorer where the
   * production accepts that (California Labor Code §9156). Replicas and rubber props need neither.
   */
  private static Optional<Refusal> performerMayHandle(WeaponCustody custody, StepSnapshot.Recipient recipient) {
    if (custody.weapon().kind() != WeaponKind.FIREARM) {
      return Optional.empty();
    }
    if (recipient.clearance() == null) {
      return Optional.of(new Refusal("training.firearms-safety", "The performer may not take a firearm in hand: "
          + "nobody asked whether they hold current firearms safety training.")
          .saying("reason.training.firearms-safety.not-asked"));
    }
    return recipient.clearance().cleared() ? Optional.empty() : Optional.of(new Refusal(recipient.clearance().rule(),
        "The performer may not take a firearm in hand: " + recipient.clearance().reason())
        .saying("reason.custody.firearms-clearance", recipient.clearance().why()));
  }
}
