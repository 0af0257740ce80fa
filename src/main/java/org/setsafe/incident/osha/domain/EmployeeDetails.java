package org.setsafe.incident.osha.domain;

import java.time.LocalDate;
import java.util.Locale;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * What the 301 asks about the injured person beyond the name (fields 2 to 5: street, city, state, ZIP, date of
 * birth, date hired, male or female) and where the physician or other health care professional treated them away
 * from the set (field 7's street, city, state, ZIP). Each may be left out: the 301 lets "unknown" stand. Kept with
 * the decision, read only by those who read medical details, never on the ledger; ITA gets only the birth and hire
 * dates and the sex, never the address.
 */
public record EmployeeDetails(String street, String city, String state, String zip, LocalDate dateOfBirth,
    LocalDate dateHired, Sex sex, String facilityStreet, String facilityCity, String facilityState,
    String facilityZip) {

  public static final int MAX_STREET = 100;
  public static final int MAX_CITY = 100;

  /** Nothing known. */
  public static final EmployeeDetails NONE = new EmployeeDetails(null, null, null, null, null, null, null, null,
      null, null, null);

  /** The 301's field 5; ITA's {@code sex} codes it M or F. */
  public enum Sex {
    MALE("M"), FEMALE("F");

    private final String itaCode;

    Sex(String itaCode) {
      this.itaCode = itaCode;
    }

    public String itaCode() {
      return itaCode;
    }
  }

  public EmployeeDetails {
    street = Text.optional("employeeStreet", street, MAX_STREET);
    city = Text.optional("employeeCity", city, MAX_CITY);
    state = state("employeeState", state);
    zip = zip("employeeZip", zip);
    facilityStreet = Text.optional("facilityStreet", facilityStreet, MAX_STREET);
    facilityCity = Text.optional("facilityCity", facilityCity, MAX_CITY);
    facilityState = state("facilityState", facilityState);
    facilityZip = zip("facilityZip", facilityZip);
    if (dateOfBirth != null && dateHired != null && !dateOfBirth.isBefore(dateHired)) {
      throw new InvalidInputException("dateHired", "AfterDateOfBirth", "dateHired must be after dateOfBirth")
          .saying("input.incident.osha.date-hired.after-date-of-birth");
    }
  }

  /** Dates of birth and hire are not in the future, nor hire after the injury. */
  public void checkDates(LocalDate injuredOn, LocalDate today) {
    if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
      throw new InvalidInputException("dateOfBirth", "NotInTheFuture", "dateOfBirth must not be after today")
          .saying("input.incident.osha.date-of-birth.not-in-the-future");
    }
    if (dateHired != null && (dateHired.isAfter(today) || dateHired.isAfter(injuredOn))) {
      throw new InvalidInputException("dateHired", "NotInTheFuture", "dateHired must not be after today nor after "
          + "the day of the injury (" + injuredOn + ")")
          .saying("input.incident.osha.date-hired.not-in-the-future", injuredOn);
    }
  }

  /** The employee's address as the 301 prints it; empty when none is known. */
  public String address() {
    return line(street, city, state, zip);
  }

  /** The facility's address as the 301 prints it; empty when none is known. */
  public String facilityAddress() {
    return line(facilityStreet, facilityCity, facilityState, facilityZip);
  }

  private static String line(String street, String city, String state, String zip) {
    StringBuilder out = new StringBuilder();
    for (String part : new String[] {street, city}) {
      if (part != null) {
        out.append(out.length() == 0 ? "" : ", ").append(part);
      }
    }
    String stateZip = ((state == null ? "" : state) + " " + (zip == null ? "" : zip)).strip();
    if (!stateZip.isEmpty()) {
      out.append(out.length() == 0 ? "" : ", ").append(stateZip);
    }
    return out.toString();
  }

  private static String state(String field, String value) {
    String state = Text.optional(field, value, 2);
    if (state == null) {
      return null;
    }
    state = state.toUpperCase(Locale.ROOT);
    if (!state.matches("[A-Z]{2}")) {
      throw Establishment.notAState(field);
    }
    return state;
  }

  private static String zip(String field, String value) {
    String zip = Text.optional(field, value, 10);
    if (zip == null) {
      return null;
    }
    if (!zip.matches("[0-9]{5}(-?[0-9]{4})?")) {
      throw new InvalidInputException(field, "Pattern", field + " is a 5-digit ZIP code or ZIP+4 (87010-1234)")
          .saying("input.incident.osha.zip-plus-4", field);
    }
    return zip.length() == 9 ? zip.substring(0, 5) + "-" + zip.substring(5) : zip;
  }
}
