package org.setsafe.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.CustodyBoard.HistoryEntry;
import org.setsafe.custody.CustodyBoard.HoldStatus;
import org.setsafe.custody.CustodyBoard.LotStatus;
import org.setsafe.custody.CustodyBoard.OpenFind;
import org.setsafe.custody.CustodyBoard.WeaponStatus;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.ClosedDays;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyProtocol;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.custody.domain.LoadedRound;
import org.setsafe.custody.domain.LotBalance;
import org.setsafe.custody.domain.ShownWords;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponEvent;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.springframework.stereotype.Service;

/**
 * What the custody record shows, read and never changed: the board of where every weapon, lot and hold is now, one
 * weapon's status and history, and what showing it would show. Everything is folded from the events on each read;
 * the steps that change custody are {@link Custody}'s.
 */
@Service
public class CustodyBoards {

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final WeaponFolds folds;
  private final Productions productions;
  private final Clock clock;
  private final CustodyHolds holds;

  /** Only for the show-clear window a weapon's status counts down; the steps are decided in {@link Custody}. */
  private final CustodyProtocol protocol = new CustodyProtocol();

  CustodyBoards(CustodyStore store, CustodyDesk desk, WeaponFolds folds, Productions productions, Clock clock,
      CustodyHolds holds) {
    this.store = store;
    this.desk = desk;
    this.folds = folds;
    this.productions = productions;
    this.clock = clock;
    this.holds = holds;
  }

  /** Where everything is now, folded from the events. */
  public CustodyBoard board(UUID productionId) {
    Production production = desk.viewer(productionId);
    Instant now = clock.instant();
    UUID me = me();
    Set<CrewRole> roles = rolesOf(productionId, me);
    List<WeaponStatus> weapons = new ArrayList<>();
    for (WeaponRecord record : store.weapons(productionId)) {
      WeaponCustody custody = folds.of(productionId, record);
      weapons.add(WeaponStatus.of(custody, record.version(), now, protocol.showClearWindow(),
          custody.nextSteps(me, roles)));
    }
    List<CustodyEvent> lotFacts = store.lotFacts(productionId);
    List<LotStatus> lots = store.lots(productionId).stream().map(lot -> LotStatus.of(LotBalance.of(lot, lotFacts)))
        .toList();
    FirearmsHold hold = FirearmsHold.of(store.firearmsHoldFacts(productionId), production.timeZone());
    List<OpenFind> finds = hold.open().stream().map(reason -> OpenFind.of(reason,
        hold.clearancesAwaited(reason.eventId()))).toList();
    return new CustodyBoard(now, weapons, lots, new HoldStatus(hold.active(), finds),
        CustodyBoard.CountMismatch.of(ClosedDays.of(store.closingFacts(productionId))), holds.stops(productionId),
        holds.unsettledDays(production).stream().map(CustodyBoard.DayNotSettled::of).toList());
  }

  public WeaponStatus weapon(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    WeaponRecord record = store.weapon(productionId, weaponId)
        .orElseThrow(() -> NotOnThisProduction.weapon(weaponId));
    WeaponCustody custody = folds.of(productionId, record);
    UUID me = me();
    return status(custody, record.version(), me, rolesOf(productionId, me));
  }

  /**
   * The steps the person signed in may take with the lot now, as the custody domain says ({@link LotBalance#nextSteps}):
   * the lot pages offer these and no others.
   */
  public List<CustodyAction> lotSteps(UUID productionId, UUID lotId) {
    desk.viewer(productionId);
    AmmunitionLot lot = store.lot(productionId, lotId)
        .orElseThrow(() -> NotOnThisProduction.lot(lotId));
    return LotBalance.of(lot, store.lotFacts(productionId)).nextSteps(rolesOf(productionId, me()));
  }

  /** The steps the person signed in may take on the production's lots before choosing one: receiving a lot. */
  public List<CustodyAction> lotRegisterSteps(UUID productionId) {
    desk.viewer(productionId);
    return LotBalance.stepsWithoutALot(rolesOf(productionId, me()));
  }

  /** Who is signed in, if anyone: the weapon's next steps are theirs. */
  private static UUID me() {
    return SignedInUser.current().map(SignedInUser::id).orElse(null);
  }

  /** The person's roles on the production; none for someone who only watches. */
  private Set<CrewRole> rolesOf(UUID productionId, UUID userId) {
    return userId == null ? Set.of() : productions.rolesOf(productionId, userId).orElse(Set.of());
  }

  /**
   * What showing the weapon now would show, in the witnesses' words: "Empty: …" for an empty weapon, otherwise its
   * load round by round with the empty positions. For the armorer's page before the showing.
   */
  public String whatIsInIt(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    WeaponRecord record = store.weapon(productionId, weaponId)
        .orElseThrow(() -> NotOnThisProduction.weapon(weaponId));
    WeaponCustody custody = folds.of(productionId, record);
    return custody.manifest().isEmpty() ? ShownWords.CLEAR : ShownWords.load(custody.weapon(), custody.manifest());
  }

  /** The rounds in the weapon now, position by position, as loaded: what showing the load would show. */
  public Map<String, LoadedRound> loadIn(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    WeaponRecord record = store.weapon(productionId, weaponId)
        .orElseThrow(() -> NotOnThisProduction.weapon(weaponId));
    return folds.of(productionId, record).manifest();
  }

  /** The weapon's history, oldest first, each step with its stream version. */
  public List<HistoryEntry> history(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    if (store.weapon(productionId, weaponId).isEmpty()) {
      throw NotOnThisProduction.weapon(weaponId);
    }
    List<WeaponEvent> events = store.weaponEvents(productionId, weaponId);
    List<HistoryEntry> entries = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      WeaponEvent event = events.get(i);
      entries.add(new HistoryEntry(i + 1, event.kind(), event.actorId(), event.occurredAt(), event));
    }
    return entries;
  }

  /** The weapon as a person sees it now: its state and the next steps that are theirs. */
  WeaponStatus status(WeaponCustody custody, int recordVersion, UUID personId, Set<CrewRole> roles) {
    return WeaponStatus.of(custody, recordVersion, clock.instant(), protocol.showClearWindow(),
        custody.nextSteps(personId, roles));
  }
}
