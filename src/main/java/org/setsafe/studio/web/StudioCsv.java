package org.setsafe.studio.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.shared.SpreadsheetCells;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.setsafe.studio.StudioTable;
import org.setsafe.studio.StudioTrends;

/**
 * The studio's table and trends as CSV. Column keys head the columns, as in the API and the metrics. Every text cell
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return: a production can be named
 * that way) gets a leading apostrophe, as the incident timeline's export does; figures are written as numbers.
 */
final class StudioCsv {

  private StudioCsv() {}

  static String table(StudioTable.Table table, String site) {
    List<String> header = new ArrayList<>(List.of("production", "production-id", "link"));
    for (StudioTable.Heading h : table.columns()) {
      header.add(h.key());
      header.add(h.key() + "-concern");
      header.add(h.key() + "-words");
    }
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
        .get())) {
      for (StudioTable.Row row : table.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(SpreadsheetCells.guarded(row.name()));
        cells.add(row.productionId().toString());
        cells.add(SpreadsheetCells.guarded(site + row.link()));
        for (StudioTable.Heading h : table.columns()) {
          StudioCell cell = row.cell(h.key());
          cells.add(Long.toString(cell.figure()));
          cells.add(cell.concern().name());
          cells.add(SpreadsheetCells.guarded(cell.words()));
        }
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String trend(StudioTrends.Trend trend) {
    List<String> header = new ArrayList<>(List.of("week-from-monday-utc"));
    trend.lines().forEach(line -> header.add(SpreadsheetCells.guarded(line.name())));
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
        .get())) {
      for (int w = 0; w < trend.weeks().size(); w++) {
        List<String> cells = new ArrayList<>();
        cells.add(trend.weeks().get(w).toString());
        for (StudioTrends.Line line : trend.lines()) {
          cells.add(StudioChart.number(line.values()[w]));
        }
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
