package org.setsafe.onboarding.domain;

import java.util.List;

/**
 * The columns a production office keeps about its crew, as SetSafe reads and writes them. {@code heading} is the
 * column's heading in an export (so an export imports again unchanged); {@code alsoCalled} are headings offices
 * use for it, matched without regard to case, spaces or punctuation, to guess the mapping of a new file.
 */
public enum CrewField {
  NAME("Name", true, List.of("name", "fullname", "crewname", "employee", "employeename", "person")),
  EMAIL("Email", true, List.of("email", "emailaddress", "mail", "e-mail")),
  PHONE("Phone", false, List.of("phone", "mobile", "cell", "cellphone", "phonenumber", "tel", "telephone")),
  DEPARTMENT("Department", false, List.of("department", "dept")),
  POSITION("Position", false, List.of("position", "title", "jobtitle", "job")),
  ROLE("Role", true, List.of("role", "roles", "setsaferole", "crewrole")),
  STARTS("Start date", false, List.of("startdate", "start", "starts", "startson", "from", "firstday")),
  ENDS("End date", false, List.of("enddate", "end", "ends", "endson", "to", "lastday")),
  /** The language the person's invitation speaks (en or es); empty, the inviter's. */
  LANGUAGE("Language", false, List.of("language", "lang", "preferredlanguage", "idioma"));

  private final String heading;
  private final boolean required;
  private final List<String> alsoCalled;

  CrewField(String heading, boolean required, List<String> alsoCalled) {
    this.heading = heading;
    this.required = required;
    this.alsoCalled = alsoCalled;
  }

  public String heading() {
    return heading;
  }

  /** Whether an import needs the column: without it no row could be checked. */
  public boolean required() {
    return required;
  }

  boolean calls(String heading) {
    String plain = plain(heading);
    return alsoCalled.stream().map(CrewField::plain).anyMatch(plain::equals);
  }

  static String plain(String heading) {
    return heading == null ? "" : heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
