package org.setsafe.shared;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an uploaded file really is, from its first bytes: only images are kept, whatever the browser claimed
 * (hazard photos, weapon photos).
 */
public final class ImageTypes {

  private ImageTypes() {}

  /** The image's media type (JPEG, PNG, WebP or HEIC), or empty for anything else. */
  public static Optional<String> sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return Optional.of("image/jpeg");
    }
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
      return Optional.of("image/png");
    }
    if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
      return Optional.of("image/webp");
    }
    if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp")) {
      String brand = ascii(b, 8, 4);
      if (brand.equals("heic") || brand.equals("heix") || brand.equals("mif1") || brand.equals("heif")) {
        return Optional.of("image/heic");
      }
    }
    return Optional.empty();
  }

  private static String ascii(byte[] b, int from, int length) {
    return new String(b, from, length, StandardCharsets.ISO_8859_1);
  }
}
