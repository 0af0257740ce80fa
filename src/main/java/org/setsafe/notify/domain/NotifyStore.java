package org.setsafe.notify.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.notify.Delivery;
import org.setsafe.notify.InboxItem;
import org.setsafe.notify.Notice;

/** The inbox, the delivery log and the webhooks. Inserts of the same notice for the same recipient are ignored. */
public interface NotifyStore {

  /** True when the item is new; false when this person already had this notice. */
  boolean insertInboxItem(UUID id, UUID userId, Notice notice, Instant at);

  List<InboxItem> inbox(UUID userId, int limit);

  int unreadCount(UUID userId);

  /** True when the item was this person's and unread. */
  boolean markRead(UUID userId, UUID itemId, Instant at);

  int markAllRead(UUID userId, Instant at);

  /**
   * True when the delivery is new; false when this notice already went to this recipient on this channel. A
   * {@code sealedLink} (may be null) is the usable link of a secret one, kept only until the attempts end.
   */
  boolean insertDelivery(Delivery delivery, String sealedLink);

  /** The sealed usable link of a delivery whose link is a secret, while its attempts go on. */
  Optional<String> sealedLink(UUID deliveryId);

  /** A delivery still to be sent whose secret link an earlier version kept whole. */
  record WholeLink(UUID deliveryId, String link) {}

  /** Deliveries still to be sent that keep a link under this path whole. */
  List<WholeLink> pendingWholeLinks(String pathPrefix);

  /** Keeps the link redacted and its usable form sealed, only while the row still holds it whole. */
  boolean sealLink(UUID deliveryId, String wholeLink, String redactedLink, String sealedLink);

  Optional<Delivery> delivery(UUID id);

  /** Locks the delivery row for an attempt, so two instances never send it at once. */
  Optional<Delivery> lockDelivery(UUID id);

  /** Notes an attempt; once the delivery is sent or given up, its sealed link (if any) is dropped. */
  void recordAttempt(UUID id, org.setsafe.notify.DeliveryStatus status, int attempts, String lastError,
      Instant nextAttemptAt, Instant deliveredAt);

  List<Delivery> deliveries(UUID productionId, int limit);

  List<Delivery> deliveriesByKey(String noticeKeyPrefix);

  Optional<String> webhook(UUID productionId);

  void setWebhook(UUID productionId, String url, UUID by, Instant at);

  void removeWebhook(UUID productionId);
}
