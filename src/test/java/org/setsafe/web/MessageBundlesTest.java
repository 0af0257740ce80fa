package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every message has its Spanish and every Spanish message its English, so no page falls back to English halfway
 * through a sentence: a key added to one bundle only fails here, naming it.
 */
class MessageBundlesTest {

  private static final java.util.regex.Pattern LONE_QUOTE = java.util.regex.Pattern.compile("(?<!')'(?!')");

  @Test
  void everyEnglishMessageHasItsSpanishAndEverySpanishMessageItsEnglish() throws IOException {
    Properties english = bundle("messages.properties");
    Properties spanish = bundle("messages_es.properties");
    assertThat(missing(english, spanish)).as("in messages.properties, not in messages_es.properties").isEmpty();
    assertThat(missing(spanish, english)).as("in messages_es.properties, not in messages.properties").isEmpty();
    assertThat(english).isNotEmpty();
  }

  @Test
  void noMessageIsEmptyAndTheArgumentsOfEachAreTheSameInBothLanguages() throws IOException {
    Properties english = bundle("messages.properties");
    Properties spanish = bundle("messages_es.properties");
    Set<String> problems = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String es = spanish.getProperty(key, "");
      if (en.isBlank() || es.isBlank()) {
        problems.add(key + ": empty");
      } else if (!arguments(en).equals(arguments(es))) {
        problems.add(key + ": arguments " + arguments(en) + " in English, " + arguments(es) + " in Spanish");
      } else if (!arguments(en).isEmpty() && (LONE_QUOTE.matcher(en).find() || LONE_QUOTE.matcher(es).find())) {
        // With arguments a message is a MessageFormat pattern: a lone apostrophe would swallow the rest of it.
        problems.add(key + ": a lone apostrophe in a message with arguments (write it twice)");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Set<String> arguments(String message) {
    Set<String> found = new TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)[^}]*}").matcher(message);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Set<String> missing(Properties from, Properties in) {
    Set<String> missing = new TreeSet<>(from.stringPropertyNames());
    missing.removeAll(in.stringPropertyNames());
    return missing;
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
