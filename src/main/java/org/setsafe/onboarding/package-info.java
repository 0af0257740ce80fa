/**
 * Onboarding: bringing a production's crew aboard. Producers and UPMs invite people by email or by a printed
 * one-time link; a crew list kept by the production office comes in as CSV (previewed with every row's problems,
 * then imported all at once) and goes out again in the same shape. Whoever accepts an invitation joins the crew
 * through the production module, which records it like any crew change.
 */
@ApplicationModule(displayName = "Onboarding", allowedDependencies = {"shared", "identity", "production", "notify"})
package org.setsafe.onboarding;

import org.springframework.modulith.ApplicationModule;
