package org.setsafe.production;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.domain.ScheduleStore;
import org.setsafe.shared.SubjectNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names scenes by their number ("scene 12A"), for facts read back as sentences. */
@Component
class SceneNames implements SubjectNames {

  private final ScheduleStore store;
  private final MessageSource messages;

  SceneNames(ScheduleStore store, MessageSource messages) {
    this.store = store;
    this.messages = messages;
  }

  @Override
  public Optional<String> name(UUID productionId, String type, UUID id) {
    return "scene".equals(type) ? store.scene(productionId, id).map(s -> "scene " + s.number()) : Optional.empty();
  }

  /** "la escena 12A": in a Spanish sentence the scene takes its article. */
  @Override
  public Optional<String> name(UUID productionId, String type, UUID id, Locale reader) {
    return "scene".equals(type) ? store.scene(productionId, id)
        .map(s -> messages.getMessage("production.scene.named", new Object[] {s.number()}, "scene " + s.number(),
            reader))
        : Optional.empty();
  }
}
