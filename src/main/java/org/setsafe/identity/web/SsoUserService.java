package org.setsafe.identity.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.SsoInvitations;
import org.setsafe.identity.SsoSignIns;
import org.setsafe.identity.SsoSignIns.SsoIdentity;
import org.setsafe.identity.SsoSignIns.SsoSignInRefused;
import org.setsafe.shared.SecurityAudit;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reads who the provider says signed in (email, whether it verified it, name, groups) and finds their SetSafe account;
 * a refusal ends the sign-in here, before any session is made.
 */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  /** The provider's person, with the SetSafe account they sign in as. */
  static final class SsoUser extends DefaultOidcUser {
    private static final long serialVersionUID = 1L;
    private final UUID accountId;
    private final String verifiedEmail;
    private final String followedInvitation;

    SsoUser(OidcUser user, UUID accountId, String verifiedEmail, String followedInvitation) {
      super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
      this.accountId = accountId;
      this.verifiedEmail = verifiedEmail;
      this.followedInvitation = followedInvitation;
    }

    UUID accountId() {
      return accountId;
    }

    /** The email the provider verified, or null: the only address invitations may be accepted for unseen. */
    String verifiedEmail() {
      return verifiedEmail;
    }

    /** The invitation the person followed before coming through the provider, or null. */
    String followedInvitation() {
      return followedInvitation;
    }
  }

  private final OidcUserService provider = new OidcUserService();
  private final SsoSignIns signIns;
  private final String emailClaim;
  private final String groupClaim;

  SsoUserService(SsoSignIns signIns, String emailClaim, String groupClaim) {
    this.signIns = signIns;
    this.emailClaim = emailClaim;
    this.groupClaim = groupClaim;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    String email = user.getClaimAsString(emailClaim);
    List<String> groups = groupClaim.isBlank() ? null : user.getClaimAsStringList(groupClaim);
    String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
    SsoIdentity who = new SsoIdentity(String.valueOf(user.getIssuer()), user.getSubject(), email,
        Boolean.TRUE.equals(user.getEmailVerified()), name, groups == null && !groupClaim.isBlank() ? List.of() : groups);
    String followed = followedInvitation();
    try {
      Account account = signIns.signIn(who, followed);
      return new SsoUser(user, account.id(), who.emailVerified() && email != null ? email.strip() : null, followed);
    } catch (SsoSignInRefused refused) {
      SecurityAudit.signInRefused(email != null ? email : "sso:" + user.getSubject(), address(),
          "single sign-on: " + refused.refusal().reason());
      String code = refused.refusal().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      throw new OAuth2AuthenticationException(new OAuth2Error("setsafe-" + code, refused.refusal().reason(), null),
          refused.refusal().reason());
    }
  }

  /** The invitation the person followed to come here (see {@link SsoInvitations#FOLLOWED}), or null. */
  private static String followedInvitation() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpSession session = attributes.getRequest().getSession(false);
      return session != null && session.getAttribute(SsoInvitations.FOLLOWED) instanceof String token ? token : null;
    }
    return null;
  }

  private static String address() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest().getRemoteAddr() : "-";
  }
}
