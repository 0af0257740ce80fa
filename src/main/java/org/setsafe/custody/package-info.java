/**
 * Custody: every firearm, replica and ammunition lot a production holds, and every hand-off, check,
 * load, count and lock-up, with the firearms protocol enforced as named policies that refuse with a
 * reason. So far the rules themselves ({@code domain/}); the custody service, pages and API come next.
 */
@ApplicationModule(displayName = "Custody", allowedDependencies = {"shared", "production"})
package org.setsafe.custody;

import org.springframework.modulith.ApplicationModule;
