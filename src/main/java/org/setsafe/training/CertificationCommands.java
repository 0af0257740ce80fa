package org.setsafe.training;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;
import org.setsafe.training.domain.CertificationRecord;

/**
 * What people ask of a certification, as typed commands: record it, correct it, withdraw it, verify the original,
 * and (administrators) add a kind of qualification. Each checks its own text once the use case has checked who is
 * asking, so a stranger learns nothing from what is wrong with it.
 */
public final class CertificationCommands {

  public static final int MAX_NOTE = 500;
  public static final int MAX_FILE_NAME = 200;

  private CertificationCommands() {}

  /** What a certificate says, as typed in. */
  public record NewCertification(String type, String issuer, String number, LocalDate issuedOn, LocalDate expiresOn) {}

  /** An uploaded scanned copy; its type is read from its content. */
  public record Upload(byte[] content, String fileName) {}

  /**
   * Records a certificate for a person: by the person ({@code viaProductionId} null), or for a crew member by the
   * safety advisor, UPM or a producer of {@code viaProductionId} (a production the person is on).
   */
  public record RecordCertification(PersonId holder, UUID viaProductionId, NewCertification details, Upload upload) {}

  /** Corrects a certificate: a new version with why. Without a new scan, the earlier scan stays with it. */
  public record CorrectCertification(PersonId holder, CertificationId certification, UUID viaProductionId,
      NewCertification details, Upload upload, String reason) {

    String why() {
      return Text.required("reason", reason, CertificationRecord.MAX_REASON);
    }
  }

  /** Withdraws a certificate (revoked, or recorded in error): a new version; the earlier ones stay readable. */
  public record WithdrawCertification(PersonId holder, CertificationId certification, UUID viaProductionId,
      String reason) {

    String why() {
      return Text.required("reason", reason, CertificationRecord.MAX_REASON);
    }
  }

  /** The safety advisor of {@code productionId} saw the original of the version in force. */
  public record VerifyCertification(PersonId holder, CertificationId certification, UUID productionId, String note) {

    String checkedNote() {
      return Text.optional("note", note, MAX_NOTE);
    }
  }

  /** An administrator adds a kind of qualification to the installation; kinds are never removed. */
  public record AddQualificationType(String code, String label) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** The type as it will be kept: the code in capitals, both checked. */
    QualificationType type() {
      String clean = Text.required("code", code, 40).toUpperCase(Locale.ROOT);
      if (!CODE.matcher(clean).matches()) {
        throw new InvalidInputException("code", "Pattern",
            "code must be 2 to 40 letters, digits or underscores, starting with a letter (e.g. PYRO_LICENCE)")
            .saying("input.training.type.code-pattern");
      }
      return new QualificationType(clean, Text.required("label", label, 120));
    }
  }
}
