package org.setsafe.briefing.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SaidTree;
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
    words.put("title", SaidTree.tree(title));
    List<Object> each = new ArrayList<>();
    lines.forEach(line -> each.add(SaidTree.tree(line)));
    words.put("lines", each);
    return JSON.writeValueAsString(words);
  }

  static Said title(String json) {
    return json == null ? null : SaidTree.said(JSON.readValue(json, Map.class).get("title"));
  }

  static List<Said> lines(String json) {
    if (json == null) {
      return List.of();
    }
    List<Said> lines = new ArrayList<>();
    for (Object line : (List<?>) JSON.readValue(json, Map.class).get("lines")) {
      lines.add(SaidTree.said(line));
    }
    return lines;
  }
}
