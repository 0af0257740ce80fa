package org.setsafe.notify;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.notify.domain.NotifyStore;
import org.setsafe.shared.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people: a notice goes into each person's inbox at once, and, when an SMTP server is configured, an email
 * to each person who has an address (and to each outside address), and one post to the production's webhook if it has one. Emails and posts are
 * persisted jobs, tried at once after the caller's transaction commits and retried with backoff; each is a row of
 * the delivery log. Idempotent: a notice key reaches a recipient on a channel once, however often it is sent.
 * A notice in {@link Words} reaches each person in the language they chose (English when they chose none), in their
 * inbox and their email alike; outside addresses and the webhook, which anyone on the channel reads, in English.
 */
@Service
public class Notifications {

  /** The webhook's recipient in the delivery log; the URL is read when posting, since it is a secret. */
  static final String WEBHOOK_RECIPIENT = "webhook";

  private final NotifyStore store;
  private final Accounts accounts;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final Clock clock;
  private final EmailSwitch email;
  private final DeliveryLinks links;
  private final NoticeWords words;

  Notifications(NotifyStore store, Accounts accounts, ObjectProvider<SchedulerClient> scheduler, Clock clock,
      EmailSwitch email, DeliveryLinks links, NoticeWords words) {
    this.store = store;
    this.links = links;
    this.words = words;
    this.email = email;
    this.accounts = accounts;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /** What a send did: the people and addresses newly told (a repeat of the same notice tells nobody again). */
  public record Sent(List<String> inbox, List<String> email, boolean webhook) {
    public boolean anything() {
      return !inbox.isEmpty() || !email.isEmpty() || webhook;
    }
  }

  /** Sends the notice to these recipients on every channel they have, within the caller's transaction. */
  @Transactional
  public Sent send(Notice notice, Collection<Recipient> recipients) {
    Instant now = clock.instant();
    List<String> inbox = new ArrayList<>();
    List<String> email = new ArrayList<>();
    Notice inEnglish = words.in(notice, Locale.ENGLISH);
    for (Recipient recipient : new LinkedHashSet<>(recipients)) {
      String address = recipient.email();
      Notice read = inEnglish;
      if (recipient.isPerson()) {
        Account account = accounts.findById(recipient.userId()).orElse(null);
        if (account == null || !account.enabled()) {
          continue;
        }
        read = readBy(account, notice, inEnglish);
        if (store.insertInboxItem(UUID.randomUUID(), account.id(), read, now)) {
          inbox.add(recipient.toString());
        }
        address = account.email();
      }
      // Without an SMTP server no email is queued: it could only fail, retried into the delivery log.
      if (this.email.on() && address != null && !address.isBlank() && deliver(read, Channel.EMAIL, address, now)) {
        email.add(address);
      }
    }
    boolean webhook = notice.productionId() != null && store.webhook(notice.productionId()).isPresent()
        && deliver(inEnglish, Channel.WEBHOOK, WEBHOOK_RECIPIENT, now);
    return new Sent(inbox, email, webhook);
  }

  /**
   * Puts the notice in these people's inboxes only: for news about an email itself (one that could not be
   * delivered), which another email would not carry either. Idempotent per key and person, like {@link #send}.
   */
  @Transactional
  public List<String> sendToInbox(Notice notice, Collection<UUID> people) {
    Instant now = clock.instant();
    List<String> told = new ArrayList<>();
    Notice inEnglish = words.in(notice, Locale.ENGLISH);
    for (UUID person : new LinkedHashSet<>(people)) {
      Account account = accounts.findById(person).orElse(null);
      if (account != null && account.enabled()
          && store.insertInboxItem(UUID.randomUUID(), account.id(), readBy(account, notice, inEnglish), now)) {
        told.add(Recipient.person(person).toString());
      }
    }
    return told;
  }

  /** The notice in the language this person chose; English, already put into words, when they chose none. */
  private Notice readBy(Account account, Notice notice, Notice inEnglish) {
    Locale language = Languages.locale(account.language());
    return Locale.ENGLISH.equals(language) ? inEnglish : words.in(notice, language);
  }

  private boolean deliver(Notice notice, Channel channel, String recipient, Instant now) {
    UUID id = UUID.randomUUID();
    // A secret link is emailed whole but kept only sealed; a webhook (read by a whole channel) never gets it.
    String sealed = notice.secretLink() && channel == Channel.EMAIL ? links.seal(id, notice.link()) : null;
    boolean added = store.insertDelivery(new Delivery(id, notice.productionId(), notice.key(), channel, recipient,
        notice.subject(), notice.text(), notice.storedLink(), DeliveryStatus.PENDING, 0, null, now, now, null),
        sealed);
    if (added) {
      // Same transaction (db-scheduler's data source is transaction-aware): no job without its row, and back.
      scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(DeliveryAttempts.TASK, id.toString()),
          now.truncatedTo(ChronoUnit.MILLIS));
    }
    return added;
  }
}
