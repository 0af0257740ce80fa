package org.setsafe.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.IncidentEvents.IncidentRefused;
import org.setsafe.incident.StatementEvents.StatementConfirmed;
import org.setsafe.incident.StatementEvents.StatementGiven;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.Statement;
import org.setsafe.incident.domain.StatementReaders;
import org.setsafe.incident.domain.StatementStore;
import org.setsafe.incident.domain.StatementVersion;
import org.setsafe.incident.domain.Witness;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Witness statements about an incident. A crew member gives their own from their phone; an investigator
 * ({@link StatementReaders}) records one for a witness (a crew member, who then confirms it, or someone from outside
 * the crew, by name). A statement is never edited: a correction is its next version, and every version stays. The
 * words are read by the investigators and the witness only, every other reader refused and logged; the ledger gets
 * each version's SHA-256, never its words.
 */
@Service
public class Statements {

  /** What a witness says: their words, and when they say it happened ({@code about}, if they say). */
  public record Words(String words, Instant about) {}

  /** A statement an investigator records for a witness: a crew member by account, or someone else by name. */
  public record ForWitness(UUID witnessUserId, String witnessName, String words, Instant about) {}

  /** A correction: new words superseding the latest version, which the corrector names so nothing is overwritten unread. */
  public record Correction(String words, Instant about, Integer supersedes) {}

  /** One version as shown: {@code standing} says in words whose words they are and whether the witness confirmed. */
  public record StatementVersionView(UUID id, int version, String words, Instant about, Instant givenAt, String recordedBy,
      boolean inOwnWords, boolean confirmed, Instant confirmedAt, boolean superseded, String standing,
      String wordsSha256) {}

  /** A statement with every version, newest first; what the reader may do with it now. */
  public record StatementView(UUID id, UUID incidentId, UUID witnessUserId, String witness, boolean fromOutsideTheCrew,
      int latestVersion, String standing, boolean awaitingConfirmation, boolean mayConfirm, boolean mayCorrect,
      Instant firstGivenAt, List<StatementVersionView> versions) {}

