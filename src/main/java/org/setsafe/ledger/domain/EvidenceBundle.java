package org.setsafe.ledger.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.setsafe.ledger.BundleVerdict;
import org.setsafe.ledger.LogVerification;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence bundle: one production's log in one self-contained text file that anyone can verify
 * offline, with nothing but this file and (to be sure who signed it) the installation's public key
 * fingerprint. JSON Lines, UTF-8, one object a line, in this order:
 *
 * <ol>
 *   <li>{@code {"format":"setsafe-evidence/1","origin":…,"productionId":…,"productionName":…,
 *       "exportedAt":…,"treeSize":N,"keys":["<vkey>",…]}}</li>
 *   <li>{@code {"checkpoint":"<C2SP signed note>"}} for every signed checkpoint, smallest first; the
 *       last one covers all N entries</li>
 *   <li>{@code {"consistency":{"from":a,"to":b,"proof":["<base64>",…]}}} between each checkpoint and the next</li>
 *   <li>{@code {"entry":{"index":i,"leaf":"<leaf text>","proof":["<base64>",…]}}} for i = 0 … N-1, with
 *       the RFC 9162 inclusion proof of the entry in the tree of size N</li>
 * </ol>
 *
 * The README gives the verification steps in full so that anyone can write their own verifier.
 */
public final class EvidenceBundle {

  public static final String FORMAT = "setsafe-evidence/1";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EvidenceBundle() {}

  /** Writes a bundle line by line. */
  public static final class Out {
    private final Writer out;

    public Out(Writer out) {
      this.out = out;
    }

    public void header(String origin, String productionId, String productionName, Instant exportedAt, long treeSize,
        List<VerifierKey> keys) {
      Map<String, Object> header = new LinkedHashMap<>();
      header.put("format", FORMAT);
      header.put("origin", origin);
      header.put("productionId", productionId);
      header.put("productionName", productionName);
      header.put("exportedAt", exportedAt.toString());
      header.put("treeSize", treeSize);
      header.put("keys", keys.stream().map(VerifierKey::vkey).toList());
      line(header);
    }

    public void checkpoint(String signedNote) {
      line(Map.of("checkpoint", signedNote));
    }

    public void consistency(long from, long to, List<byte[]> proof) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("from", from);
      body.put("to", to);
      body.put("proof", base64(proof));
      line(Map.of("consistency", body));
    }

