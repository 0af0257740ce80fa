package org.setsafe.briefing.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * A hospital entry for a location, checked as typed: a crew member reading it in an emergency needs a name, an
 * address a driver can follow, a number that can be dialled, and a drive time. An entry missing any of these
 * cannot be made.
 */
public record LocationHospital(String location, String name, String address, String phone, String emergencyNotes,
    int driveMinutes) {

  public static final int MAX_LOCATION = 200;
  public static final int MAX_NAME = 200;
  public static final int MAX_ADDRESS = 300;
  public static final int MAX_NOTES = 500;
  public static final int MAX_DRIVE_MINUTES = 600;

  public LocationHospital {
    location = Text.required("location", location, MAX_LOCATION);
    name = Text.required("hospitalName", name, MAX_NAME);
    address = Text.required("hospitalAddress", address, MAX_ADDRESS);
    phone = PhoneNumbers.required("hospitalPhone", phone);
    emergencyNotes = Text.optional("emergencyNotes", emergencyNotes, MAX_NOTES);
    if (driveMinutes < 1 || driveMinutes > MAX_DRIVE_MINUTES) {
      throw new InvalidInputException("driveMinutes", "Range",
          "driveMinutes must be 1 to " + MAX_DRIVE_MINUTES + " (the drive from the location, in minutes)")
          .saying("input.briefing.hospital.drive-minutes-range", MAX_DRIVE_MINUTES);
    }
  }

  /** How a location's name is matched to the schedule's: trimmed, in lower case. */
  public static String key(String location) {
    return location == null ? "" : location.strip().toLowerCase(Locale.ROOT);
  }

  /** Phone numbers as people type them: digits with spaces, +, brackets, dots and dashes. */
  public static final class PhoneNumbers {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-]{1,38}");

    private PhoneNumbers() {}

    public static String required(String field, String value) {
      String phone = value == null ? "" : value.strip();
      if (phone.isEmpty()) {
        throw new InvalidInputException(field, "Required", field + " is required, as it is dialled (e.g. +1 505 555 0100)")
            .saying("input.briefing.phone-required", field);
      }
      if (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3) {
        throw new InvalidInputException(field, "Phone",
            field + " must be a number that can be dialled: digits, spaces, +, brackets, dots or dashes")
            .saying("input.briefing.phone-pattern", field);
      }
      return phone;
    }
  }
}
