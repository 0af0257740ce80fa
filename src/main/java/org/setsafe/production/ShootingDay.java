package org.setsafe.production;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

public record ShootingDay(UUID id, UUID productionId, LocalDate date, LocalTime callTime, String location) {}
