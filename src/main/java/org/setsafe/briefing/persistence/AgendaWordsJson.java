package org.setsafe.briefing.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.shared.Refusal.Said;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agenda item's words as a meeting keeps them: {@code {"title": said, "lines": [said or null, …]}}, each said
 * {@code {"key": …, "args": [text or said, …]}}. Arguments are kept as the text they read (a version, a distance),
 * which is all the bundles do with them.
 */
final class AgendaWordsJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AgendaWordsJson() {}

  /** {@code null} for an item with no words at all. */
  static String write(Said title, List<Said> lines) {
    if (title == null && lines.stream().allMatch(java.util.Objects::isNull)) {
      return null;
    }
    Map<String, Object> words = new LinkedHashMap<>();
    words.put("title", tree(title));
    List<Object> each = new ArrayList<>();
    lines.forEach(line -> each.add(tree(line)));
    words.put("lines", each);
    return JSON.writeValueAsString(words);
  }

  static Said title(String json) {
    return json == null ? null : said(JSON.readValue(json, Map.class).get("title"));
  }

  static List<Said> lines(String json) {
    if (json == null) {
      return List.of();
    }
    List<Said> lines = new ArrayList<>();
    for (Object line : (List<?>) JSON.readValue(json, Map.class).get("lines")) {
      lines.add(said(line));
    }
    return lines;
  }

  private static Object tree(Said said) {
    if (said == null) {
      return null;
    }
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("key", said.key());
    node.put("args", said.args().stream().map(arg -> arg instanceof Said nested ? tree(nested) : String.valueOf(arg))
        .toList());
    return node;
  }

  private static Said said(Object node) {
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
