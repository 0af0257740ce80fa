package org.setsafe.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After SetSafe's session has ended: someone who signed in through the studio's provider is sent on to the provider
 * to end its session too, when it offers OpenID Connect RP-initiated logout, and comes back to "You are signed out".
 * A shared tablet in the production office must not sign the next person straight back in as the last.
 */
final class SsoLogout implements LogoutSuccessHandler {

  private final ClientRegistration provider;

  /** {@code provider} is null when single sign-on is not configured. */
  SsoLogout(ClientRegistration provider) {
    this.provider = provider;
  }

  /** Where the provider's logout is ({@code https://id.studio.example}), if it offers one. */
  static Optional<String> origin(ClientRegistration provider) {
    Object endSession = provider == null ? null
        : provider.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
    if (endSession == null) {
      return Optional.empty();
    }
    URI uri = URI.create(endSession.toString());
    return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
  }

  @Override
  public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    String signedOut = request.getContextPath() + "/login?signed-out";
    Object endSession = provider == null ? null
        : provider.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
    if (endSession == null || authentication == null || !(authentication.getDetails() instanceof SsoSession session)) {
      response.sendRedirect(signedOut);
      return;
    }
    String back = ServletUriComponentsBuilder.fromContextPath(request).path("/login").query("signed-out")
        .build().toUriString();
    response.sendRedirect(UriComponentsBuilder.fromUriString(endSession.toString())
        .queryParam("id_token_hint", session.idToken())
        .queryParam("client_id", provider.getClientId())
        .queryParam("post_logout_redirect_uri", back)
        .build().encode().toUriString());
  }
}
