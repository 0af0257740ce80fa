package org.setsafe.identity.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.domain.SsoLinkStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSsoLinkStore implements SsoLinkStore {

  private final JdbcClient jdbc;

  JdbcSsoLinkStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UUID> accountOf(String issuer, String subject) {
    return jdbc.sql("SELECT user_id FROM sso_link WHERE issuer = ? AND subject = ?").params(issuer, subject)
        .query(UUID.class).optional();
  }

  @Override
  public void link(String issuer, String subject, UUID userId, Instant at) {
    jdbc.sql("INSERT INTO sso_link (issuer, subject, user_id, linked_at) VALUES (?, ?, ?, ?)")
        .params(issuer, subject, userId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
  }
}
