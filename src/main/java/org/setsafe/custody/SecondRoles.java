package org.setsafe.custody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.ArmorerHasNoOtherDutiesPolicy;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.shared.Refusal;
import org.setsafe.custody.domain.SafetyRolesApartPolicy;
import org.setsafe.custody.domain.SafetyRolesApartPolicy.DoubledRole;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ArmorerDuties;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.CrewList;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The armorer has no other duties while any weapon of the production is out (California Labor Code
 * §9153(a)(3)): giving the armorer or property master a second role that day is refused, and the refusal
 * recorded, unless a producer recorded an override for that person, role and day, in writing. On "Rust" the
 * armorer also worked as props assistant and was not called back to check the gun. The same holds for the people
 * who check the armorer ({@link SafetyRolesApartPolicy}): a safety advisor with another role, a 1st AD who is also
 * safety advisor or armorer; on "Rust" the 1st AD was also the safety coordinator.
 */
@Service
public class SecondRoles implements ArmorerDuties {

  private static final Set<CrewRole> ARMORER_ROLES = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final CustodyRefusals refusals;
  private final Productions productions;
  private final CrewList crew;
  private final Schedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Accounts accounts;
  private final ArmorerHasNoOtherDutiesPolicy noOtherDuties = new ArmorerHasNoOtherDutiesPolicy();
  private final SafetyRolesApartPolicy safetyRolesApart = new SafetyRolesApartPolicy();

  /**
   * A person holding roles that must stand alone, without a producer's override for the day, and why it matters: in
   * English ({@code reason}) and in bundle words ({@code said}).
   */
  public record DoubledRoleHeld(UUID personId, String name, CrewRole keptApart, CrewRole secondRole, String reason,
      Refusal.Said said) {}

  SecondRoles(CustodyStore store, CustodyDesk desk, CustodyRefusals refusals, Productions productions,
      CrewList crew, Schedule schedule, ApplicationEventPublisher events, Clock clock, Accounts accounts) {
    this.accounts = accounts;
    this.crew = crew;
    this.store = store;
    this.desk = desk;
    this.refusals = refusals;
    this.productions = productions;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Called by production whenever roles are given. Each role newly held beside the armorer's (or held already
   * when someone becomes the armorer) is a second duty, checked against the weapons out now and today's overrides;
   * so is a role newly doubled with the safety advisor's, or a 1st AD newly made safety advisor or armorer.
   */
  @Override
  public void checkRoles(UUID productionId, UUID personId, Set<CrewRole> rolesBefore, Set<CrewRole> rolesAfter) {
    List<CrewRole> secondRoles = armorersSecondRoles(rolesBefore, rolesAfter);
    List<DoubledRole> doubled = SafetyRolesApartPolicy.newlyDoubled(rolesBefore, rolesAfter);
    if (secondRoles.isEmpty() && doubled.isEmpty()) {
      return;
    }
    Production production = productions.get(productionId);
    LocalDate today = schedule.today(production);
    List<WeaponCustody> weapons = store.weapons(productionId).stream()
        .map(record -> WeaponCustody.of(record.weapon(), store.weaponEvents(productionId, record.weapon().id())))
        .toList();
    List<SecondRoleAuthorised> overrides = overrides(productionId);
    for (CrewRole secondRole : secondRoles) {
      Optional<Refusal> refusal = noOtherDuties.check(personId, rolesAfter, secondRole, today, weapons, overrides);
      if (refusal.isPresent()) {
        refuseRoles(productionId, refusal.get());
      }
    }
    // As for the armorer: while weapons are out. The issue gate holds the firearms of a day the roles stay doubled.
    if (!doubled.isEmpty() && weapons.stream().anyMatch(weapon -> weapon.state().out())) {
      Optional<Refusal> refusal = safetyRolesApart.check(personId, nameOf(personId), doubled, today, overrides);
      if (refusal.isPresent()) {
        refuseRoles(productionId, refusal.get());
      }
    }
  }

  private static List<CrewRole> armorersSecondRoles(Set<CrewRole> rolesBefore, Set<CrewRole> rolesAfter) {
    boolean armorerAfter = rolesAfter.stream().anyMatch(ARMORER_ROLES::contains);
    if (!armorerAfter) {
      return List.of();
    }
    boolean becomesArmorer = rolesBefore.stream().noneMatch(ARMORER_ROLES::contains);
    return rolesAfter.stream().filter(role -> !ARMORER_ROLES.contains(role))
        .filter(role -> becomesArmorer || !rolesBefore.contains(role)).sorted().toList();
  }

  private void refuseRoles(UUID productionId, Refusal refusal) {
    UUID actor = SignedInUser.current().map(SignedInUser::id).orElse(null);
    CustodyRefused fact = CustodyRefused.of(UUID.randomUUID(), productionId, actor, clock.instant(),
        CustodyAction.ASSIGN_SECOND_ROLE, null, null, refusal);
    refusals.record(fact);
    throw new CustodyRefusedException("roles", refusal, fact.eventId());
  }