    public void entry(long index, String leaf, List<byte[]> proof) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("index", index);
      body.put("leaf", leaf);
      body.put("proof", base64(proof));
      line(Map.of("entry", body));
    }

    private void line(Object value) {
      try {
        out.write(JSON.writeValueAsString(value));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Checks a bundle. With {@code pinnedKeys} empty, the keys named in the bundle are trusted (and their
   * fingerprints reported for the reader to compare with the installation's published ones); otherwise
   * only the pinned keys are.
   */
  public static BundleVerdict verify(BufferedReader in, List<VerifierKey> pinnedKeys) throws IOException {
    return new Check().run(in, pinnedKeys);
  }

  /** The keys a bundle names in its header (empty if it has none that parse): what it claims signed it. */
  public static List<VerifierKey> namedKeys(BufferedReader in) throws IOException {
    String first = in.readLine();
    JsonNode header = first == null ? null : parse(first, 1, new ArrayList<>());
    List<VerifierKey> keys = new ArrayList<>();
    if (header != null) {
      for (JsonNode vkey : header.path("keys")) {
        try {
          keys.add(VerifierKey.parse(vkey.asString("")));
        } catch (IllegalArgumentException e) {
          // A malformed key is reported by verify(); here it simply signs nothing.
        }
      }
    }
    return keys;
  }

  /** One verification's state, line by line. */
  private static final class Check {
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Long, byte[]> signedRoots = new LinkedHashMap<>();
    private final List<JsonNode> consistency = new ArrayList<>();
    private List<byte[]> entryProof = List.of();
    private byte[] finalRoot;

    BundleVerdict run(BufferedReader in, List<VerifierKey> pinnedKeys) throws IOException {
      String first = in.readLine();
      JsonNode header = first == null ? null : parse(first, 1, problems);
      if (header == null || !FORMAT.equals(header.path("format").asString(""))) {
        problems.add("line 1: not a SetSafe evidence bundle (expected format " + FORMAT + ")");
        return new BundleVerdict(null, null, 0, List.of(), null, problems);
      }
      String origin = header.path("origin").asString("");
      long treeSize = header.path("treeSize").asLong(-1);
      List<VerifierKey> bundleKeys = new ArrayList<>();
      for (JsonNode vkey : header.path("keys")) {
        try {
          bundleKeys.add(VerifierKey.parse(vkey.asString("")));
        } catch (IllegalArgumentException e) {
          problems.add("line 1: a key is malformed (" + e.getMessage() + ")");
        }
      }
      List<VerifierKey> trusted = pinnedKeys.isEmpty() ? bundleKeys : pinnedKeys;
      LogAudit audit = null;
      long lineNumber = 1;
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        JsonNode node = parse(line, lineNumber, problems);
        if (node == null) {
          continue;
        }
        if (node.has("checkpoint")) {
          if (audit != null) {
            problems.add("line " + lineNumber + ": a checkpoint after the entries began");
            continue;
          }
          String note = node.get("checkpoint").asString("");
          notes.add(note);
          rootOf(note, trusted).ifPresent(c -> signedRoots.put(c.treeSize(), c.rootHash()));
        } else if (node.has("consistency")) {
          consistency.add(node.get("consistency"));
        } else if (node.has("entry")) {
          if (audit == null) {
            finalRoot = signedRoots.get(treeSize);
            if (finalRoot == null) {
              problems.add("no signed checkpoint covers the bundle's " + treeSize + " entries");
            }
            audit = new LogAudit(origin, notes, trusted, (index, leafHash) -> finalRoot == null
                || MerkleProofs.verifyInclusion(index, treeSize, leafHash, entryProof, finalRoot)
                ? null : "its inclusion proof does not lead to the signed root");
          }
          JsonNode entry = node.get("entry");
          entryProof = proof(entry.path("proof"));
          audit.entry(entry.path("index").asLong(-1), entry.path("leaf").asString(""), null);
        } else {
          problems.add("line " + lineNumber + ": neither a checkpoint, a consistency proof nor an entry");
        }
      }
      if (audit == null) {
        audit = new LogAudit(origin, notes, trusted);
      }
      LogVerification log = audit.finish();
      if (log.entries() != treeSize) {
        problems.add("the bundle says it holds " + treeSize + " entries but " + log.entries() + " are in it");
      }
      for (JsonNode proof : consistency) {
        long from = proof.path("from").asLong(-1);
        long to = proof.path("to").asLong(-1);
        byte[] root1 = signedRoots.get(from);
        byte[] root2 = signedRoots.get(to);
        if (root1 == null || root2 == null
            || !MerkleProofs.verifyConsistency(from, to, root1, root2, proof(proof.path("proof")))) {
          problems.add("the consistency proof from size " + from + " to " + to + " does not verify");
        }
      }
      List<String> all = new ArrayList<>(log.problems());
      all.addAll(problems);
      return new BundleVerdict(origin, header.path("productionName").asString(null), treeSize,
          trusted.stream().map(k -> k.name() + " " + k.fingerprint()).toList(), log, all);
    }
  }

  private static Optional<Checkpoint> rootOf(String note, List<VerifierKey> trusted) {
    try {
      SignedNote opened = SignedNote.open(note, trusted);
      return opened.verified() ? Optional.of(Checkpoint.parse(opened.text())) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static JsonNode parse(String line, long number, List<String> problems) {
    try {
      return JSON.readTree(line);
    } catch (JacksonException e) {
      problems.add("line " + number + ": not valid JSON");
      return null;
    }
  }

  private static List<byte[]> proof(JsonNode array) {
    List<byte[]> proof = new ArrayList<>();
    for (JsonNode hash : array) {
      try {
        proof.add(Base64.getDecoder().decode(hash.asString("")));
      } catch (IllegalArgumentException e) {
        proof.add(new byte[0]);
      }
    }
    return proof;
  }

  private static List<String> base64(List<byte[]> hashes) {
    return hashes.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
  }
}
