package org.setsafe.briefing;

import java.util.Optional;
import org.setsafe.custody.IssueGate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Custody asks this before a firearm goes to a performer: was a safety meeting held today on the scene as it is
 * now, and did the performer acknowledge it? Asked last of the scene-safety gates, since the meeting covers what
 * the plans, assessments and staffing produced.
 */
@Component
@Order(40)
class SafetyMeetingGate implements IssueGate {

  private final SafetyMeetings meetings;

  SafetyMeetingGate(SafetyMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public Optional<Refused> check(WeaponIssue issue) {
    return meetings.check(issue).map(Refused::of);
  }
}
