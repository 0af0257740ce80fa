package org.setsafe.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.setsafe.training.QualificationViews.ScanDownload;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A scan stored before names were cleaned on upload still downloads, its name made safe for the header. */
class ScanResponsesTest {

  @Test
  void aStoredNameWithLineBreaksAndQuotesIsServedWithoutThem() {
    ScanDownload stored = new ScanDownload("application/pdf", "permit\r\nSet-Cookie: x=1\"; .pdf",
        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    ResponseEntity<byte[]> response = QualificationsApi.ScanResponses.of(stored);

    String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("inline; filename=").doesNotContain("\r").doesNotContain("\n");
    assertThat(response.getHeaders().get("Set-Cookie")).isNull();
  }
}
