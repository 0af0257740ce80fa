package org.setsafe.onboarding.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.onboarding.domain.ColumnMapping;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.onboarding.domain.Invitation;
import org.setsafe.onboarding.domain.InvitationStatus;
import org.setsafe.onboarding.domain.OnboardingStore;
import org.setsafe.production.CrewRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOnboardingStore implements OnboardingStore {

  private static final String COLUMNS = "id, production_id, email, display_name, roles, department, phone, position, "
      + "starts_on, ends_on, status, times_sent, invited_by, created_at, expires_at, accepted_by, closed_at, language";

  private final JdbcClient jdbc;

  JdbcOnboardingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Invitation i, String tokenHash) {
    jdbc.sql("INSERT INTO invitation (" + COLUMNS + ", token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?)")
        .params(i.id(), i.productionId(), i.email(), i.displayName(), roles(i.roles()), i.department(),
            i.detail().phone(), i.detail().position(), date(i.detail().startsOn()), date(i.detail().endsOn()),
            i.stored().name(), i.timesSent(), i.invitedBy(), time(i.createdAt()), time(i.expiresAt()), i.acceptedBy(),
            time(i.closedAt()), i.language(), tokenHash)
        .update();
  }

  @Override
  public void renew(UUID invitationId, String tokenHash, Instant expiresAt, int timesSent) {
    jdbc.sql("UPDATE invitation SET token_hash = ?, expires_at = ?, times_sent = ? WHERE id = ?")
        .params(tokenHash, time(expiresAt), timesSent, invitationId).update();
  }

  @Override
  public void change(Invitation i) {
    jdbc.sql("UPDATE invitation SET display_name = ?, roles = ?, department = ?, phone = ?, position = ?, "
            + "starts_on = ?, ends_on = ? WHERE id = ?")
        .params(i.displayName(), roles(i.roles()), i.department(), i.detail().phone(), i.detail().position(),
            date(i.detail().startsOn()), date(i.detail().endsOn()), i.id())
        .update();
  }

  @Override
  public boolean close(UUID invitationId, InvitationStatus status, UUID acceptedBy, Instant at) {
    return jdbc.sql("UPDATE invitation SET status = ?, accepted_by = ?, closed_at = ? WHERE id = ? AND status = ?")
        .params(status.name(), acceptedBy, time(at), invitationId, InvitationStatus.PENDING.name()).update() == 1;
  }

  @Override
  public Optional<Invitation> find(UUID invitationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE id = ?").param(invitationId)
        .query(JdbcOnboardingStore::invitation).optional();
  }

  @Override
  public Optional<Invitation> findByTokenHash(String tokenHash) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE token_hash = ?").param(tokenHash)
        .query(JdbcOnboardingStore::invitation).optional();
  }

  @Override
  public List<Invitation> ofProduction(UUID productionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE production_id = ? ORDER BY created_at, display_name, id")
        .param(productionId).query(JdbcOnboardingStore::invitation).list();
  }

  @Override
  public List<Invitation> openAddressedTo(String email) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE email = ? AND status = ? ORDER BY created_at, id")
        .params(email, InvitationStatus.PENDING.name()).query(JdbcOnboardingStore::invitation).list();
  }

  @Override
  public void lock(UUID productionId) {
    jdbc.sql("SELECT id FROM production WHERE id = ? FOR UPDATE").param(productionId).query(UUID.class).optional();
  }

  @Override
  public Map<UUID, CrewDetail> details(UUID productionId) {
    Map<UUID, CrewDetail> details = new LinkedHashMap<>();
    jdbc.sql("SELECT user_id, phone, position, starts_on, ends_on FROM crew_detail WHERE production_id = ?")
        .param(productionId).query((rs, n) -> details.put(rs.getObject(1, UUID.class),
            new CrewDetail(rs.getString(2), rs.getString(3), localDate(rs, 4), localDate(rs, 5))))
        .list();
    return details;
  }

  @Override
  public void saveDetail(UUID productionId, UUID userId, CrewDetail d) {
    int changed = jdbc.sql("UPDATE crew_detail SET phone = ?, position = ?, starts_on = ?, ends_on = ? "
            + "WHERE production_id = ? AND user_id = ?")
        .params(d.phone(), d.position(), date(d.startsOn()), date(d.endsOn()), productionId, userId).update();
    if (changed == 0) {
      jdbc.sql("INSERT INTO crew_detail (production_id, user_id, phone, position, starts_on, ends_on) "
              + "VALUES (?, ?, ?, ?, ?, ?)")
          .params(productionId, userId, d.phone(), d.position(), date(d.startsOn()), date(d.endsOn())).update();
    }
  }

  @Override
  public Optional<ColumnMapping> mapping(UUID productionId) {
    return jdbc.sql("SELECT mapping FROM crew_import_mapping WHERE production_id = ?").param(productionId)
        .query(String.class).optional().map(ColumnMapping::fromStored);
  }

  @Override
  public void saveMapping(UUID productionId, ColumnMapping mapping, Instant at) {
    int changed = jdbc.sql("UPDATE crew_import_mapping SET mapping = ?, saved_at = ? WHERE production_id = ?")
        .params(mapping.stored(), time(at), productionId).update();
    if (changed == 0) {
      jdbc.sql("INSERT INTO crew_import_mapping (production_id, mapping, saved_at) VALUES (?, ?, ?)")
          .params(productionId, mapping.stored(), time(at)).update();
    }
  }

  private static Invitation invitation(ResultSet rs, int row) throws SQLException {
    return new Invitation(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getString("email"), rs.getString("display_name"), roles(rs.getString("roles")), rs.getString("department"),
        new CrewDetail(rs.getString("phone"), rs.getString("position"), localDate(rs, "starts_on"),
            localDate(rs, "ends_on")),
        InvitationStatus.valueOf(rs.getString("status")), rs.getInt("times_sent"),
        rs.getObject("invited_by", UUID.class), instant(rs, "created_at"), instant(rs, "expires_at"),
        rs.getObject("accepted_by", UUID.class), instant(rs, "closed_at"), rs.getString("language"));
  }

  private static String roles(Set<CrewRole> roles) {
    return roles.stream().map(CrewRole::name).sorted().collect(Collectors.joining(","));
  }

  private static Set<CrewRole> roles(String stored) {
    Set<CrewRole> roles = EnumSet.noneOf(CrewRole.class);
    Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(CrewRole::valueOf).forEach(roles::add);
    return roles;
  }

  private static OffsetDateTime time(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
