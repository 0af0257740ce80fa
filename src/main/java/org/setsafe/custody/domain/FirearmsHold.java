package org.setsafe.custody.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.HeldForIncident;
import org.setsafe.custody.domain.CustodyEvents.HoldCleared;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.SceneHeldForIncident;
import org.setsafe.production.CrewRole;

/**
 * Whether every firearm of the production is on hold (a stand-down), folded from its events. A hold is put on by
 * a live round found, by an accidental discharge of any weapon, and by a second misfire of any weapon on the same
 * production day (the first misfire holds only its weapon). Each stays open until the safety advisor and a
 * producer have each cleared it with a written finding (an incident's hold too, on what the incident touched); one signature is not enough, because on "Rust" two
 * accidental discharges days earlier changed nothing and management ignored the warnings it was given.
 */
public final class FirearmsHold {

  /** What put the production's firearms on hold. */
  public enum Cause {
    LIVE_ROUND_FOUND("Live round found", "a live round was found"),
    ACCIDENTAL_DISCHARGE("Accidental discharge", "a weapon discharged when nobody meant it to"),
    SECOND_MISFIRE("Second misfire of the day", "a second misfire on one production day"),
    INCIDENT("Held for an incident", "an incident is being investigated"),
    SCENE_HELD("Scene held for an incident", "the scene is held for an incident");

    private final String title;
    private final String words;

    Cause(String title, String words) {
      this.title = title;
      this.words = words;
    }

    public String title() {
      return title;
    }

    public String words() {
      return words;
    }
  }

  /**
   * One hold: the event that put it on (its id is what each clearance names), what it was, who reported it and
   * when, and where or on which weapon or lot if known. {@code sceneId} names the scene a scene's hold keeps (its
   * name is {@code where}); such a hold keeps only that scene, every other hold every firearm of the production.
   */
  public record Reason(UUID eventId, Cause cause, Instant occurredAt, UUID actorId, UUID weaponId, UUID lotId,
      String where, String description, UUID sceneId) {

    /** A hold on every firearm of the production. */
    public Reason(UUID eventId, Cause cause, Instant occurredAt, UUID actorId, UUID weaponId, UUID lotId,
        String where, String description) {
      this(eventId, cause, occurredAt, actorId, weaponId, lotId, where, description, null);
    }

    /** Whether it holds every firearm of the production (a stand-down), rather than one scene. */
    public boolean everyFirearm() {
      return sceneId == null;
    }

    /** The heading a page shows: "Live round found: prop cart", "Accidental discharge". */
    public String title() {
      return where == null ? cause.title() : cause.title() + ": " + where;
    }

    /** What happened, in a sentence a refusal can quote. */
    public String inWords() {
      return where == null ? cause.words() : cause.words() + " (" + where + ")";
    }
  }

  private final Map<UUID, Reason> reasons = new LinkedHashMap<>();
  private final Map<UUID, Set<CrewRole>> clearances = new LinkedHashMap<>();

  private FirearmsHold(List<? extends CustodyEvent> events, ZoneId zone) {
    Map<LocalDate, Integer> misfiresByDay = new HashMap<>();
    for (CustodyEvent event : events) {
      if (event instanceof LiveRoundFound found) {
        put(new Reason(found.eventId(), Cause.LIVE_ROUND_FOUND, found.occurredAt(), found.actorId(), found.weaponId(),
            found.lotId(), found.where(), found.description()));
      } else if (event instanceof AccidentalDischarge discharge) {
        put(new Reason(discharge.eventId(), Cause.ACCIDENTAL_DISCHARGE, discharge.occurredAt(), discharge.actorId(),
            discharge.weaponId(), null, null, discharge.description()));
      } else if (event instanceof Misfire misfire) {
        LocalDate day = misfire.occurredAt().atZone(zone).toLocalDate();
        if (misfiresByDay.merge(day, 1, Integer::sum) > 1) {
          put(new Reason(misfire.eventId(), Cause.SECOND_MISFIRE, misfire.occurredAt(), misfire.actorId(),
              misfire.weaponId(), null, null, misfire.description()));
        }
      } else if (event instanceof HeldForIncident held) {
        put(new Reason(held.eventId(), Cause.INCIDENT, held.occurredAt(), held.actorId(), held.weaponId(),
            held.lotId(), null, held.why()));
      } else if (event instanceof SceneHeldForIncident held) {
        put(new Reason(held.eventId(), Cause.SCENE_HELD, held.occurredAt(), held.actorId(), null, null, held.scene(),
            held.why(), held.sceneId()));
      } else if (event instanceof HoldCleared cleared && clearances.containsKey(cleared.liveRoundFoundId())) {
        clearances.get(cleared.liveRoundFoundId()).add(cleared.clearedAs());
      }
    }
  }

  private void put(Reason reason) {
    reasons.put(reason.eventId(), reason);
    clearances.put(reason.eventId(), EnumSet.noneOf(CrewRole.class));
  }

  /** The hold after the production's events, oldest first (other events are skipped); days in the production's zone. */
  public static FirearmsHold of(List<? extends CustodyEvent> events, ZoneId zone) {
    return new FirearmsHold(events, zone);
  }

  /** As {@link #of(List, ZoneId)}, counting misfires by UTC day. */
  public static FirearmsHold of(List<? extends CustodyEvent> events) {
    return new FirearmsHold(events, ZoneOffset.UTC);
  }

  /** Holds not yet cleared by both the safety advisor and a producer, scenes' holds among them, oldest first. */
  public List<Reason> open() {
    List<Reason> open = new ArrayList<>();
    reasons.forEach((id, reason) -> {
      if (!clearances.get(id).containsAll(HoldCleared.CLEARERS)) {
        open.add(reason);
      }
    });
    return List.copyOf(open);
  }

  /** Every hold, open or cleared, oldest first. */
  public List<Reason> all() {
    return List.copyOf(reasons.values());
  }

  public Optional<Reason> reason(UUID holdId) {
    return Optional.ofNullable(reasons.get(holdId));
  }

  /** Whether every firearm of the production is on hold: a scene's hold alone does not make a stand-down. */
  public boolean active() {
    return open().stream().anyMatch(Reason::everyFirearm);
  }

  /** The open holds on every firearm of the production (a stand-down), oldest first. */
  public List<Reason> standDown() {
    return open().stream().filter(Reason::everyFirearm).toList();
  }

  /** The open holds on this scene, oldest first; empty for no scene. */
  public List<Reason> openOnScene(UUID sceneId) {
    return sceneId == null ? List.of()
        : open().stream().filter(r -> sceneId.equals(r.sceneId())).toList();
  }

  /** Whose clearance a hold still waits for. */
  public Set<CrewRole> clearancesAwaited(UUID holdId) {
    Set<CrewRole> awaited = EnumSet.copyOf(HoldCleared.CLEARERS);
    awaited.removeAll(clearances.getOrDefault(holdId, Set.of()));
    return Set.copyOf(awaited);
  }
}
