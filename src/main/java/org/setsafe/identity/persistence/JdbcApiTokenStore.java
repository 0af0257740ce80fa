package org.setsafe.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.ApiTokenView;
import org.setsafe.identity.domain.ApiTokenStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApiTokenStore implements ApiTokenStore {

  private final JdbcClient jdbc;

  JdbcApiTokenStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(UUID id, UUID userId, String name, String tokenHash, String prefix, Instant createdAt) {
    jdbc.sql("""
            INSERT INTO api_token (id, user_id, name, token_hash, token_prefix, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(id, userId, name, tokenHash, prefix, utc(createdAt))
        .update();
  }

  @Override
  public Optional<TokenOwner> liveTokenOwner(String tokenHash) {
    return jdbc.sql("""
            SELECT u.id, u.username, u.display_name, u.email, u.installation_role, u.enabled, u.must_change_password,
                   u.language, u.session_generation
            FROM api_token t JOIN app_user u ON u.id = t.user_id
            WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled""")
        .param(tokenHash)
        .query((rs, n) -> new TokenOwner(JdbcAccountStore.account(rs, n), rs.getInt("session_generation")))
        .optional();
  }

  @Override
  public List<ApiTokenView> forUser(UUID userId) {
    return jdbc.sql("""
            SELECT id, name, token_prefix, created_at, last_used_at, revoked_at
            FROM api_token WHERE user_id = ? ORDER BY created_at DESC""")
        .param(userId).query(JdbcApiTokenStore::view).list();
  }

  @Override
  public boolean revoke(UUID userId, UUID tokenId, Instant at) {
    return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
        .params(utc(at), tokenId, userId).update() == 1;
  }

  @Override
  public List<UUID> revokeAll(UUID userId, Instant at) {
    List<UUID> live = jdbc.sql("SELECT id FROM api_token WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at")
        .param(userId).query(UUID.class).list();
    jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
        .params(utc(at), userId).update();
    return live;
  }

  @Override
  public void touch(String tokenHash, Instant at) {
    // At most one write a minute per token: "last used" is for its owner's eyes, not an audit trail,
    // and a write on every API call would double the cost of a busy phone.
    jdbc.sql("""
            UPDATE api_token SET last_used_at = ?
            WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
        .params(utc(at), tokenHash, utc(at.minusSeconds(60))).update();
  }

  private static ApiTokenView view(ResultSet rs, int row) throws SQLException {
    return new ApiTokenView(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("token_prefix"),
        instant(rs, "created_at"),
        instant(rs, "last_used_at"),
        instant(rs, "revoked_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
