package org.setsafe.production;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.domain.ScheduleStore;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SubjectNames;
import org.springframework.stereotype.Component;

/** Names scenes by their number ("scene 12A", on a page "la escena 12A"), for facts read back as sentences. */
@Component
class SceneNames implements SubjectNames {

  private final ScheduleStore store;

  SceneNames(ScheduleStore store) {
    this.store = store;
  }

  @Override
  public Optional<String> name(UUID productionId, String type, UUID id) {
    return "scene".equals(type) ? store.scene(productionId, id).map(s -> "scene " + s.number()) : Optional.empty();
  }

  @Override
  public Optional<Said> nameSaid(UUID productionId, String type, UUID id) {
    return "scene".equals(type) ? store.scene(productionId, id).map(s -> Said.of("production.subject.scene", s.number()))
        : Optional.empty();
  }
}
