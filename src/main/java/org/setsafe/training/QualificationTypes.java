package org.setsafe.training;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.ConflictException;
import org.setsafe.training.CertificationCommands.AddQualificationType;
import org.setsafe.training.QualificationEvents.QualificationTypeAdded;
import org.setsafe.training.domain.QualificationStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator adds a kind of qualification to the installation (a pyrotechnics licence); none is removed. */
@Service
public class QualificationTypes {

  private final QualificationStore store;
  private final ProductionAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  QualificationTypes(QualificationStore store, ProductionAccess access, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public QualificationType add(AddQualificationType command) {
    SignedInUser admin = access.requireAdministrator();
    QualificationType type = command.type();
    if (store.type(type.code()).isPresent()) {
      throw new ConflictException("code", "Unique", "there is already a qualification type " + type.code())
          .saying("input.training.type.exists", type.code());
    }
    Instant now = clock.instant();
    store.insertType(type, admin.id(), now);
    events.publishEvent(new QualificationTypeAdded(UUID.randomUUID(), admin.id(), now, null, type.code(), type.label()));
    return type;
  }
}
