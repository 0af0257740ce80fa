package org.setsafe.protocol.domain;

/** A weapon plan rule said no: the field of the plan it is about, the rule's code and the reason with its source. */
public record PlanRefusal(String field, String rule, String reason) {}
