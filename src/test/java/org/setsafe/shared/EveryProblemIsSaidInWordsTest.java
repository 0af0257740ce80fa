package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.setsafe.JavaSourceText;

/**
 * Every refusal and every input problem made in the code says its message in bundle words too ({@code .saying(key,
 * args)} where it is made), so a page shows it in the reader's language: a Spanish-speaking grip refused at the gun
 * cart reads why in Spanish. And every key said that way is in the bundles. Read from the source, as the templates
 * are by {@code EveryPageSpeaksFromTheBundlesTest}: a problem nobody's test happens to reach is counted too.
 */
class EveryProblemIsSaidInWordsTest {

  private static final Path CODE = JavaSourceText.MAIN;
  private static final Pattern MADE =
      Pattern.compile("new (?:org\\.setsafe\\.shared\\.)?(Refusal|InvalidInputException|ConflictException"
          + "|RefusedInputException|NotFoundException|AccessRefusedException|Refused)\\(");
  private static final Pattern REFUSAL = Pattern.compile("(refusal|refused)(\\.get\\(\\))?");
  private static final Pattern SAID_KEY = Pattern.compile("\\.saying\\(\\s*\"([^\"]+)\"\\s*[,)]");

  @Test
  void everyProblemMadeInTheCodeIsSaidInWords() throws IOException {
    TreeMap<String, List<String>> unsaid = new TreeMap<>();
    for (Path file : JavaSourceText.sources()) {
      String name = CODE.relativize(file).toString().replace('\\', '/');
      List<String> found = unsaid(Files.readString(file, StandardCharsets.UTF_8));
      if (!found.isEmpty()) {
        unsaid.put(name, found);
      }
    }
    assertThat(unsaid).as("problems made without .saying(key, args): English on every page").isEmpty();
  }

  @Test
  void everyKeySaidIsInTheBundles() throws IOException {
    Properties english = bundles();
    TreeSet<String> missing = new TreeSet<>();
    for (Path file : JavaSourceText.sources()) {
      Matcher key = SAID_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (key.find()) {
        if (!english.containsKey(key.group(1))) {
          missing.add(CODE.relativize(file) + ": " + key.group(1));
        }
      }
    }
    assertThat(missing).as("keys said in the code but in no bundle").isEmpty();
  }

  @Test
  void theCheckTellsASaidProblemFromAnUnsaidOne() {
    String code = """
        throw new InvalidInputException("serial", "Required", "A serial number is required.")
            .saying("input.custody.serial.required");
        return Optional.of(new Refusal(RULE, "Shown clear first.").at("weapon").saying("reason.x"));
        throw new ConflictException("day", "Once", "That day is already on the schedule (" + day + ").");
        return Optional.of(new Refusal(refused.rule(), refused.reason(), null, refused.said()));
        throw new RefusedInputException(field, refusal.get(), fact.eventId().toString());
        throw new RefusedInputException(field, "Live", "No live rounds, (ever).", id);
        """;
    assertThat(unsaid(code)).containsExactly(
        "new ConflictException(\"day\", \"Once\", \"That day is already on the schedule (\" + day + \").\")",
        "new RefusedInputException(field, \"Live\", \"No live rounds, (ever).\", id)");
  }

  /** Each problem made in this source without {@code .saying(...)} chained on it, as written. */
  static List<String> unsaid(String source) {
    List<String> found = new ArrayList<>();
    Matcher made = MADE.matcher(source);
    while (made.find()) {
      int end = JavaSourceText.closing(source, made.end() - 1);
      if (passesWordsOn(made.group(1), source.substring(made.end(), end).strip(),
          arguments(source, made.end() - 1, end))) {
        continue;
      }
      int next = end + 1;
      // Chained calls that keep the problem (pointing it at a field) may come before its words.
      while (true) {
        next = skipSpace(source, next);
        if (source.startsWith(".saying(", next)) {
          break;
        }
        if (source.startsWith(".at(", next)) {
          next = JavaSourceText.closing(source, next + 3) + 1;
          continue;
        }
        found.add(source.substring(made.start(), end + 1).replaceAll("\\s+", " "));
        break;
      }
    }
    return found;
  }

  /**
   * Made with the words of another problem: a refusal given its words whole ({@code new Refusal(rule, reason, field,
   * said)}), an input problem or a refusal of access made from a refusal ({@code new RefusedInputException(field,
   * refusal, refusalId)}, {@code new AccessRefusedException(refusal)}).
   */
  private static boolean passesWordsOn(String type, String arguments, int count) {
    return switch (type) {
      case "Refusal" -> count == 4;
      case "RefusedInputException" -> count == 3;
      // An issue gate's answer: rule, reason and its words.
      case "Refused" -> count == 3;
      case "AccessRefusedException" -> REFUSAL.matcher(arguments).matches();
      default -> false;
    };
  }

  /** How many arguments the call between these parentheses passes. */
  private static int arguments(String source, int open, int close) {
    int count = 1;
    for (int i = open + 1; i < close; i++) {
      char c = source.charAt(i);
      if (c == '"') {
        i = JavaSourceText.endOfString(source, i);
      } else if (c == '(') {
        i = JavaSourceText.closing(source, i);
      } else if (c == ',') {
        count++;
      }
    }
    return count;
  }

  private static int skipSpace(String source, int from) {
    int i = from;
    while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Properties bundles() {
    Properties application = load("/application.properties");
    Properties words = new Properties();
    Arrays.stream(application.getProperty("spring.messages.basename").split(","))
        .forEach(basename -> words.putAll(load("/" + basename.trim() + ".properties")));
    return words;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = EveryProblemIsSaidInWordsTest.class.getResourceAsStream(resource)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
