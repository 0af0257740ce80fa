package org.setsafe.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.incident.domain.Involved;
import org.setsafe.incident.domain.NoteStore;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.ledger.LedgerReads;
import org.setsafe.ledger.LedgerWords;
import org.setsafe.ledger.Proofs;
import org.setsafe.production.OnSet;
import org.setsafe.production.Production;
import org.setsafe.production.CrewList;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's timeline, built from the ledger: every recorded fact about the weapons, lots, scenes and people it
 * involved, about the incident itself, and about the shooting day it happened on (in the production's zone), in the
 * order things happened, each with its inclusion proof so an investigator can check every line offline: against the
 * checkpoint pinned when the incident opened for the facts inside that tree, against the latest signed checkpoint for
 * the rest. Merged with what the investigation added later ({@link AddedLater}: statements, notes), marked as such.
 *
 * <p>Who reads it: anyone who may see the production's incidents, as they may read its ledger; the words of what was
 * added later (and who added it) only the investigators ({@link Investigators}), since a witness's statement is not
 * the crew's to read and a witness named to the whole crew may fear reprisal (ISO 45001 5.4). Others see that
 * something was added, and when.
 */
@Service
public class Timeline {

  /** What to show: lines about one person, one weapon, of one kind (the ledger's or the crew's word); null: all. */
  public record Filters(UUID personId, UUID weaponId, String kind) {
    public static final int MAX_KIND = 100;

    public Filters {
      kind = Text.optional("kind", kind, MAX_KIND);
    }

    public static Filters none() {
      return new Filters(null, null, null);
    }
  }

  /**
   * An RFC 9162 audit path from the line's leaf to the root signed by the checkpoint of {@code treeSize} entries,
   * hashes in standard base64; {@code pinned} when that is the checkpoint pinned when the incident opened.
   */
  public record Proof(long treeSize, boolean pinned, String leafHash, List<String> auditPath) {}

  /**
   * One line. A recorded fact has its ledger {@code index}, the exact {@code leaf} text whose hash is in the tree,
   * and its {@code proof} (null only while no signed checkpoint covers it yet, for seconds); something added later
   * has {@code addedLater}, when and by whom. {@code wordsWithheld}: the reader is not an investigator, so the words
   * and the author of what was added later are not shown.
   */
  public record Line(Long index, Instant occurredAt, Instant recordedAt, String kind, String ledgerKind, String who,
      String what, boolean addedLater, Instant addedAt, String addedBy, UUID addedId, boolean wordsWithheld,
      String leaf, Proof proof) {

    /** How a printed or exported line names its proof: the entry and the checkpoint it verifies against. */
    public String proofReference() {
      if (index == null) {
        return "added later, not in the ledger";
      }
      if (proof == null) {
        return "entry " + index + ", no signed checkpoint covers it yet";
      }
      return "entry " + index + " in checkpoint of " + proof.treeSize() + (proof.pinned() ? " (pinned)" : "")
          + ", leaf " + proof.leafHash();
    }
  }

  /** A signed checkpoint the lines' proofs lead to: the C2SP note, to check with the ledger's public keys. */
  public record CheckpointView(long treeSize, boolean pinned, String note) {}

  public record TimelineView(UUID incidentId, UUID productionId, String productionName, String timeZone,
      IncidentKind incidentKind, String where, Instant happenedAt, Filters filters, boolean wordsShown,
      List<CheckpointView> checkpoints, List<Line> lines) {}

  private final Incidents incidents;
  private final IncidentStore store;
  private final NoteStore notes;
  private final IncidentDesk desk;
  private final Investigators investigators;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final LedgerReads ledger;
  private final LedgerWords words;
  private final List<AddedLater> added;

  Timeline(Incidents incidents, IncidentStore store, NoteStore notes, IncidentDesk desk, Investigators investigators,
      CrewList crew, ShootingSchedule schedule, LedgerReads ledger, LedgerWords words, List<AddedLater> added) {
    this.incidents = incidents;
    this.store = store;
    this.notes = notes;
    this.desk = desk;
    this.investigators = investigators;
    this.crew = crew;
    this.schedule = schedule;
    this.ledger = ledger;
    this.words = words;
    this.added = added;
  }

  /**
   * The timeline as this reader may see it, filtered by person, weapon and kind (each null: all); someone not on the
   * production gets 404 whatever they ask for, since the filters are read only after the door.
   */
  @Transactional(readOnly = true)
  public TimelineView timeline(UUID productionId, UUID incidentId, UUID personId, UUID weaponId, String kind) {
    OnSet reader = desk.viewer(productionId);
    Incident incident = incidents.find(productionId, incidentId);
    return build(reader.production(), incident, new Filters(personId, weaponId, kind), investigators.are(reader));
  }

  /** The whole timeline with every word, unchecked: for the investigation report, which decides who prints it. */
  @Transactional(readOnly = true)
  public TimelineView forReport(UUID incidentId) {
    UUID productionId = notes.productionOf(incidentId)
        .orElseThrow(() -> new NotFoundException("no incident " + incidentId)
            .saying("input.incident.not-found.incident-id", incidentId));
    return build(crew.production(productionId), incidents.find(productionId, incidentId), Filters.none(), true);
  }

  private TimelineView build(Production production, Incident incident, Filters filters, boolean wordsShown) {
    UUID productionId = production.id();
    ZoneId zone = production.timeZone();
    Set<String> subjects = new LinkedHashSet<>();
    subjects.add("incident:" + incident.id());
    incident.weaponIds().forEach(id -> subjects.add("weapon:" + id));
    incident.lotIds().forEach(id -> subjects.add("lot:" + id));
    incident.sceneIds().forEach(id -> subjects.add("scene:" + id));
    incident.people().stream().map(Involved::userId).filter(java.util.Objects::nonNull)
        .forEach(id -> subjects.add("user:" + id));
    LocalDate day = incident.happenedAt().atZone(zone).toLocalDate();
    schedule.dayOn(productionId, day).map(ShootingDay::id).ifPresent(id -> subjects.add("shooting-day:" + id));

    // What the ledger holds about the subjects, and the production-wide facts of the day (the wrap count, a hold).
    Map<Long, LedgerEntry> found = new TreeMap<>();
    ledger.aboutAny(productionId, subjects, null, null).forEach(e -> found.put(e.index(), e));
    ledger.aboutAny(productionId, List.of("production:" + productionId), day.atStartOfDay(zone).toInstant(),
        day.plusDays(1).atStartOfDay(zone).toInstant()).forEach(e -> found.put(e.index(), e));
    List<LedgerEntry> shown = found.values().stream().filter(e -> keeps(e, filters)).toList();

    Long pinned = store.pin(incident.id()).map(IncidentStore.Pin::treeSize).orElse(null);
    List<Proofs.Inclusion> proofs = ledger.inclusionProofs(productionId,
        shown.stream().map(LedgerEntry::index).toList(), pinned);
    Map<Long, CheckpointView> checkpoints = new TreeMap<>();
    store.pin(incident.id()).ifPresent(p -> checkpoints.put(p.treeSize(),
        new CheckpointView(p.treeSize(), true, p.checkpoint())));
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      LedgerEntry e = shown.get(i);
      Proofs.Inclusion inclusion = proofs.get(i);
      Proof proof = null;
      if (inclusion != null) {
        boolean isPin = pinned != null && inclusion.treeSize() == pinned;
        proof = new Proof(inclusion.treeSize(), isPin, inclusion.leafHash(), inclusion.proof());
        checkpoints.putIfAbsent(inclusion.treeSize(), new CheckpointView(inclusion.treeSize(), isPin,
            inclusion.checkpoint()));
      }
      lines.add(new Line(e.index(), e.occurredAt(), e.recordedAt(), words.kind(e.kind()), e.kind(), words.who(e),
          words.sentence(productionId, e), false, null, null, null, false, e.leaf(), proof));
    }
    for (AddedLater source : added) {
      for (AddedLater.Entry a : source.addedTo(incident.id())) {
        if (keeps(a, filters)) {
          Instant when = a.about() != null ? a.about() : a.addedAt();
          lines.add(wordsShown
              ? new Line(null, when, a.addedAt(), a.kind(), null, a.addedBy(), a.text(), true, a.addedAt(),
                  a.addedBy(), a.id(), false, null, null)
              : new Line(null, when, a.addedAt(), a.kind(), null, null,
                  a.kind() + " added to the investigation; its words are for the investigators.", true, a.addedAt(),
                  null, a.id(), true, null, null));
        }
      }
    }
    // In the order things happened; at the same moment the record before what was added later, then by index.
    lines.sort(Comparator.comparing(Line::occurredAt).thenComparing(Line::addedLater)
        .thenComparing(l -> l.index() == null ? Long.MAX_VALUE : l.index()));
    return new TimelineView(incident.id(), productionId, production.name(), zone.getId(), incident.kind(),
        incident.where(), incident.happenedAt(), filters, wordsShown, List.copyOf(checkpoints.values()),
        List.copyOf(lines));
  }

  /**
   * A recorded fact is about a person when they did it or it names them (issued to them, witnessed by them), and
   * about a weapon when it names it: the leaf holds every id the fact carries, its subjects among them.
   */
  private boolean keeps(LedgerEntry e, Filters f) {
    if (f.personId() != null && !f.personId().equals(e.actorId()) && !e.leaf().contains(f.personId().toString())) {
      return false;
    }
    if (f.weaponId() != null && !e.leaf().contains(f.weaponId().toString())) {
      return false;
    }
    return f.kind() == null || f.kind().equalsIgnoreCase(e.kind()) || f.kind().equalsIgnoreCase(words.kind(e.kind()));
  }

  /**
   * What was added later carries the people it concerns but no weapons (the seam names none), so a weapon's
   * timeline shows only what the record says of it.
   */
  private static boolean keeps(AddedLater.Entry a, Filters f) {
    if (f.personId() != null && (a.personIds() == null || !a.personIds().contains(f.personId()))) {
      return false;
    }
    if (f.weaponId() != null) {
      return false;
    }
    return f.kind() == null || f.kind().toLowerCase(Locale.ROOT).equals(a.kind().toLowerCase(Locale.ROOT));
  }
}
