package org.setsafe.identity.web;

import java.io.Serializable;

/**
 * Kept with a sign-in made through the studio's provider: the ID token it issued, which signing out hands back so
 * the provider can end its own session too (OpenID Connect RP-initiated logout).
 */
record SsoSession(String idToken) implements Serializable {

  @Override
  public String toString() {
    return "SsoSession";
  }
}
