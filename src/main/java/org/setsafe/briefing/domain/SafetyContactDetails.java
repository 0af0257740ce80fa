package org.setsafe.briefing.domain;

import org.setsafe.briefing.SafetyContactKind;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/** A safety or support contact as typed: whom to call and on what number; when they answer is optional. */
public record SafetyContactDetails(SafetyContactKind kind, String name, String phone, String hours, String notes) {

  public static final int MAX_NAME = 120;
  public static final int MAX_HOURS = 120;
  public static final int MAX_NOTES = 300;

  public SafetyContactDetails {
    if (kind == null) {
      throw new InvalidInputException("kind", "Required", "kind is required (e.g. COMPLIANCE_CONTACT, MEDIC)")
          .saying("input.briefing.contact.kind-required");
    }
    name = Text.required("name", name, MAX_NAME);
    phone = LocationHospital.PhoneNumbers.required("phone", phone);
    hours = Text.optional("hours", hours, MAX_HOURS);
    notes = Text.optional("notes", notes, MAX_NOTES);
  }
}