  private final StatementStore store;
  private final Incidents incidents;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final Accounts accounts;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Statements(StatementStore store, Incidents incidents, IncidentDesk desk, CrewList crew, Accounts accounts,
      RefusalRecorder refusals, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.desk = desk;
    this.crew = crew;
    this.accounts = accounts;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  // ---- giving ----

  /** A crew member gives their own statement, in their own words: once per incident, corrected after by new versions. */
  @Transactional
  public StatementView give(UUID productionId, UUID incidentId, Words input) {
    OnSet caller = desk.crew(productionId);
    Incident incident = incidents.find(productionId, incidentId);
    Member me = crew.member(productionId, caller.userId()).orElseThrow();
    onePerWitness(incidentId, me.userId());
    Words words = input == null ? new Words(null, null) : input;
    StatementVersion first = new StatementVersion(UUID.randomUUID(), UUID.randomUUID(), incident.id(), productionId,
        1, new Witness(me.userId(), me.displayName()), words.words(), cut(words.about()), now(), caller.userId(),
        null, null);
    record(first, null, caller.userId());
    return view(caller, store.statement(productionId, incidentId, first.statementId()).orElseThrow());
  }

  /** An investigator records a statement for a witness, who confirms it if they are on the crew. */
  @Transactional
  public StatementView recordFor(UUID productionId, UUID incidentId, ForWitness input) {
    OnSet caller = investigator(productionId, "record a statement for a witness on incident " + incidentId);
    Incident incident = incidents.find(productionId, incidentId);
    ForWitness given = input == null ? new ForWitness(null, null, null, null) : input;
    Witness witness;
    if (given.witnessUserId() != null) {
      if (given.witnessName() != null && !given.witnessName().isBlank()) {
        throw new InvalidInputException("witnessName", "OneOf", "witnessName is for someone from outside the crew; "
            + "a crew member is named by witnessUserId alone").saying("input.incident.statement.name-or-account");
      }
      Member member = crew.member(productionId, given.witnessUserId()).orElseThrow(() -> new InvalidInputException(
          "witnessUserId", "OnTheCrew", "no one with account " + given.witnessUserId()
              + " on this production's crew; name a witness from outside the crew by witnessName instead")
          .saying("input.incident.statement.witness-not-on-crew", given.witnessUserId()));
      onePerWitness(incidentId, member.userId());
      witness = new Witness(member.userId(), member.displayName());
    } else {
      if (given.witnessName() == null || given.witnessName().isBlank()) {
        throw new InvalidInputException("witnessName", "Required", "witnessName is required: who the witness is "
            + "(or witnessUserId for a crew member)").saying("input.incident.statement.witness-required");
      }
      witness = new Witness(null, given.witnessName());
    }
    StatementVersion first = new StatementVersion(UUID.randomUUID(), UUID.randomUUID(), incident.id(), productionId,
        1, witness, given.words(), cut(given.about()), now(), caller.userId(), null, null);
    record(first, null, caller.userId());
    return view(caller, store.statement(productionId, incidentId, first.statementId()).orElseThrow());
  }

  /**
   * A new version superseding the latest: the witness in their own words, or an investigator (whose version a crew
   * witness then confirms). Correcting an older version than the latest is refused and the refusal recorded.
   */
  @Transactional
  public StatementView correct(UUID productionId, UUID incidentId, UUID statementId, Correction input) {
    OnSet caller = desk.viewer(productionId);
    incidents.find(productionId, incidentId);
    Statement statement = find(productionId, incidentId, statementId);
    boolean witness = statement.witness().is(caller.userId()) && caller.onCrew();
    if (!witness && !investigates(caller)) {
      throw refusedAccess(caller, "correct statement " + statementId, new AccessRefusedException("A statement is "
          + "corrected by the witness who gave it or by an investigator (the safety advisor, the UPM or producer, "
          + "studio safety).").saying("input.incident.not-allowed.correct-statement"));
    }
    Correction given = input == null ? new Correction(null, null, null) : input;
    if (given.supersedes() == null) {
      throw new InvalidInputException("supersedes", "Required",
          "supersedes is required: the version you are correcting (the latest, " + statement.latest().version() + ")")
          .saying("input.incident.statement.supersedes-required", statement.latest().version());
    }
    StatementVersion next = statement.next(UUID.randomUUID(), given.words(), cut(given.about()), caller.userId(),
        now());
    Optional<Refusal> refused = statement.mayCorrect(given.supersedes());
    if (refused.isPresent()) {
      throw refuse(productionId, caller.userId(), statementId, "correct version " + given.supersedes(), refused.get());
    }
    record(next, given.supersedes(), caller.userId());
    return view(caller, find(productionId, incidentId, statementId));
  }

  /** The witness confirms the latest version an investigator recorded for them: these are their words. */
  @Transactional
  public StatementView confirm(UUID productionId, UUID incidentId, UUID statementId, Integer version) {
    OnSet caller = desk.viewer(productionId);
    incidents.find(productionId, incidentId);
    Statement statement = find(productionId, incidentId, statementId);
    if (!statement.witness().is(caller.userId())) {
      throw refusedAccess(caller, "confirm statement " + statementId,
          new AccessRefusedException("Only the witness confirms a statement recorded for them.")
              .saying("reason.incident.statement-confirmed-by-the-witness.not-the-witness"));
    }
    if (version == null) {
      throw new InvalidInputException("version", "Required",
          "version is required: the version you read and confirm (the latest, " + statement.latest().version() + ")")
          .saying("input.incident.statement.version-required", statement.latest().version());
    }
    Optional<Refusal> refused = statement.mayConfirm(caller.userId(), version);
    if (refused.isPresent()) {
      throw refuse(productionId, caller.userId(), statementId, "confirm version " + version, refused.get());
    }
    StatementVersion latest = statement.latest();
    StatementVersion.Confirmation confirmation = new StatementVersion.Confirmation(caller.userId(), now());
    try {
      store.insertConfirmation(latest.id(), confirmation);
    } catch (DuplicateKeyException raced) {
      throw new ConflictException("version", Statement.CONFIRMED_BY_THE_WITNESS, "You confirmed this version already.")
          .saying("input.incident.statement.confirmed-already");
    }
    events.publishEvent(new StatementConfirmed(UUID.randomUUID(), productionId, caller.userId(),
        confirmation.confirmedAt(), incidentId, statementId, latest.id(), latest.version(), caller.userId(),
        latest.wordsSha256()));
    return view(caller, find(productionId, incidentId, statementId));
  }

  // ---- reading ----

  /** The statements the reader may read: every one for an investigator, their own for a witness. */
  @Transactional(readOnly = true)
  public List<StatementView> statements(UUID productionId, UUID incidentId) {
    OnSet reader = desk.viewer(productionId);
    incidents.find(productionId, incidentId);
    boolean investigates = investigates(reader);
    return store.statements(incidentId).stream()
        .filter(s -> investigates || s.witness().is(reader.userId()))
        .map(s -> view(reader, s)).toList();
  }

  /** One statement with all its versions, for the investigators and the witness; anyone else refused and logged. */
  @Transactional(readOnly = true)
  public StatementView statement(UUID productionId, UUID incidentId, UUID statementId) {
    OnSet reader = desk.viewer(productionId);
    incidents.find(productionId, incidentId);
    Statement statement = find(productionId, incidentId, statementId);
    Optional<Refusal> refused = StatementReaders.mayRead(statement, reader.userId(), reader.roles(),
        studioSafety());
    if (refused.isPresent()) {
      throw refusedAccess(reader, "statement " + statementId, new AccessRefusedException(refused.get()));
    }
    return view(reader, statement);
  }

  /** Whether the reader investigates this production's incidents (for the pages' buttons; never refuses). */
  @Transactional(readOnly = true)
  public boolean mayRecordFor(UUID productionId) {
    return investigates(desk.viewer(productionId));
  }

  /** The reader's own statement on this incident, if they gave one or one was recorded for them. */
  @Transactional(readOnly = true)
  public Optional<StatementView> mine(UUID productionId, UUID incidentId) {
    OnSet reader = desk.viewer(productionId);
    incidents.find(productionId, incidentId);
    return store.statements(incidentId).stream().filter(s -> s.witness().is(reader.userId())).findFirst()
        .map(s -> view(reader, s));
  }

  // ---- inside ----

  private void record(StatementVersion version, Integer supersedes, UUID actorId) {
    try {
      store.insert(version);
    } catch (DuplicateKeyException raced) {
      throw new ConflictException("supersedes", Statement.CORRECTS_THE_LATEST, "Version " + (version.version() - 1)
          + " was corrected by someone else a moment ago. Read the latest version, then correct that one.")
          .saying("input.incident.statement.corrected-meanwhile", version.version() - 1);
    }
    events.publishEvent(new StatementGiven(UUID.randomUUID(), version.productionId(), actorId, version.givenAt(),
        version.incidentId(), version.statementId(), version.id(), version.version(), supersedes,
        version.witness().userId(), !version.witness().onTheCrew(), version.recordedBy(), version.wordsSha256()));
  }

  private void onePerWitness(UUID incidentId, UUID witness) {
    if (store.statements(incidentId).stream().anyMatch(s -> s.witness().is(witness))) {
      throw new ConflictException("witnessUserId", "incident.one-statement-per-witness", "There is a statement from "
          + "this witness on this incident already: add to it as a new version instead.")
          .saying("input.incident.statement.one-per-witness");
    }
  }

  private Statement find(UUID productionId, UUID incidentId, UUID statementId) {
    return store.statement(productionId, incidentId, statementId)
        .orElseThrow(() -> new NotFoundException("no statement " + statementId + " on this incident")
            .saying("input.incident.not-found.statement", statementId));
  }

  private OnSet investigator(UUID productionId, String what) {
    OnSet caller = desk.viewer(productionId);
    if (!investigates(caller)) {
      throw refusedAccess(caller, what, notRecordingFor());
    }
    return caller;
  }

  private boolean investigates(OnSet caller) {
    return StatementReaders.investigates(caller.roles(), studioSafety());
  }

  private static boolean studioSafety() {
    return SignedInUser.current().map(SignedInUser::isStudioSafety).orElse(false);
  }

  /** Refused to record a statement for a witness: not an investigator. The statement pages say it too. */
  public static AccessRefusedException notRecordingFor() {
    return new AccessRefusedException("Statements are recorded for a witness by the investigators: the safety "
        + "advisor, the UPM or producer, studio safety.").saying("input.incident.not-allowed.record-statement");
  }

  /** The refusal, logged for security. */
  private static AccessRefusedException refusedAccess(OnSet caller, String what, AccessRefusedException refused) {
    SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"),
        what + " on production " + caller.productionId(), refused.getMessage());
    return refused;
  }

