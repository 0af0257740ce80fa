package org.setsafe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages, PDFs and notices show a moment on the production's clock, through {@code #when} on pages and
 * {@code LocalTimes} in code; a moment printed on the server's UTC clock must not come back.
 */
class TimesOnTheProductionsClockTest {

  /** A moment (a field named ...At) formatted as it is, with no zone: that is the server's UTC clock. */
  private static final Pattern INSTANT_FORMATTED_WITHOUT_ZONE =
      Pattern.compile("#temporals\\.format\\(\\s*[\\w.]+At\\s*,");
  /** A moment printed raw: "2026-12-06T05:07:00Z" on a page. */
  private static final Pattern INSTANT_PRINTED_RAW = Pattern.compile("th:text=\"\\$\\{[\\w.]+At}\"");
  /**
   * "Today" or "now" asked of the server's clock rather than the injected one: {@code LocalDate.now(zone)} decides
   * whether a page prints the date by a day that tests cannot set and that is not SetSafe's.
   */
  private static final Pattern SERVERS_CLOCK = Pattern.compile(
      "\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Instant|Year|YearMonth)\\.now\\((?![\\w.]*[cC]lock\\b)");
  /** A formatter pattern that writes "UTC" after a time. */
  private static final Pattern UTC_PATTERN = Pattern.compile("ofPattern\\([^)]*'UTC'");
  /**
   * A page's code formatting a moment at the production's zone with a formatter of its own ("14:30"), where
   * {@code LocalTimes} writes the zone's name ("14:30 MST") and the date of another day.
   */
  private static final Pattern MOMENT_FORMATTED_BY_HAND = Pattern.compile("\\.format\\([^;]*\\.atZone\\(");

  @Test
  void noTemplateFormatsAMomentOnTheServersClock() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : files(Path.of("src/main/resources/templates"), ".html")) {
      List<String> lines = Files.readAllLines(template);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.contains("UTC") || INSTANT_FORMATTED_WITHOUT_ZONE.matcher(line).find()
            || INSTANT_PRINTED_RAW.matcher(line).find()) {
          found.add(template + ":" + (i + 1) + ": " + line.strip());
        }
      }
    }
    assertThat(found).as("show moments with #when.at(...) instead").isEmpty();
  }

  @Test
  void noCodeWritesUtcAfterATimeForPeople() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path source : files(Path.of("src/main/java"), ".java")) {
      String text = Files.readString(source);
      if (UTC_PATTERN.matcher(text).find()) {
        found.add(source.toString());
      }
    }
    assertThat(found).as("format moments for people with LocalTimes").isEmpty();
  }

  @Test
  void noCodeAsksTheServersClockWhatDayItIs() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path source : files(Path.of("src/main/java"), ".java")) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        if (SERVERS_CLOCK.matcher(lines.get(i)).find()) {
          found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertThat(found).as("ask the injected Clock (LocalTimes.at takes it)").isEmpty();
  }

  @Test
  void noPageFormatsAMomentWithoutItsZonesName() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path source : files(Path.of("src/main/java"), ".java")) {
      if (!source.toString().replace('\\', '/').contains("/web/")) {
        continue;
      }
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        if (MOMENT_FORMATTED_BY_HAND.matcher(lines.get(i)).find()) {
          found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertThat(found).as("format moments for people with LocalTimes").isEmpty();
  }

  @Test
  void theGuardCatchesWhatItIsFor() {
    assertThat(SERVERS_CLOCK.matcher("LocalDate.now(production.timeZone())").find()).isTrue();
    assertThat(SERVERS_CLOCK.matcher("Instant.now()").find()).isTrue();
    assertThat(SERVERS_CLOCK.matcher("LocalDate.now(clock.withZone(zone))").find()).isFalse();
    assertThat(SERVERS_CLOCK.matcher("Instant.now(this.clock)").find()).isFalse();
    assertThat(INSTANT_FORMATTED_WITHOUT_ZONE.matcher("${#temporals.format(item.createdAt, 'yyyy-MM-dd HH:mm')}")
        .find()).isTrue();
    assertThat(INSTANT_FORMATTED_WITHOUT_ZONE.matcher("${#temporals.format(m.openedAt.atZone(zone), 'HH:mm')}")
        .find()).isFalse();
    assertThat(INSTANT_PRINTED_RAW.matcher("<span th:text=\"${e.occurredAt}\">").find()).isTrue();
    assertThat(UTC_PATTERN.matcher("DateTimeFormatter.ofPattern(\"d MMM HH:mm 'UTC'\")").find()).isTrue();
    // The escalation page's step times, as they were: "due 14:30" with no zone.
    assertThat(MOMENT_FORMATTED_BY_HAND.matcher("String due = HOURS.format(fired.dueAt().atZone(zone));").find())
        .isTrue();
    assertThat(MOMENT_FORMATTED_BY_HAND.matcher("String due = LocalTimes.at(fired.dueAt(), zone, today);").find())
        .isFalse();
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
