package org.setsafe.studio.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.studio.StudioTable;
import org.setsafe.studio.StudioTrends;
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

  StudioPages(StudioTable table, StudioTrends trends) {
    this.table = table;
    this.trends = trends;
  }

  @GetMapping("/studio")
  String table(@RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
      @RequestParam(required = false) String only, @RequestParam(required = false) String name, Model model,
      HttpServletRequest request) {
    StudioTable.Table answer = table.table(new StudioTable.Ask(sort, direction, only, name));
    model.addAttribute("table", answer);
    model.addAttribute("rows", StudioRows.html(answer, request.getContextPath()));
    model.addAttribute("ask", answer.ask());
    return "studio/table";
  }

  @GetMapping("/studio/trends")
  String trends(Model model) {
    List<Drawn> drawn = new ArrayList<>();
    for (StudioTrends.Trend trend : trends.trends()) {
      List<Legend> legend = new ArrayList<>();
      for (int i = 0; i < trend.lines().size(); i++) {
        legend.add(new Legend(trend.lines().get(i).name(), StudioChart.colour(i),
            StudioChart.number(trend.lines().get(i).total())));
      }
      drawn.add(new Drawn(trend, StudioChart.svg(trend), legend));
    }
    model.addAttribute("trends", drawn);
    return "studio/trends";
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
