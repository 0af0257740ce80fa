package org.setsafe.custody.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.custody.domain.IdempotencyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdempotencyStore implements IdempotencyStore {

  private final JdbcClient jdbc;

  JdbcIdempotencyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<StoredResponse> find(UUID userId, String key) {
    return jdbc.sql("SELECT fingerprint, response_status, response_body FROM idempotent_request "
            + "WHERE user_id = ? AND idempotency_key = ?")
        .params(userId, key)
        .query((rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
  }

  @Override
  public void insert(UUID userId, String key, StoredResponse response, Instant at) {
    jdbc.sql("INSERT INTO idempotent_request (user_id, idempotency_key, fingerprint, response_status, response_body, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(userId, key, response.fingerprint(), response.status(), response.body(),
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  @Override
  public int forgetBefore(Instant cutoff) {
    return jdbc.sql("DELETE FROM idempotent_request WHERE created_at < ?")
        .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
  }
}
