/**
 * Planning what a scene does before the camera rolls, and making the plan a gate: the weapon plan of each scene
 * (which weapons, which performers, whether anything is fired, who and what is in the line of fire) and the risk
 * assessments of the production and of each high-risk scene, each signed by those who answer for it. Editing a
 * signed plan, or moving its scene to another day or location, lapses its sign-offs (management of change).
 * Custody asks this module, through {@link org.setsafe.custody.IssueGate}, whether a weapon may go to a performer.
 */
@ApplicationModule(displayName = "Protocol",
    allowedDependencies = {"shared", "identity", "production", "training", "custody", "custody :: domain", "briefing",
        "notify"})
package org.setsafe.protocol;

import org.springframework.modulith.ApplicationModule;
