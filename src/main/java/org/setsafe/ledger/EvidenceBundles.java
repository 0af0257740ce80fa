package org.setsafe.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.setsafe.ledger.domain.EvidenceBundle;
import org.setsafe.ledger.domain.VerifierKey;

/**
 * Checks an evidence bundle offline: no database, no server, no Spring; only the file and, if the
 * investigator has it from an independent source, the installation's public key to pin.
 */
public final class EvidenceBundles {

  private EvidenceBundles() {}

  /**
   * @param pinnedKeys verifier keys ({@code name+hash+base64}) to trust instead of the ones the bundle
   *     names; empty to trust the bundle's own (and compare their fingerprints by eye)
   * @throws IllegalArgumentException if a pinned key is malformed
   */
  public static BundleVerdict verify(Path bundle, List<String> pinnedKeys) throws IOException {
    List<VerifierKey> pinned = pinnedKeys.stream().map(VerifierKey::parse).toList();
    try (BufferedReader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      return EvidenceBundle.verify(in, pinned);
    }
  }
}
