/**
 * Custody: every firearm, replica and ammunition lot a production holds, and every hand-off, check,
 * load, count and lock-up, with the firearms protocol enforced as named policies that refuse with a
 * reason ({@code domain/}), the register ({@link org.setsafe.custody.Armory}) and the custody service
 * ({@link org.setsafe.custody.Custody}) that records each step as an append-only event, and the JSON API.
 */
@ApplicationModule(displayName = "Custody", allowedDependencies = {"shared", "production", "identity", "training", "notify", "studio"})
package org.setsafe.custody;

import org.springframework.modulith.ApplicationModule;
