package org.setsafe.incident;

/** A person's answer to the support offered after an incident: yes, check on me; or no, thank you. */
public enum SupportAnswer {
  ACCEPTED,
  DECLINED
}
