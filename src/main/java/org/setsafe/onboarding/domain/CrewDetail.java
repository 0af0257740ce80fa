package org.setsafe.onboarding.domain;

import java.time.LocalDate;

/** What a production office keeps about a person beyond their roles and department. Any part may be empty. */
public record CrewDetail(String phone, String position, LocalDate startsOn, LocalDate endsOn) {

  public static final CrewDetail NONE = new CrewDetail(null, null, null, null);
}
