package org.setsafe.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** What checking a bundle against the keys one was told to trust concluded. */
  public enum Outcome {
    /** Everything verifies, signed by trusted keys only. */
    INTACT,
    /** Something in the bundle does not verify, whoever signed it. */
    BROKEN,
    /** The bundle is consistent in itself, but signed by a key nobody said to trust: anyone could have made it. */
    UNTRUSTED_KEY
  }

  /**
   * A bundle checked against trusted keys: the outcome, the verdict behind it, and the keys the bundle names
   * that are not trusted ({@code name fingerprint}, with the vkey to pin).
   */
  public record Checked(Outcome outcome, BundleVerdict verdict, List<Ledger.PublicKey> untrustedKeys) {}

  /**
   * Checks the bundle and whether the keys that signed it are trusted: those pinned ({@code name+hash+base64})
   * and those the bundle names whose fingerprint ({@code SHA256:…}) is given. With neither, no key is trusted.
   *
   * @throws IllegalArgumentException if a pinned key is malformed
   */
  public static Checked check(Path bundle, List<String> pinnedKeys, List<String> trustedFingerprints)
      throws IOException {
    List<VerifierKey> pinned = pinnedKeys.stream().map(VerifierKey::parse).toList();
    List<VerifierKey> named;
    try (BufferedReader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      named = EvidenceBundle.namedKeys(in);
    }
    List<VerifierKey> trusted = new ArrayList<>(pinned);
    named.stream().filter(k -> trustedFingerprints.contains(k.fingerprint())).forEach(trusted::add);
    List<String> trustedPrints = trusted.stream().map(VerifierKey::fingerprint).toList();
    List<Ledger.PublicKey> untrusted = named.stream().filter(k -> !trustedPrints.contains(k.fingerprint()))
        .map(k -> new Ledger.PublicKey(k.name(), k.vkey(), k.fingerprint(), false)).toList();
    BundleVerdict asItsOwnKeysSay = verify(bundle, List.of());
    if (!trusted.isEmpty()) {
      BundleVerdict verdict = verify(bundle, trusted.stream().map(VerifierKey::vkey).toList());
      if (verdict.intact()) {
        return new Checked(Outcome.INTACT, verdict, untrusted);
      }
      return asItsOwnKeysSay.intact() ? new Checked(Outcome.UNTRUSTED_KEY, asItsOwnKeysSay, untrusted)
          : new Checked(Outcome.BROKEN, verdict, untrusted);
    }
    return new Checked(asItsOwnKeysSay.intact() ? Outcome.UNTRUSTED_KEY : Outcome.BROKEN, asItsOwnKeysSay, untrusted);
  }
}
