package org.setsafe.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An agenda source as another module would be one, for the call-sheet tests: it speaks only about the productions
 * a test gives it items for, so no other test's meeting or call sheet sees it.
 */
@Component
@Order(1000)
class CallSheetTestAgenda implements AgendaSource {

  private final Map<UUID, Map<LocalDate, List<AgendaItem>>> items = new ConcurrentHashMap<>();

  void say(UUID productionId, LocalDate date, List<AgendaItem> agenda) {
    items.computeIfAbsent(productionId, k -> new ConcurrentHashMap<>()).put(date, List.copyOf(agenda));
  }

  @Override
  public List<AgendaItem> agendaFor(UUID productionId, LocalDate date) {
    return items.getOrDefault(productionId, Map.of()).getOrDefault(date, List.of());
  }
}
