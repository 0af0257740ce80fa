package org.setsafe.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.InvalidInputException;

class ScanCopyTest {

  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

  @Test
  void theTypeIsReadFromTheContent() {
    assertThat(ScanCopy.of(PDF, 1000).mediaType()).isEqualTo("application/pdf");
    assertThat(ScanCopy.of(PNG, 1000).mediaType()).isEqualTo("image/png");
    assertThat(ScanCopy.of(JPEG, 1000).mediaType()).isEqualTo("image/jpeg");
  }

  @Test
  void anHtmlPageCalledPdfIsRefused() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> ScanCopy.of(html, 1000)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field() + " " + e.rule()).isEqualTo("scan FileType"));
  }

  @Test
  void aScanOverTheLimitIsRefusedAndOneAtTheLimitAccepted() {
    assertThat(ScanCopy.of(PDF, PDF.length).content()).hasSize(PDF.length);
    assertThatThrownBy(() -> ScanCopy.of(PDF, PDF.length - 1)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field() + " " + e.rule()).isEqualTo("scan MaxSize"));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> ScanCopy.of(new byte[0], 1000)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.rule()).isEqualTo("NotEmpty"));
  }
}
