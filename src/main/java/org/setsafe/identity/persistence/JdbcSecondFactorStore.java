package org.setsafe.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.domain.SecondFactorStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSecondFactorStore implements SecondFactorStore {

  private final JdbcClient jdbc;

  JdbcSecondFactorStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<SecondFactor> find(UUID userId) {
    return jdbc.sql("""
            SELECT user_id, sealed_secret, confirmed_at, last_used_step, failures, failures_since
            FROM second_factor WHERE user_id = ?""")
        .param(userId)
        .query((rs, row) -> {
          long step = rs.getLong("last_used_step");
          Long lastUsed = rs.wasNull() ? null : step;
          OffsetDateTime since = rs.getObject("failures_since", OffsetDateTime.class);
          return new SecondFactor(rs.getObject("user_id", UUID.class), rs.getString("sealed_secret"),
              rs.getObject("confirmed_at", OffsetDateTime.class) != null, lastUsed, rs.getInt("failures"),
              since == null ? null : since.toInstant());
        })
        .optional();
  }

  @Override
  public void begin(UUID userId, String sealedSecret, Instant at) {
    jdbc.sql("DELETE FROM second_factor WHERE user_id = ? AND confirmed_at IS NULL").param(userId).update();
    jdbc.sql("""
            INSERT INTO second_factor (user_id, sealed_secret, created_at, failures)
            VALUES (:userId, :sealed, :at, 0)""")
        .param("userId", userId).param("sealed", sealedSecret).param("at", utc(at)).update();
  }

  @Override
  public List<UnsealedSecret> unsealed() {
    return jdbc.sql("SELECT user_id, secret FROM second_factor WHERE secret IS NOT NULL AND sealed_secret IS NULL")
        .query((rs, row) -> new UnsealedSecret(rs.getObject("user_id", UUID.class), rs.getString("secret"))).list();
  }

  @Override
  public boolean seal(UUID userId, String plainSecret, String sealedSecret) {
    return jdbc.sql("""
            UPDATE second_factor SET sealed_secret = :sealed, secret = NULL
            WHERE user_id = :userId AND secret = :plain AND sealed_secret IS NULL""")
        .param("sealed", sealedSecret).param("userId", userId).param("plain", plainSecret).update() == 1;
  }

  @Override
  public long sealedCount() {
    return jdbc.sql("SELECT COUNT(*) FROM second_factor WHERE sealed_secret IS NOT NULL").query(Long.class).single();
  }

  @Override
  public void confirm(UUID userId, Instant at) {
    jdbc.sql("UPDATE second_factor SET confirmed_at = ? WHERE user_id = ?").params(utc(at), userId).update();
  }

  @Override
  public boolean useStep(UUID userId, long step) {
    return jdbc.sql("""
            UPDATE second_factor SET last_used_step = :step
            WHERE user_id = :userId AND (last_used_step IS NULL OR last_used_step < :step)""")
        .param("step", step).param("userId", userId).update() == 1;
  }

  @Override
  public void countFailure(UUID userId, Instant now, Instant windowStart) {
    jdbc.sql("""
            UPDATE second_factor
            SET failures = CASE WHEN failures_since IS NULL OR failures_since < :windowStart THEN 1
                                ELSE failures + 1 END,
                failures_since = CASE WHEN failures_since IS NULL OR failures_since < :windowStart THEN :now
                                      ELSE failures_since END
            WHERE user_id = :userId""")
        .param("windowStart", utc(windowStart)).param("now", utc(now)).param("userId", userId).update();
  }

  @Override
  public void clearFailures(UUID userId) {
    jdbc.sql("UPDATE second_factor SET failures = 0, failures_since = NULL WHERE user_id = ?").param(userId).update();
  }

  @Override
  public void replaceRecoveryCodes(UUID userId, List<String> hashes) {
    jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
    for (String hash : hashes) {
      jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)").params(userId, hash).update();
    }
  }

  @Override
  public boolean useRecoveryCode(UUID userId, String hash, Instant at) {
    return jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
        .params(utc(at), userId, hash).update() == 1;
  }

  @Override
  public int recoveryCodesLeft(UUID userId) {
    return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL").param(userId)
        .query(Integer.class).single();
  }

  @Override
  public void remove(UUID userId) {
    jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
    jdbc.sql("DELETE FROM second_factor WHERE user_id = ?").param(userId).update();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
