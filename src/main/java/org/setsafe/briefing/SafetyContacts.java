package org.setsafe.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.briefing.LocationEvents.SafetyContactNamed;
import org.setsafe.briefing.LocationEvents.SafetyContactRemoved;
import org.setsafe.briefing.domain.SafetyContactDetails;
import org.setsafe.briefing.domain.SafetyContactStore;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom the crew calls about safety: the named compliance contact (California Labor Code §9153(a)(5)), the medic,
 * the safety hotline and the union safety rep; and the support they may need (counselling, employee assistance).
 * The safety advisors are the production's members in that role (§§9151–9152.5), not entered here.
 */
@Service
public class SafetyContacts {

  private final SafetyContactStore store;
  private final LocationEditors editors;
  private final Productions productions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SafetyContacts(SafetyContactStore store, LocationEditors editors, Productions productions,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.editors = editors;
    this.productions = productions;
    this.events = events;
    this.clock = clock;
  }

  public List<SafetyContact> contacts(UUID productionId) {
    editors.viewer(productionId);
    return store.contacts(productionId);
  }

  public Optional<SafetyContact> contact(UUID productionId, SafetyContactKind kind) {
    return contacts(productionId).stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** The production's safety advisors: its members holding that role. */
  public List<Member> safetyAdvisors(UUID productionId) {
    return productions.members(productionId).stream().filter(m -> m.holds(CrewRole.SAFETY_ADVISOR))
        .sorted(Comparator.comparing(Member::displayName)).toList();
  }

  /** Names the contact of its kind, replacing whoever was named before: the UPM, a producer or the safety advisor. */
  @Transactional
  public SafetyContact name(UUID productionId, String kind, String name, String phone, String hours, String notes) {
    SignedInUser editor = editors.editor(productionId, "name a safety contact",
        Said.of("input.briefing.edit.contact-name"));
    SafetyContactDetails details = new SafetyContactDetails(SafetyContactKind.parse(kind), name, phone, hours, notes);
    Instant now = clock.instant();
    store.save(productionId, details, editor.id(), now);
    events.publishEvent(new SafetyContactNamed(UUID.randomUUID(), editor.id(), now, productionId, details.kind(),
        details.name(), details.phone(), details.hours(), details.notes()));
    return contact(productionId, details.kind()).orElseThrow();
  }

  @Transactional
  public void remove(UUID productionId, String kindCode) {
    SignedInUser editor = editors.editor(productionId, "remove a safety contact",
        Said.of("input.briefing.edit.contact-remove"));
    SafetyContactKind kind = SafetyContactKind.parse(kindCode);
    SafetyContact before = contact(productionId, kind)
        .orElseThrow(() -> new NotFoundException("no " + kind.label().toLowerCase() + " is named on this production")
            .saying("input.briefing.not-found.contact." + kind.name()));
    store.remove(productionId, kind);
    events.publishEvent(new SafetyContactRemoved(UUID.randomUUID(), editor.id(), clock.instant(), productionId, kind,
        before.name()));
  }

  public boolean mayEdit(UUID productionId) {
    return editors.mayEdit(productionId);
  }
}
