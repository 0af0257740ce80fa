package org.setsafe.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.shared.Refusal.Said;

/**
 * Words kept beside a record, as a JSON tree: {@code {"key": …, "args": [text or words, …]}}. Arguments are kept as
 * the text they read (a version, a distance, a percentage), which is all the bundles do with them. A safety meeting
 * keeps its agenda's words so, and a management review a budget cut's.
 */
public final class SaidTree {

  private SaidTree() {}

  /** The words as a tree to write as JSON; {@code null} for none. */
  public static Object tree(Said said) {
    if (said == null) {
      return null;
    }
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("key", said.key());
    node.put("args", said.args().stream().map(arg -> arg instanceof Said nested ? tree(nested) : String.valueOf(arg))
        .toList());
    return node;
  }

  /** The words a tree read from JSON holds; {@code null} when it holds none. */
  public static Said said(Object node) {
    if (!(node instanceof Map<?, ?> map)) {
      return null;
    }
    List<Object> args = new ArrayList<>();
    for (Object arg : (List<?>) map.get("args")) {
      args.add(arg instanceof Map<?, ?> ? said(arg) : String.valueOf(arg));
    }
    return new Said(String.valueOf(map.get("key")), args);
  }
}
