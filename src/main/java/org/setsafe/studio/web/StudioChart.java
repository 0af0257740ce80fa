package org.setsafe.studio.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.setsafe.studio.StudioTrends.Line;
import org.setsafe.shared.Languages;
import org.setsafe.studio.StudioTrends.Trend;
import org.springframework.web.util.HtmlUtils;

/**
 * A trend drawn on the server as an SVG line chart, so a phone in poor signal gets a picture without a charting
 * script. Scales to the width it is given; every text in it is escaped. A week without a value breaks its line.
 */
final class StudioChart {

  private static final int WIDTH = 360;
  private static final int HEIGHT = 200;
  private static final int LEFT = 36;
  private static final int RIGHT = 8;
  private static final int TOP = 12;
  private static final int BOTTOM = 28;
  /** High-contrast colours that stay apart for the common colour-vision deficiencies (Okabe–Ito). */
  private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000"};

  private StudioChart() {}

  /**
   * The chart, titled {@code title} ("Reports per 100 crew-days, reports per week") in the reader's words, its weeks
   * ("7 Dec", "7 dic") and its scale ("2.5") as the reader's language writes them.
   */
  static String svg(Trend trend, String title, Locale language) {
    Locale spoken = Languages.nearest(language);
    DateTimeFormatter week = DateTimeFormatter.ofPattern("d MMM", spoken);
    double max = 0;
    for (Line line : trend.lines()) {
      for (double v : line.values()) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, v);
        }
      }
    }
    double top = niceCeiling(max);
    int weeks = trend.weeks().size();
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" class=\"trend-chart\" aria-labelledby=\"chart-").append(esc(trend.key()))
        .append("\"><title id=\"chart-").append(esc(trend.key())).append("\">").append(esc(title))
        .append("</title>");
    for (int i = 0; i <= 4; i++) {
      double value = top * i / 4;
      double y = TOP + plotHeight - plotHeight * i / 4;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>",
          LEFT, y, WIDTH - RIGHT, y));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#222\">%s</text>", LEFT - 4, y + 3,
          number(value, spoken)));
    }
    for (int w = 0; w < weeks; w += 3) {
      double x = LEFT + (weeks == 1 ? 0 : plotWidth * w / (weeks - 1));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#222\">%s</text>", x,
          HEIGHT - BOTTOM + 14, esc(week.format(trend.weeks().get(w)))));
    }
    List<Line> lines = trend.lines();
    for (int l = 0; l < lines.size(); l++) {
      String colour = COLOURS[l % COLOURS.length];
      double[] values = lines.get(l).values();
      StringBuilder path = new StringBuilder();
      boolean pen = false;
      for (int w = 0; w < values.length && w < weeks; w++) {
        if (Double.isNaN(values[w])) {
          pen = false;
          continue;
        }
        double x = LEFT + (weeks == 1 ? 0 : plotWidth * w / (weeks - 1));
        double y = TOP + plotHeight - (top == 0 ? 0 : plotHeight * values[w] / top);
        path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        pen = true;
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", x, y,
            colour));
      }
      if (!path.isEmpty()) {
        svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colour)
            .append("\" stroke-width=\"2\"/>");
      }
    }
    svg.append("</svg>");
    return svg.toString();
  }

  static String colour(int line) {
    return COLOURS[line % COLOURS.length];
  }

  /** 1, 2 or 5 times a power of ten, at least the largest value, so the grid reads in round numbers. */
  static double niceCeiling(double max) {
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= max) {
        return step * power;
      }
    }
    return 10 * power;
  }

  /** A value as machines read it, for the CSV: "2.5". */
  static String number(double value) {
    return number(value, Locale.ENGLISH);
  }

  /** A value as a reader of {@code language} reads it ("2.5" in English and US Spanish); whole values bare. */
  static String number(double value, Locale language) {
    if (Double.isNaN(value)) {
      return "";
    }
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Languages.numbersFor(language), "%.1f", value);
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text);
  }
}
