package org.setsafe.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.setsafe.ledger.domain.SigningKey;
import org.setsafe.ledger.domain.VerifierKey;
import org.setsafe.ledger.signing.KeyDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checkpoint signing keys, kept in a directory outside the database (by default beside the
 * embedded database, {@code SETSAFE_LEDGER_KEY_DIR} elsewhere): someone who can write to the database
 * still cannot sign a checkpoint. Created at first start; every instance on one database must see
 * the same directory.
 */
@Component
class LedgerKeys {

  static final String KEY_NAME_PREFIX = "setsafe";

  private final Path directory;
  private final Clock clock;
  private volatile KeyDirectory keys;

  LedgerKeys(@Value("${setsafe.ledger.key-dir}") Path directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  private KeyDirectory keys() {
    if (keys == null) {
      synchronized (this) {
        if (keys == null) {
          keys = KeyDirectory.open(directory, KEY_NAME_PREFIX, clock);
        }
      }
    }
    return keys;
  }

  SigningKey current() {
    return keys().current();
  }

  /** Every key ever created here, newest last: old checkpoints stay verifiable after rotation. */
  List<VerifierKey> all() {
    return keys().all();
  }

  synchronized SigningKey rotate() {
    return keys().rotate();
  }

  Path directory() {
    return directory;
  }
}
