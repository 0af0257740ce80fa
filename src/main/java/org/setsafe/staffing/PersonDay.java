package org.setsafe.staffing;

import java.util.UUID;

/** A person watched on a firearms day: their shift that day, their rest before it and their week's hours. */
public record PersonDay(UUID personId, String name, String watchedAs, ShiftView shift, Long restMinutesBefore,
    long weekMinutes) {}
