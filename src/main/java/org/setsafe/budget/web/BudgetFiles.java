package org.setsafe.budget.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The budget report as a download, never cached: it holds the production's money. */
final class BudgetFiles {

  private BudgetFiles() {}

  static ResponseEntity<byte[]> csv(String csv) {
    return file(csv.getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType("text/csv;charset=UTF-8"),
        "safety-budget.csv");
  }

  static ResponseEntity<byte[]> pdf(byte[] pdf) {
    return file(pdf, MediaType.APPLICATION_PDF, "safety-budget.pdf");
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
  }
}
