package org.setsafe.reporting;

import org.setsafe.shared.Text;

/**
 * What the anonymous reporter does with their receipt code, the code and their words apart so that neither is taken
 * for the other. The code never shows in a log: these commands print without it.
 */
public interface ReceiptCommand {

  String code();

  /** More detail, or that it is still not fixed. */
  record FollowUp(String code, String comment) implements ReceiptCommand {
    String text() {
      return Text.required("comment", comment, ReportCommand.MAX_NOTE);
    }

    @Override
    public String toString() {
      return "FollowUp[code=(hidden)]";
    }
  }

  /** The hazard is dealt with: the report is resolved. */
  record ConfirmResolved(String code, String note) implements ReceiptCommand {
    String text() {
      return Text.optional("note", note, ReportCommand.MAX_NOTE);
    }

    @Override
    public String toString() {
      return "ConfirmResolved[code=(hidden)]";
    }
  }

  /** The hazard is back: the resolved report is re-opened, saying why. */
  record ReopenByReporter(String code, String why) implements ReceiptCommand {
    String text() {
      return Text.required("why", why, ReportCommand.MAX_NOTE);
    }

    @Override
    public String toString() {
      return "ReopenByReporter[code=(hidden)]";
    }
  }
}
