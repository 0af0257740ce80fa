package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.setsafe.incident.IncidentKind;
import org.setsafe.incident.Involvement;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * An incident as it was opened: what happened, where and when, how bad, who was involved, and what it touched
 * (weapons, lots, scenes). Opened by a crew member ({@code openedBy}) or by SetSafe from a fact that always is an
 * incident ({@code source} names the fact's kind, {@code sourceFactId} the fact). Nothing here changes after: what
 * follows (evidence, statements, findings) is recorded beside it. Medical details are kept apart
 * ({@link MedicalDetails}), since few may read them.
 */
public record Incident(UUID id, UUID productionId, IncidentKind kind, Severity severity, String where,
    Instant happenedAt, String whatHappened, UUID openedBy, Instant openedAt, String source, UUID sourceFactId,
    List<Involved> people, Set<UUID> weaponIds, Set<UUID> lotIds, Set<UUID> sceneIds) {

  public static final int MAX_WHERE = 200;
  public static final int MAX_WHAT_HAPPENED = 4000;
  public static final int MAX_PEOPLE = 50;
  /** The source of an incident opened through the production's public link: by no one anyone can name. */
  public static final String ANONYMOUS = "anonymous";

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(openedAt, "openedAt");
    if (kind == null) {
      throw new InvalidInputException("kind", "Required", "kind is required: what kind of incident it is")
          .saying("input.incident.kind.required");
    }
    if (severity == null) {
      throw new InvalidInputException("severity", "Required", "severity is required: how bad it is")
          .saying("input.incident.severity.required");
    }
    if (happenedAt == null) {
      throw new InvalidInputException("happenedAt", "Required", "happenedAt is required: when it happened")
          .saying("input.incident.happened-at.required");
    }
    if (happenedAt.isAfter(openedAt)) {
      throw new InvalidInputException("happenedAt", "NotInTheFuture", "happenedAt must not be after now")
          .saying("input.incident.happened-at.not-in-the-future");
    }
    boolean anonymous = openedBy == null && ANONYMOUS.equals(source);
    if (anonymous && sourceFactId != null) {
      throw new IllegalArgumentException("an incident opened anonymously comes from no fact");
    }
    if (openedBy == null && !anonymous && (source == null || sourceFactId == null)) {
      throw new IllegalArgumentException("an incident is opened by a person, anonymously, or from a fact");
    }
    // A person opening it says where, named or not; one opened from another module's fact may not know yet.
    boolean automatic = openedBy == null && !anonymous;
    where = automatic ? Text.optional("where", where, MAX_WHERE) : Text.required("where", where, MAX_WHERE);
    whatHappened = Text.required("whatHappened", whatHappened, MAX_WHAT_HAPPENED);
    people = List.copyOf(people == null ? List.of() : people);
    if (people.size() > MAX_PEOPLE) {
      throw new InvalidInputException("people", "Size", "people must be at most " + MAX_PEOPLE)
          .saying("input.incident.people.at-most", MAX_PEOPLE);
    }
    weaponIds = Set.copyOf(weaponIds == null ? Set.of() : weaponIds);
    lotIds = Set.copyOf(lotIds == null ? Set.of() : lotIds);
    sceneIds = Set.copyOf(sceneIds == null ? Set.of() : sceneIds);
  }

  /** Opened by SetSafe from another module's fact. */
  public boolean automatic() {
    return openedBy == null && !anonymous();
  }

  /** Opened through the production's public link, by someone nobody can name. */
  public boolean anonymous() {
    return openedBy == null && ANONYMOUS.equals(source);
  }

  public List<Involved> injured() {
    return people.stream().filter(p -> p.involvement() == Involvement.INJURED).toList();
  }

  public List<UUID> crewWho(Involvement involvement) {
    return people.stream().filter(p -> p.involvement() == involvement && p.userId() != null).map(Involved::userId)
        .toList();
  }
}
