package org.setsafe.production;

import java.util.UUID;

/** A scene from the script breakdown; {@code shootingDayId} is null until it is scheduled. */
public record Scene(UUID id, UUID productionId, String number, String description, UUID shootingDayId) {}
