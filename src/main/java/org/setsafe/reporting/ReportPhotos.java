package org.setsafe.reporting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.setsafe.reporting.ReportEvents.ReportPhotoAdded;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.shared.ImageTypes;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Photos on a report: images only, no bigger than the limit, each kept with its hash in the fact that adds it. */
@Component
class ReportPhotos {

  private final ReportStore store;
  private final ApplicationEventPublisher events;
  private final int maxPhotoBytes;

  ReportPhotos(ReportStore store, ApplicationEventPublisher events,
      @Value("${setsafe.reporting.max-photo-bytes:5242880}") int maxPhotoBytes) {
    this.store = store;
    this.events = events;
    this.maxPhotoBytes = maxPhotoBytes;
  }

  /**
   * Images only, by what the bytes are and not only by what the browser claims, and no bigger than the limit; null
   * for no photo.
   */
  PhotoUpload checked(PhotoUpload photo) {
    if (photo == null || photo.bytes() == null || photo.bytes().length == 0) {
      return null;
    }
    if (photo.bytes().length > maxPhotoBytes) {
      String megabytes = String.valueOf(maxPhotoBytes / (1024 * 1024));
      throw new InvalidInputException("photo", "Size", "photo must be at most " + megabytes + " MB")
          .saying("input.reporting.photo.size", megabytes);
    }
    String sniffed = ImageTypes.sniff(photo.bytes())
        .orElseThrow(() -> new InvalidInputException("photo", "ImageType",
            "photo must be a JPEG, PNG, WebP or HEIC image")
            .saying("input.reporting.photo.image-type"));
    return new PhotoUpload(sniffed, photo.bytes());
  }

  /** Keeps a checked photo on the report (nothing for none); {@code actorId} null for an anonymous reporter. */
  void add(HazardReport report, UUID actorId, Instant at, PhotoUpload photo) {
    if (photo == null) {
      return;
    }
    UUID photoId = UUID.randomUUID();
    store.insertPhoto(report.productionId(), new ReportStore.Photo(photoId, report.id(), photo.contentType(),
        photo.bytes()), at);
    events.publishEvent(new ReportPhotoAdded(UUID.randomUUID(), report.productionId(), actorId, at, report.id(),
        photoId, photo.contentType(), photo.bytes().length, sha256(photo.bytes())));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
