package org.setsafe.reporting.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.shared.Refusal.Said;
import tools.jackson.databind.json.JsonMapper;

/**
 * A safety budget cut's words as its review keeps them: {@code {"key": …, "args": [text or words, …]}}, the shape a
 * safety meeting keeps its agenda's words in. Arguments are kept as the text they read (a number of days, a
 * percentage), which is all the bundles do with them.
 */
final class CutWordsJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CutWordsJson() {}

  static String write(Said said) {
    return said == null ? null : JSON.writeValueAsString(tree(said));
  }

  static Said read(String json) {
    return json == null ? null : said(JSON.readValue(json, Map.class));
  }

  private static Map<String, Object> tree(Said said) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("key", said.key());
    node.put("args", said.args().stream().map(arg -> arg instanceof Said nested ? tree(nested) : String.valueOf(arg))
        .toList());
    return node;
  }

  private static Said said(Map<?, ?> node) {
    List<Object> args = new ArrayList<>();
    for (Object arg : (List<?>) node.get("args")) {
      args.add(arg instanceof Map<?, ?> nested ? said(nested) : String.valueOf(arg));
    }
    return new Said(String.valueOf(node.get("key")), args);
  }
}
