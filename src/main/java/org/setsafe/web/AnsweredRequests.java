package org.setsafe.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answers already given to requests that carried an {@code Idempotency-Key}, one row per scope and key. */
@Repository
class AnsweredRequests {

  /** One kept answer; {@code headers} and {@code body} are sealed text when {@code sealed}. */
  record KeptAnswer(String fingerprint, boolean sealed, int status, String headers, String body) {}

  private final JdbcClient jdbc;

  AnsweredRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<KeptAnswer> find(String scope, String key) {
    return jdbc.sql("SELECT fingerprint, sealed, status, headers, body FROM idempotent_answer "
            + "WHERE scope = ? AND idempotency_key = ?")
        .params(scope, key)
        .query((rs, row) -> new KeptAnswer(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4),
            rs.getString(5)))
        .optional();
  }

  /** Keeps the answer; fails on a duplicate key, so of two racing retries only one keeps anything. */
  void keep(String scope, String key, KeptAnswer answer, Instant at) {
    jdbc.sql("INSERT INTO idempotent_answer (scope, idempotency_key, fingerprint, sealed, status, headers, body, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(scope, key, answer.fingerprint(), answer.sealed(), answer.status(), answer.headers(), answer.body(),
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  /** Forgets the answers kept before this instant; returns how many. */
  int forgetBefore(Instant cutoff) {
    return jdbc.sql("DELETE FROM idempotent_answer WHERE created_at < ?")
        .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
  }
}
