package org.setsafe.training.domain;

/**
 * The name a scanned certificate keeps, as it came from the uploader's machine: only a label, so it is cleaned
 * rather than refused. Folders, line breaks, other control characters and invisible direction marks are dropped,
 * so the name can go into a download's header and onto a page without breaking either.
 */
public final class ScanFileName {

  private ScanFileName() {}

  /** The cleaned name, or {@code null} when nothing printable is left. */
  public static String clean(String name) {
    if (name == null) {
      return null;
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder cleaned = new StringBuilder(base.length());
    base.codePoints().forEach(c -> cleaned.appendCodePoint(
        Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c));
    String text = cleaned.toString().replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? null : text;
  }
}
