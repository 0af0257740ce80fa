package org.setsafe.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.setsafe.shared.RecordedFact;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exact text of a ledger leaf: what is hashed into the tree for one recorded fact.
 *
 * <pre>{"log":"&lt;origin&gt;","index":N,"recordedAt":"…","factId":"…","kind":"…","productionId":…,
 * "actorId":…,"occurredAt":"…","subjects":[…],"fact":{…}}</pre>
 *
 * <p>The log's origin and the entry's index come first, so that an entry moved to another position or
 * another log no longer matches where it stands: a verifier checks that prefix without parsing JSON.
 * The text is ASCII only (anything else is escaped), so it survives any database encoding byte for byte.
 * Verifiers hash the stored bytes as they are; nobody needs to re-create them, so the field order inside
 * {@code fact} (alphabetical) is for readers, not for verification.
 */
public final class LeafFormat {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private LeafFormat() {}

  /** The fact's own fields as JSON, done once per fact outside the sequencer's critical path. */
  public static String factJson(RecordedFact fact) {
    return JSON.writeValueAsString(fact);
  }

  public static String leaf(String origin, long index, Instant recordedAt, RecordedFact fact, String factJson) {
    StringBuilder leaf = new StringBuilder(factJson.length() + 320);
    leaf.append(prefix(origin, index))
        .append("\"recordedAt\":").append(JSON.writeValueAsString(recordedAt))
        .append(",\"factId\":").append(JSON.writeValueAsString(fact.factId()))
        .append(",\"kind\":").append(JSON.writeValueAsString(fact.kind()))
        .append(",\"productionId\":").append(JSON.writeValueAsString(fact.productionId()))
        .append(",\"actorId\":").append(JSON.writeValueAsString(fact.actorId()))
        .append(",\"occurredAt\":").append(JSON.writeValueAsString(fact.occurredAt()))
        .append(",\"subjects\":").append(JSON.writeValueAsString(fact.subjects() == null ? List.of() : fact.subjects()))
        .append(",\"fact\":").append(factJson)
        .append('}');
    return leaf.toString();
  }

  /** How every leaf of this log at this index begins. */
  public static String prefix(String origin, long index) {
    return logPrefix(origin) + index + ",";
  }

  /** How every leaf of this log begins, up to its index: {@link #prefix} without the index. */
  public static String logPrefix(String origin) {
    return "{\"log\":" + JSON.writeValueAsString(origin) + ",\"index\":";
  }

  public static byte[] bytes(String leaf) {
    return leaf.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] hash(String leaf) {
    return MerkleHashes.leafHash(bytes(leaf));
  }
}
