package org.setsafe.reporting;

import java.util.UUID;
import org.setsafe.shared.Text;

/**
 * A step someone on the crew asks to take on a report, named so that the report's id travels with what is said
 * about it ({@code ResolveReport(reportId, how)}, not two ids and a string in a row). The words are checked only
 * after the door's check, when {@link ReportSteps} asks for them.
 */
public interface ReportCommand {

  int MAX_NOTE = 4000;

  UUID reportId();

  /** Taking the report on, with an optional note: its escalation stops. */
  record AcknowledgeReport(UUID reportId, String note) implements ReportCommand {
    String text() {
      return Text.optional("note", note, MAX_NOTE);
    }
  }

  /** Work on the hazard begins; {@code what} says what is being done. */
  record StartMitigation(UUID reportId, String what) implements ReportCommand {
    String text() {
      return Text.required("what", what, MAX_NOTE);
    }
  }

  /** Adding to a report; it stays where it is. */
  record CommentOnReport(UUID reportId, String comment) implements ReportCommand {
    String text() {
      return Text.required("comment", comment, MAX_NOTE);
    }
  }

  /** Closing a concern: how, required of the safety advisor signing off, optional for its reporter confirming. */
  record ResolveReport(UUID reportId, String how) implements ReportCommand {
    String text(boolean required) {
      return required ? Text.required("how", how, MAX_NOTE) : Text.optional("how", how, MAX_NOTE);
    }
  }

  /** Re-opening a resolved report, saying why: the hazard is back or was never fixed. */
  record ReopenReport(UUID reportId, String why) implements ReportCommand {
    String text() {
      return Text.required("why", why, MAX_NOTE);
    }
  }

  /** A photo added to a report. */
  record AddReportPhoto(UUID reportId, PhotoUpload photo) implements ReportCommand {}
}
