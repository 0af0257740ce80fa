package org.setsafe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A date a person reads is written in their language ("lun 7 dic 2026 11:49 MST"): pages through {@code #when} or the
 * request's locale, notices and the calendar feed in the language their reader chose, words ({@code Refusal.Said})
 * with a {@code Dated} moment. Only what is kept as evidence or read by machines writes English whoever reads it (the
 * ledger's and a refusal's recorded English, the JSON API, CSV, the signed investigation report), and each class that
 * does is named below with why. Read from the source, as {@code EveryProblemIsSaidInWordsTest} reads it: a date
 * nobody's test happens to show in Spanish is counted too.
 */
class DatesInTheReadersLanguageTest {

  private static final Path CODE = JavaSourceText.MAIN;
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /**
   * Who may write a moment in English for everyone ({@code LocalTimes.dated(at, zone)}, {@code time(at, zone)},
   * {@code at(at, zone, clockOrToday)}), and why. Anything for a person passes the reader's {@code Locale}.
   */
  private static final Map<String, String> WRITES_ENGLISH_MOMENTS = Map.ofEntries(
      Map.entry("org/setsafe/incident/ReportingClocks.java",
          "the JSON API's clock (dueAtOnSet, madeAtOnSet); pages write the instants with #when, words with Dated"),
      Map.entry("org/setsafe/incident/CareAfterIncidents.java",
          "the JSON API's views of support; the support pages write the instants with #when.dated"),
      Map.entry("org/setsafe/incident/StatementsOnRecord.java", "a section of the signed English report"),
      Map.entry("org/setsafe/incident/TimelineSection.java", "a section of the signed English report"),
      Map.entry("org/setsafe/incident/web/TimelineCsv.java", "the timeline's CSV, evidence"),
      Map.entry("org/setsafe/incident/InvestigatorAccess.java",
          "the case file an outside investigator reads: the signed English report's contents, as signed"),
      Map.entry("org/setsafe/custody/domain/StopWorkBindsPolicy.java",
          "a refusal's recorded English; its words place the same 24-hour time, which has no names"),
      Map.entry("org/setsafe/custody/UnattendedWatch.java",
          "the never-unattended watch's findings, stored as English sentences (evidence)"),
      Map.entry("org/setsafe/briefing/MeetingsOnTheCallSheet.java",
          "a meeting's 24-hour time on the production's clock, which has no day or month names to translate"));

  /**
   * Who may keep a formatter that writes day or month names in English, or in the server's own language (a
   * pattern with {@code E}, {@code MMM} or {@code LLL} and {@code Locale.ENGLISH} or no locale), and why.
   */
  private static final Map<String, String> NAMES_IN_ENGLISH = Map.ofEntries(
      Map.entry("org/setsafe/shared/LocalTimes.java",
          "the English patterns, put into the reader's language by in(format, language) before use"),
      Map.entry("org/setsafe/custody/domain/SettledDayBeforeLoadPolicy.java",
          "the refusal's recorded English; its words say the day from the bundles (reason.part.day-month)"),
      Map.entry("org/setsafe/briefing/BriefingStudio.java",
          "the studio cell's English (CSV, API); its words say the day from the bundles (briefing.studio.day)"));

  private static final Pattern ENGLISH_ONLY_CALL = Pattern.compile("\\bLocalTimes\\.(dated|time|at)\\(");
  private static final Pattern OF_PATTERN = Pattern.compile("\\bofPattern\\(");
  /** A pattern letter run that writes a name: a weekday (E), a month's name (MMM, LLL), outside quoted text. */
  private static final Pattern NAMES = Pattern.compile("E|MMM|LLL");
  /** In a template, a whole month's name in a pattern of its own: Spanish writes "7 de diciembre" (date.* keys). */
  private static final Pattern TEMPLATE_LONG_MONTH = Pattern.compile("#temporals\\.format\\([^)]*,\\s*'[^']*MMMM");

  @Test
  void momentsForPeopleAreWrittenInTheReadersLanguage() throws IOException {
    TreeMap<String, List<String>> english = new TreeMap<>();
    for (Path file : JavaSourceText.sources()) {
      String name = CODE.relativize(file).toString().replace('\\', '/');
      List<String> found = englishOnlyMoments(Files.readString(file));
      if (!found.isEmpty() && !WRITES_ENGLISH_MOMENTS.containsKey(name) && !name.endsWith("/LocalTimes.java")) {
        english.put(name, found);
      }
    }
    assertThat(english).as("a moment written in English for a person: pass the reader's Locale to LocalTimes, or a "
        + "Dated among words; evidence only goes on the list, with why").isEmpty();
  }

  @Test
  void dayAndMonthNamesAreNeverFixedToEnglishOrTheServersLanguage() throws IOException {
    TreeMap<String, List<String>> english = new TreeMap<>();
    for (Path file : JavaSourceText.sources()) {
      String name = CODE.relativize(file).toString().replace('\\', '/');
      List<String> found = englishNames(Files.readString(file));
      if (!found.isEmpty() && !NAMES_IN_ENGLISH.containsKey(name)) {
        english.put(name, found);
      }
    }
    assertThat(english).as("a formatter writing day or month names in English: give it the reader's Locale, or use "
        + "LocalTimes").isEmpty();
  }

  @Test
  void noTemplateWritesAWholeMonthsNameInAnEnglishOrder() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(TEMPLATES)) {
      for (Path template : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        List<String> lines = Files.readAllLines(template);
        for (int i = 0; i < lines.size(); i++) {
          if (TEMPLATE_LONG_MONTH.matcher(lines.get(i)).find()) {
            found.add(template + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).as("take the pattern from the bundles (#{date.long}, #{date.day-month})").isEmpty();
  }

  @Test
  void theListsNameOnlyClassesThatStillNeedThem() throws IOException {
    List<String> stale = new ArrayList<>();
    for (String name : WRITES_ENGLISH_MOMENTS.keySet()) {
      Path file = CODE.resolve(name);
      if (!Files.exists(file) || englishOnlyMoments(Files.readString(file)).isEmpty()) {
        stale.add(name);
      }
    }
    for (String name : NAMES_IN_ENGLISH.keySet()) {
      Path file = CODE.resolve(name);
      if (!Files.exists(file) || englishNames(Files.readString(file)).isEmpty()) {
        stale.add(name);
      }
    }
    assertThat(stale).as("on a list without needing it any more: take it off").isEmpty();
  }

  @Test
  void theChecksTellEnglishFromTheReadersLanguage() {
    assertThat(englishOnlyMoments("""
        String due = LocalTimes.at(fired.dueAt(), zone, today);
        String when = LocalTimes.dated(c.dueAt(), zone);
        String time = LocalTimes.time(meeting.heldAt(), zone);
        String seen = LocalTimes.at(p.publishedAt(), installation.zone(), clock, LocaleContextHolder.getLocale());
        String read = LocalTimes.dated(at, zone(), language());
        String said = LocalTimes.at(a.at(), zoneOf(x, y), sheetDay, words.locale());
        String day = LocalTimes.day(d, language);
        """)).containsExactly("LocalTimes.at(fired.dueAt(), zone, today)", "LocalTimes.dated(c.dueAt(), zone)",
        "LocalTimes.time(meeting.heldAt(), zone)");
    assertThat(englishNames("""
        private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM");
        DateTimeFormatter week = DateTimeFormatter.ofPattern("d MMM", spoken);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("MM/dd/yyyy");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm 'Mon'");
        DateTimeFormatter said = DateTimeFormatter.ofPattern(words.say("briefing.pdf.day"), words.locale());
        """)).containsExactly("ofPattern(\"d MMM\", Locale.ENGLISH)", "ofPattern(\"EEEE d MMMM\")");
    assertThat(TEMPLATE_LONG_MONTH.matcher("${#temporals.format(d.day, 'EEEE d MMMM')}").find()).isTrue();
    assertThat(TEMPLATE_LONG_MONTH.matcher("${#temporals.format(d.day, dayMonth)}").find()).isFalse();
  }

  /** Each call in this source to a {@code LocalTimes} overload without the reader's {@code Locale}, as written. */
  static List<String> englishOnlyMoments(String source) {
    List<String> found = new ArrayList<>();
    Matcher call = ENGLISH_ONLY_CALL.matcher(source);
    while (call.find()) {
      int close = JavaSourceText.closing(source, call.end() - 1);
      int count = arguments(source, call.end() - 1, close);
      boolean english = switch (call.group(1)) {
        case "dated", "time" -> count == 2;
        default -> count == 3;
      };
      if (english) {
        found.add(source.substring(call.start(), close + 1).replaceAll("\\s+", " "));
      }
    }
    return found;
  }

  /**
   * Each formatter in this source made from a literal pattern that writes day or month names, in English or in the
   * server's language: {@code Locale.ENGLISH} given, or no locale at all.
   */
  static List<String> englishNames(String source) {
    List<String> found = new ArrayList<>();
    Matcher call = OF_PATTERN.matcher(source);
    while (call.find()) {
      int open = call.end() - 1;
      int close = JavaSourceText.closing(source, open);
      String inside = source.substring(open + 1, close).strip();
      if (!inside.startsWith("\"")) {
        continue;
      }
      String pattern = inside.substring(1, JavaSourceText.endOfString(inside, 0));
      String rest = inside.substring(pattern.length() + 2).strip();
      boolean names = NAMES.matcher(pattern.replaceAll("'[^']*'", "")).find();
      if (names && (rest.isEmpty() || rest.matches(",\\s*(java\\.util\\.)?Locale\\.(ENGLISH|US|UK|ROOT)"))) {
        found.add(source.substring(call.start(), close + 1).replaceAll("\\s+", " "));
      }
    }
    return found;
  }

  /** How many arguments the call between these parentheses passes. */
  private static int arguments(String source, int open, int close) {
    if (source.substring(open + 1, close).isBlank()) {
      return 0;
    }
    int count = 1;
    for (int i = open + 1; i < close; i++) {
      char c = source.charAt(i);
      if (c == '"') {
        i = JavaSourceText.endOfString(source, i);
      } else if (c == '\'') {
        i = JavaSourceText.endOfCharacter(source, i);
      } else if (c == '(') {
        i = JavaSourceText.closing(source, i);
      } else if (c == ',') {
        count++;
      }
    }
    return count;
  }
}
