package org.setsafe.protocol.web;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.shared.Languages;
import org.springframework.context.MessageSource;

/**
 * The levels of the hierarchy of controls as a person types them on the risk form, one control a line as
 * {@code LEVEL: what is done}. A Spanish-reading safety advisor types {@code INGENIERÍA:} and reads it back so; the
 * level's code ({@code ENGINEERING}), its English name and its name in every language SetSafe speaks are all taken,
 * with or without accents, so a form pasted from another reader's copy still reads. What is stored is the level.
 */
final class ControlWords {

  private final Map<String, ControlLevel> levels = new HashMap<>();
  private final Map<ControlLevel, String> written = new EnumMap<>(ControlLevel.class);

  private ControlWords() {}

  /** The words the form takes, and writes back in {@code reader}'s language. */
  static ControlWords of(MessageSource messages, Locale reader) {
    ControlWords words = new ControlWords();
    for (ControlLevel level : ControlLevel.values()) {
      words.levels.put(key(level.name()), level);
      words.levels.put(key(level.label()), level);
      for (String language : Languages.SUPPORTED) {
        words.levels.putIfAbsent(key(name(messages, level, Languages.locale(language))), level);
      }
      words.written.put(level, name(messages, level, reader).toUpperCase(reader));
    }
    return words;
  }

  /** The level a typed word names, or null when it names none. */
  ControlLevel level(String typed) {
    return levels.get(key(typed));
  }

  /** The level as the form writes it back: "ENGINEERING", "INGENIERÍA". */
  String written(ControlLevel level) {
    return written.get(level);
  }

  private static String name(MessageSource messages, ControlLevel level, Locale language) {
    return messages.getMessage("protocol.control." + level.name(), null, level.label(), language);
  }

  private static String key(String word) {
    return Normalizer.normalize(word.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
  }
}
