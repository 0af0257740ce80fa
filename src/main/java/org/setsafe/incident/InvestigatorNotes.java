package org.setsafe.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.Accounts;
import org.setsafe.incident.domain.InvestigatorNote;
import org.setsafe.incident.domain.NoteStore;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RecordedFact;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investigators' notes on an incident's timeline: added by the investigators ({@link Investigators}), never edited
 * (a correction is a new note naming the one it corrects), each recorded in the ledger by its id, its author and the
 * SHA-256 of its words, not the words, since the whole crew reads the ledger. The timeline merges them with the
 * recorded facts, marked as added later.
 */
@Service
public class InvestigatorNotes implements AddedLater {

  /** What the timeline calls a note. */
  public static final String KIND = "Investigator's note";

  /** A note as an investigator writes it. {@code about}: when what it tells of happened (optional). */
  public record NewNote(String text, Instant about, UUID corrects, List<UUID> personIds) {}

  public record NoteView(UUID id, UUID incidentId, String text, Instant about, UUID corrects, List<UUID> personIds,
      String writtenBy, Instant writtenAt, String textSha256) {}

  /** A note was added to an incident's timeline: its words stay with the incident, their SHA-256 goes here. */
  public record NoteAdded(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID noteId, UUID corrects, String textSha256) implements RecordedFact {
    @Override public String kind() { return "incident.note-added"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  private final NoteStore store;
  private final Incidents incidents;
  private final Investigators investigators;
  private final CrewList crew;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InvestigatorNotes(NoteStore store, Incidents incidents, Investigators investigators, CrewList crew,
      Accounts accounts, ApplicationEventPublisher events, Clock clock) {
    this.accounts = accounts;
    this.store = store;
    this.incidents = incidents;
    this.investigators = investigators;
    this.crew = crew;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public NoteView add(UUID productionId, UUID incidentId, NewNote input) {
    OnSet investigator = investigators.require(productionId, "note on incident " + incidentId);
    incidents.find(productionId, incidentId);
    if (input == null) {
      throw new InvalidInputException("text", "Size", "text must be 1 to " + InvestigatorNote.MAX_TEXT + " characters")
          .saying("input.incident.size", "text", InvestigatorNote.MAX_TEXT);
    }
    if (input.corrects() != null && store.note(incidentId, input.corrects()).isEmpty()) {
      throw new InvalidInputException("corrects", "Exists", "corrects must name a note of this incident")
          .saying("input.incident.note.corrects");
    }
    List<UUID> people = input.personIds() == null ? List.of() : input.personIds();
    Set<UUID> onCrew = new HashSet<>(crew.members(productionId).stream().map(Member::userId).toList());
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i) == null || !onCrew.contains(people.get(i))) {
        throw new InvalidInputException("personIds[" + i + "]", "OnTheCrew",
            "personIds[" + i + "] must name someone on this production's crew")
            .saying("input.incident.note.person-not-on-crew", "personIds[" + i + "]");
      }
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    InvestigatorNote note = new InvestigatorNote(UUID.randomUUID(), incidentId, productionId, input.text(),
        input.about() == null ? null : input.about().truncatedTo(ChronoUnit.MILLIS), input.corrects(), people,
        investigator.userId(), now);
    String sha256 = EvidencePreservation.sha256(note.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    store.insert(note, sha256);
    events.publishEvent(new NoteAdded(UUID.randomUUID(), productionId, investigator.userId(), now, incidentId,
        note.id(), note.corrects(), sha256));
    return view(note, names(productionId));
  }

  /** An incident's notes in the order they were written, for investigators. */
  @Transactional(readOnly = true)
  public List<NoteView> notes(UUID productionId, UUID incidentId) {
    investigators.require(productionId, "notes of incident " + incidentId);
    incidents.find(productionId, incidentId);
    Function<UUID, String> names = names(productionId);
    return store.notes(incidentId).stream().map(n -> view(n, names)).toList();
  }

  /** Read unchecked, as the seam says: the timeline decides who sees the words. */
  @Override
  public List<Entry> addedTo(UUID incidentId) {
    List<InvestigatorNote> notes = store.notes(incidentId);
    if (notes.isEmpty()) {
      return List.of();
    }
    Function<UUID, String> names = names(notes.get(0).productionId());
    Map<UUID, InvestigatorNote> byId = notes.stream().collect(Collectors.toMap(InvestigatorNote::id, n -> n));
    return notes.stream().map(n -> new Entry(n.id(), KIND, n.about(), n.writtenAt(),
        names.apply(n.writtenBy()), corrected(n, byId, names) + n.text(), n.personIds())).toList();
  }

  /** A correction says which note it corrects, so the reader of either knows both are there. */
  private static String corrected(InvestigatorNote note, Map<UUID, InvestigatorNote> byId, Function<UUID, String> names) {
    InvestigatorNote earlier = note.corrects() == null ? null : byId.get(note.corrects());
    return earlier == null ? "" : "Corrects the note " + earlier.id().toString().substring(0, 8) + " added "
        + earlier.writtenAt() + " by " + names.apply(earlier.writtenBy()) + ": ";
  }

  private NoteView view(InvestigatorNote n, Function<UUID, String> names) {
    return new NoteView(n.id(), n.incidentId(), n.text(), n.about(), n.corrects(), n.personIds(),
        names.apply(n.writtenBy()),
        n.writtenAt(), EvidencePreservation.sha256(n.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** The crew by name, and studio safety (who write notes from off the crew) by their account's name. */
  private Function<UUID, String> names(UUID productionId) {
    Map<UUID, String> names = new HashMap<>(crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName)));
    return id -> names.computeIfAbsent(id, off -> accounts.findById(off).map(a -> a.displayName()).orElse("?"));
  }
}
