package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestDatabase;
import org.setsafe.custody.domain.CustodyEvents.WeaponReceived;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.StaleCustodyException;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.Weapon;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.custody.domain.WeaponOwner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custody record as stored: read back whole, one writer per weapon version, and (on PostgreSQL) unchangeable. */
@SetSafeTest
class CustodyRecordTest {

  @Autowired CustodyStore store;
  @Autowired JdbcClient jdbc;
  @Autowired Crew crew;

  private WeaponReceived aReceivedRevolver() {
    UUID production = crew.production(Crew.WESTERN).id();
    UUID rosa = crew.id("rosa.armorer");
    Weapon weapon = new Weapon(UUID.randomUUID(), production, WeaponKind.FIREARM, "R-" + UUID.randomUUID(), "Colt",
        "SAA", FirearmType.REVOLVER, ".45 Colt", new WeaponOwner("Gunslinger Rentals", null), null, null);
    store.insertWeapon(new WeaponRecord(weapon, 1, null, rosa, Instant.now()));
    WeaponReceived received = new WeaponReceived(UUID.randomUUID(), production, weapon.id(), rosa, Instant.now(),
        "Gunslinger Rentals", "9-85-049-01");
    store.appendWeaponEvent(received, 1);
    return received;
  }

  @Test
  void anEventIsReadBackAsRecordedAndItsVersionIsTakenOnce() {
    WeaponReceived received = aReceivedRevolver();
    UUID production = received.productionId();
    UUID rosa = received.actorId();
    Weapon weapon = store.weapon(production, received.weaponId()).orElseThrow().weapon();

    assertThat(store.weaponEvents(production, weapon.id())).containsExactly(received);
    WeaponReceived second = new WeaponReceived(UUID.randomUUID(), production, weapon.id(), rosa, Instant.now(),
        "Someone else", null);
    assertThatThrownBy(() -> store.appendWeaponEvent(second, 1)).isInstanceOf(StaleCustodyException.class);
  }

  @Test
  void postgresqlRefusesToChangeOrDeleteACustodyEvent() {
    assumeTrue(TestDatabase.isPostgres(), "the triggers exist on PostgreSQL only");
    WeaponReceived received = aReceivedRevolver();
    assertThatThrownBy(() -> jdbc.sql("UPDATE custody_event SET kind = 'custody.weapon-locked-up' WHERE event_id = ?")
        .param(received.eventId()).update()).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM custody_event WHERE event_id = ?").param(received.eventId()).update())
        .rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("UPDATE weapon SET serial = 'filed off' WHERE id = ?")
        .param(received.weaponId()).update()).rootCause().hasMessageContaining("append-only");
  }
}
