package org.setsafe.studio.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.setsafe.studio.StudioTable;
import org.springframework.web.util.HtmlUtils;

/**
 * The studio table's body, written here rather than by the template: two hundred productions of ten cells each are
 * some twenty thousand template expressions, which took seconds on a busy two-core machine; this takes
 * milliseconds. Every text is escaped; each cell that has something to say links into the production. A cell's words
 * are read in the reader's language from its column's bundle; words the bundles lack stay in the column's English.
 */
final class StudioRows {

  private StudioRows() {}

  static String html(StudioTable.Table table, String contextPath, MessageSource messages, Locale locale) {
    StringBuilder html = new StringBuilder(table.rows().size() * 1200);
    for (StudioTable.Row row : table.rows()) {
      html.append("<tr data-testid=\"studio-row\"><th scope=\"row\"><a href=\"").append(esc(contextPath + row.link()))
          .append("\">").append(esc(row.name())).append("</a></th>");
      for (StudioTable.Heading h : table.columns()) {
        StudioCell cell = row.cell(h.key());
        boolean something = cell.concern() != Concern.NONE || cell.figure() != 0;
        String words = words(cell, messages, locale);
        html.append("<td data-label=\"").append(esc(h.heading())).append("\" class=\"concern-")
            .append(cell.concern().name().toLowerCase(Locale.ROOT)).append("\">");
        if (something && cell.link() != null) {
          html.append("<a href=\"").append(esc(contextPath + cell.link())).append("\">").append(esc(words))
              .append("</a>");
        } else {
          html.append("<span class=\"muted\">").append(words.isEmpty() ? "—" : esc(words))
              .append("</span>");
        }
        html.append("</td>");
      }
      html.append("</tr>");
    }
    return html.toString();
  }

  private static String words(StudioCell cell, MessageSource messages, Locale locale) {
    String said = cell.said() == null ? null : cell.said().in(messages, locale);
    return said != null ? said : cell.words();
  }

  /** Escapes what HTML reads as markup; the page is UTF-8, so "más" stays itself rather than "m&aacute;s". */
  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
