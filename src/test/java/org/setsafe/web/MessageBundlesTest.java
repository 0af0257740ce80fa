package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message has its Spanish and every Spanish message its English, so no page falls back to English halfway
 * through a sentence: a key added to one bundle only fails here, naming it. Every bundle the application reads is
 * checked, each module's as well as the shared one.
 */
class MessageBundlesTest {

  private static final java.util.regex.Pattern LONE_QUOTE = java.util.regex.Pattern.compile("(?<!')'(?!')");

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void everyEnglishMessageHasItsSpanishAndEverySpanishMessageItsEnglish(String basename) throws IOException {
    Properties english = bundle(basename + ".properties");
    Properties spanish = bundle(basename + "_es.properties");
    assertThat(missing(english, spanish)).as("in " + basename + ".properties, not in its _es").isEmpty();
    assertThat(missing(spanish, english)).as("in " + basename + "_es.properties, not in its English").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void noMessageIsEmptyAndTheArgumentsOfEachAreTheSameInBothLanguages(String basename) throws IOException {
    Properties english = bundle(basename + ".properties");
    Properties spanish = bundle(basename + "_es.properties");
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

  /** The first bundle holding a key wins, so a key written in two bundles would silently read only one of them. */
  @Test
  void noKeyIsInTwoBundles() throws IOException {
    Map<String, String> holder = new HashMap<>();
    Set<String> twice = new TreeSet<>();
    for (String basename : bundles().toList()) {
      for (String key : bundle(basename + ".properties").stringPropertyNames()) {
        String before = holder.putIfAbsent(key, basename);
        if (before != null) {
          twice.add(key + " in " + before + " and " + basename);
        }
      }
    }
    assertThat(twice).isEmpty();
    assertThat(holder).isNotEmpty();
  }

  /** The bundles the application reads, as {@code spring.messages.basename} lists them. */
  static Stream<String> bundles() throws IOException {
    Properties application = bundle("application.properties");
    return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::trim);
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
