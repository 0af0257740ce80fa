/**
 * Identity: the people who sign in to SetSafe, their passwords (argon2id), personal API tokens,
 * installation-wide roles (administrator, studio safety) and the sign-in protections around them.
 * Production roles live in the production module, not here.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
package org.setsafe.identity;

import org.springframework.modulith.ApplicationModule;
