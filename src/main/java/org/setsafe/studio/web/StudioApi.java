package org.setsafe.studio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.setsafe.studio.StudioTable;
import org.setsafe.studio.StudioTrends;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The studio's view on the JSON API, for studio safety and administrators: every production with every column's
 * cell, sorted and filtered as the page does, the trends over the last weeks, and both as CSV.
 */
@RestController
@Tag(name = "Studio view")
class StudioApi {

  private final StudioTable table;
  private final StudioTrends trends;

  StudioApi(StudioTable table, StudioTrends trends) {
    this.table = table;
    this.trends = trends;
  }

  @GetMapping("/api/studio/productions")
  @Operation(summary = "Every production with each column's cell (figure, concern NONE/WATCH/ACT, words, link into"
      + " the production). sort: attention (default), name or a column key; direction: asc or desc; only: a column"
      + " key, to keep the productions with something in it; name: part of the production's name")
  StudioTableAnswer productions(@RequestParam(required = false) String sort,
      @RequestParam(required = false) String direction, @RequestParam(required = false) String only,
      @RequestParam(required = false) String name) {
    StudioTable.Table answer = table.table(new StudioTable.Ask(sort, direction, only, name));
    List<StudioColumnHeading> columns = answer.columns().stream()
        .map(h -> new StudioColumnHeading(h.key(), h.heading())).toList();
    List<StudioProductionRow> rows = new ArrayList<>();
    for (StudioTable.Row row : answer.rows()) {
      Map<String, StudioCellAnswer> cells = new LinkedHashMap<>();
      for (StudioTable.Heading h : answer.columns()) {
        StudioCell cell = row.cell(h.key());
        cells.put(h.key(), new StudioCellAnswer(cell.figure(), cell.concern().name(), cell.words(), cell.link()));
      }
      rows.add(new StudioProductionRow(row.productionId(), row.name(), row.link(), cells));
    }
    return new StudioTableAnswer(answer.at(), answer.ask().sort(), answer.ask().direction(), answer.ask().only(),
        answer.productionCount(), columns, rows);
  }

  @GetMapping(value = "/api/studio/productions.csv", produces = "text/csv")
  @Operation(summary = "The same table as CSV, sorted and filtered alike; text cells that a spreadsheet would run as"
      + " a formula are written with a leading apostrophe")
  ResponseEntity<String> productionsCsv(@RequestParam(required = false) String sort,
      @RequestParam(required = false) String direction, @RequestParam(required = false) String only,
      @RequestParam(required = false) String name) {
    StudioTable.Table answer = table.table(new StudioTable.Ask(sort, direction, only, name));
    return StudioPages.csv("studio-productions.csv", StudioCsv.table(answer, ""));
  }

  @GetMapping("/api/studio/trends")
  @Operation(summary = "The trends over the last 12 weeks (Monday to Monday, UTC) across every production: reports"
      + " per 100 crew-days, near misses and injuries, hours to acknowledge and to resolve reports (median), refusals"
      + " by rule, misfires and accidental discharges. A week without a value is null")
  List<StudioTrendAnswer> trends() {
    return trends.trends().stream().map(StudioApi::answer).toList();
  }

  @GetMapping(value = "/api/studio/trends/{trendKey}.csv", produces = "text/csv")
  @Operation(summary = "One trend as CSV, a week a row")
  ResponseEntity<String> trendCsv(@PathVariable String trendKey) {
    StudioTrends.Trend trend = trends.trend(trendKey);
    return StudioPages.csv("studio-" + trend.key() + ".csv", StudioCsv.trend(trend));
  }

  private static StudioTrendAnswer answer(StudioTrends.Trend trend) {
    return new StudioTrendAnswer(trend.key(), trend.heading(), trend.unit(), trend.weeks(),
        trend.lines().stream().map(line -> new StudioTrendLine(line.name(),
            Arrays.stream(line.values()).mapToObj(v -> Double.isNaN(v) ? null : v).toList())).toList());
  }

  record StudioTableAnswer(Instant at, String sort, String direction, String only, int productionCount,
      List<StudioColumnHeading> columns, List<StudioProductionRow> productions) {}

  record StudioColumnHeading(String key, String heading) {}

  record StudioProductionRow(UUID productionId, String name, String link, Map<String, StudioCellAnswer> cells) {}

  record StudioCellAnswer(long figure, String concern, String words, String link) {}

  record StudioTrendAnswer(String key, String heading, String unit, List<LocalDate> weeks,
      List<StudioTrendLine> lines) {}

  record StudioTrendLine(String name, List<Double> values) {}
}
