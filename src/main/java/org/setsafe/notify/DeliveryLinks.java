package org.setsafe.notify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.setsafe.notify.domain.NotifyStore;
import org.setsafe.notify.domain.NotifyStore.WholeLink;
import org.setsafe.shared.SealingKey;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a secret link (an invitation's one-time link) sealed in its delivery row until the email carrying it is
 * sent or given up, under {@code delivery-links.key} in the installation's secrets directory
 * ({@code SETSAFE_SECRETS_DIR}) and bound to the delivery's id; the delivery log itself shows only the redacted link.
 *
 * <p>At start it seals the invitation links an earlier version kept whole in deliveries still to be sent (the
 * migration redacted those already sent); each row only while it still holds its whole link, so this runs safely
 * again and on two instances at once.
 */
@Component
class DeliveryLinks implements SmartInitializingSingleton {

  /** Where an earlier version kept secret links whole: invitations' one-time links. */
  static final String INVITATIONS = "/invitations/";

  private final SealingKey key;
  private final NotifyStore store;

  DeliveryLinks(@Value("${setsafe.secrets-dir}") Path secretsDir, NotifyStore store) {
    this.key = SealingKey.openOrCreate(secretsDir.resolve("delivery-links.key"));
    this.store = store;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (WholeLink whole : store.pendingWholeLinks(INVITATIONS)) {
      if (!whole.link().equals(INVITATIONS + Notice.REDACTED)) {
        store.sealLink(whole.deliveryId(), whole.link(), INVITATIONS + Notice.REDACTED,
            seal(whole.deliveryId(), whole.link()));
      }
    }
  }

  String seal(UUID deliveryId, String link) {
    return key.seal(link.getBytes(StandardCharsets.UTF_8), deliveryId.toString());
  }

  /** The link sealed for this delivery; refused (as a failed attempt) when it does not open. */
  String open(UUID deliveryId, String sealed) {
    try {
      return new String(key.open(sealed, deliveryId.toString()), StandardCharsets.UTF_8);
    } catch (SealingKey.Unreadable e) {
      // Said in the delivery log, which names no server paths: the key file is in the README.
      throw new IllegalStateException("the link this email carries cannot be opened on this server ("
          + e.getMessage() + "): send it again (an invitation: Send again)", e);
    }
  }
}
