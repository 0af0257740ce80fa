package org.setsafe.custody.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.WeaponPhoto;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.LotEvent;
import org.setsafe.custody.domain.LotOrigin;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.custody.domain.Weapon;
import org.setsafe.custody.domain.WeaponEvent;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.custody.domain.WeaponOwner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register and the custody history in SQL. Each event is kept whole as JSON (the record's own
 * components), with the columns needed to find it copied beside it; reading it back runs the record's
 * constructor again, so a row that no longer makes sense fails loudly instead of folding quietly.
 */
@Repository
class JdbcCustodyStore implements CustodyStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String REFUSED = "custody.refused";

  private final String firearmsLock;
  private final String firearmsLockForIssue;

  /** Every kind of custody fact, by the kind it is stored under (the record's own {@code kind()}). */
  static final Map<String, Class<? extends CustodyEvent>> KINDS = Map.ofEntries(
      Map.entry("custody.weapon-received", CustodyEvents.WeaponReceived.class),
      Map.entry("custody.weapon-inspected", CustodyEvents.WeaponInspected.class),
      Map.entry("custody.weapon-loaded", CustodyEvents.WeaponLoaded.class),
      Map.entry("custody.weapon-unloaded", CustodyEvents.WeaponUnloaded.class),
      Map.entry("custody.shown-clear", CustodyEvents.ShownClear.class),
      Map.entry("custody.show-clear-confirmed", CustodyEvents.ShowClearConfirmed.class),
      Map.entry("custody.show-clear-refused", CustodyEvents.ShowClearRefused.class),
      Map.entry("custody.load-shown", CustodyEvents.LoadShown.class),
      Map.entry("custody.load-show-confirmed", CustodyEvents.LoadShowConfirmed.class),
      Map.entry("custody.load-show-refused", CustodyEvents.LoadShowRefused.class),
      Map.entry("custody.weapon-issued", CustodyEvents.WeaponIssued.class),
      Map.entry("custody.weapon-returned", CustodyEvents.WeaponReturned.class),
      Map.entry("custody.weapon-transferred", CustodyEvents.WeaponTransferred.class),
      Map.entry("custody.weapon-locked-up", CustodyEvents.WeaponLockedUp.class),
      Map.entry("custody.weapon-unlocked", CustodyEvents.WeaponUnlocked.class),
      Map.entry("custody.rounds-discharged", CustodyEvents.RoundsDischarged.class),
      Map.entry("custody.misfire", CustodyEvents.Misfire.class),
      Map.entry("custody.accidental-discharge", CustodyEvents.AccidentalDischarge.class),
      Map.entry("custody.held-for-incident", CustodyEvents.HeldForIncident.class),
      Map.entry("custody.scene-held-for-incident", CustodyEvents.SceneHeldForIncident.class),
      Map.entry("custody.malfunction", CustodyEvents.Malfunction.class),
      Map.entry("custody.weapon-reviewed", CustodyEvents.WeaponReviewed.class),
      Map.entry("custody.weapon-disposed", CustodyEvents.WeaponDisposed.class),
      Map.entry("custody.dummies-verified", CustodyEvents.DummiesVerified.class),
      Map.entry("custody.lot-reinspected", CustodyEvents.LotReinspected.class),
      Map.entry("custody.lot-quarantined", CustodyEvents.LotQuarantined.class),
      Map.entry("custody.lot-kept-in-quarantine", CustodyEvents.LotKeptInQuarantine.class),
      Map.entry("custody.rounds-counted", CustodyEvents.RoundsCounted.class),
      Map.entry("custody.rounds-returned-to-supplier", CustodyEvents.RoundsReturnedToSupplier.class),
      Map.entry("custody.rounds-transferred", CustodyEvents.RoundsTransferred.class),
      Map.entry("custody.live-round-found", CustodyEvents.LiveRoundFound.class),
      Map.entry("custody.hold-cleared", CustodyEvents.HoldCleared.class),
      Map.entry("custody.second-role-authorised", CustodyEvents.SecondRoleAuthorised.class),
      Map.entry("custody.weapon-left-unattended", CustodyEvents.WeaponLeftUnattended.class),
      Map.entry("custody.lock-up-overdue", CustodyEvents.LockUpOverdue.class),
      Map.entry("custody.day-not-reconciled", CustodyEvents.DayNotReconciled.class),
      Map.entry("custody.lock-up-grace-set", CustodyEvents.LockUpGraceSet.class),
      Map.entry("custody.round-count-mismatch", CustodyEvents.RoundCountMismatch.class),
      Map.entry("custody.day-closed", CustodyEvents.DayClosed.class),
      Map.entry("custody.day-settled", CustodyEvents.DaySettled.class),
      Map.entry(REFUSED, CustodyEvents.CustodyRefused.class));

  /** The kinds a lot's balance is folded from ({@code LotBalance}): rounds into and out of lots. */
  private static final List<String> LOT_KINDS = KINDS.entrySet().stream()
      .filter(kind -> LotEvent.class.isAssignableFrom(kind.getValue())
          || kind.getValue() == CustodyEvents.WeaponLoaded.class || kind.getValue() == CustodyEvents.WeaponUnloaded.class
          || kind.getValue() == CustodyEvents.RoundsDischarged.class)
      .map(Map.Entry::getKey).sorted().toList();

  private static final String WEAPON_COLUMNS = "id, version, production_id, kind, serial, manufacturer_or_importer, "
      + "model, firearm_type, caliber_or_gauge, owner_name, owner_licence_number, condition_note, notes, "
      + "correction_reason, recorded_by, recorded_at";
  private static final String LOT_COLUMNS =
      "id, production_id, round_class, caliber, supplier, received_on, round_count, origin";

  private final JdbcClient jdbc;

  JdbcCustodyStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    boolean postgres = isPostgres(dataSource);
    this.firearmsLock = "SELECT id FROM production WHERE id = ? " + (postgres ? "FOR NO KEY UPDATE" : "FOR UPDATE");
    // SHARE conflicts with NO KEY UPDATE (a find, a load) but not with itself, nor with a foreign key's KEY SHARE.
    // H2 has no shared row lock: there issues still take the lock in turn.
    this.firearmsLockForIssue = "SELECT id FROM production WHERE id = ? " + (postgres ? "FOR SHARE" : "FOR UPDATE");
  }

  /**
   * On PostgreSQL every custody row's foreign key takes a KEY SHARE lock on its production's row, which FOR
   * UPDATE would wait for: every step of every weapon would queue behind one issue. NO KEY UPDATE conflicts only
   * with itself. H2 knows only FOR UPDATE, and takes no such lock for a foreign key.
   */
  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database custody is stored in", e);
    }
  }

  @Override
  public void insertWeapon(WeaponRecord record) {
    Weapon w = record.weapon();
    try {
      jdbc.sql("INSERT INTO weapon (" + WEAPON_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(w.id(), record.version(), w.productionId(), w.kind().name(), w.serial(), w.manufacturerOrImporter(),
              w.model(), w.type() == null ? null : w.type().name(), w.caliberOrGauge(), w.owner().name(),
              w.owner().licenceNumber(), w.condition(), w.notes(), record.correctionReason(), record.recordedBy(),
              OffsetDateTime.ofInstant(record.recordedAt(), ZoneOffset.UTC))
          .update();
    } catch (DuplicateKeyException e) {
      throw new StaleCustodyException("the weapon's record was corrected by someone else meanwhile");
    }
  }

  @Override
  public List<WeaponRecord> weapons(UUID productionId) {
    return jdbc.sql("SELECT " + WEAPON_COLUMNS + " FROM weapon w WHERE production_id = ? AND version = "
            + "(SELECT MAX(version) FROM weapon v WHERE v.id = w.id) ORDER BY recorded_at, id")
        .param(productionId).query(JdbcCustodyStore::weaponRecord).list().stream()
        .sorted(Comparator.comparing((WeaponRecord r) -> r.weapon().label())).toList();
  }

  @Override
  public Optional<WeaponRecord> weapon(UUID productionId, UUID weaponId) {
    List<WeaponRecord> versions = weaponVersions(productionId, weaponId);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  @Override
  public List<WeaponRecord> weaponVersions(UUID productionId, UUID weaponId) {
    return jdbc.sql("SELECT " + WEAPON_COLUMNS + " FROM weapon WHERE production_id = ? AND id = ? ORDER BY version")
        .params(productionId, weaponId).query(JdbcCustodyStore::weaponRecord).list();
  }

  @Override
  public void insertLot(AmmunitionLot lot, UUID recordedBy, Instant recordedAt) {
    jdbc.sql("INSERT INTO ammunition_lot (" + LOT_COLUMNS + ", recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(lot.id(), lot.productionId(), lot.roundClass().name(), lot.caliber(), lot.supplier(), lot.receivedOn(),
            lot.count(), lot.origin().name(), recordedBy, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
        .update();
  }

  @Override
  public List<AmmunitionLot> lots(UUID productionId) {
    return jdbc.sql("SELECT " + LOT_COLUMNS + " FROM ammunition_lot WHERE production_id = ? ORDER BY received_on, id")
        .param(productionId).query(JdbcCustodyStore::lot).list();
  }

  @Override
  public Optional<AmmunitionLot> lot(UUID productionId, UUID lotId) {
    return jdbc.sql("SELECT " + LOT_COLUMNS + " FROM ammunition_lot WHERE production_id = ? AND id = ?")
        .params(productionId, lotId).query(JdbcCustodyStore::lot).optional();
  }

  @Override
  public void lockLots(UUID productionId, Collection<UUID> lotIds) {
    if (lotIds.isEmpty()) {
      return;
    }
    jdbc.sql("SELECT id FROM ammunition_lot WHERE production_id = :production AND id IN (:lots) ORDER BY id FOR UPDATE")
        .param("production", productionId).param("lots", List.copyOf(lotIds)).query(UUID.class).list();
  }

  @Override
  public void appendWeaponEvent(WeaponEvent event, int streamVersion) {
    try {
      insert(event, event.weaponId(), null, streamVersion);
    } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
      // Another transaction took this version first (H2 may report it as a lock it could not get).
      throw new StaleCustodyException("custody of the weapon changed while this was being recorded");
    }
  }

  @Override
  public void append(CustodyEvent event) {
    UUID weaponId = null;
    UUID lotId = null;
    if (event instanceof LotEvent lotEvent) {
      lotId = lotEvent.lotId();
    } else if (event instanceof CustodyEvents.CustodyRefused refused) {
      weaponId = refused.weaponId();
      lotId = refused.lotId();
    } else if (event instanceof CustodyEvents.LiveRoundFound found) {
      weaponId = found.weaponId();
      lotId = found.lotId();
    } else if (event instanceof CustodyEvents.HeldForIncident held) {
      weaponId = held.weaponId();
      lotId = held.lotId();
    } else if (event instanceof WeaponEvent) {
      throw new IllegalArgumentException("a weapon's event is appended with its stream version");
    }
    insert(event, weaponId, lotId, null);
  }

  private void insert(CustodyEvent event, UUID weaponId, UUID lotId, Integer streamVersion) {
    if (KINDS.get(event.kind()) != event.getClass()) {
      throw new IllegalArgumentException("no stored kind for " + event.getClass().getSimpleName());
    }
    jdbc.sql("INSERT INTO custody_event (event_id, production_id, weapon_id, lot_id, kind, actor_id, occurred_at, "
            + "stream_version, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(event.eventId(), event.productionId(), weaponId, lotId, event.kind(), event.actorId(),
            OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC), streamVersion,
            JSON.writeValueAsString(event))
        .update();
  }

  @Override
  public List<WeaponEvent> weaponEvents(UUID productionId, UUID weaponId) {
    return weaponEventsAfter(productionId, weaponId, 0);
  }

  @Override
  public List<WeaponEvent> weaponEventsAfter(UUID productionId, UUID weaponId, int known) {
    return jdbc.sql("SELECT kind, payload FROM custody_event WHERE production_id = ? AND weapon_id = ? "
            + "AND stream_version > ? ORDER BY stream_version")
        .params(productionId, weaponId, known).query(JdbcCustodyStore::event).list().stream()
        .map(WeaponEvent.class::cast).toList();
  }

  @Override
  public List<CustodyEvent> productionEvents(UUID productionId) {
    return jdbc.sql("SELECT kind, payload FROM custody_event WHERE production_id = ? AND kind <> ? ORDER BY seq")
        .params(productionId, REFUSED).query(JdbcCustodyStore::event).list();
  }

  @Override
  public List<CustodyEvent> factsOf(UUID productionId, Collection<Class<? extends CustodyEvent>> kinds) {
    return factsOfKinds(productionId, kinds.stream().map(JdbcCustodyStore::kindOf).toList());
  }

  @Override
  public List<CustodyEvent> lotFacts(UUID productionId) {
    return factsOfKinds(productionId, LOT_KINDS);
  }

  private List<CustodyEvent> factsOfKinds(UUID productionId, List<String> kinds) {
    return jdbc.sql("SELECT kind, payload FROM custody_event WHERE production_id = :production AND kind IN (:kinds) "
            + "ORDER BY seq")
        .param("production", productionId).param("kinds", kinds).query(JdbcCustodyStore::event).list();
  }

  private static String kindOf(Class<? extends CustodyEvent> type) {
    return KINDS.entrySet().stream().filter(kind -> kind.getValue() == type).map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stored kind for " + type.getSimpleName()));
  }

  @Override
  public void lockFirearms(UUID productionId) {
    // The production's row is the lock (H2 has no advisory locks), held only for one step.
    jdbc.sql(firearmsLock).param(productionId).query(UUID.class).optional();
  }

  @Override
  public void lockFirearmsForIssue(UUID productionId) {
    jdbc.sql(firearmsLockForIssue).param(productionId).query(UUID.class).optional();
  }

  @Override
  public List<UUID> productionsWithWeapons() {
    return jdbc.sql("SELECT DISTINCT production_id FROM weapon").query(UUID.class).list();
  }

  @Override
  public void insertPhoto(WeaponPhoto photo) {
    jdbc.sql("INSERT INTO weapon_photo (id, production_id, weapon_id, content_type, bytes, sha256, added_by, added_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(photo.id(), photo.productionId(), photo.weaponId(), photo.contentType(), photo.bytes(), photo.sha256(),
            photo.addedBy(), OffsetDateTime.ofInstant(photo.addedAt(), ZoneOffset.UTC))
        .update();
  }

  @Override
  public Optional<WeaponPhoto> latestPhoto(UUID productionId, UUID weaponId) {
    return jdbc.sql("SELECT id, production_id, weapon_id, content_type, bytes, sha256, added_by, added_at "
            + "FROM weapon_photo WHERE production_id = ? AND weapon_id = ? ORDER BY added_at DESC, id LIMIT 1")
        .params(productionId, weaponId)
        .query((rs, n) -> new WeaponPhoto(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
            rs.getObject("weapon_id", UUID.class), rs.getString("content_type"), rs.getBytes("bytes"),
            rs.getString("sha256"), rs.getObject("added_by", UUID.class),
            rs.getObject("added_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  static CustodyEvent event(ResultSet rs, int row) throws SQLException {
    String kind = rs.getString("kind");
    Class<? extends CustodyEvent> type = KINDS.get(kind);
    if (type == null) {
      throw new IllegalStateException("unknown custody event kind " + kind);
    }
    return JSON.readValue(rs.getString("payload"), type);
  }

  private static WeaponRecord weaponRecord(ResultSet rs, int row) throws SQLException {
    String type = rs.getString("firearm_type");
    Weapon weapon = new Weapon(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        WeaponKind.valueOf(rs.getString("kind")), rs.getString("serial"), rs.getString("manufacturer_or_importer"),
        rs.getString("model"), type == null ? null : FirearmType.valueOf(type), rs.getString("caliber_or_gauge"),
        new WeaponOwner(rs.getString("owner_name"), rs.getString("owner_licence_number")),
        rs.getString("condition_note"), rs.getString("notes"));
    return new WeaponRecord(weapon, rs.getInt("version"), rs.getString("correction_reason"),
        rs.getObject("recorded_by", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
  }

  private static AmmunitionLot lot(ResultSet rs, int row) throws SQLException {
    return new AmmunitionLot(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        RoundClass.valueOf(rs.getString("round_class")), rs.getString("caliber"), rs.getString("supplier"),
        rs.getObject("received_on", LocalDate.class), rs.getInt("round_count"), LotOrigin.valueOf(rs.getString("origin")));
  }
}
