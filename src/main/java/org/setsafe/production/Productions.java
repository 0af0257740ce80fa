package org.setsafe.production;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ProductionEvents.MemberAdded;
import org.setsafe.production.ProductionEvents.MemberChanged;
import org.setsafe.production.ProductionEvents.MemberRemoved;
import org.setsafe.production.ProductionEvents.ProductionCreated;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;
import org.setsafe.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Productions and who is on them. Every method checks the caller's access first. */
@Service
public class Productions {

  public static final int MAX_NAME = 120;
  public static final int MAX_DEPARTMENT = 60;
  private static final Set<CrewRole> MANAGERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM);

  private final ProductionStore store;
  private final ProductionAccess access;
  private final ReadThisRequest reads;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ObjectProvider<ArmorerDuties> armorerDuties;

  Productions(ProductionStore store, ProductionAccess access, ReadThisRequest reads, Accounts accounts,
      ApplicationEventPublisher events, Clock clock, ObjectProvider<ArmorerDuties> armorerDuties) {
    this.store = store;
    this.access = access;
    this.reads = reads;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
    this.armorerDuties = armorerDuties;
  }

  @Transactional
  public Production create(String name, String timeZone) {
    SignedInUser admin = access.requireAdministrator();
    String title = Text.required("name", name, MAX_NAME);
    ZoneId zone = zone(timeZone);
    Production production = new Production(UUID.randomUUID(), title, zone);
    store.insert(production, clock.instant());
    events.publishEvent(new ProductionCreated(UUID.randomUUID(), admin.id(), clock.instant(), production.id(),
        title, zone.getId()));
    return production;
  }

  /** The productions the current user may see: their own, or all for studio safety and administrators. */
  public List<Production> visibleToCurrentUser() {
    SignedInUser user = SignedInUser.current().orElseThrow();
    List<Production> productions = user.isAdministrator() || user.isStudioSafety()
        ? store.all() : store.withMember(user.id());
    return productions.stream().sorted(Comparator.comparing(Production::name)).toList();
  }

  public Production get(UUID productionId) {
    return access.require(productionId, Permission.VIEW);
  }

  /**
   * The clock a production's times are shown on, for notices and pages across productions. No access check: a time
   * zone tells nothing about the production; callers already hold its id.
   */
  public ZoneId timeZoneOf(UUID productionId) {
    return reads.production(productionId).map(Production::timeZone)
        .orElseThrow(() -> new NotFoundException("No production " + productionId + ".")
            .saying("input.production.not-found.production", String.valueOf(productionId)));
  }

  public List<Member> members(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return reads.members(productionId);
  }

  /** The roles a user holds on a production, for other modules' rules (custody asks: is this the armorer?). */
  public Optional<Set<CrewRole>> rolesOf(UUID productionId, UUID userId) {
    return reads.rolesOf(productionId, userId);
  }

  /**
   * The productions a person is on, for other modules' rules (training asks: who oversees this person's
   * qualifications?). No access check: callers decide what to reveal.
   */
  public List<Production> productionsOf(UUID userId) {
    return store.withMember(userId);
  }

  @Transactional
  public Member addMember(UUID productionId, String username, Set<CrewRole> roles, String department) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    Account account = accounts.findByUsername(username == null ? "" : username)
        .orElseThrow(() -> new InvalidInputException("username", "Exists",
            "no account with username '" + username + "'")
            .saying("input.production.username.exists", String.valueOf(username)));
    String dept = checkMembership(roles, department);
    // Before the lock: a refusal is recorded in a transaction of its own, which must not wait on this one's lock.
    armorerDuties.ifAvailable(duties -> duties.checkRoles(productionId, account.id(), Set.of(), roles));
    store.lock(productionId);
    if (store.rolesOf(productionId, account.id()).isPresent()) {
      throw new ConflictException("username", "Unique", account.username() + " is already on this production")
          .saying("input.production.member.unique", account.username());
    }
    store.insertMember(productionId, account.id(), dept, roles, clock.instant());
    reads.forget();
    events.publishEvent(new MemberAdded(UUID.randomUUID(), actor(), clock.instant(), productionId, account.id(),
        EnumSet.copyOf(roles), dept));
    return store.member(productionId, account.id()).orElseThrow();
  }

  /**
   * Puts a person on the crew because they accepted an invitation a producer or UPM made: the invitation is the
   * manager's decision, so the one accepting needs no crew permission of their own. {@code invitedBy} is the
   * manager, recorded as who added them. Someone already on the crew keeps their place (accepting twice adds
   * nothing).
   */
  @Transactional
  public Member addByInvitation(UUID productionId, UUID userId, Set<CrewRole> roles, String department,
      UUID invitedBy) {
    String dept = checkMembership(roles, department);
    armorerDuties.ifAvailable(duties -> duties.checkRoles(productionId, userId, Set.of(), roles));
    store.lock(productionId);
    Optional<Member> already = store.member(productionId, userId);
    if (already.isPresent()) {
      return already.get();
    }
    store.insertMember(productionId, userId, dept, roles, clock.instant());
    reads.forget();
    events.publishEvent(new MemberAdded(UUID.randomUUID(), invitedBy, clock.instant(), productionId, userId,
        EnumSet.copyOf(roles), dept));
    return store.member(productionId, userId).orElseThrow();
  }

  @Transactional
  public Member changeMember(UUID productionId, UUID userId, Set<CrewRole> roles, String department) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    String dept = checkMembership(roles, department);
    // Before the lock: a refusal is recorded in a transaction of its own, which must not wait on this one's lock.
    store.member(productionId, userId).ifPresent(current -> armorerDuties.ifAvailable(duties ->
        duties.checkRoles(productionId, userId, current.roles(), roles)));
    store.lock(productionId);
    Member before = store.member(productionId, userId).orElseThrow(() -> noMember(userId));
    keepsAManager(productionId, userId, roles);
    store.updateMember(productionId, userId, dept, roles);
    reads.forget();
    events.publishEvent(new MemberChanged(UUID.randomUUID(), actor(), clock.instant(), productionId, userId,
        before.roles(), EnumSet.copyOf(roles), dept));
    return store.member(productionId, userId).orElseThrow();
  }

  @Transactional
  public void removeMember(UUID productionId, UUID userId) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    store.lock(productionId);
    Member before = store.member(productionId, userId).orElseThrow(() -> noMember(userId));
    keepsAManager(productionId, userId, Set.of());
    store.deleteMember(productionId, userId);
    reads.forget();
    events.publishEvent(new MemberRemoved(UUID.randomUUID(), actor(), clock.instant(), productionId, userId,
        before.roles()));
  }

  private static NotFoundException noMember(UUID userId) {
    return new NotFoundException("no member " + userId + " on this production")
        .saying("input.production.not-found.member", String.valueOf(userId));
  }

  /** A production must keep someone who can manage its crew, or it is locked out of its own data. */
  private void keepsAManager(UUID productionId, UUID changedUser, Set<CrewRole> newRoles) {
    boolean othersManage = store.members(productionId).stream()
        .anyMatch(m -> !m.userId().equals(changedUser) && m.roles().stream().anyMatch(MANAGERS::contains));
    boolean stillManages = newRoles.stream().anyMatch(MANAGERS::contains);
    boolean wasManager = store.member(productionId, changedUser).map(m -> m.roles().stream().anyMatch(MANAGERS::contains))
        .orElse(false);
    if (wasManager && !stillManages && !othersManage) {
      throw new ConflictException("roles", "KeepsManager",
          "a production must keep at least one producer or UPM; add another before removing this one")
          .saying("input.production.roles.keeps-manager");
    }
  }

  private static String checkMembership(Set<CrewRole> roles, String department) {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInputException("roles", "NotEmpty", "roles must name at least one crew role")
          .saying("input.production.roles.not-empty");
    }
    String dept = Text.optional("department", department, MAX_DEPARTMENT);
    if (roles.contains(CrewRole.CREW) && dept == null) {
      throw new InvalidInputException("department", "Required", "department is required for crew (e.g. Camera, Grip)")
          .saying("input.production.department.required");
    }
    return dept;
  }

  static ZoneId zone(String timeZone) {
    try {
      return ZoneId.of(timeZone == null ? "" : timeZone.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException("timeZone", "TimeZone",
          "timeZone must be a region such as America/Denver or Europe/London")
          .saying("input.production.time-zone");
    }
  }

  private static UUID actor() {
    return SignedInUser.current().map(SignedInUser::id).orElse(null);
  }
}
