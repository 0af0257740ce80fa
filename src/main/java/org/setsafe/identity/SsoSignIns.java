package org.setsafe.identity;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.AccountEvents.InstallationRoleChanged;
import org.setsafe.identity.AccountEvents.SsoAccountLinked;
import org.setsafe.identity.domain.AccountStore;
import org.setsafe.identity.domain.OneTimePasswords;
import org.setsafe.identity.domain.SsoLinkStore;
import org.setsafe.identity.domain.Usernames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a sign-in through the studio's OpenID Connect provider is. The first time, the account is found by the email the
 * provider says it has verified (an unverified one could be anyone's, so it is refused); the provider's subject is
 * then linked to the account and finds it from then on. When the provider sends groups, they decide the installation
 * role at every sign-in, so a person leaving the studio's safety group loses studio-wide sight at once.
 */
@Service
public class SsoSignIns {

  /** What the provider said about the person, read from the ID token's claims. */
  public record SsoIdentity(String issuer, String subject, String email, boolean emailVerified, String displayName,
      Collection<String> groups) {}

  /** Why a sign-in through the provider was refused; the login page says it in words. */
  public enum Refusal {
    NO_EMAIL("the provider sent no email"),
    UNVERIFIED_EMAIL("the provider has not verified the email"),
    NO_ACCOUNT("no SetSafe account has this email"),
    SEVERAL_ACCOUNTS("more than one SetSafe account has this email"),
    DISABLED("account disabled");

    private final String reason;

    Refusal(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** A refused sign-in through the provider. */
  public static final class SsoSignInRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Refusal refusal;

    SsoSignInRefused(Refusal refusal) {
      super(refusal.reason());
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  private final AccountStore store;
  private final SsoLinkStore links;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final boolean mapsGroups;
  private final Set<String> administratorGroups;
  private final Set<String> studioSafetyGroups;
  private final boolean createAccounts;
  private final ObjectProvider<SsoInvitations> invitations;

  SsoSignIns(AccountStore store, SsoLinkStore links, Accounts accounts, ApplicationEventPublisher events, Clock clock,
      ObjectProvider<SsoInvitations> invitations,
      @Value("${setsafe.sso.group-claim}") String groupClaim,
      @Value("${setsafe.sso.administrator-groups}") String administratorGroups,
      @Value("${setsafe.sso.studio-safety-groups}") String studioSafetyGroups,
      @Value("${setsafe.sso.create-accounts}") boolean createAccounts) {
    this.store = store;
    this.links = links;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
    this.mapsGroups = !groupClaim.isBlank();
    this.administratorGroups = list(administratorGroups);
    this.studioSafetyGroups = list(studioSafetyGroups);
    this.createAccounts = createAccounts;
    this.invitations = invitations;
  }

  /** The account this person signs in as; linked (or, when the installation allows it, created) on first sign-in. */
  @Transactional
  public Account signIn(SsoIdentity who) {
    return signIn(who, null);
  }

  /**
   * As {@link #signIn(SsoIdentity)}, for someone who followed the invitation {@code followedToken} (may be null) to
   * get here: an open invitation, that one or one addressed to the verified email, vouches for a newcomer, whose
   * account is then made even where the installation does not make accounts for everyone the studio knows.
   */
  @Transactional
  public Account signIn(SsoIdentity who, String followedToken) {
    Optional<Account> linked = links.accountOf(who.issuer(), who.subject()).flatMap(store::findById);
    Account account = linked.isPresent() ? linked.get() : link(who, followedToken);
    if (!account.enabled()) {
      throw new SsoSignInRefused(Refusal.DISABLED);
    }
    return mapsGroups ? withRoleFromGroups(account, who.groups()) : account;
  }

  private Account link(SsoIdentity who, String followedToken) {
    if (who.email() == null || who.email().isBlank()) {
      throw new SsoSignInRefused(Refusal.NO_EMAIL);
    }
    if (!who.emailVerified()) {
      throw new SsoSignInRefused(Refusal.UNVERIFIED_EMAIL);
    }
    String email = who.email().strip();
    List<Account> withEmail = store.findByEmail(email);
    if (withEmail.size() > 1) {
      throw new SsoSignInRefused(Refusal.SEVERAL_ACCOUNTS);
    }
    Account account;
    if (withEmail.size() == 1) {
      account = withEmail.get(0);
    } else if (createAccounts || invited(email, followedToken)) {
      account = create(who, email);
    } else {
      throw new SsoSignInRefused(Refusal.NO_ACCOUNT);
    }
    links.link(who.issuer(), who.subject(), account.id(), clock.instant());
    events.publishEvent(new SsoAccountLinked(UUID.randomUUID(), account.id(), clock.instant(), account.id(),
        who.issuer(), email));
    return account;
  }

  private boolean invited(String verifiedEmail, String followedToken) {
    SsoInvitations answer = invitations.getIfAvailable();
    return answer != null && answer.vouchFor(verifiedEmail, followedToken);
  }

  /**
   * An account for someone the studio vouches for and SetSafe has not met: named after their email, with a password
   * nobody is told (they sign in through the provider), and no production until a production adds them.
   */
  private Account create(SsoIdentity who, String email) {
    String username = Usernames.normalise(email);
    if (Usernames.check(username).isPresent() || store.usernameTaken(username)) {
      username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
    }
    String name = who.displayName() == null || who.displayName().isBlank() ? email : who.displayName().strip();
    if (name.length() > Accounts.MAX_DISPLAY_NAME) {
      name = name.substring(0, Accounts.MAX_DISPLAY_NAME);
    }
    InstallationRole role = mapsGroups ? roleOf(who.groups()) : null;
    return accounts.createWithPassword(SystemActor.ID, username, name, email, role, OneTimePasswords.generate());
  }

  private Account withRoleFromGroups(Account account, Collection<String> groups) {
    InstallationRole role = roleOf(groups);
    if (role == account.installationRole()) {
      return account;
    }
    store.updateInstallationRole(account.id(), role);
    events.publishEvent(new InstallationRoleChanged(UUID.randomUUID(), SystemActor.ID, clock.instant(), account.id(),
        account.installationRole(), role));
    return store.findById(account.id()).orElseThrow();
  }

  /** The strongest role any of the person's groups maps to; none when no group maps. */
  InstallationRole roleOf(Collection<String> groups) {
    Set<String> theirs = groups == null ? Set.of()
        : groups.stream().map(g -> g.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    if (theirs.stream().anyMatch(administratorGroups::contains)) {
      return InstallationRole.ADMINISTRATOR;
    }
    if (theirs.stream().anyMatch(studioSafetyGroups::contains)) {
      return InstallationRole.STUDIO_SAFETY;
    }
    return null;
  }

  private static Set<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
