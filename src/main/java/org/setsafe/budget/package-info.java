/**
 * The safety budget: what a production plans to spend on safety (armorer and safety advisor days, the set medic,
 * fire safety, the stunt coordinator, training, shields and remote heads, replicas instead of firearms), checked
 * against what its own schedule needs and against what was worked and spent. A cut below the schedule's need, or by
 * more than the allowed share, is never silent: it needs a written reason and opens a management review that the
 * producer answers and studio safety sees. On "Rust" the safety failures followed the money.
 */
@ApplicationModule(displayName = "Safety budget",
    allowedDependencies = {"shared", "identity", "production", "staffing", "reporting", "briefing", "studio"})
package org.setsafe.budget;

import org.springframework.modulith.ApplicationModule;
