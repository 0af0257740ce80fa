package org.setsafe.reporting.persistence;

import java.util.Map;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SaidTree;
import tools.jackson.databind.json.JsonMapper;

/**
 * A safety budget cut's words as its review keeps them, in the shape a safety meeting keeps its agenda's words in
 * ({@link SaidTree}).
 */
final class CutWordsJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CutWordsJson() {}

  static String write(Said said) {
    return said == null ? null : JSON.writeValueAsString(SaidTree.tree(said));
  }

  static Said read(String json) {
    return json == null ? null : SaidTree.said(JSON.readValue(json, Map.class));
  }
}
