package org.setsafe.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Which account a provider's subject signs in as, once linked. */
public interface SsoLinkStore {

  Optional<UUID> accountOf(String issuer, String subject);

  void link(String issuer, String subject, UUID userId, Instant at);
}
