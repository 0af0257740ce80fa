package org.setsafe.training.domain;

import java.util.Arrays;
import java.util.Optional;
import org.setsafe.shared.InvalidInputException;

/**
 * A scanned copy of a certificate as uploaded: a PDF, PNG or JPEG, recognised by its first bytes (never by
 * the name or type the uploader's phone claimed), and no larger than the installation allows.
 */
public record ScanCopy(String mediaType, byte[] content) {

  public static final String PDF = "application/pdf";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  /** Checks the upload; refused with the field {@code scan} and the rule named. */
  public static ScanCopy of(byte[] content, int maxBytes) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("scan", "NotEmpty", "scan is empty").saying("input.training.scan.empty");
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException("scan", "MaxSize",
          "scan is " + content.length + " bytes; at most " + maxBytes + " bytes are accepted")
          .saying("input.training.scan.max-size", content.length, maxBytes);
    }
    String type = sniff(content).orElseThrow(() -> new InvalidInputException("scan", "FileType",
        "scan must be a PDF, PNG or JPEG file (its content is none of these)")
        .saying("input.training.scan.file-type"));
    return new ScanCopy(type, content);
  }

  static Optional<String> sniff(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScanCopy scan && scan.mediaType.equals(mediaType) && Arrays.equals(scan.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * mediaType.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "ScanCopy[" + mediaType + ", " + content.length + " bytes]";
  }
}
