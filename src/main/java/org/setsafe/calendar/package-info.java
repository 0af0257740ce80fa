/**
 * Calendars: each person's own iCalendar feed (RFC 5545) of their shooting days with call times, the daily safety
 * meetings and when their certificates run out, behind a secret address their phone's calendar subscribes to.
 * Only a hash of the secret is kept; the person makes a new one or revokes it on their account page or through
 * the API. The feed is written afresh on every request from the schedule as it stands, so a moved day or a new
 * call time reaches the phone at its next refresh. Reads production and training without their access checks,
 * for the one person the secret names.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {"shared", "identity", "production", "training"})
package org.setsafe.calendar;

import org.springframework.modulith.ApplicationModule;
