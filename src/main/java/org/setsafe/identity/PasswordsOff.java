package org.setsafe.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Email domains whose people sign in only through the studio's provider: the studio decides who may still work
 * there, so a SetSafe password left over from before must not outlive a leaver's studio account.
 */
@Component
public class PasswordsOff {

  private final List<String> domains;

  PasswordsOff(@Value("${setsafe.security.password-off-domains}") String domains) {
    this.domains = Arrays.stream(domains.split(",")).map(d -> d.strip().toLowerCase(Locale.ROOT))
        .map(d -> d.startsWith("@") ? d.substring(1) : d).filter(d -> !d.isEmpty()).toList();
  }

  public List<String> domains() {
    return domains;
  }

  /** Whether the address is of a domain whose people sign in only through the studio. */
  public boolean cover(String email) {
    if (email == null || email.indexOf('@') < 0) {
      return false;
    }
    return domains.contains(email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT));
  }
}
