package org.setsafe.onboarding.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where invitations, the crew list's own columns and each production's column mapping are kept. */
public interface OnboardingStore {

  void insert(Invitation invitation, String tokenHash);

  /** A new link for the invitation (the old one stops working), valid until {@code expiresAt}. */
  void renew(UUID invitationId, String tokenHash, Instant expiresAt, int timesSent);

  /** New terms for a pending invitation, from an updated crew list. */
  void change(Invitation changed);

  /** Closes a pending invitation, only if still pending; false when someone closed it first. */
  boolean close(UUID invitationId, InvitationStatus status, UUID acceptedBy, Instant at);

  Optional<Invitation> find(UUID invitationId);

  Optional<Invitation> findByTokenHash(String tokenHash);

  List<Invitation> ofProduction(UUID productionId);

  /** Pending invitations sent to this (lower-case) address, on any production. */
  List<Invitation> openAddressedTo(String email);

  /** Serialises imports and invitations of one production, so two uploads of a list cannot both invite. */
  void lock(UUID productionId);

  Map<UUID, CrewDetail> details(UUID productionId);

  void saveDetail(UUID productionId, UUID userId, CrewDetail detail);

  Optional<ColumnMapping> mapping(UUID productionId);

  void saveMapping(UUID productionId, ColumnMapping mapping, Instant at);
}
