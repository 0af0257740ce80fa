package org.setsafe.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.InstallationRole;

/** Where accounts and their password hashes are kept. */
public interface AccountStore {

  void insert(Account account, String passwordHash, Instant createdAt);

  Optional<Account> findById(UUID id);

  Optional<Account> findByUsername(String normalisedUsername);

  /** Accounts whose email is this address, compared without regard to case. */
  List<Account> findByEmail(String email);

  Optional<String> passwordHash(UUID id);

  void updatePassword(UUID id, String passwordHash, boolean mustChange);

  /** Which generation of sessions is current: a session signed in under an older one has ended. */
  int sessionGeneration(UUID id);

  /** Ends every session of the account signed in so far; returns the new generation. */
  int endSessions(UUID id);

  boolean usernameTaken(String normalisedUsername);

  long count();

  List<Account> all();

  void updateInstallationRole(UUID id, InstallationRole role);

  /** Keeps the language the person chose for their pages (null: their browser's). */
  void updateLanguage(UUID id, String language);

  /** The language the person chose; empty when they have not chosen (or there is no such account). */
  Optional<String> language(UUID id);
}
