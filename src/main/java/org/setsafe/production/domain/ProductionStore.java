package org.setsafe.production.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;

/** Productions and their members. */
public interface ProductionStore {

  void insert(Production production, Instant createdAt);

  Optional<Production> find(UUID productionId);

  List<Production> all();

  List<Production> withMember(UUID userId);

  Optional<Set<CrewRole>> rolesOf(UUID productionId, UUID userId);

  List<Member> members(UUID productionId);

  /** The crews of several productions in one read, by production; a production without crew is left out. */
  java.util.Map<UUID, List<Member>> membersOf(java.util.Collection<UUID> productionIds);

  Optional<Member> member(UUID productionId, UUID userId);

  void insertMember(UUID productionId, UUID userId, String department, Set<CrewRole> roles, Instant at);

  void updateMember(UUID productionId, UUID userId, String department, Set<CrewRole> roles);

  void deleteMember(UUID productionId, UUID userId);

  /** Serialises concurrent membership changes on one production (row lock on PostgreSQL). */
  void lock(UUID productionId);
}
