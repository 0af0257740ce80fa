/**
 * The few types every module may use: time, problem-detail errors, bounded text, and refusals with the one
 * recorder that keeps them as evidence. Kept small on purpose; domain concepts belong to their own modules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.setsafe.shared;

import org.springframework.modulith.ApplicationModule;
