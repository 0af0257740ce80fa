package org.setsafe.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An invitation email an earlier version queued with its link whole, still waiting to be sent at the upgrade: the
 * start seals the link and leaves the delivery log only the redacted one, once however often it runs.
 */
@SetSafeTest
class SecretLinksKeptSealedTest {

  @Autowired DeliveryLinks links;
  @Autowired JdbcClient jdbc;

  @Test
  void aWaitingInvitationLinkKeptWholeIsSealedAtStartOnce() {
    UUID id = UUID.randomUUID();
    String whole = "/invitations/" + "T".repeat(43);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("INSERT INTO delivery (id, production_id, notice_key, channel, recipient, subject, body, link, status, "
            + "attempts, created_at, next_attempt_at) VALUES (?, NULL, ?, 'EMAIL', 'old@crew.example', 'Invited', "
            + "'Follow the link', ?, 'PENDING', 1, ?, ?)")
        .params(id, "invitation/" + id + "/1", whole, now, now).update();
    try {
      links.afterSingletonsInstantiated();
      Map<String, Object> row = jdbc.sql("SELECT link, sealed_link FROM delivery WHERE id = ?").param(id).query()
          .singleRow();
      assertThat(row.get("link")).isEqualTo("/invitations/…");
      String sealed = (String) row.get("sealed_link");
      assertThat(sealed).startsWith("v1.").doesNotContain("T".repeat(43));
      assertThat(links.open(id, sealed)).as("the email still gets the whole link").isEqualTo(whole);

      links.afterSingletonsInstantiated();
      assertThat(jdbc.sql("SELECT sealed_link FROM delivery WHERE id = ?").param(id).query(String.class).single())
          .as("sealed once").isEqualTo(sealed);
    } finally {
      jdbc.sql("DELETE FROM delivery WHERE id = ?").param(id).update();
    }
  }
}
