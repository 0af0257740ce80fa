package org.setsafe.onboarding.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Which heading of the office's file holds which of SetSafe's fields. Mapped once and remembered per production,
 * so next week's list of the same office imports without asking again.
 */
public record ColumnMapping(Map<CrewField, String> headings) {

  public static final int MAX_HEADING = 80;

  public ColumnMapping {
    EnumMap<CrewField, String> copy = new EnumMap<>(CrewField.class);
    headings.forEach((field, heading) -> {
      if (heading != null && !heading.isBlank()) {
        copy.put(field, heading.strip());
      }
    });
    headings = Collections.unmodifiableMap(copy);
  }

  /** A mapping guessed from a file's headings: each field takes the first heading an office uses for it. */
  public static ColumnMapping guess(List<String> fileHeadings) {
    Map<CrewField, String> guessed = new EnumMap<>(CrewField.class);
    for (CrewField field : CrewField.values()) {
      fileHeadings.stream().filter(field::calls).findFirst().ifPresent(h -> guessed.put(field, h));
    }
    return new ColumnMapping(guessed);
  }

  /** This mapping where it fits the file's headings; a guess for each field it names no heading of the file for. */
  public ColumnMapping fitting(List<String> fileHeadings) {
    ColumnMapping guess = guess(fileHeadings);
    Map<CrewField, String> fitted = new EnumMap<>(CrewField.class);
    for (CrewField field : CrewField.values()) {
      Optional<String> mine = heading(field).filter(h -> fileHeadings.stream().anyMatch(h::equalsIgnoreCase));
      mine.or(() -> guess.heading(field)).ifPresent(h -> fitted.put(field, h));
    }
    return new ColumnMapping(fitted);
  }

  public Optional<String> heading(CrewField field) {
    return Optional.ofNullable(headings.get(field));
  }

  /** The fields an import needs that this mapping does not name a column for. */
  public List<CrewField> missing() {
    return java.util.Arrays.stream(CrewField.values()).filter(CrewField::required)
        .filter(f -> !headings.containsKey(f)).toList();
  }

  /** As kept in the database: one CSV record of field, heading pairs. */
  public String stored() {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
      for (Map.Entry<CrewField, String> e : headings.entrySet()) {
        printer.print(e.getKey().name());
        printer.print(e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static ColumnMapping fromStored(String stored) {
    Map<CrewField, String> headings = new EnumMap<>(CrewField.class);
    try {
      for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(stored))) {
        for (int i = 0; i + 1 < record.size(); i += 2) {
          headings.put(CrewField.valueOf(record.get(i)), record.get(i + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ColumnMapping(headings);
  }
}
