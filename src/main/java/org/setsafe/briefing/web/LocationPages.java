package org.setsafe.briefing.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.setsafe.briefing.Locations;
import org.setsafe.briefing.SafetyContact;
import org.setsafe.briefing.SafetyContactKind;
import org.setsafe.briefing.SafetyContacts;
import org.setsafe.briefing.Locations.HospitalInput;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Locations and contacts on the phone or laptop: each location's nearest hospital and the production's safety
 * and support contacts, read by the crew and kept by the UPM, producers and safety advisor.
 */
@Controller
class LocationPages {

  private final Locations locations;
  private final SafetyContacts contacts;
  private final Productions productions;
  private final Schedule schedule;
  private final MessageSource messages;

  LocationPages(Locations locations, SafetyContacts contacts, Productions productions, Schedule schedule,
      MessageSource messages) {
    this.messages = messages;
    this.locations = locations;
    this.contacts = contacts;
    this.productions = productions;
    this.schedule = schedule;
  }

  @GetMapping("/productions/{productionId}/locations")
  String page(@PathVariable UUID productionId, Model model) {
    return show(productionId, model);
  }

  @PostMapping("/productions/{productionId}/locations")
  String enterHospital(@PathVariable UUID productionId, @RequestParam(required = false) String location,
      @RequestParam(required = false) String hospitalName, @RequestParam(required = false) String hospitalAddress,
      @RequestParam(required = false) String hospitalPhone, @RequestParam(required = false) String emergencyNotes,
      @RequestParam(required = false) String driveMinutes, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      locations.enterHospital(productionId, new HospitalInput(location, hospitalName, hospitalAddress, hospitalPhone,
          emergencyNotes, minutes(driveMinutes)));
    } catch (InvalidInputException e) {
      response.setStatus(status(e));
      model.addAttribute("hospitalError", e.forReader());
      model.addAttribute("hospitalErrorLocation", location);
      return show(productionId, model);
    }
    redirect.addFlashAttribute("notice", say("briefing.locations.hospital-notice", location.strip()));
    return "redirect:/productions/" + productionId + "/locations";
  }

  @PostMapping("/productions/{productionId}/safety-contacts")
  String nameContact(@PathVariable UUID productionId, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String name, @RequestParam(required = false) String phone,
      @RequestParam(required = false) String hours, @RequestParam(required = false) String notes, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    try {
      contacts.name(productionId, kind, name, phone, hours, notes);
    } catch (InvalidInputException e) {
      response.setStatus(status(e));
      model.addAttribute("contactError", e.forReader());
      model.addAttribute("contactErrorKind", kind);
      return show(productionId, model);
    }
    redirect.addFlashAttribute("notice", say("briefing.locations.contact-saved", contactWord(kind)));
    return "redirect:/productions/" + productionId + "/locations#contacts";
  }

  @PostMapping("/productions/{productionId}/safety-contacts/removal")
  String removeContact(@PathVariable UUID productionId, @RequestParam(required = false) String kind,
      RedirectAttributes redirect) {
    contacts.remove(productionId, kind);
    redirect.addFlashAttribute("notice", say("briefing.locations.contact-removed", contactWord(kind)));
    return "redirect:/productions/" + productionId + "/locations#contacts";
  }

  private String show(UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("locations", locations.locations(productionId));
    Map<SafetyContactKind, SafetyContact> byKind = new EnumMap<>(SafetyContactKind.class);
    contacts.contacts(productionId).forEach(c -> byKind.put(c.kind(), c));
    model.addAttribute("contactByKind", byKind);
    model.addAttribute("days", schedule.days(productionId));
    model.addAttribute("safetyAdvisors", contacts.safetyAdvisors(productionId));
    model.addAttribute("kinds", SafetyContactKind.values());
    model.addAttribute("mayEdit", locations.mayEdit(productionId));
    return "briefing/locations";
  }

  private static int status(InvalidInputException e) {
    return e instanceof org.setsafe.shared.ConflictException ? HttpStatus.CONFLICT.value()
        : HttpStatus.BAD_REQUEST.value();
  }

  /** The drive time as typed; what is not a whole number is left for the rule to refuse (null: not given). */
  static Integer minutes(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      return null;
    }
    return value.matches("\\d{1,4}") ? Integer.valueOf(value) : -1;
  }

  private String contactWord(String kind) {
    return say("briefing.contact." + SafetyContactKind.parse(kind).name());
  }

  /** A notice in the reader's language. */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
