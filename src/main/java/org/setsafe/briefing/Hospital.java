package org.setsafe.briefing;

/**
 * The nearest hospital to a location, as the crew needs it in an emergency: where it is, how to call it, what
 * its emergency department takes (a trauma level, burns), and how long the drive is (ISO 45001 8.2).
 */
public record Hospital(String name, String address, String phone, String emergencyNotes, int driveMinutes) {}
