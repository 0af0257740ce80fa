package org.setsafe.briefing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Safety bulletins and their acknowledgments in storage. It only appends. */
public interface BulletinStore {

  /** A bulletin as attached: on {@code appliesFrom} only, or on every day from it when {@code everyDay}. */
  record StoredBulletin(UUID id, UUID productionId, String title, String reference, String body, LocalDate appliesFrom,
      boolean everyDay, UUID attachedBy, Instant attachedAt) {

    public boolean appliesOn(LocalDate date) {
      return everyDay ? !date.isBefore(appliesFrom) : date.equals(appliesFrom);
    }
  }

  record StoredAcknowledgment(UUID bulletinId, UUID userId, UUID factId, Instant acknowledgedAt) {}

  void insertBulletin(StoredBulletin bulletin);

  /** Every bulletin of the production, in the order attached. */
  List<StoredBulletin> bulletins(UUID productionId);

  Optional<StoredBulletin> bulletin(UUID productionId, UUID bulletinId);

  /** Locks the bulletin's row, so two taps of one person acknowledge it once. */
  Optional<StoredBulletin> lockBulletin(UUID productionId, UUID bulletinId);

  void insertAcknowledgment(StoredAcknowledgment acknowledgment);

  /** Acknowledgments of these bulletins, oldest first. */
  List<StoredAcknowledgment> acknowledgmentsOf(List<UUID> bulletinIds);
}
