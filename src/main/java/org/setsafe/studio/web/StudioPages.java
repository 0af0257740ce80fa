package org.setsafe.studio.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.studio.StudioTable;
import org.setsafe.studio.StudioTrends;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The studio's pages: every production at a glance, and the trends over the last weeks. */
@Controller
class StudioPages {

  private final StudioTable table;
  private final StudioTrends trends;
  private final MessageSource messages;

  StudioPages(StudioTable table, StudioTrends trends, MessageSource messages) {
    this.table = table;
    this.trends = trends;
    this.messages = messages;
  }

  @GetMapping("/studio")
  String table(@RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
      @RequestParam(required = false) String only, @RequestParam(required = false) String name, Model model,
      HttpServletRequest request) {
    StudioTable.Table answer = inWords(table.table(new StudioTable.Ask(sort, direction, only, name)));
    model.addAttribute("table", answer);
    model.addAttribute("rows", StudioRows.html(answer, request.getContextPath(), messages,
        LocaleContextHolder.getLocale()));
    model.addAttribute("ask", answer.ask());
    return "studio/table";
  }

  @GetMapping("/studio/trends")
  String trends(Model model) {
    List<Drawn> drawn = new ArrayList<>();
    for (StudioTrends.Trend trend : trends.trends().stream().map(this::inWords).toList()) {
      List<Legend> legend = new ArrayList<>();
      for (int i = 0; i < trend.lines().size(); i++) {
        legend.add(new Legend(trend.lines().get(i).name(), StudioChart.colour(i),
            StudioChart.number(trend.lines().get(i).total(), LocaleContextHolder.getLocale())));
      }
      // The chart's title as it read in English: "<heading>, <unit> per week".
      String title = messages.getMessage("studio.trend.chart-title", new Object[] {trend.heading(), trend.unit()},
          trend.heading() + ", " + trend.unit() + " per week", LocaleContextHolder.getLocale());
      drawn.add(new Drawn(trend, StudioChart.svg(trend, title, LocaleContextHolder.getLocale()), legend));
    }
    model.addAttribute("trends", drawn);
    return "studio/trends";
  }

  /**
   * The table with its columns' headings in the reader's language (studio.column.<key>); a column the bundle does not
   * name yet keeps the heading its module gave (the cells' words are put in it as the rows are written). The CSV and
   * the API keep the modules' headings and English words.
   */
  private StudioTable.Table inWords(StudioTable.Table answer) {
    List<StudioTable.Heading> columns = answer.columns().stream()
        .map(h -> new StudioTable.Heading(h.key(), words("studio.column." + h.key(), h.heading()))).toList();
    return new StudioTable.Table(answer.at(), columns, answer.rows(), answer.productionCount(), answer.ask());
  }

  /**
   * A trend with its heading, its unit (studio.trend.unit.<key>) and its lines' names in the reader's language: a line
   * of refusals is named by its rule (as refusals are, refusal.rule.<code>), the others by their name
   * (studio.trend.line.<name as a key>).
   */
  private StudioTrends.Trend inWords(StudioTrends.Trend trend) {
    boolean rules = trend.key().equals("refusals-by-rule");
    List<StudioTrends.Line> lines = trend.lines().stream().map(l -> new StudioTrends.Line(rules
        ? words("refusal.rule." + l.name(), l.name())
        : words("studio.trend.line." + l.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), l.name()),
        l.values())).toList();
    String heading = rules
        ? messages.getMessage("studio.trend." + trend.key(), new Object[] {StudioTrends.RULES_DRAWN},
            trend.heading(), LocaleContextHolder.getLocale())
        : words("studio.trend." + trend.key(), trend.heading());
    return new StudioTrends.Trend(trend.key(), heading, words("studio.trend.unit." + trend.key(), trend.unit()),
        trend.weeks(), lines);
  }

  private String words(String key, String otherwise) {
    return messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
  }

  /** The table as CSV from the page (the page signs in with a session, the API with a token). */
  @GetMapping(value = "/studio/productions.csv", produces = "text/csv")
  ResponseEntity<String> tableCsv(@RequestParam(required = false) String sort,
      @RequestParam(required = false) String direction, @RequestParam(required = false) String only,
      @RequestParam(required = false) String name) {
    StudioTable.Table answer = table.table(new StudioTable.Ask(sort, direction, only, name));
    return csv("studio-productions.csv", StudioCsv.table(answer, ""));
  }

  @GetMapping(value = "/studio/trends/{trendKey}.csv", produces = "text/csv")
  ResponseEntity<String> trendCsv(@PathVariable String trendKey) {
    StudioTrends.Trend trend = trends.trend(trendKey);
    return csv("studio-" + trend.key() + ".csv", StudioCsv.trend(trend));
  }

  static ResponseEntity<String> csv(String filename, String body) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }

  /** A trend with its chart drawn and its legend. */
  record Drawn(StudioTrends.Trend trend, String svg, List<Legend> legend) {}

  record Legend(String name, String colour, String total) {}
}
