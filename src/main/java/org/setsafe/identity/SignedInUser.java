package org.setsafe.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, whether signed in on a page or calling the API with a
 * token. Production roles are not here: they are looked up per production on every decision, so a
 * role taken away takes effect at once, not at the next sign-in.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

  private static final long serialVersionUID = 1L;

  private final UUID id;
  private final String username;
  private final String displayName;
  private final InstallationRole installationRole;
  private final boolean enabled;
  private final boolean mustChangePassword;
  private final int sessionGeneration;
  private String passwordHash;

  SignedInUser(Account account, String passwordHash, int sessionGeneration) {
    this.id = account.id();
    this.username = account.username();
    this.displayName = account.displayName();
    this.installationRole = account.installationRole();
    this.enabled = account.enabled();
    this.mustChangePassword = account.mustChangePassword();
    this.passwordHash = passwordHash;
    this.sessionGeneration = sessionGeneration;
  }

  /** The signed-in user of the current request, if any. */
  public static Optional<SignedInUser> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /**
   * Runs the work with this person signed in, outside a web request (the demo seeding its crew's steps, SetSafe acting
   * as itself), and puts back whoever was signed in before.
   */
  public <T> T call(Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null, getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public UUID id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public InstallationRole installationRole() {
    return installationRole;
  }

  public boolean isAdministrator() {
    return installationRole == InstallationRole.ADMINISTRATOR;
  }

  /** True when this sign-in used a password SetSafe made up, which must be replaced first. */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** The account's session generation when this sign-in was made; see {@link Accounts#sessionGeneration}. */
  public int sessionGeneration() {
    return sessionGeneration;
  }

  /** SetSafe itself (the admin CLI, start-up, demo data), acting on any production as the installation's owner. */
  public boolean isSystem() {
    return SystemActor.ID.equals(id);
  }

  public boolean isStudioSafety() {
    return installationRole == InstallationRole.STUDIO_SAFETY;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("USER"));
    if (installationRole != null) {
      authorities.add(new SimpleGrantedAuthority(installationRole.name()));
    }
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public String toString() {
    return username;
  }
}
