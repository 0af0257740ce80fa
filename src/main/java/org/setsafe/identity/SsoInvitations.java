package org.setsafe.identity;

import java.util.List;
import java.util.UUID;

/**
 * What the crew's invitations say at a sign-in through the studio's provider, answered by the module that keeps them.
 * A person invited to a production may arrive through the studio's provider before SetSafe has an account for them:
 * where the studio has turned local passwords off for its domain that is the only way in. The invitation vouches for
 * them, so their account is made at that first sign-in, and the invitations are accepted as they arrive.
 */
public interface SsoInvitations {

  /**
   * The session attribute holding the invitation a person followed before choosing to sign in through the studio (its
   * link's token): kept on the server, carried across the provider's round trip, removed once the sign-in ends.
   */
  String FOLLOWED = "setsafe.sso.invitation-followed";

  /**
   * Whether an invitation still open vouches for a newcomer: the one they followed ({@code followedToken}, may be
   * null), or one addressed to the email the provider verified.
   */
  boolean vouchFor(String verifiedEmail, String followedToken);

  /**
   * Accepts, for the account just signed in, the invitation followed and every open one addressed to the verified
   * email (either may be null); one already used, expired or withdrawn is passed over. Returns the productions joined.
   */
  List<UUID> arrived(UUID accountId, String verifiedEmail, String followedToken);
}
