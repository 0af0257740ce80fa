package org.setsafe.identity;

import example.studio.StudioProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SetSafe as a studio installs it: signing in through the studio's OpenID Connect provider (a real one, started in
 * this JVM), passwords off for the studio's own email domain, the provider's groups deciding installation roles, and
 * a second factor required of administrators and studio safety. Tests extending this share one application context.
 */
public abstract class StudioInstallation {

  public static final String STUDIO_NAME = "Studio Pass";
  protected static final StudioProvider PROVIDER = StudioProvider.start();

  @DynamicPropertySource
  static void studioSettings(DynamicPropertyRegistry settings) {
    settings.add("setsafe.sso.issuer-uri", PROVIDER::issuer);
    settings.add("setsafe.sso.client-id", () -> StudioProvider.CLIENT_ID);
    settings.add("setsafe.sso.client-secret", () -> StudioProvider.CLIENT_SECRET);
    settings.add("setsafe.sso.name", () -> STUDIO_NAME);
    settings.add("setsafe.sso.group-claim", () -> "groups");
    settings.add("setsafe.sso.administrator-groups", () -> "setsafe-admins");
    settings.add("setsafe.sso.studio-safety-groups", () -> "studio-safety");
    settings.add("setsafe.security.password-off-domains", () -> "studio.example");
    settings.add("setsafe.security.second-factor.required-for-installation-roles", () -> "true");
  }
}
