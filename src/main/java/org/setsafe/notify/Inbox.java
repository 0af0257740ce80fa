package org.setsafe.notify;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.notify.domain.NotifyStore;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own inbox; nobody reads another person's. */
@Service
public class Inbox {

  public static final int PAGE = 100;

  private final NotifyStore store;
  private final Clock clock;

  Inbox(NotifyStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<InboxItem> mine() {
    return store.inbox(me(), PAGE);
  }

  public int unread() {
    return SignedInUser.current().map(user -> store.unreadCount(user.id())).orElse(0);
  }

  @Transactional
  public void markRead(UUID itemId) {
    UUID me = me();
    if (!store.markRead(me, itemId, clock.instant())
        && store.inbox(me, Integer.MAX_VALUE).stream().noneMatch(item -> item.id().equals(itemId))) {
      throw notInInbox(itemId);
    }
  }

  /**
   * Opens a notice: marks it read and answers where it leads, a path within SetSafe, or the inbox itself when the
   * notice has no link or its link is not a path here (a notice never sends anyone off-site).
   */
  @Transactional
  public String open(UUID itemId) {
    UUID me = me();
    InboxItem item = store.inbox(me, Integer.MAX_VALUE).stream().filter(i -> i.id().equals(itemId)).findFirst()
        .orElseThrow(() -> notInInbox(itemId));
    store.markRead(me, itemId, clock.instant());
    return isPathHere(item.link()) ? item.link() : "/account/inbox";
  }

  static boolean isPathHere(String link) {
    return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
        && link.chars().noneMatch(c -> c < 0x21);
  }

  @Transactional
  public int markAllRead() {
    return store.markAllRead(me(), clock.instant());
  }

  private static UUID me() {
    return SignedInUser.current().map(SignedInUser::id)
        .orElseThrow(() -> new AccessRefusedException("sign in first")
            .saying("input.notify.not-allowed.sign-in-first"));
  }

  private static NotFoundException notInInbox(UUID itemId) {
    return new NotFoundException("No notice " + itemId + " in your inbox.").saying("input.notify.not-found.notice",
        itemId);
  }
}
