package org.setsafe.notify.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.notify.Channel;
import org.setsafe.notify.Delivery;
import org.setsafe.notify.DeliveryStatus;
import org.setsafe.notify.InboxItem;
import org.setsafe.notify.Notice;
import org.setsafe.notify.domain.NotifyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNotifyStore implements NotifyStore {

  private static final String DELIVERY_COLUMNS = "id, production_id, notice_key, channel, recipient, subject, body, "
      + "link, status, attempts, last_error, created_at, next_attempt_at, delivered_at";

  private final JdbcClient jdbc;

  JdbcNotifyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean insertInboxItem(UUID id, UUID userId, Notice notice, Instant at) {
    return jdbc.sql("INSERT INTO inbox_item (id, user_id, production_id, notice_key, subject, body, link, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(id, userId, notice.productionId(), notice.key(), notice.subject(), notice.text(), notice.storedLink(),
            ts(at))
        .update() == 1;
  }

  @Override
  public List<InboxItem> inbox(UUID userId, int limit) {
    return jdbc.sql("SELECT id, production_id, subject, body, link, created_at, read_at FROM inbox_item "
            + "WHERE user_id = ? ORDER BY created_at DESC, id LIMIT ?")
        .params(userId, limit)
        .query((rs, row) -> new InboxItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getString(5), instant(rs, 6), instant(rs, 7)))
        .list();
  }

  @Override
  public int unreadCount(UUID userId) {
    return jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE user_id = ? AND read_at IS NULL")
        .param(userId).query(Integer.class).single();
  }

  @Override
  public boolean markRead(UUID userId, UUID itemId, Instant at) {
    return jdbc.sql("UPDATE inbox_item SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
        .params(ts(at), itemId, userId).update() == 1;
  }

  @Override
  public int markAllRead(UUID userId, Instant at) {
    return jdbc.sql("UPDATE inbox_item SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
        .params(ts(at), userId).update();
  }

  @Override
  public boolean insertDelivery(Delivery d, String sealedLink) {
    return jdbc.sql("INSERT INTO delivery (" + DELIVERY_COLUMNS + ", sealed_link) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(d.id(), d.productionId(), d.noticeKey(), d.channel().name(), d.recipient(), d.subject(), d.body(),
            d.link(), d.status().name(), d.attempts(), d.lastError(), ts(d.createdAt()), ts(d.nextAttemptAt()),
            ts(d.deliveredAt()), sealedLink)
        .update() == 1;
  }

  @Override
  public List<WholeLink> pendingWholeLinks(String pathPrefix) {
    return jdbc.sql("SELECT id, link FROM delivery WHERE status = 'PENDING' AND sealed_link IS NULL AND link LIKE ?")
        .param(pathPrefix.replace("%", "") + "%")
        .query((rs, row) -> new WholeLink(rs.getObject(1, UUID.class), rs.getString(2))).list();
  }

  @Override
  public boolean sealLink(UUID deliveryId, String wholeLink, String redactedLink, String sealedLink) {
    return jdbc.sql("UPDATE delivery SET link = ?, sealed_link = ? WHERE id = ? AND link = ? AND sealed_link IS NULL")
        .params(redactedLink, sealedLink, deliveryId, wholeLink).update() == 1;
  }

  @Override
  public Optional<String> sealedLink(UUID deliveryId) {
    return jdbc.sql("SELECT sealed_link FROM delivery WHERE id = ? AND sealed_link IS NOT NULL").param(deliveryId)
        .query(String.class).optional();
  }

  @Override
  public Optional<Delivery> delivery(UUID id) {
    return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM delivery WHERE id = ?").param(id)
        .query(JdbcNotifyStore::delivery).optional();
  }

  @Override
  public Optional<Delivery> lockDelivery(UUID id) {
    return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM delivery WHERE id = ? FOR UPDATE").param(id)
        .query(JdbcNotifyStore::delivery).optional();
  }

  @Override
  public void recordAttempt(UUID id, DeliveryStatus status, int attempts, String lastError, Instant nextAttemptAt,
      Instant deliveredAt) {
    // Sent or given up, the usable link has nothing left to do here.
    jdbc.sql("UPDATE delivery SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, delivered_at = ?, "
            + "sealed_link = CASE WHEN ? THEN NULL ELSE sealed_link END WHERE id = ?")
        .params(status.name(), attempts, lastError, ts(nextAttemptAt), ts(deliveredAt),
            status != DeliveryStatus.PENDING, id).update();
  }

  @Override
  public List<Delivery> deliveries(UUID productionId, int limit) {
    return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM delivery WHERE production_id = ? "
            + "ORDER BY created_at DESC, notice_key, recipient LIMIT ?")
        .params(productionId, limit).query(JdbcNotifyStore::delivery).list();
  }

  @Override
  public List<Delivery> deliveriesByKey(String noticeKeyPrefix) {
    return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM delivery WHERE notice_key LIKE ? ORDER BY created_at, id")
        .param(noticeKeyPrefix.replace("%", "") + "%").query(JdbcNotifyStore::delivery).list();
  }

  @Override
  public Optional<String> webhook(UUID productionId) {
    return jdbc.sql("SELECT url FROM webhook WHERE production_id = ?").param(productionId)
        .query(String.class).optional();
  }

  @Override
  public void setWebhook(UUID productionId, String url, UUID by, Instant at) {
    if (jdbc.sql("UPDATE webhook SET url = ?, changed_by = ?, changed_at = ? WHERE production_id = ?")
        .params(url, by, ts(at), productionId).update() == 0) {
      jdbc.sql("INSERT INTO webhook (production_id, url, changed_by, changed_at) VALUES (?, ?, ?, ?)")
          .params(productionId, url, by, ts(at)).update();
    }
  }

  @Override
  public void removeWebhook(UUID productionId) {
    jdbc.sql("DELETE FROM webhook WHERE production_id = ?").param(productionId).update();
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
        Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
        DeliveryStatus.valueOf(rs.getString(9)), rs.getInt(10), rs.getString(11), instant(rs, 12), instant(rs, 13),
        instant(rs, 14));
  }

  private static OffsetDateTime ts(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
