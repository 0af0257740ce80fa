package org.setsafe.shared;

/**
 * Text cells of a CSV export that someone will open in a spreadsheet: a timeline an investigator reads, the studio's
 * table, a crew list. A cell typed like a formula (starting with =, +, -, @, a tab or a carriage return, OWASP's CSV
 * injection list: a note or a name can be typed that way) is written with a leading apostrophe, which spreadsheets
 * show as text, so opening an export never runs anything.
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /** Whether a spreadsheet opening the cell would run it as a formula. */
  public static boolean looksLikeAFormula(String value) {
    return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  /** The cell as a spreadsheet shows it without running it; empty for none. */
  public static String guarded(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return looksLikeAFormula(value) ? "'" + value : value;
  }
}
