package org.setsafe.custody.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.HoldCleared;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.production.CrewRole;

/**
 * Whether the production's firearms are on hold because a live round was found, folded from its events.
 * Each find stays open until the safety advisor and a producer have each cleared it with a written finding;
 * one signature is not enough, because on "Rust" management ignored the warnings it was given.
 */
public final class FirearmsHold {

  private final Map<UUID, LiveRoundFound> finds = new LinkedHashMap<>();
  private final Map<UUID, Set<CrewRole>> clearances = new LinkedHashMap<>();

  private FirearmsHold(List<? extends CustodyEvent> events) {
    for (CustodyEvent event : events) {
      if (event instanceof LiveRoundFound found) {
        finds.put(found.eventId(), found);
        clearances.put(found.eventId(), EnumSet.noneOf(CrewRole.class));
      } else if (event instanceof HoldCleared cleared && clearances.containsKey(cleared.liveRoundFoundId())) {
        clearances.get(cleared.liveRoundFoundId()).add(cleared.clearedAs());
      }
    }
  }

  /** The hold after the production's events, oldest first (other events are skipped). */
  public static FirearmsHold of(List<? extends CustodyEvent> events) {
    return new FirearmsHold(events);
  }

  /** Finds not yet cleared by both the safety advisor and a producer. */
  public List<LiveRoundFound> openFinds() {
    List<LiveRoundFound> open = new ArrayList<>();
    finds.forEach((id, find) -> {
      if (!clearances.get(id).containsAll(HoldCleared.CLEARERS)) {
        open.add(find);
      }
    });
    return List.copyOf(open);
  }

  public boolean active() {
    return !openFinds().isEmpty();
  }

  /** Whose clearance a find still waits for. */
  public Set<CrewRole> clearancesAwaited(UUID liveRoundFoundId) {
    Set<CrewRole> awaited = EnumSet.copyOf(HoldCleared.CLEARERS);
    awaited.removeAll(clearances.getOrDefault(liveRoundFoundId, Set.of()));
    return Set.copyOf(awaited);
  }
}
