package org.setsafe.training;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.ConflictException;
import org.setsafe.training.CertificationCommands.VerifyCertification;
import org.setsafe.training.QualificationEvents.CertificationVerified;
import org.setsafe.training.QualificationViews.Certification;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.QualificationStore;
import org.setsafe.training.domain.QualificationStore.Verification;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The safety advisor of a production the person is on confirms they saw the original of the version in force. */
@Service
public class CertificateVerification {

  private final QualificationStore store;
  private final QualificationAccess access;
  private final CertificationViews views;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CertificateVerification(QualificationStore store, QualificationAccess access, CertificationViews views,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.access = access;
    this.views = views;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Certification verify(VerifyCertification command) {
    SignedInUser caller = access.mayVerify(command.holder(), command.productionId());
    CertificationRecord latest = views.latest(command.holder(), command.certification());
    if (latest.withdrawn()) {
      throw new ConflictException("certificationId", "NotWithdrawn", "a withdrawn certification cannot be verified")
          .saying("input.training.certification.withdrawn-unverifiable");
    }
    String text = command.checkedNote();
    Instant now = clock.instant();
    store.insertVerification(new Verification(UUID.randomUUID(), latest.certificationId(), latest.version(),
        command.productionId(), caller.id(), now, text));
    events.publishEvent(new CertificationVerified(UUID.randomUUID(), caller.id(), now, command.productionId(),
        latest.certificationId(), latest.version(), latest.holderId(), latest.typeCode(), text));
    return views.view(latest);
  }
}
