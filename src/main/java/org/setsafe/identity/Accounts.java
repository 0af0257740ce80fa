package org.setsafe.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.AccountEvents.AccountCreated;
import org.setsafe.identity.AccountEvents.ApiTokenRevoked;
import org.setsafe.identity.AccountEvents.LanguageChosen;
import org.setsafe.identity.AccountEvents.PasswordChanged;
import org.setsafe.identity.AccountEvents.PasswordReset;
import org.setsafe.identity.domain.AccountStore;
import org.setsafe.identity.domain.ApiTokenStore;
import org.setsafe.identity.domain.OneTimePasswords;
import org.setsafe.identity.domain.PasswordPolicy;
import org.setsafe.identity.domain.Usernames;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Languages;
import org.setsafe.shared.Text;
import org.setsafe.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and guards their passwords. Every password passes {@link PasswordPolicy} and is
 * stored only as an argon2id hash; passwords SetSafe makes up must be changed at first sign-in.
 */
@Service
public class Accounts {

  public static final int MAX_DISPLAY_NAME = 120;
  public static final int MAX_EMAIL = 254;

  private final AccountStore store;
  private final ApiTokenStore tokens;
  private final PasswordEncoder passwordEncoder;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Accounts(AccountStore store, ApiTokenStore tokens, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.tokens = tokens;
    this.passwordEncoder = passwordEncoder;
    this.events = events;
    this.clock = clock;
  }

  /** Creates an account with a one-time password, as an administrator or the CLI does. */
  @Transactional
  public IssuedPassword createWithOneTimePassword(
      UUID actorId, String username, String displayName, String email, InstallationRole role) {
    String password = OneTimePasswords.generate();
    Account account = create(actorId, username, displayName, email, role, password, true);
    return new IssuedPassword(account, password);
  }

  /** Creates an account whose holder chose the password (demo data, self-service set-up). */
  @Transactional
  public Account createWithPassword(
      UUID actorId, String username, String displayName, String email, InstallationRole role, String password) {
    return create(actorId, username, displayName, email, role, password, false);
  }

  /** Who a new account is for, when several are made at once. */
  public record NewAccount(String username, String displayName, String email, InstallationRole role) {}

  /**
   * Creates accounts that all have the same chosen password (demo data). The password is hashed once for all of
   * them: argon2id is slow on purpose, and twelve hashes were most of the demo's start; hashes of one shared password
   * would tell nothing more than the sharing itself.
   */
  @Transactional
  public List<Account> createAllWithPassword(UUID actorId, List<NewAccount> people, String password) {
    String hash = people.isEmpty() ? null : passwordEncoder.encode(password);
    return people.stream().map(person -> create(actorId, person.username(), person.displayName(), person.email(),
        person.role(), password, hash, false)).toList();
  }

  private Account create(UUID actorId, String username, String displayName, String email,
      InstallationRole role, String password, boolean mustChange) {
    return create(actorId, username, displayName, email, role, password, null, mustChange);
  }

  /** {@code hash} is the password's hash when the caller already has it, else null. */
  private Account create(UUID actorId, String username, String displayName, String email,
      InstallationRole role, String password, String hash, boolean mustChange) {
    String name = Usernames.normalise(username);
    Usernames.check(name).ifPresent(reason -> {
      // Usernames has one reason: the key says it word for word.
      throw new InvalidInputException("username", "Pattern", "username " + reason)
          .saying("input.identity.username.pattern");
    });
    String display = Text.required("displayName", displayName, MAX_DISPLAY_NAME);
    String mail = email == null || email.isBlank() ? null : email.strip();
    if (mail != null && (mail.length() > MAX_EMAIL || !mail.matches("[^@\\s]+@[^@\\s]+"))) {
      throw new InvalidInputException("email", "Email", "email must be an address like name@example.org")
          .saying("input.identity.email");
    }
    PasswordPolicy.weakness(name, password).ifPresent(weakness -> {
      throw new InvalidInputException("password", "PasswordPolicy", "password " + weakness.reason())
          .saying("input.identity.password.refused", weakness.said());
    });
    if (store.usernameTaken(name)) {
      throw new ConflictException("username", "Unique", "username '" + name + "' is already taken")
          .saying("input.identity.username.taken", name);
    }
    Account account = new Account(UUID.randomUUID(), name, display, mail, role, true, mustChange, null);
    store.insert(account, hash != null ? hash : passwordEncoder.encode(password), clock.instant());
    events.publishEvent(new AccountCreated(UUID.randomUUID(), actorId, clock.instant(), account.id(),
        account.username(), account.displayName(), role));
    return account;
  }

