/**
 * The studio's view: every production at a glance for the studio safety department and administrators, with
 * trends over weeks. It owns the table, not the figures: each column is answered by the module that knows it,
 * through {@link org.setsafe.studio.StudioColumn}, so the studio never reaches into another module's tables.
 */
@ApplicationModule(displayName = "Studio view", allowedDependencies = {"shared", "production", "identity"})
package org.setsafe.studio;

import org.springframework.modulith.ApplicationModule;
