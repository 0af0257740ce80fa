package org.setsafe.incident;

import java.util.List;
import java.util.UUID;

/**
 * One part of an incident's investigation report (the timeline, the statements, the root causes, the corrective
 * actions). Each part of the module answers for its own section, so the report prints what the investigation holds
 * without knowing how each part keeps it. Sections are read unchecked: the report decides who may print it.
 */
public interface ReportSection {

  /** Where the section stands in the report: timeline 20, statements 30, root causes 40, corrective actions 50. */
  int position();

  /** The section's heading as the report prints it, in the crew's words ("Statements", "Root causes"). */
  String heading();

  /**
   * The section's content for one incident as rows of cells, the first row naming the columns; an empty list means
   * nothing is recorded yet, and the report says so rather than leaving the section out.
   */
  List<List<String>> rows(UUID incidentId);
}
