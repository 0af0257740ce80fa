package org.setsafe.identity;

import java.util.UUID;

/** A person who can sign in. Never carries the password hash out of this module. */
public record Account(
    UUID id,
    String username,
    String displayName,
    String email,
    InstallationRole installationRole,
    boolean enabled,
    boolean mustChangePassword) {

  public boolean isAdministrator() {
    return installationRole == InstallationRole.ADMINISTRATOR;
  }
}
