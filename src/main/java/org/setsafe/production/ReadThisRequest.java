package org.setsafe.production;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.shared.DecisionReads;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a web request has read of productions and their crews, kept for the rest of it: who is asking is
 * resolved once however many modules ask, and a person's roles are read once for all the rules that need them.
 * Outside a web request (the CLI, listeners, timers, tests calling services) every read goes to the database.
 * A change to a production's crew forgets it all, so the rest of the request sees the change.
 */
@Component
class ReadThisRequest {

  private final ProductionStore store;

  ReadThisRequest(ProductionStore store) {
    this.store = store;
  }

  Optional<Production> production(UUID productionId) {
    return kept(productionId, () -> store.find(productionId));
  }

  Optional<Set<CrewRole>> rolesOf(UUID productionId, UUID userId) {
    return kept(List.of(productionId, userId), () -> store.rolesOf(productionId, userId));
  }

  List<Member> members(UUID productionId) {
    return kept(List.of(productionId, "members"), () -> List.copyOf(store.members(productionId)));
  }

  /**
   * The production this request was let into, when it read exactly one: whose clock a page shows when it does not
   * name its production. Empty outside a web request, or when the request read none or several.
   */
  Optional<Production> theOneProductionRead() {
    Map<Object, Object> kept = keptThisRequest();
    if (kept == null) {
      return Optional.empty();
    }
    List<Production> read = kept.values().stream().filter(v -> v instanceof Optional<?> o && o.isPresent()
        && o.get() instanceof Production).map(v -> (Production) ((Optional<?>) v).get()).distinct().toList();
    return read.size() == 1 ? Optional.of(read.get(0)) : Optional.empty();
  }

  void forget() {
    Map<Object, Object> kept = keptThisRequest();
    if (kept != null) {
      kept.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T kept(Object key, Supplier<T> read) {
    Map<Object, Object> kept = keptThisRequest();
    // Outside a web request (a service called directly, the CLI), a decision still reads each once.
    return kept == null ? DecisionReads.kept(List.of(ReadThisRequest.class, key), read)
        : (T) kept.computeIfAbsent(key, k -> read.get());
  }

  @SuppressWarnings("unchecked")
  private static Map<Object, Object> keptThisRequest() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object kept = request == null ? null
        : request.getAttribute(ProductionAccess.READ_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
    return kept instanceof Map ? (Map<Object, Object>) kept : null;
  }
}
