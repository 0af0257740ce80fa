package org.setsafe.briefing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.Bulletins;
import org.setsafe.briefing.Bulletins.Acknowledgment;
import org.setsafe.briefing.Bulletins.Bulletin;
import org.setsafe.briefing.Bulletins.BulletinAcknowledgments;
import org.setsafe.briefing.Bulletins.NewBulletin;
import org.setsafe.briefing.SafetyMeetings;
import org.setsafe.briefing.SafetyMeetings.Agenda;
import org.setsafe.briefing.SafetyMeetings.Meeting;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily safety meeting and the safety bulletins on the JSON API: the day's agenda, opening a meeting, each
 * person's acknowledgment (only for oneself), recording it held; attaching bulletins and acknowledging them.
 */
@RestController
@Tag(name = "Safety meetings and bulletins")
class SafetyMeetingApi {

  private final SafetyMeetings meetings;
  private final Bulletins bulletins;

  SafetyMeetingApi(SafetyMeetings meetings, Bulletins bulletins) {
    this.meetings = meetings;
    this.bulletins = bulletins;
  }

  @GetMapping("/api/productions/{productionId}/briefing/agenda")
  @Operation(summary = "The safety meeting's agenda for a day: its scenes with their hazards, cast and every module's"
      + " items (weapon plans, risk assessments, staffing), the open hazard reports and the attached bulletins")
  Agenda agenda(@PathVariable UUID productionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return meetings.agenda(productionId, date == null ? meetings.today(productionId) : date);
  }

  @GetMapping("/api/productions/{productionId}/briefing/meetings")
  @Operation(summary = "The safety meetings of a day (today when no date is given): covered scenes, when opened and"
      + " held, who acknowledged and who has not, the agenda as read out")
  List<Meeting> meetingsOn(@PathVariable UUID productionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return meetings.meetingsOn(productionId, date == null ? meetings.today(productionId) : date);
  }

  @PostMapping("/api/productions/{productionId}/briefing/meetings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Open today's safety meeting (1st AD or safety advisor) for some of today's scenes, or all of"
      + " them when sceneIds is empty; the agenda is kept with each item's fingerprint")
  Meeting open(@PathVariable UUID productionId, @RequestBody(required = false) OpenBody body) {
    return meetings.open(productionId, body == null || body.sceneIds() == null ? List.of() : body.sceneIds());
  }

  @GetMapping("/api/productions/{productionId}/briefing/meetings/{meetingId}")
  @Operation(summary = "One safety meeting")
  Meeting meeting(@PathVariable UUID productionId, @PathVariable UUID meetingId) {
    return meetings.meeting(productionId, meetingId);
  }

  @PostMapping("/api/productions/{productionId}/briefing/meetings/{meetingId}/acknowledgments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "I was at the meeting and understood it: the signed-in member, for themselves only (403 when"
      + " personId names someone else), once, while the meeting is open")
  Meeting acknowledge(@PathVariable UUID productionId, @PathVariable UUID meetingId,
      @RequestBody(required = false) AcknowledgmentBody body) {
    return meetings.acknowledge(productionId, meetingId, body == null ? null : body.personId());
  }

  @PostMapping("/api/productions/{productionId}/briefing/meetings/{meetingId}/held")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record the meeting held (1st AD or safety advisor), once someone has acknowledged it; it closes")
  Meeting hold(@PathVariable UUID productionId, @PathVariable UUID meetingId) {
    return meetings.hold(productionId, meetingId);
  }

  @GetMapping("/api/productions/{productionId}/briefing/bulletins")
  @Operation(summary = "The bulletins attached to a day's call sheet (today when no date is given), with who"
      + " acknowledged each and when, and which members have not")
  List<BulletinAcknowledgments> bulletinsOn(@PathVariable UUID productionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return bulletins.acknowledgments(productionId, date == null ? meetings.today(productionId) : date);
  }

  @PostMapping("/api/productions/{productionId}/briefing/bulletins")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Attach a safety bulletin (safety advisor) to one day's call sheet, or to every day from that"
      + " date")
  Bulletin attach(@PathVariable UUID productionId, @RequestBody BulletinBody body) {
    return bulletins.attach(productionId, body.bulletin());
  }

  @PostMapping("/api/productions/{productionId}/briefing/bulletins/{bulletinId}/acknowledgments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Acknowledge a safety bulletin: the signed-in member, for themselves only, once")
  Acknowledgment acknowledgeBulletin(@PathVariable UUID productionId, @PathVariable UUID bulletinId,
      @RequestBody(required = false) AcknowledgmentBody body) {
    return bulletins.acknowledge(productionId, bulletinId, body == null ? null : body.personId());
  }

  record OpenBody(@Schema(description = "scenes of today's call sheet the meeting covers; empty for all") List<UUID> sceneIds) {}

  record AcknowledgmentBody(
      @Schema(description = "optional; when given it must be the signed-in person: nobody acknowledges for another")
      UUID personId) {}

  /** Checked by the service once the caller may attach, so a stranger learns nothing from a 400. */
  record BulletinBody(
      @NotBlank @Size(max = Bulletins.MAX_TITLE) String title,
      @Schema(description = "e.g. Industry Safety Bulletin #1") @NotBlank @Size(max = Bulletins.MAX_REFERENCE) String reference,
      @NotBlank @Size(max = Bulletins.MAX_TEXT) String text,
      @Schema(description = "the day it applies to, or the first of every day when everyDay") @NotNull LocalDate from,
      @Schema(description = "attach to every day from 'from'; false or absent: that day only") Boolean everyDay) {

    NewBulletin bulletin() {
      return new NewBulletin(title, reference, text, from, Boolean.TRUE.equals(everyDay));
    }
  }
}
