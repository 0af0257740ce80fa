package org.setsafe.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.domain.AccountStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountStore implements AccountStore {

  private static final String COLUMNS =
      "id, username, display_name, email, installation_role, enabled, must_change_password, language";

  private final JdbcClient jdbc;

  JdbcAccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Account account, String passwordHash, Instant createdAt) {
    jdbc.sql("""
            INSERT INTO app_user (id, username, display_name, email, password_hash, must_change_password,
                                  installation_role, enabled, created_at)
            VALUES (:id, :username, :displayName, :email, :hash, :mustChange, :role, :enabled, :createdAt)""")
        .param("id", account.id())
        .param("username", account.username())
        .param("displayName", account.displayName())
        .param("email", account.email())
        .param("hash", passwordHash)
        .param("mustChange", account.mustChangePassword())
        .param("role", account.installationRole() == null ? null : account.installationRole().name())
        .param("enabled", account.enabled())
        .param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .update();
  }

  @Override
  public Optional<Account> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id)
        .query(JdbcAccountStore::account).optional();
  }

  @Override
  public Optional<Account> findByUsername(String normalisedUsername) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?").param(normalisedUsername)
        .query(JdbcAccountStore::account).optional();
  }

  @Override
  public List<Account> findByEmail(String email) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE LOWER(email) = LOWER(?) ORDER BY created_at")
        .param(email).query(JdbcAccountStore::account).list();
  }

  @Override
  public Optional<String> passwordHash(UUID id) {
    return jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id).query(String.class).optional();
  }

  @Override
  public void updatePassword(UUID id, String passwordHash, boolean mustChange) {
    jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = ? WHERE id = ?")
        .params(passwordHash, mustChange, id).update();
  }

  @Override
  public int sessionGeneration(UUID id) {
    return jdbc.sql("SELECT session_generation FROM app_user WHERE id = ?").param(id).query(Integer.class).optional()
        .orElse(-1);
  }

  @Override
  public int endSessions(UUID id) {
    jdbc.sql("UPDATE app_user SET session_generation = session_generation + 1 WHERE id = ?").param(id).update();
    return sessionGeneration(id);
  }

  @Override
  public boolean usernameTaken(String normalisedUsername) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(normalisedUsername)
        .query(Long.class).single() > 0;
  }

  @Override
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  @Override
  public List<Account> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username").query(JdbcAccountStore::account).list();
  }

  @Override
  public void updateInstallationRole(UUID id, InstallationRole role) {
    jdbc.sql("UPDATE app_user SET installation_role = ? WHERE id = ?")
        .params(role == null ? null : role.name(), id).update();
  }

  @Override
  public void updateLanguage(UUID id, String language) {
    jdbc.sql("UPDATE app_user SET language = ? WHERE id = ?").params(language, id).update();
  }

  @Override
  public Optional<String> language(UUID id) {
    return jdbc.sql("SELECT language FROM app_user WHERE id = ?").param(id).query(String.class).optional();
  }

  static Account account(ResultSet rs, int row) throws SQLException {
    String role = rs.getString("installation_role");
    return new Account(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        role == null ? null : InstallationRole.valueOf(role),
        rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"),
        rs.getString("language"));
  }
}
