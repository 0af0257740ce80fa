package org.setsafe.incident.osha.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * The production as an OSHA establishment: what heads its 300 log, 300A summary and 301 reports, and what OSHA's
 * Injury Tracking Application asks of an establishment (name, address, NAICS code, size, type). A production shoots
 * as its own establishment; the UPM or a producer keeps it, and a later entry supersedes the earlier.
 */
public record Establishment(UUID id, UUID productionId, String name, String companyName, String ein,
    String streetAddress, String city, String state, String zip, String naicsCode, String industryDescription,
    Size size, Type type, UUID recordedBy, Instant recordedAt) {

  /** NAICS 512110: motion picture and video production. */
  public static final String MOTION_PICTURE_PRODUCTION = "512110";
  public static final String MOTION_PICTURE_DESCRIPTION = "Motion picture and video production";

  /** ITA's {@code size}: the most employees at any one time in the year. */
  public enum Size {
    UNDER_20("1"), FROM_20_TO_99("21"), FROM_100_TO_249("22"), FROM_250("3");

    private final String itaCode;

    Size(String itaCode) {
      this.itaCode = itaCode;
    }

    public String itaCode() {
      return itaCode;
    }

    public static Size ofCode(String code) {
      for (Size s : values()) {
        if (s.itaCode.equals(code)) {
          return s;
        }
      }
      throw new IllegalArgumentException("no size " + code);
    }
  }

  /** ITA's {@code establishment_type}: private industry, or a state or local government. */
  public enum Type {
    PRIVATE_INDUSTRY("1"), STATE_GOVERNMENT("2"), LOCAL_GOVERNMENT("3");

    private final String itaCode;

    Type(String itaCode) {
      this.itaCode = itaCode;
    }

    public String itaCode() {
      return itaCode;
    }

    public static Type ofCode(String code) {
      for (Type t : values()) {
        if (t.itaCode.equals(code)) {
          return t;
        }
      }
      throw new IllegalArgumentException("no type " + code);
    }
  }

  public Establishment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    name = Text.required("name", name, 100);
    companyName = Text.optional("companyName", companyName, 100);
    ein = Text.optional("ein", ein, 20);
    if (ein != null) {
      ein = ein.replace("-", "");
      if (!ein.matches("[0-9]{9}")) {
        throw new InvalidInputException("ein", "Pattern", "ein is the 9-digit Employer Identification Number")
            .saying("input.incident.osha.ein.pattern");
      }
    }
    streetAddress = Text.required("streetAddress", streetAddress, 100);
    city = Text.required("city", city, 100);
    state = Text.required("state", state, 2).toUpperCase(Locale.ROOT);
    if (!state.matches("[A-Z]{2}")) {
      throw notAState("state");
    }
    zip = Text.required("zip", zip, 10).replace("-", "");
    if (!zip.matches("[0-9]{5}|[0-9]{9}")) {
      throw new InvalidInputException("zip", "Pattern", "zip is 5 or 9 digits")
          .saying("input.incident.osha.zip.pattern");
    }
    naicsCode = naicsCode == null || naicsCode.isBlank() ? MOTION_PICTURE_PRODUCTION
        : Text.required("naicsCode", naicsCode, 6);
    if (!naicsCode.matches("[0-9]{6}")) {
      throw new InvalidInputException("naicsCode", "Pattern", "naicsCode is a 6-digit NAICS code (512110: motion "
          + "picture and video production)").saying("input.incident.osha.naics-code.pattern");
    }
    industryDescription = Text.optional("industryDescription", industryDescription, 300);
    if (industryDescription == null && MOTION_PICTURE_PRODUCTION.equals(naicsCode)) {
      industryDescription = MOTION_PICTURE_DESCRIPTION;
    }
    if (size == null) {
      throw new InvalidInputException("size", "Required", "size is required: UNDER_20, FROM_20_TO_99, "
          + "FROM_100_TO_249 or FROM_250 (the most employees at any one time in the year)")
          .saying("input.incident.osha.size.required");
    }
    type = type == null ? Type.PRIVATE_INDUSTRY : type;
  }

  /** The address as one line, for the forms' headings. */
  public String address() {
    return streetAddress + ", " + city + ", " + state + " " + zip;
  }

  /** A state that is not two letters, the establishment's or one on the 301 (the employee's, the facility's). */
  static InvalidInputException notAState(String field) {
    return new InvalidInputException(field, "Pattern", field + " is the 2-letter postal code, e.g. NM")
        .saying("input.incident.osha.state.pattern", field);
  }
}
