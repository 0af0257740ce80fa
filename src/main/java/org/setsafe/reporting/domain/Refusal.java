package org.setsafe.reporting.domain;

/** Why a step on a report or a stop-work was refused: the field it concerns, the rule and the reason. */
public record Refusal(String field, String rule, String reason) {}
