package org.setsafe.production;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The production and who is on its crew, read without any access check: for a module that already checked who
 * is asking ({@link ProductionAccess#onSet}), and for what runs for no one in particular (listeners, timers, the
 * anonymous report page, which reveals only what it chooses). Anyone else uses {@link Productions}, which checks.
 */
@Component
public class CrewList {

  private final ProductionStore store;
  private final ReadThisRequest reads;

  CrewList(ProductionStore store, ReadThisRequest reads) {
    this.store = store;
    this.reads = reads;
  }

  public Production production(UUID productionId) {
    return reads.production(productionId).orElseThrow(() -> new NotFoundException("no production " + productionId)
        .saying("input.production.not-found.production.crew-list", String.valueOf(productionId)));
  }

  public List<Member> members(UUID productionId) {
    return reads.members(productionId);
  }

  /** One member of the crew, from the crew list this request already read. */
  public Optional<Member> member(UUID productionId, UUID userId) {
    return members(productionId).stream().filter(m -> m.userId().equals(userId)).findFirst();
  }

  public Optional<Set<CrewRole>> rolesOf(UUID productionId, UUID userId) {
    return reads.rolesOf(productionId, userId);
  }

  /** The productions a person is on. */
  public List<Production> productionsOf(UUID userId) {
    return store.withMember(userId);
  }

  /** Every production on the installation, by name: for the studio's view, which checks who asks itself. */
  public List<Production> all() {
    return store.all();
  }

  /** The crews of several productions in one read, by production: for the studio's view of every production. */
  public java.util.Map<UUID, List<Member>> membersOf(java.util.Collection<UUID> productionIds) {
    return store.membersOf(productionIds);
  }
}
