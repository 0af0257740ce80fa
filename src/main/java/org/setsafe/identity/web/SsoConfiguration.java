package org.setsafe.identity.web;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The studio's OpenID Connect provider, only when its issuer is configured: without it SetSafe has no client
 * registration and the page chain signs in with passwords alone. The provider's endpoints are read from its discovery
 * document at start, so a wrong issuer stops SetSafe at once instead of at the first crew member's sign-in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${setsafe.sso.issuer-uri:}'.isBlank()")
class SsoConfiguration {

  /** The registration's id, the last part of {@code /oauth2/authorization/studio} and of the redirect URI. */
  static final String REGISTRATION = "studio";

  @Bean
  ClientRegistrationRepository studioProvider(
      @Value("${setsafe.sso.issuer-uri}") String issuer,
      @Value("${setsafe.sso.client-id}") String clientId,
      @Value("${setsafe.sso.client-secret}") String clientSecret,
      @Value("${setsafe.sso.name}") String name,
      @Value("${setsafe.sso.scopes}") String scopes) {
    ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer.strip())
        .registrationId(REGISTRATION)
        .clientId(clientId)
        .clientSecret(clientSecret)
        .clientName(name)
        .scope(Arrays.stream(scopes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .build();
    return new InMemoryClientRegistrationRepository(registration);
  }
}
