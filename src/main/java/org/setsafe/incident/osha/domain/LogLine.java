package org.setsafe.incident.osha.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the 300 log, as the form lays it out (columns A to M): the employee's name is already "Privacy case"
 * for a privacy concern case, and the day counts already capped at 180.
 */
public record LogLine(UUID incidentId, int personPosition, String caseNumber, String employeeName, String jobTitle,
    LocalDate dateOfInjury, String where, String description, Outcome outcome, int daysAway, int daysRestricted,
    InjuryType injuryType, boolean privacyCase) {}