  /**
   * Replaces a forgotten (or exposed) password with a one-time password that must be changed at sign-in. Whoever
   * holds the account's sessions or API tokens may be the reason for the reset: every session ends and every token
   * is revoked, each revocation recorded.
   */
  @Transactional
  public IssuedPassword resetPassword(UUID actorId, String username) {
    Account account = findByUsername(username)
        .orElseThrow(() -> new NotFoundException("no account with username '" + Usernames.normalise(username) + "'")
            .saying("input.identity.not-found.username", Usernames.normalise(username)));
    String password = OneTimePasswords.generate();
    store.updatePassword(account.id(), passwordEncoder.encode(password), true);
    store.endSessions(account.id());
    events.publishEvent(new PasswordReset(UUID.randomUUID(), actorId, clock.instant(), account.id()));
    for (UUID tokenId : tokens.revokeAll(account.id(), clock.instant())) {
      events.publishEvent(new ApiTokenRevoked(UUID.randomUUID(), actorId, clock.instant(), account.id(), tokenId));
    }
    return new IssuedPassword(store.findById(account.id()).orElseThrow(), password);
  }

  /**
   * The holder changes their own password, proving they know the current one. Their other sessions end (ASVS 3.3.3);
   * the caller carries the one they changed it in over to the returned generation.
   */
  @Transactional
  public int changePassword(UUID userId, String currentPassword, String newPassword) {
    Account account = findById(userId).orElseThrow(Accounts::noSuchAccount);
    String hash = store.passwordHash(userId).orElseThrow();
    if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
      throw new InvalidInputException("currentPassword", "Matches", "current password is not correct")
          .saying("input.identity.current-password.wrong");
    }
    PasswordPolicy.weakness(account.username(), newPassword).ifPresent(weakness -> {
      throw new InvalidInputException("newPassword", "PasswordPolicy", "new password " + weakness.reason())
          .saying("input.identity.new-password.refused", weakness.said());
    });
    if (passwordEncoder.matches(newPassword, hash)) {
      throw new InvalidInputException("newPassword", "Different", "new password must differ from the current one")
          .saying("input.identity.new-password.same");
    }
    store.updatePassword(userId, passwordEncoder.encode(newPassword), false);
    int generation = store.endSessions(userId);
    events.publishEvent(new PasswordChanged(UUID.randomUUID(), userId, clock.instant(), userId));
    return generation;
  }

  /**
   * The account's current session generation: a sign-in made under an older one ended with a password change or
   * reset. Read on every page request, so the end reaches every instance and follows a reset by the admin CLI.
   */
  public int sessionGeneration(UUID userId) {
    return store.sessionGeneration(userId);
  }

  /**
   * The person chooses the language of their pages, whatever their browser says: one of {@link Languages#SUPPORTED}.
   * Choosing the language already chosen records nothing.
   */
  @Transactional
  public void chooseLanguage(UUID userId, String language) {
    String code = language == null ? "" : language.strip();
    if (!Languages.supported(code)) {
      String supported = String.join(", ", Languages.SUPPORTED);
      throw new InvalidInputException("language", "OneOf", "language must be one of " + supported)
          .saying("input.identity.language", supported);
    }
    findById(userId).orElseThrow(Accounts::noSuchAccount);
    String before = store.language(userId).orElse(null);
    if (code.equals(before)) {
      return;
    }
    store.updateLanguage(userId, code);
    events.publishEvent(new LanguageChosen(UUID.randomUUID(), userId, clock.instant(), userId, before, code));
  }

  /** The language the person chose for their pages; empty until they choose. Read on every page request. */
  public Optional<String> language(UUID userId) {
    return store.language(userId);
  }

  /** A fresh password of the kind SetSafe makes up: 20 characters, about 98 bits. */
  public static String newOneTimePassword() {
    return OneTimePasswords.generate();
  }

  public Optional<Account> findByUsername(String username) {
    return store.findByUsername(Usernames.normalise(username));
  }

  /**
   * The account that holds this email address, when exactly one does: an invitation to that address adds that
   * account instead of making a second one. Two accounts sharing an address name no one.
   */
  public Optional<Account> findByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    List<Account> holders = store.findByEmail(email.strip());
    return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }

  public Optional<Account> findById(UUID id) {
    return store.findById(id);
  }

  public List<Account> all() {
    return store.all();
  }

  public long count() {
    return store.count();
  }

  /** The account acting is gone since it signed in. */
  private static NotFoundException noSuchAccount() {
    return new NotFoundException("no such account").saying("input.identity.not-found.account-gone");
  }
}
