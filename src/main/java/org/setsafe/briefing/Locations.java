package org.setsafe.briefing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.briefing.LocationEvents.HospitalEntered;
import org.setsafe.briefing.domain.LocationHospital;
import org.setsafe.briefing.domain.LocationStore;
import org.setsafe.briefing.domain.LocationStore.StoredLocation;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production's locations, as its shooting days name them, each with its nearest hospital: what the call
 * sheet prints so that nobody searches for a hospital in an emergency (ISO 45001 8.2). The UPM, producers and
 * the safety advisor enter them; the whole crew reads them.
 */
@Service
public class Locations {

  private final LocationStore store;
  private final LocationEditors editors;
  private final ShootingSchedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Locations(LocationStore store, LocationEditors editors, ShootingSchedule schedule, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.editors = editors;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
  }

  /** Every location: each the shooting days name (in date order of their first day), then others entered. */
  public List<Location> locations(UUID productionId) {
    editors.viewer(productionId);
    return listed(productionId);
  }

  /** {@link #locations} with no one's access checked: for the pre-production check, which refuses no one. */
  List<Location> listed(UUID productionId) {
    Map<String, StoredLocation> entered = new LinkedHashMap<>();
    for (StoredLocation stored : store.locations(productionId)) {
      entered.put(LocationHospital.key(stored.hospital().location()), stored);
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<LocalDate>> days = new LinkedHashMap<>();
    for (ShootingDay day : schedule.days(productionId).stream().sorted(Comparator.comparing(ShootingDay::date))
        .toList()) {
      String key = LocationHospital.key(day.location());
      names.putIfAbsent(key, day.location());
      days.computeIfAbsent(key, k -> new ArrayList<>()).add(day.date());
    }
    entered.keySet().forEach(key -> names.putIfAbsent(key, entered.get(key).hospital().location()));
    List<Location> locations = new ArrayList<>();
    names.forEach((key, name) -> {
      StoredLocation stored = entered.get(key);
      locations.add(stored == null ? new Location(name, null, days.getOrDefault(key, List.of()), null, null)
          : new Location(name, hospital(stored.hospital()), days.getOrDefault(key, List.of()), stored.enteredBy(),
              stored.enteredAt()));
    });
    return locations;
  }

  /** The nearest hospital entered for the location the schedule names, if any. */
  public Optional<Hospital> hospitalFor(UUID productionId, String location) {
    editors.viewer(productionId);
    String key = LocationHospital.key(location);
    return store.locations(productionId).stream()
        .filter(s -> LocationHospital.key(s.hospital().location()).equals(key))
        .map(s -> hospital(s.hospital())).findFirst();
  }

  /** A hospital entry as typed; checked only once the caller may enter it. A null drive time is not given. */
  public record HospitalInput(String location, String hospitalName, String hospitalAddress, String hospitalPhone,
      String emergencyNotes, Integer driveMinutes) {}

  /** Enters (or replaces) the nearest hospital of a location: the UPM, a producer or the safety advisor. */
  @Transactional
  public Location enterHospital(UUID productionId, HospitalInput input) {
    SignedInUser editor = editors.editor(productionId, "enter a location's hospital",
        Said.of("input.briefing.edit.hospital"));
    LocationHospital entry = new LocationHospital(input.location(), input.hospitalName(), input.hospitalAddress(),
        input.hospitalPhone(), input.emergencyNotes(), input.driveMinutes() == null ? 0 : input.driveMinutes());
    Instant now = clock.instant();
    store.save(productionId, entry, editor.id(), now);
    events.publishEvent(new HospitalEntered(UUID.randomUUID(), editor.id(), now, productionId, entry.location(),
        entry.name(), entry.address(), entry.phone(), entry.emergencyNotes(), entry.driveMinutes()));
    String key = LocationHospital.key(entry.location());
    return locations(productionId).stream().filter(l -> LocationHospital.key(l.name()).equals(key)).findFirst()
        .orElseThrow();
  }

  public boolean mayEdit(UUID productionId) {
    return editors.mayEdit(productionId);
  }

  private static Hospital hospital(LocationHospital h) {
    return new Hospital(h.name(), h.address(), h.phone(), h.emergencyNotes(), h.driveMinutes());
  }
}
