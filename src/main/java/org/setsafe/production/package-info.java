/**
 * Productions and the people on them: crew roles per production, shooting days and scenes, and the
 * one place that decides whether a person may see or change a production's data.
 */
@ApplicationModule(displayName = "Production", allowedDependencies = {"shared", "identity"})
package org.setsafe.production;

import org.springframework.modulith.ApplicationModule;
