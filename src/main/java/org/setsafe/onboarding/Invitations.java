package org.setsafe.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.PasswordsOff;
import org.setsafe.identity.SignedInUser;
import org.setsafe.identity.SsoInvitations;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
import org.setsafe.onboarding.OnboardingEvents.InvitationAccepted;
import org.setsafe.onboarding.OnboardingEvents.InvitationRevoked;
import org.setsafe.onboarding.OnboardingEvents.InvitationSent;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.onboarding.domain.CrewSheet;
import org.setsafe.onboarding.domain.Invitation;
import org.setsafe.onboarding.domain.InvitationStatus;
import org.setsafe.onboarding.domain.InvitationTokens;
import org.setsafe.onboarding.domain.OnboardingStore;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Languages;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a production's crew: producers and UPMs make, re-send and revoke them; the person invited accepts
 * with a new account (choosing a password under the same policy as any other) or with the account they have.
 * Acceptance takes an account already signed in ({@link #accept(String, UUID)}), so any way of signing in (a
 * password today, a studio's single sign-on later) can accept the same link.
 */
@Service
public class Invitations implements SsoInvitations {

  private static final String NOT_VALID = "This invitation link is not valid. Ask the production office for a new one.";

  private final OnboardingStore store;
  private final ProductionAccess access;
  private final Productions productions;
  private final CrewList crew;
  private final Accounts accounts;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration validFor;
  private final PasswordsOff passwordsOff;
  private final MessageSource messages;

  Invitations(OnboardingStore store, ProductionAccess access, Productions productions, CrewList crew,
      Accounts accounts, Notifications notifications, ApplicationEventPublisher events, Clock clock,
      PasswordsOff passwordsOff, MessageSource messages,
      @Value("${setsafe.invitations.valid-for:P14D}") Duration validFor) {
    this.messages = messages;
    this.passwordsOff = passwordsOff;
    this.store = store;
    this.access = access;
    this.productions = productions;
    this.crew = crew;
    this.accounts = accounts;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
    this.validFor = validFor;
  }

  /**
   * Who is invited and to what. {@code email} null: a printed link or QR code, handed over in person. {@code language}
   * the invitation speaks (en or es); null, the inviter's chosen language, else English.
   */
  public record Offer(String email, String displayName, Set<CrewRole> roles, String department, CrewDetail detail,
      String language) {

    public Offer(String email, String displayName, Set<CrewRole> roles, String department, CrewDetail detail) {
      this(email, displayName, roles, department, detail, null);
    }
  }

  /**
   * An invitation just made or re-sent. {@code link} is the one-time link's path, given only when it was not
   * emailed (a printed link, or no mail server), since it is shown this once and kept nowhere.
   */
  public record Issued(Invitation invitation, String link, boolean emailed) {}

  /** An invitation as its link opens it: to which production, and whether its address already has an account. */
  public record Opened(Invitation invitation, Production production, InvitationStatus status,
      boolean addressHasAccount, boolean passwordsOff) {}

  public List<Invitation> ofProduction(UUID productionId) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    return store.ofProduction(productionId);
  }

  public Invitation get(UUID productionId, UUID invitationId) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    return find(productionId, invitationId);
  }

  public Instant now() {
    return clock.instant();
  }

  @Transactional
  public Issued invite(UUID productionId, Offer offer) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    Offer checked = check(offer);
    store.lock(productionId);
    boolean pending = store.ofProduction(productionId).stream().anyMatch(i -> i.email() != null
        && i.email().equalsIgnoreCase(checked.email()) && i.status(clock.instant()).open());
    if (checked.email() != null && pending) {
      throw new ConflictException("email", "Unique", checked.email() + " already has an open invitation to this "
          + "production; re-send it instead").saying("input.onboarding.invitation.open-already", checked.email());
    }
    if (checked.email() != null) {
      accounts.findByEmail(checked.email()).flatMap(a -> crew.member(productionId, a.id())).ifPresent(m -> {
        throw new ConflictException("email", "Unique", m.displayName() + " is already on this production")
            .saying("input.onboarding.invitation.on-production", m.displayName());
      });
    }
    return issue(productionId, actor(), checked);
  }

  /** Makes and sends an invitation, within the caller's transaction and checks (an import calls this too). */
  Issued issue(UUID productionId, UUID invitedBy, Offer offer) {
    Instant now = clock.instant();
    String token = InvitationTokens.generate();
    Invitation invitation = new Invitation(UUID.randomUUID(), productionId, offer.email(), offer.displayName(),
        EnumSet.copyOf(offer.roles()), offer.department(), offer.detail(), InvitationStatus.PENDING, 1, invitedBy,
        now, now.plus(validFor), null, null, offer.language() != null ? offer.language()
            : Optional.ofNullable(invitedBy).flatMap(accounts::language).orElse(Languages.ENGLISH));
    store.insert(invitation, InvitationTokens.hash(token));
    return send(invitation, token, invitedBy);
  }

  /** A new link for an open invitation, sent again (or shown again to print): the old link stops working. */
  @Transactional
  public Issued resend(UUID productionId, UUID invitationId) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    store.lock(productionId);
    Invitation invitation = find(productionId, invitationId);
    if (!invitation.status(clock.instant()).open()) {
      InvitationStatus status = invitation.status(clock.instant());
      throw new ConflictException("invitationId", "Open", "this invitation was already "
          + status.name().toLowerCase() + "; make a new one if needed")
          .saying("input.onboarding.invitation.closed.make-new", statusWords(status));
    }
    String token = InvitationTokens.generate();
    Instant expires = clock.instant().plus(validFor);
    int times = invitation.timesSent() + 1;
    store.renew(invitationId, InvitationTokens.hash(token), expires, times);
    return send(store.find(invitationId).orElseThrow(), token, actor());
  }

  @Transactional
  public Invitation revoke(UUID productionId, UUID invitationId) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    Invitation invitation = find(productionId, invitationId);
    if (!invitation.status(clock.instant()).open() || !store.close(invitationId, InvitationStatus.REVOKED, null,
        clock.instant())) {
      InvitationStatus status = invitation.status(clock.instant());
      throw new ConflictException("invitationId", "Open", "this invitation was already "
          + status.name().toLowerCase()).saying("input.onboarding.invitation.closed", statusWords(status));
    }
    events.publishEvent(new InvitationRevoked(UUID.randomUUID(), actor(), clock.instant(), productionId,
        invitationId, invitation.displayName()));
    return store.find(invitationId).orElseThrow();
  }

  /** What a link opens, for the page that follows it; refuses (as not found) a link that never was. */
  public Opened open(String token) {
    Invitation invitation = byToken(token);
    Production production = crew.production(invitation.productionId());
    boolean hasAccount = invitation.email() != null && accounts.findByEmail(invitation.email()).isPresent();
    return new Opened(invitation, production, invitation.status(clock.instant()), hasAccount,
        passwordsOff.cover(invitation.email()));
  }

  /**
   * Accepts with an account already signed in, however it signed in: the person joins the crew in the offered
   * roles. The link is the proof of the offer, so the account's address need not be the one it was sent to (a
   * crew member may have signed up with another). Returns the production, to land on.
   */
  @Transactional
  public UUID accept(String token, UUID accountId) {
    Invitation invitation = usable(token);
    Account account = accounts.findById(accountId).filter(Account::enabled)
        .orElseThrow(Invitations::noSuchAccount);
    join(invitation, account, false);
    return invitation.productionId();
  }

  /**
   * Accepts every open invitation addressed to {@code verifiedEmail}, for an account already signed in whose
   * provider vouched for that address (a studio's single sign-on): the person joins each production without the
   * link. Only a verified address may be passed here; the link-less path is for that alone. Returns the productions.
   */
  @Transactional
  public List<UUID> acceptAddressedTo(UUID accountId, String verifiedEmail) {
    Account account = accounts.findById(accountId).filter(Account::enabled)
        .orElseThrow(Invitations::noSuchAccount);
    if (verifiedEmail == null || verifiedEmail.isBlank()) {
      return List.of();
    }
    List<Invitation> addressed = store.openAddressedTo(verifiedEmail.strip().toLowerCase(java.util.Locale.ROOT));
    List<UUID> joined = new java.util.ArrayList<>();
    for (Invitation invitation : addressed) {
      // One closed meanwhile (accepted through its link at the same moment) is passed over, not an error.
      if (invitation.status(clock.instant()) == InvitationStatus.PENDING
          && store.close(invitation.id(), InvitationStatus.ACCEPTED, account.id(), clock.instant())) {
        joined(invitation, account, false);
        joined.add(invitation.productionId());
      }
    }
    return joined;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean vouchFor(String verifiedEmail, String followedToken) {
    Instant now = clock.instant();
    return followed(followedToken).filter(i -> i.status(now) == InvitationStatus.PENDING).isPresent()
        || (verifiedEmail != null && !verifiedEmail.isBlank()
            && store.openAddressedTo(verifiedEmail.strip().toLowerCase(java.util.Locale.ROOT)).stream()
                .anyMatch(i -> i.status(now) == InvitationStatus.PENDING));
  }

  /**
   * At a sign-in through the studio's provider: the invitation the person followed to get there is accepted like
   * "Join as …" on its page (the token is the permission, as on that page), and those addressed to the email the
   * provider verified as by {@link #acceptAddressedTo}. One used meanwhile, expired or withdrawn is passed over: the
   * person is signed in all the same, and its page says why if they follow it again.
   */
  @Override
  @Transactional
  public List<UUID> arrived(UUID accountId, String verifiedEmail, String followedToken) {
    Account account = accounts.findById(accountId).filter(Account::enabled)
        .orElseThrow(Invitations::noSuchAccount);
    List<UUID> joined = new java.util.ArrayList<>();
    Optional<Invitation> followed = followed(followedToken)
        .filter(i -> i.status(clock.instant()) == InvitationStatus.PENDING);
    if (followed.isPresent() && store.close(followed.get().id(), InvitationStatus.ACCEPTED, accountId,
        clock.instant())) {
      joined(followed.get(), account, false);
      joined.add(followed.get().productionId());
    }
    joined.addAll(acceptAddressedTo(accountId, verifiedEmail));
    return joined;
  }

  private Optional<Invitation> followed(String token) {
    return token != null && InvitationTokens.wellFormed(token)
        ? store.findByTokenHash(InvitationTokens.hash(token)) : Optional.empty();
  }

  /**
   * Accepts by making a new account with the password the person chose, under the same policy as every
   * password. Refused when the invited address already has an account: that person signs in and accepts.
   */
  @Transactional
  public UUID acceptWithNewAccount(String token, String username, String password) {
    return acceptWithNewAccount(token, username, password, null);
  }

  /**
   * As {@link #acceptWithNewAccount(String, String, String)}, the new account reading {@code language} (en or es: the
   * one the person read the invitation's page in); null, the invitation's language.
   */
  @Transactional
  public UUID acceptWithNewAccount(String token, String username, String password, String language) {
    Invitation invitation = usable(token);
    if (passwordsOff.cover(invitation.email())) {
      // Such a password could never sign in, and would outlive the person's studio account if it could.
      String domain = invitation.email().substring(invitation.email().lastIndexOf('@') + 1);
      throw new InvalidInputException("password", "PasswordsOff", "people at " + domain
          + " join with their studio sign-in, not a SetSafe password")
          .saying("input.onboarding.accept.passwords-off", domain);
    }
    if (invitation.email() != null && accounts.findByEmail(invitation.email()).isPresent()) {
      throw new ConflictException("username", "AccountExists", "an account already has the address "
          + invitation.email() + "; sign in with it to accept")
          .saying("input.onboarding.accept.account-exists", invitation.email());
    }
    Account account = accounts.createWithPassword(invitation.invitedBy(), username, invitation.displayName(),
        invitation.email(), null, password);
    accounts.chooseLanguage(account.id(), Languages.supported(language) ? language : invitation.language());
    join(invitation, account, true);
    return invitation.productionId();
  }

  private void join(Invitation invitation, Account account, boolean newAccount) {
    // Closed first: of two people following one link at once, one joins and the other is told it was used.
    if (!store.close(invitation.id(), InvitationStatus.ACCEPTED, account.id(), clock.instant())) {
      throw new ConflictException("token", "SingleUse", "this invitation was already used")
          .saying("input.onboarding.accept.used");
    }
    joined(invitation, account, newAccount);
  }

  /** The crew change of an invitation already closed as accepted by {@code account}. */
  private void joined(Invitation invitation, Account account, boolean newAccount) {
    // An account that never chose a language (one the studio's sign-in just made) reads the invitation's.
    if (accounts.language(account.id()).isEmpty()) {
      accounts.chooseLanguage(account.id(), invitation.language());
    }
    productions.addByInvitation(invitation.productionId(), account.id(), invitation.roles(), invitation.department(),
        invitation.invitedBy());
    store.saveDetail(invitation.productionId(), account.id(), invitation.detail());
    events.publishEvent(new InvitationAccepted(UUID.randomUUID(), account.id(), clock.instant(),
        invitation.productionId(), invitation.id(), account.id(), newAccount));
  }

  private Invitation usable(String token) {
    Invitation invitation = byToken(token);
    InvitationStatus status = invitation.status(clock.instant());
    if (status == InvitationStatus.EXPIRED) {
      throw new InvalidInputException("token", "Expired", "this invitation has expired; ask the production office "
          + "to send it again").saying("input.onboarding.accept.expired");
    }
    if (status != InvitationStatus.PENDING) {
      throw new ConflictException("token", "SingleUse", "this invitation was already used or withdrawn")
          .saying("input.onboarding.accept.used-or-withdrawn");
    }
    return invitation;
  }

  private Invitation byToken(String token) {
    Optional<Invitation> found = InvitationTokens.wellFormed(token)
        ? store.findByTokenHash(InvitationTokens.hash(token)) : Optional.empty();
    if (found.isEmpty()) {
      SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("anonymous"),
          "invitation link", "no such invitation");
      throw new NotFoundException(NOT_VALID).saying("input.onboarding.not-found.link");
    }
    return found.get();
  }

  private Issued send(Invitation invitation, String token, UUID actor) {
    String link = "/invitations/" + token;
    boolean emailed = false;
    if (invitation.email() != null) {
      Production production = crew.production(invitation.productionId());
      // In the invitation's language: the person has no account yet to have chosen one.
      Locale language = Languages.locale(invitation.language());
      String roles = String.join(", ", invitation.roles().stream()
          .map(r -> messages.getMessage("crew.role." + r.name(), null, r.label(), language)).toList());
      // Installation-wide (no production): the link is a secret and must not reach the production's webhook.
      // The link is the invitation: emailed whole, kept redacted in the delivery log.
      Notice notice = Notice.withSecretLink(null, "invitation/" + invitation.id() + "/" + invitation.timesSent(),
          messages.getMessage("onboarding.email.subject", new Object[] {production.name()}, language),
          messages.getMessage("onboarding.email.body", new Object[] {invitation.displayName(), production.name(),
              roles, invitation.expiresAt().atZone(production.timeZone()).toLocalDate().toString()}, language), link);
      emailed = !notifications.send(notice, List.of(Recipient.outsideAddress(invitation.email()))).email().isEmpty();
    }
    events.publishEvent(new InvitationSent(UUID.randomUUID(), actor, clock.instant(), invitation.productionId(),
        invitation.id(), invitation.displayName(), invitation.roles(), invitation.department(), invitation.byEmail(),
        invitation.timesSent()));
    return new Issued(invitation, emailed ? null : link, emailed);
  }

  private Invitation find(UUID productionId, UUID invitationId) {
    return store.find(invitationId).filter(i -> i.productionId().equals(productionId))
        .orElseThrow(() -> new NotFoundException("No invitation " + invitationId + " on this production.")
            .saying("input.onboarding.not-found.invitation", invitationId));
  }

  /** The account accepting is gone or disabled since it signed in. */
  private static NotFoundException noSuchAccount() {
    return new NotFoundException("no such account").saying("input.onboarding.not-found.account");
  }

  /** The same rules a crew list's row passes, for one invitation typed in. */
  static Offer check(Offer offer) {
    String name = Text.required("displayName", offer.displayName(), CrewSheet.MAX_NAME);
    String email = Text.optional("email", offer.email(), CrewSheet.MAX_EMAIL);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("email", "Email", "email must be an address like name@example.org")
          .saying("input.onboarding.email");
    }
    if (offer.roles() == null || offer.roles().isEmpty()) {
      throw new InvalidInputException("roles", "NotEmpty", "roles must name at least one crew role")
          .saying("input.onboarding.roles");
    }
    String department = Text.optional("department", offer.department(), CrewSheet.MAX_DEPARTMENT);
    if (offer.roles().contains(CrewRole.CREW) && department == null) {
      throw new InvalidInputException("department", "Required", "department is required for crew (e.g. Camera, Grip)")
          .saying("input.onboarding.department");
    }
    CrewDetail detail = offer.detail() == null ? CrewDetail.NONE : offer.detail();
    CrewDetail checked = new CrewDetail(Text.optional("phone", detail.phone(), CrewSheet.MAX_PHONE),
        Text.optional("position", detail.position(), CrewSheet.MAX_POSITION), detail.startsOn(), detail.endsOn());
    if (checked.startsOn() != null && checked.endsOn() != null && checked.endsOn().isBefore(checked.startsOn())) {
      throw new InvalidInputException("endsOn", "AfterStart", "endsOn must not be before startsOn")
          .saying("input.onboarding.ends-before-start");
    }
    if (offer.language() != null && !Languages.supported(offer.language())) {
      String supported = String.join(", ", Languages.SUPPORTED);
      throw new InvalidInputException("language", "OneOf", "language must be one of " + supported)
          .saying("input.onboarding.language", supported);
    }
    return new Offer(email == null ? null : email.toLowerCase(java.util.Locale.ROOT), name, EnumSet.copyOf(offer.roles()),
        department, checked, offer.language());
  }

  /** Where a closed invitation stands, as "this invitation was already …" ends: "revoked". */
  private static Said statusWords(InvitationStatus status) {
    return Said.of("input.onboarding.invitation.status." + status.name());
  }

  static UUID actor() {
    return SignedInUser.current().map(SignedInUser::id).orElse(null);
  }
}
