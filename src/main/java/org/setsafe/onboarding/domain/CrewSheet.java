package org.setsafe.onboarding.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.setsafe.shared.SpreadsheetCells;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.TextRule;

/**
 * A crew list as a production office exports it from its spreadsheet, read with Commons CSV and checked row by row.
 * Every problem of every row is found at once, so the office fixes its file in one go instead of one refusal at a
 * time; nothing here writes anything.
 */
public final class CrewSheet {

  /** A crew is at most a few hundred people: a larger file is a mistake (the wrong file, a whole studio's list). */
  public static final int MAX_ROWS = 1000;
  public static final int MAX_CHARACTERS = 1_000_000;
  public static final int MAX_NAME = 120;
  public static final int MAX_EMAIL = 254;
  public static final int MAX_PHONE = 40;
  public static final int MAX_DEPARTMENT = 60;
  public static final int MAX_POSITION = 80;

  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("M/d/uu").withResolverStyle(ResolverStyle.STRICT));

  /** The ways a list names each language SetSafe speaks, as {@link CrewField#plain} makes them. */
  private static final Map<String, List<String>> LANGUAGES = Map.of(
      org.setsafe.shared.Languages.ENGLISH, List.of("en", "english", "ingles", "inglés"),
      org.setsafe.shared.Languages.SPANISH, List.of("es", "spanish", "espanol", "español", "castellano"));

  private final List<String> headings;
  private final ColumnMapping mapping;
  private final List<CrewRow> rows;

  private CrewSheet(List<String> headings, ColumnMapping mapping, List<CrewRow> rows) {
    this.headings = headings;
    this.mapping = mapping;
    this.rows = rows;
  }

  /** Only the headings of a file, to map its columns. */
  public static List<String> headings(String csv) {
    checkSize(csv);
    try (CSVParser parser = format().parse(new StringReader(strip(csv)))) {
      List<String> names = parser.getHeaderNames();
      if (names.isEmpty()) {
        throw new InvalidInputException("csv", "Headings", "csv must start with a row of column headings")
            .saying("input.onboarding.csv.headings");
      }
      names.forEach(h -> TextRule.admit("csv", h));
      return List.copyOf(names);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw unreadable(e);
    }
  }

  /** Reads and checks every row; {@code mapping} is fitted to the file's headings first. */
  public static CrewSheet read(String csv, ColumnMapping mapping) {
    List<String> headings = headings(csv);
    ColumnMapping fitted = mapping.fitting(headings);
    List<CrewRow> rows = new ArrayList<>();
    try (CSVParser parser = format().parse(new StringReader(strip(csv)))) {
      for (CSVRecord record : parser) {
        if (rows.size() >= MAX_ROWS) {
          throw new InvalidInputException("csv", "MaxRows", "csv may hold at most " + MAX_ROWS
              + " crew rows; split the list").saying("input.onboarding.csv.max-rows", MAX_ROWS);
        }
        if (blank(record)) {
          continue;
        }
        rows.add(row((int) record.getRecordNumber() + 1, record, fitted));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw unreadable(e);
    }
    duplicates(rows);
    return new CrewSheet(headings, fitted, List.copyOf(rows));
  }

  public List<String> headings() {
    return headings;
  }

  public ColumnMapping mapping() {
    return mapping;
  }

  public List<CrewRow> rows() {
    return rows;
  }

  public List<CrewRow> rowsWithProblems() {
    return rows.stream().filter(r -> !r.fine()).toList();
  }

  /** Whether the file can be imported: every needed column mapped and no row with a problem. */
  public boolean importable() {
    return mapping.missing().isEmpty() && rowsWithProblems().isEmpty() && !rows.isEmpty();
  }

  /** A crew role as an office writes it: the role's name as SetSafe shows it ("1st AD") or as the API spells it. */
  public static Optional<CrewRole> role(String written) {
    String plain = CrewField.plain(written);
    for (CrewRole role : CrewRole.values()) {
      if (plain.equals(CrewField.plain(role.name())) || plain.equals(CrewField.plain(role.label()))) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private static CrewRow row(int line, CSVRecord record, ColumnMapping mapping) {
    Map<CrewField, String> cells = new EnumMap<>(CrewField.class);
    List<RowProblem> problems = new ArrayList<>();
    for (CrewField field : CrewField.values()) {
      String heading = mapping.heading(field).orElse(null);
      String value = heading != null && record.isSet(heading) ? record.get(heading) : "";
      TextRule.Violation odd = TextRule.violation(value);
      if (odd != null) {
        problems.add(new RowProblem(field, "unkept", List.of(odd.rule()),
            "holds a character that cannot be kept (" + odd.rule() + ")"));
        value = "";
      }
      value = value.strip();
      // An export guards formula-looking cells with an apostrophe (see SpreadsheetCells); reading it back drops it.
      if (value.length() > 1 && value.charAt(0) == '\'' && SpreadsheetCells.looksLikeAFormula(value.substring(1))) {
        value = value.substring(1);
      }
      cells.put(field, value);
    }
    String name = text(cells, CrewField.NAME, MAX_NAME, true, problems);
    String email = text(cells, CrewField.EMAIL, MAX_EMAIL, true, problems);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new RowProblem(CrewField.EMAIL, "not-an-address", List.of(email),
          "'" + email + "' is not an address like name@example.org"));
      email = null;
    }
    String phone = text(cells, CrewField.PHONE, MAX_PHONE, false, problems);
    String department = text(cells, CrewField.DEPARTMENT, MAX_DEPARTMENT, false, problems);
    String position = text(cells, CrewField.POSITION, MAX_POSITION, false, problems);
    Set<CrewRole> roles = roles(cells.get(CrewField.ROLE), problems);
    if (roles.contains(CrewRole.CREW) && department == null) {
      problems.add(new RowProblem(CrewField.DEPARTMENT, "needed-for-crew", List.of(),
          "is needed for crew (e.g. Camera, Grip)"));
    }
    LocalDate starts = date(cells, CrewField.STARTS, problems);
    LocalDate ends = date(cells, CrewField.ENDS, problems);
    if (starts != null && ends != null && ends.isBefore(starts)) {
      problems.add(new RowProblem(CrewField.ENDS, "before-start", List.of(ends.toString(), starts.toString()),
          ends + " is before the start date " + starts));
    }
    String language = language(cells.get(CrewField.LANGUAGE), problems);
    return new CrewRow(line, cells, name, email == null ? null : email.toLowerCase(Locale.ROOT), phone, department,
        position, roles, starts, ends, language, problems);
  }

  private static String text(Map<CrewField, String> cells, CrewField field, int max, boolean required,
      List<RowProblem> problems) {
    String value = cells.get(field);
    if (value.isEmpty()) {
      if (required) {
        problems.add(new RowProblem(field, "empty", List.of(), "is empty"));
      }
      return null;
    }
    if (value.length() > max) {
      problems.add(new RowProblem(field, "too-long", List.of(String.valueOf(max)),
          "is longer than " + max + " characters"));
      return null;
    }
    return value;
  }

  private static Set<CrewRole> roles(String written, List<RowProblem> problems) {
    Set<CrewRole> roles = EnumSet.noneOf(CrewRole.class);
    if (written.isEmpty()) {
      problems.add(new RowProblem(CrewField.ROLE, "role-empty", List.of(),
          "is empty; name a SetSafe role such as Crew, Armorer or 1st AD"));
      return roles;
    }
    for (String part : written.split("[;|]")) {
      if (part.isBlank()) {
        continue;
      }
      Optional<CrewRole> role = role(part);
      if (role.isPresent()) {
        roles.add(role.get());
      } else {
        // The roles as a list is written, which is in English whatever language the office reads.
        String known = String.join(", ", java.util.Arrays.stream(CrewRole.values()).map(CrewRole::label).toList());
        problems.add(new RowProblem(CrewField.ROLE, "role-unknown", List.of(part.strip(), known),
            "'" + part.strip() + "' is not a role SetSafe knows; use one of " + known));
      }
    }
    return roles;
  }

  /**
   * The invitation's language as an office writes it: the code or the language's name in English or Spanish. Empty
   * is no choice (the inviter's language is used); anything else is a problem, not a silent English.
   */
  private static String language(String written, List<RowProblem> problems) {
    if (written.isEmpty()) {
      return null;
    }
    String plain = CrewField.plain(written);
    for (Map.Entry<String, List<String>> language : LANGUAGES.entrySet()) {
      if (language.getValue().contains(plain)) {
        return language.getKey();
      }
    }
    problems.add(new RowProblem(CrewField.LANGUAGE, "language-unknown", List.of(written),
        "'" + written + "' is not a language SetSafe speaks; write en (English) or es (Spanish)"));
    return null;
  }

  private static LocalDate date(Map<CrewField, String> cells, CrewField field, List<RowProblem> problems) {
    String value = cells.get(field);
    if (value.isEmpty()) {
      return null;
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(value, format);
      } catch (DateTimeParseException e) {
        // the next way of writing a date
      }
    }
    problems.add(new RowProblem(field, "not-a-date", List.of(value),
        "'" + value + "' is not a date; write 2027-03-01 or 3/1/2027"));
    return null;
  }

  /** Two rows for one address would be one person imported twice, or two people sharing one sign-in. */
  private static void duplicates(List<CrewRow> rows) {
    Map<String, List<CrewRow>> byEmail = new LinkedHashMap<>();
    rows.stream().filter(r -> r.email() != null).forEach(r -> byEmail.computeIfAbsent(r.email(), e -> new ArrayList<>())
        .add(r));
    Map<Integer, String> lines = new HashMap<>();
    byEmail.values().stream().filter(same -> same.size() > 1).forEach(same -> {
      String which = String.join(", ", same.stream().map(r -> String.valueOf(r.line())).toList());
      same.forEach(r -> lines.put(r.line(), which));
    });
    for (CrewRow row : rows) {
      String which = lines.get(row.line());
      if (which != null) {
        row.problems().add(new RowProblem(CrewField.EMAIL, "twice", List.of(row.email(), which),
            row.email() + " appears more than once (rows " + which + ")"));
      }
    }
  }

  private static boolean blank(CSVRecord record) {
    return record.stream().allMatch(v -> v == null || v.isBlank());
  }

  private static void checkSize(String csv) {
    if (csv == null || csv.isBlank()) {
      throw new InvalidInputException("csv", "NotBlank", "csv must hold the crew list, headings first")
          .saying("input.onboarding.csv.blank");
    }
    if (csv.length() > MAX_CHARACTERS) {
      throw new InvalidInputException("csv", "MaxSize", "csv may be at most " + MAX_CHARACTERS / 1000
          + " kB; split the list").saying("input.onboarding.csv.max-size", MAX_CHARACTERS / 1000);
    }
  }

  /** A spreadsheet's UTF-8 export often starts with a byte-order mark, which would stick to the first heading. */
  private static String strip(String csv) {
    return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
  }

  private static CSVFormat format() {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(true).get();
  }

  private static InvalidInputException unreadable(Exception e) {
    if (e instanceof InvalidInputException invalid) {
      return invalid;
    }
    // The parser's own words stay as it wrote them: they name the line and the character it stopped at.
    String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return new InvalidInputException("csv", "Csv", "csv could not be read as comma-separated values (" + why + ")")
        .saying("input.onboarding.csv.unreadable", why);
  }
}
