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
import org.setsafe.custody.domain.Refusal;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ArmorerDuties;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
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
 * armorer also worked as props assistant and was not called back to check the gun.
 */
@Service
public class SecondRoles implements ArmorerDuties {

  private static final Set<CrewRole> ARMORER_ROLES = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final CustodyRefusals refusals;
  private final Productions productions;
  private final Schedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ArmorerHasNoOtherDutiesPolicy noOtherDuties = new ArmorerHasNoOtherDutiesPolicy();

  SecondRoles(CustodyStore store, CustodyDesk desk, CustodyRefusals refusals, Productions productions,
      Schedule schedule, ApplicationEventPublisher events, Clock clock) {
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
   * when someone becomes the armorer) is a second duty, checked against the weapons out now and today's overrides.
   */
  @Override
  public void checkRoles(UUID productionId, UUID personId, Set<CrewRole> rolesBefore, Set<CrewRole> rolesAfter) {
    boolean armorerAfter = rolesAfter.stream().anyMatch(ARMORER_ROLES::contains);
    if (!armorerAfter) {
      return;
    }
    boolean becomesArmorer = rolesBefore.stream().noneMatch(ARMORER_ROLES::contains);
    List<CrewRole> secondRoles = rolesAfter.stream().filter(role -> !ARMORER_ROLES.contains(role))
        .filter(role -> becomesArmorer || !rolesBefore.contains(role)).sorted().toList();
    if (secondRoles.isEmpty()) {
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
        UUID actor = SignedInUser.current().map(SignedInUser::id).orElse(null);
        CustodyRefused fact = CustodyRefused.of(UUID.randomUUID(), productionId, actor, clock.instant(),
            CustodyAction.ASSIGN_SECOND_ROLE, null, null, refusal.get());
        refusals.record(fact);
        throw new CustodyRefusedException("roles", refusal.get(), fact.eventId());
      }
    }
  }

  /**
   * A producer allows the armorer (or property master) a second role on one day while weapons are out, and writes
   * why. Anyone else is refused, and the refusal recorded.
   */
  @Transactional
  public SecondRoleAuthorised authorise(UUID productionId, UUID armorerId, CrewRole secondRole, LocalDate day,
      String reason) {
    Caller caller = desk.caller(productionId);
    if (!caller.roles().contains(CrewRole.PRODUCER)) {
      throw desk.refuse(caller, CustodyAction.ASSIGN_SECOND_ROLE, null, null, new Refusal(
          ArmorerHasNoOtherDutiesPolicy.RULE, "Only a producer may authorise the armorer to take a second role while "
              + "weapons are out, in writing (California Labor Code §9153(a)(3))."));
    }
    Set<CrewRole> armorerRoles = armorerId == null ? Set.of()
        : productions.rolesOf(productionId, armorerId).orElseThrow(() ->
            new InvalidInputException("armorerId", "Member", "armorer " + armorerId + " is not on this production"));
    if (armorerId == null || armorerRoles.stream().noneMatch(ARMORER_ROLES::contains)) {
      throw new InvalidInputException("armorerId", "Armorer", "the override is for the production's armorer or "
          + "property master");
    }
    if (secondRole == null) {
      throw new InvalidInputException("secondRole", "NotNull", "secondRole names the role allowed");
    }
    if (ARMORER_ROLES.contains(secondRole)) {
      throw new InvalidInputException("secondRole", "OtherDuty", "armorer and property master are not a second duty");
    }
    LocalDate on = day == null ? schedule.today(caller.production()) : day;
    if (on.isBefore(Schedule.EARLIEST) || on.isAfter(Schedule.LATEST)) {
      throw new InvalidInputException("day", "Range", "day must be between " + Schedule.EARLIEST + " and "
          + Schedule.LATEST);
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
