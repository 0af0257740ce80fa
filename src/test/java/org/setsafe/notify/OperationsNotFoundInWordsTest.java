package org.setsafe.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.ledger.Ledger;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.ReasonWords;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notifications' and the ledger's "not found" and "not allowed" are said in bundle words: the English word for
 * word what the API answers, Spanish words besides. The command line's, which no page shows, has them too.
 */
@SetSafeTest
class OperationsNotFoundInWordsTest {

  @Autowired Crew crew;
  @Autowired Inbox inbox;
  @Autowired DeliveryLog deliveries;
  @Autowired Ledger ledger;

  @Test
  void aNoticeNotInTheInboxOrAnInboxWithNobodySignedIn() {
    UUID nowhere = UUID.randomUUID();
    NotFoundException notice = saidAsWritten(notFound(() -> crew.as("tess.grip", () -> inbox.open(nowhere))));
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), notice.said()))
        .isEqualTo("No hay ningún aviso " + nowhere + " en tu bandeja de entrada.");
    saidAsWritten(notFound(() -> crew.as("tess.grip", () -> {
      inbox.markRead(nowhere);
      return null;
    })));
    saidAsWritten(refused(inbox::markAllRead));
  }

  @Test
  void theWebhookAndTheDeliveryLogAreTheKeepersOnly() {
    UUID western = crew.production(Crew.WESTERN).id();
    AccessRefusedException webhook = saidAsWritten(refused(() -> crew.as("marcus.camera",
        () -> deliveries.setWebhook(western, "https://hooks.example.org/x"))));
    assertThat(webhook.getMessage()).isEqualTo("Only the safety advisor, UPM or producer of this production set its "
        + "webhook.");
    AccessRefusedException log = saidAsWritten(refused(() -> crew.as("marcus.camera",
        () -> deliveries.recent(western))));
    assertThat(log.getMessage()).isEqualTo("Only the safety advisor, UPM, producer or studio safety read the "
        + "delivery log.");
  }

  @Test
  void aLedgerEntryNotInTheLog() {
    UUID western = crew.production(Crew.WESTERN).id();
    NotFoundException entry = saidAsWritten(notFound(() -> crew.as("sam.safety",
        () -> ledger.entry(western, 987_654_321L))));
    // The index is placed as written, and the apostrophe stays one.
    assertThat(entry.getMessage()).isEqualTo("No ledger entry 987654321 in this production's log.");
  }

  @Test
  void anAccountNotFoundFromTheCommandLine() {
    Said words = Said.of("input.cli.not-found.account", "ray.chen");
    assertThat(ReasonWords.in(Locale.ENGLISH, words)).isEqualTo("no account with username 'ray.chen'");
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), words))
        .isEqualTo("no hay ninguna cuenta con el usuario 'ray.chen'");
  }

  private static NotFoundException notFound(Supplier<?> work) {
    Throwable thrown = catchThrowable(work::get);
    assertThat(thrown).isInstanceOf(NotFoundException.class);
    return (NotFoundException) thrown;
  }

  private static AccessRefusedException refused(Supplier<?> work) {
    Throwable thrown = catchThrowable(work::get);
    assertThat(thrown).isInstanceOf(AccessRefusedException.class);
    return (AccessRefusedException) thrown;
  }
}
