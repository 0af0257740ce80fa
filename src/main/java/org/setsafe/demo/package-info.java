/**
 * Demo data, off unless switched on: a western on location with a full crew, so a newcomer sees a
 * real production at once. Never runs in production unless an operator asks for it.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"shared", "identity", "production", "training",
    "protocol", "protocol :: domain", "briefing", "staffing", "custody", "custody :: domain", "reporting", "budget"})
package org.setsafe.demo;

import org.springframework.modulith.ApplicationModule;
