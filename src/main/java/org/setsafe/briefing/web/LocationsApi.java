package org.setsafe.briefing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.Location;
import org.setsafe.briefing.Locations;
import org.setsafe.briefing.SafetyContact;
import org.setsafe.briefing.SafetyContacts;
import org.setsafe.briefing.Locations.HospitalInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Locations with their nearest hospitals, and the safety and support contacts, on the JSON API. */
@RestController
@Tag(name = "Briefing")
class LocationsApi {

  private final Locations locations;
  private final SafetyContacts contacts;

  LocationsApi(Locations locations, SafetyContacts contacts) {
    this.locations = locations;
    this.contacts = contacts;
  }

  @GetMapping("/api/productions/{productionId}/locations")
  @Operation(summary = "The production's locations (as its shooting days name them) with their nearest hospital,"
      + " null where none is entered")
  List<Location> locations(@PathVariable UUID productionId) {
    return locations.locations(productionId);
  }

  @PostMapping("/api/productions/{productionId}/locations")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Enter (or replace) a location's nearest hospital; UPM, producers and safety advisor")
  Location enterHospital(@PathVariable UUID productionId, @RequestBody HospitalBody body) {
    return locations.enterHospital(productionId, new HospitalInput(body.location(), body.hospitalName(),
        body.hospitalAddress(), body.hospitalPhone(), body.emergencyNotes(), body.driveMinutes()));
  }

  @GetMapping("/api/productions/{productionId}/safety-contacts")
  @Operation(summary = "The production's safety and support contacts (the safety advisors are its members in that role)")
  List<SafetyContact> contacts(@PathVariable UUID productionId) {
    return contacts.contacts(productionId);
  }

  @PostMapping("/api/productions/{productionId}/safety-contacts")
  @Operation(summary = "Name the contact of its kind, replacing the one before; UPM, producers and safety advisor")
  SafetyContact name(@PathVariable UUID productionId, @RequestBody ContactBody body) {
    return contacts.name(productionId, body.kind(), body.name(), body.phone(), body.hours(), body.notes());
  }

  @DeleteMapping("/api/productions/{productionId}/safety-contacts")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove the contact of this kind; UPM, producers and safety advisor")
  void remove(@PathVariable UUID productionId,
      @Parameter(description = "e.g. MEDIC") @RequestParam(required = false) String kind) {
    contacts.remove(productionId, kind);
  }

  record HospitalBody(
      @Schema(description = "the location as the schedule names it, e.g. Bonanza Creek Ranch, church") String location,
      String hospitalName, String hospitalAddress,
      @Schema(description = "a number that can be dialled, e.g. +1 505 555 0100") String hospitalPhone,
      @Schema(description = "what the emergency department takes, e.g. Level I trauma centre, burns unit")
      String emergencyNotes,
      @Schema(description = "drive time from the location in minutes, 1 to 600") Integer driveMinutes) {}

  record ContactBody(
      @Schema(description = "COMPLIANCE_CONTACT, MEDIC, SAFETY_HOTLINE, UNION_SAFETY_REP, COUNSELLING or"
          + " EMPLOYEE_ASSISTANCE") String kind,
      String name, String phone,
      @Schema(description = "when they answer, e.g. 24/7 or on set from call to wrap") String hours, String notes) {}
}
