package org.setsafe.production.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.domain.ProductionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProductionStore implements ProductionStore {

  private final JdbcClient jdbc;

  JdbcProductionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Production production, Instant createdAt) {
    jdbc.sql("INSERT INTO production (id, name, time_zone, created_at) VALUES (?, ?, ?, ?)")
        .params(production.id(), production.name(), production.timeZone().getId(),
            OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .update();
  }

  @Override
  public Optional<Production> find(UUID productionId) {
    return jdbc.sql("SELECT id, name, time_zone FROM production WHERE id = ?").param(productionId)
        .query(JdbcProductionStore::production).optional();
  }

  @Override
  public List<Production> all() {
    return jdbc.sql("SELECT id, name, time_zone FROM production ORDER BY name").query(JdbcProductionStore::production).list();
  }

  @Override
  public List<Production> withMember(UUID userId) {
    return jdbc.sql("""
            SELECT p.id, p.name, p.time_zone FROM production p
            JOIN production_member m ON m.production_id = p.id
            WHERE m.user_id = ? ORDER BY p.name""")
        .param(userId).query(JdbcProductionStore::production).list();
  }

  @Override
  public Optional<Set<CrewRole>> rolesOf(UUID productionId, UUID userId) {
    List<String> rows = jdbc.sql("""
            SELECT r.crew_role FROM production_member m
            LEFT JOIN production_member_role r ON r.production_id = m.production_id AND r.user_id = m.user_id
            WHERE m.production_id = ? AND m.user_id = ?""")
        .params(productionId, userId).query((rs, i) -> rs.getString(1)).list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<CrewRole> roles = EnumSet.noneOf(CrewRole.class);
    rows.stream().filter(r -> r != null).map(CrewRole::valueOf).forEach(roles::add);
    return Optional.of(roles);
  }

  // Reads names from the identity module's table in the same query: one round trip for a crew list
  // of a hundred, instead of a hundred. Read-only; identity still owns the table.
  private static final String MEMBER_QUERY = """
      SELECT m.user_id, u.username, u.display_name, m.department, r.crew_role
      FROM production_member m
      JOIN app_user u ON u.id = m.user_id
      LEFT JOIN production_member_role r ON r.production_id = m.production_id AND r.user_id = m.user_id
      WHERE m.production_id = :production""";

  @Override
  public List<Member> members(UUID productionId) {
    return collect(jdbc.sql(MEMBER_QUERY + " ORDER BY u.display_name, u.username")
        .param("production", productionId).query(MemberRow::of).list());
  }

  @Override
  public Map<UUID, List<Member>> membersOf(Collection<UUID> productionIds) {
    Map<UUID, List<MemberRow>> rows = new LinkedHashMap<>();
    if (productionIds.isEmpty()) {
      return Map.of();
    }
    jdbc.sql("""
            SELECT m.production_id, m.user_id, u.username, u.display_name, m.department, r.crew_role
            FROM production_member m
            JOIN app_user u ON u.id = m.user_id
            LEFT JOIN production_member_role r ON r.production_id = m.production_id AND r.user_id = m.user_id
            WHERE m.production_id IN (:productions) ORDER BY u.display_name, u.username""")
        .param("productions", productionIds)
        .query(rs -> {
          rows.computeIfAbsent(rs.getObject("production_id", UUID.class), k -> new ArrayList<>())
              .add(MemberRow.of(rs, 0));
        });
    Map<UUID, List<Member>> members = new LinkedHashMap<>();
    rows.forEach((id, theirs) -> members.put(id, collect(theirs)));
    return members;
  }

  @Override
  public Optional<Member> member(UUID productionId, UUID userId) {
    return collect(jdbc.sql(MEMBER_QUERY + " AND m.user_id = :user")
        .param("production", productionId).param("user", userId).query(MemberRow::of).list())
        .stream().findFirst();
  }

  @Override
  public void insertMember(UUID productionId, UUID userId, String department, Set<CrewRole> roles, Instant at) {
    jdbc.sql("INSERT INTO production_member (production_id, user_id, department, added_at) VALUES (?, ?, ?, ?)")
        .params(productionId, userId, department, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    insertRoles(productionId, userId, roles);
  }

  @Override
  public void updateMember(UUID productionId, UUID userId, String department, Set<CrewRole> roles) {
    jdbc.sql("UPDATE production_member SET department = ? WHERE production_id = ? AND user_id = ?")
        .params(department, productionId, userId).update();
    jdbc.sql("DELETE FROM production_member_role WHERE production_id = ? AND user_id = ?")
        .params(productionId, userId).update();
    insertRoles(productionId, userId, roles);
  }

  @Override
  public void deleteMember(UUID productionId, UUID userId) {
    jdbc.sql("DELETE FROM production_member_role WHERE production_id = ? AND user_id = ?")
        .params(productionId, userId).update();
    jdbc.sql("DELETE FROM production_member WHERE production_id = ? AND user_id = ?")
        .params(productionId, userId).update();
  }

  @Override
  public void lock(UUID productionId) {
    jdbc.sql("SELECT id FROM production WHERE id = ? FOR UPDATE").param(productionId).query(UUID.class).optional();
  }

  private void insertRoles(UUID productionId, UUID userId, Set<CrewRole> roles) {
    for (CrewRole role : roles) {
      jdbc.sql("INSERT INTO production_member_role (production_id, user_id, crew_role) VALUES (?, ?, ?)")
          .params(productionId, userId, role.name()).update();
    }
  }

  private static List<Member> collect(List<MemberRow> rows) {
    Map<UUID, Member> members = new LinkedHashMap<>();
    for (MemberRow row : rows) {
      Member member = members.computeIfAbsent(row.userId(), id ->
          new Member(id, row.username(), row.displayName(), row.department(), EnumSet.noneOf(CrewRole.class)));
      if (row.role() != null) {
        member.roles().add(CrewRole.valueOf(row.role()));
      }
    }
    return List.copyOf(members.values());
  }

  private static Production production(ResultSet rs, int row) throws SQLException {
    return new Production(rs.getObject("id", UUID.class), rs.getString("name"), ZoneId.of(rs.getString("time_zone")));
  }

  private record MemberRow(UUID userId, String username, String displayName, String department, String role) {
    static MemberRow of(ResultSet rs, int row) throws SQLException {
      return new MemberRow(rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("display_name"),
          rs.getString("department"), rs.getString("crew_role"));
    }
  }
}
