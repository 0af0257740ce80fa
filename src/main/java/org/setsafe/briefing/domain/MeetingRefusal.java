package org.setsafe.briefing.domain;

/** Why the safety meeting does not let a firearm go to a performer: the rule code and a reason citing its source. */
public record MeetingRefusal(String rule, String reason) {}
