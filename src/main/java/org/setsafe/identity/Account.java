package org.setsafe.identity;

import java.util.UUID;

/**
 * A person who can sign in. Never carries the password hash out of this module. {@code language} is the one they
 * chose for their pages ("en", "es"), null until they choose.
 */
public record Account(
    UUID id,
    String username,
    String displayName,
    String email,
    InstallationRole installationRole,
    boolean enabled,
    boolean mustChangePassword,
    String language) {

  public boolean isAdministrator() {
    return installationRole == InstallationRole.ADMINISTRATOR;
  }
}
