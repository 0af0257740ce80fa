package org.setsafe;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.escalation.SetSafeInstances;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.ApiTokens;
import org.setsafe.identity.SignedInUser;
import org.setsafe.identity.SignedInUsers;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.training.CertificateRecording;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.PersonId;
import org.setsafe.training.QualificationType;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo crew, for tests: sign them in on pages, give them API tokens, find their productions.
 * Demo data is seeded in every test context (see application-test.properties).
 */
@Component
public class Crew {

  public static final String PASSWORD = "demo-password-for-tests";
  public static final String WESTERN = "Dust Devil Creek";
  public static final String DRAMA = "Night Shift";

  private final Accounts accounts;
  private final SignedInUsers signedInUsers;
  private final ApiTokens tokens;
  private final Productions productions;
  private final CertificateRecording qualifications;
  private final ReadyToShoot readyToShoot;
  private final ApplicationContext app;

  Crew(Accounts accounts, SignedInUsers signedInUsers, ApiTokens tokens, Productions productions,
      CertificateRecording qualifications, ReadyToShoot readyToShoot, ApplicationContext app) {
    this.accounts = accounts;
    this.signedInUsers = signedInUsers;
    this.tokens = tokens;
    this.productions = productions;
    this.qualifications = qualifications;
    this.readyToShoot = readyToShoot;
    this.app = app;
  }

  /** Gets the scene through every scene-safety gate for this weapon and performer (see {@link ReadyToShoot}). */
  public void readyToShoot(UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    readyToShoot.prepare(productionId, sceneId, weaponId, performerId);
  }

  /** Only through the gates custody asks before the one at {@code order}, for that gate's own test. */
  public void readyToShootBefore(int order, UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    readyToShoot.prepareBefore(order, productionId, sceneId, weaponId, performerId);
  }

  /** Runs the work as this person, signed in (outside a web request). */
  public <T> T as(String username, Supplier<T> work) {
    return SetSafeInstances.as(app, username, work);
  }

  /**
   * This person records a current armorer permit of their own, as a new armorer does on joining: the armorer's
   * duties with a weapon need one (California Labor Code §9156).
   */
  public void holdsArmorerPermit(String username) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    as(username, () -> qualifications.record(new RecordCertification(new PersonId(id(username)), null,
        new NewCertification(QualificationType.ARMORER_PERMIT.code(), "California Department of Justice",
        "EFP-" + UUID.randomUUID().toString().substring(0, 8), today.minusYears(2), today.plusYears(3)), null)));
  }

  /**
   * This person records current firearms safety training of their own, as anyone handling or near firearms must
   * have (California Labor Code §9156); for tests whose subject is another gate.
   */
  public void holdsFirearmsSafety(String username) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    as(username, () -> qualifications.record(new RecordCertification(new PersonId(id(username)), null,
        new NewCertification(QualificationType.FIREARMS_SAFETY.code(), "Hollywood Armory Training",
        "HAT-" + UUID.randomUUID().toString().substring(0, 8), today.minusYears(1), today.plusYears(2)), null)));
  }

  public Account account(String username) {
    return accounts.findByUsername(username).orElseThrow();
  }

  /** Signs the request in as this person, as a session sign-in would. */
  public RequestPostProcessor signedIn(String username) {
    SignedInUser user = signedInUsers.withoutPassword(account(username));
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  /** A fresh personal API token of this person, as an {@code Authorization} header value. */
  public String bearer(String username) {
    return "Bearer " + tokens.issue(account(username).id(), "test").token();
  }

  public Production production(String title) {
    return org.setsafe.identity.SystemActor.call(() -> productions.visibleToCurrentUser().stream()
        .filter(p -> p.name().equals(title)).findFirst().orElseThrow());
  }

  public UUID id(String username) {
    return account(username).id();
  }

  /**
   * A new production (in Denver) whose armorer holds no armorer permit yet, with one performer: for a test of what
   * the armorer is refused. Both are new accounts named with {@code suffix}, so tests do not share them.
   */
  public UUID productionWithUnpermittedArmorer(String name, String armorer, String performer) {
    return org.setsafe.identity.SystemActor.call(() -> {
      Production production = productions.create(name, "America/Denver");
      accounts.createWithOneTimePassword(org.setsafe.identity.SystemActor.ID, armorer, "Nell Armitage", null, null);
      accounts.createWithOneTimePassword(org.setsafe.identity.SystemActor.ID, performer, "Ike Brandt", null, null);
      productions.addMember(production.id(), armorer, java.util.Set.of(org.setsafe.production.CrewRole.ARMORER),
          "Armory");
      productions.addMember(production.id(), performer, java.util.Set.of(org.setsafe.production.CrewRole.PERFORMER),
          "Cast");
      return production.id();
    });
  }
}
