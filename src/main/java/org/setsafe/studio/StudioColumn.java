package org.setsafe.studio;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * One column of the studio's table of productions, contributed by the module that knows the figure (custody for
 * weapons out, reporting for open reports, the budget for its flags…). The studio view sorts, filters, exports and
 * publishes as metrics whatever the columns answer; it adds no figures of its own.
 *
 * <p>A column answers for all the productions asked about at once, in one query or a few, never one per production:
 * the table must stay under a second with 200 productions and a million ledger entries.
 */
public interface StudioColumn {

  /** Stable, lower-case and dash-separated: the CSV header, the sort and filter parameter, the metric's name. */
  String key();

  /** The heading a studio safety officer reads. */
  String heading();

  /** Where the column stands in the table, left to right. */
  int order();

  /** One cell per production asked about; a production missing from the map shows as nothing to report. */
  Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now);

  /**
   * What one production shows in one column: the figure the table sorts by and the metrics publish, how much it
   * should worry the reader, the words shown, and the production's own page that explains it.
   *
   * <p>{@code words} are English and stay so in the CSV, the API and the metrics; {@code said} is the same words from
   * the column's module bundle, which the page shows in the reader's language. Words without {@code said} cannot be
   * made, so no column can slip English onto a Spanish page.
   */
  record StudioCell(long figure, Concern concern, String words, @JsonIgnore Said said, String link) {
    public StudioCell {
      if (concern == null) {
        throw new IllegalArgumentException("concern is required");
      }
      if (words != null && !words.isEmpty() && said == null) {
        throw new IllegalArgumentException("words need their bundle words (said): " + words);
      }
    }
  }

  /** How much a cell should worry the reader, least first. */
  enum Concern { NONE, WATCH, ACT }
}
