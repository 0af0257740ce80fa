package org.setsafe.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A weapon plan as another module would give it, for the scenes a test names and no others: the test re-signs it
 * ({@link #resign}) to change its fingerprint after a meeting, as an edited plan would.
 */
@Component
class ChangingAgendaSource implements AgendaSource {

  private final Map<UUID, Integer> versions = new ConcurrentHashMap<>();

  void plan(UUID sceneId) {
    versions.putIfAbsent(sceneId, 1);
  }

  void resign(UUID sceneId) {
    versions.merge(sceneId, 1, Integer::sum);
  }

  @Override
  public List<AgendaItem> agendaFor(UUID productionId, LocalDate date) {
    return versions.entrySet().stream().map(e -> new AgendaItem(e.getKey(), "Weapon plan", "Colt SAA for Cole",
        List.of("One blank toward the altar; nobody downrange", "Signed, version " + e.getValue()), false,
        "plan-" + e.getKey() + "-v" + e.getValue())).toList();
  }
}