  /**
   * Everyone on the production holding roles that must stand alone on {@code day} (a safety advisor with another
   * role, a 1st AD who is also safety advisor or armorer) without a producer's override for that day. For the
   * firearms issue gate and the pre-production check. Reads without an access check: each asks after its own
   * (custody resolved the armorer on the production; the check let its caller in).
   */
  public List<DoubledRoleHeld> doubledRolesOn(UUID productionId, LocalDate day) {
    return doubledRoles(productionId, crew.members(productionId), day);
  }

  private List<DoubledRoleHeld> doubledRoles(UUID productionId, List<Member> crew, LocalDate day) {
    List<SecondRoleAuthorised> overrides = overrides(productionId);
    List<DoubledRoleHeld> held = new java.util.ArrayList<>();
    for (Member member : crew) {
      for (DoubledRole doubled : safetyRolesApart.unauthorised(member.userId(), member.roles(), day, overrides)) {
        Refusal why = SafetyRolesApartPolicy.refusal(member.displayName(), doubled, day);
        held.add(new DoubledRoleHeld(member.userId(), member.displayName(), doubled.keptApart(), doubled.secondRole(),
            why.reason(), why.said()));
      }
    }
    return held;
  }

  private String nameOf(UUID personId) {
    return accounts.findById(personId).map(Account::displayName).orElse("This person");
  }

  /**
   * A producer allows the armorer (or property master) a second role on one day while weapons are out, and writes
   * why; or a safety advisor another role, or a 1st AD to be safety advisor or armorer, on one day. Anyone but a
   * producer is refused, and the refusal recorded.
   */
  @Transactional
  public SecondRoleAuthorised authorise(UUID productionId, UUID armorerId, CrewRole secondRole, LocalDate day,
      String reason) {
    Caller caller = desk.caller(productionId);
    if (!caller.roles().contains(CrewRole.PRODUCER)) {
      throw desk.refuse(caller, CustodyAction.ASSIGN_SECOND_ROLE, null, null, new Refusal(
          ArmorerHasNoOtherDutiesPolicy.RULE, "Only a producer may authorise the armorer to take a second role while "
              + "weapons are out, in writing (California Labor Code §9153(a)(3)).")
          .saying("reason." + ArmorerHasNoOtherDutiesPolicy.RULE + ".who-authorises"));
    }
    Set<CrewRole> armorerRoles = armorerId == null ? Set.of()
        : productions.rolesOf(productionId, armorerId).orElseThrow(() ->
            new InvalidInputException("armorerId", "Member", "armorer " + armorerId + " is not on this production")
                .saying("input.custody.second-role.not-member", armorerId.toString()));
    boolean armorer = armorerRoles.stream().anyMatch(ARMORER_ROLES::contains);
    boolean safetyAdvisor = armorerRoles.contains(CrewRole.SAFETY_ADVISOR);
    boolean firstAd = armorerRoles.contains(CrewRole.FIRST_AD);
    if (armorerId == null || !(armorer || safetyAdvisor || firstAd)) {
      throw new InvalidInputException("armorerId", "Armorer", "the override is for the production's armorer or "
          + "property master, safety advisor or 1st AD").saying("input.custody.second-role.who");
    }
    if (secondRole == null) {
      throw new InvalidInputException("secondRole", "NotNull", "secondRole names the role allowed")
          .saying("input.custody.second-role.required");
    }
    if (armorer && !safetyAdvisor && !firstAd && ARMORER_ROLES.contains(secondRole)) {
      throw new InvalidInputException("secondRole", "OtherDuty", "armorer and property master are not a second duty")
          .saying("input.custody.second-role.armorer-roles");
    }
    if (secondRole == CrewRole.SAFETY_ADVISOR) {
      throw new InvalidInputException("secondRole", "OtherDuty", "the safety advisor's role is the one kept apart; "
          + "secondRole names the other role they hold").saying("input.custody.second-role.safety-advisor");
    }
    LocalDate on = day == null ? schedule.today(caller.production()) : day;
    if (on.isBefore(Schedule.EARLIEST) || on.isAfter(Schedule.LATEST)) {
      throw new InvalidInputException("day", "Range", "day must be between " + Schedule.EARLIEST + " and "
          + Schedule.LATEST).saying("input.custody.second-role.day-range", Schedule.EARLIEST.toString(),
          Schedule.LATEST.toString());
    }
    SecondRoleAuthorised event = new SecondRoleAuthorised(UUID.randomUUID(), productionId, caller.userId(),
        clock.instant(), CrewRole.PRODUCER, armorerId, secondRole, on, reason);
    store.append(event);
    events.publishEvent(event);
    return event;
  }

  /** Every override recorded on the production, newest first. */
  public List<SecondRoleAuthorised> authorised(UUID productionId) {
    desk.viewer(productionId);
    return overrides(productionId).stream()
        .sorted(Comparator.comparing(SecondRoleAuthorised::occurredAt).reversed()).toList();
  }

  private List<SecondRoleAuthorised> overrides(UUID productionId) {
    return store.factsOf(productionId, List.of(SecondRoleAuthorised.class)).stream()
        .map(SecondRoleAuthorised.class::cast).toList();
  }
}