  private RuleRefusedException refuse(UUID productionId, UUID actorId, UUID statementId, String attempted,
      Refusal refusal) {
    IncidentRefused fact = refusals.record(new IncidentRefused(UUID.randomUUID(), productionId, actorId, now(),
        "statement:" + statementId, attempted, refusal.rule(), refusal.reason()));
    return new RuleRefusedException(refusal.field() == null ? "statementId" : refusal.field(), refusal,
        fact.factId().toString());
  }

  StatementView view(OnSet reader, Statement statement) {
    List<StatementVersionView> versions = new ArrayList<>();
    StatementVersion latest = statement.latest();
    for (StatementVersion v : statement.versions()) {
      versions.add(0, version(v, v != latest));
    }
    boolean witness = statement.witness().is(reader.userId());
    return new StatementView(statement.id(), statement.incidentId(), statement.witness().userId(),
        statement.witness().name(), !statement.witness().onTheCrew(), latest.version(), standing(latest),
        latest.awaitsConfirmation(), witness && statement.mayConfirm(reader.userId(), latest.version()).isEmpty(),
        (witness && reader.onCrew()) || investigates(reader), statement.versions().get(0).givenAt(),
        List.copyOf(versions));
  }

  private StatementVersionView version(StatementVersion v, boolean superseded) {
    return new StatementVersionView(v.id(), v.version(), v.words(), v.about(), v.givenAt(), name(v.productionId(),
        v.recordedBy()), v.inOwnWords(), v.confirmedByWitness(),
        v.confirmation() == null ? null : v.confirmation().confirmedAt(), superseded, standing(v), v.wordsSha256());
  }

  /** In the crew's words: whose words these are, and whether the witness has said they are theirs. */
  String standing(StatementVersion v) {
    if (v.inOwnWords()) {
      return "In the witness's own words";
    }
    String recorder = "Recorded by " + name(v.productionId(), v.recordedBy());
    if (!v.witness().onTheCrew()) {
      return recorder + " for a witness from outside the crew";
    }
    return v.confirmation() == null ? recorder + ", not yet confirmed by the witness"
        : recorder + ", confirmed by the witness";
  }

  /** A crew member by their name on the crew; studio safety, who are on no crew, by their account's name. */
  String name(UUID productionId, UUID userId) {
    return crew.member(productionId, userId).map(Member::displayName)
        .or(() -> accounts.findById(userId).map(Account::displayName)).orElse("?");
  }

  private static Instant cut(Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
