package org.setsafe.incident.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.shared.SpreadsheetCells;
import org.setsafe.incident.Timeline;
import org.setsafe.shared.LocalTimes;

/**
 * An incident's timeline as CSV, a line a row, with the ledger index and the proof to check it offline. Hashes are
 * hex here (base64 may begin with "+", which a spreadsheet reads as a formula). Every cell a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return: a note or a name can be typed that way) is written
 * with a leading apostrophe, as OWASP advises, so opening the export never runs anything.
 */
final class TimelineCsv {

  static final String[] HEADER = {"When (UTC)", "When (local)", "Recorded (UTC)", "Kind", "Ledger kind", "Who",
      "What", "Added later", "Added at (UTC)", "Added by", "Ledger index", "Checkpoint size", "Pinned checkpoint",
      "Leaf hash (SHA-256, hex)", "Audit path (hex, leaf to root)", "Proof"};

  private TimelineCsv() {}

  static String write(Timeline.TimelineView view) {
    ZoneId zone = ZoneId.of(view.timeZone());
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
      for (Timeline.Line line : view.lines()) {
        List<String> cells = new ArrayList<>();
        cells.add(line.occurredAt() == null ? "" : line.occurredAt().toString());
        cells.add(LocalTimes.dated(line.occurredAt(), zone));
        cells.add(line.recordedAt() == null ? "" : line.recordedAt().toString());
        cells.add(line.kind());
        cells.add(line.ledgerKind());
        cells.add(line.who());
        cells.add(line.what());
        cells.add(line.addedLater() ? "added later" : "");
        cells.add(line.addedAt() == null ? "" : line.addedAt().toString());
        cells.add(line.addedBy());
        cells.add(line.index() == null ? "" : line.index().toString());
        Timeline.Proof proof = line.proof();
        cells.add(proof == null ? "" : Long.toString(proof.treeSize()));
        cells.add(proof == null ? "" : proof.pinned() ? "yes" : "no");
        cells.add(proof == null ? "" : hex(proof.leafHash()));
        cells.add(proof == null ? "" : proof.auditPath().stream().map(TimelineCsv::hex)
            .collect(Collectors.joining(" ")));
        cells.add(line.proofReference());
        csv.printRecord(cells.stream().map(SpreadsheetCells::guarded).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String hex(String base64) {
    return HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
  }
}
