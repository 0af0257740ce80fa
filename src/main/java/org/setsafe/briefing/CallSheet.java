package org.setsafe.briefing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.briefing.CallSheetBriefings.AcknowledgmentLine;
import org.setsafe.briefing.CallSheetBriefings.MeetingLine;

/**
 * The call sheet's safety section for one shooting day, as printed and previewed: the day, the hazards of each
 * scene with what every module says about it, the meetings required, whom to call, the nearest hospital, the open
 * safety concerns, the support on offer, and the crew's acknowledgments of the bulletins.
 *
 * <p>{@code workStopped} lists the stop-work calls in force when the sheet is prepared, which head it.
 * {@code hospital} is null when none is entered for the location; {@code meetings} and
 * {@code acknowledgments} are null when meetings and bulletins are not recorded on this installation.
 */
public record CallSheet(UUID productionId, String productionName, UUID dayId, LocalDate date, LocalTime callTime,
    String location, LocalTime mealBreak, LocalTime wrap, List<SceneHazards> scenes, List<AgendaItem> dayItems,
    List<String> requiredMeetings, List<ContactLine> safetyContacts, Hospital hospital, List<Concern> openConcerns,
    List<ContactLine> supportContacts, List<MeetingLine> meetings, List<AcknowledgmentLine> acknowledgments,
    Instant preparedAt, String timeZone, List<WorkStopped> workStopped) {

  /** The cite printed with every firearms scene's meeting. */
  public static final String FIREARMS_MEETING =
      "Safety meeting required before any firearm is issued (California Labor Code §9153(a)(4))";

  /** One scene: its number and description, the hazards marked on it, and every agenda item about it. */
  public record SceneHazards(UUID sceneId, String number, String description, List<String> hazards,
      boolean firearms, List<AgendaItem> items) {}

  /** Whom to call: the role, the person, their number, and when they answer (or a note). Phone may be null. */
  public record ContactLine(String role, String name, String phone, String hours) {}

  /**
   * A stop-work call in force: on which scene, or on the whole production; who called it; since when, in the
   * production's time zone; and why.
   */
  public record WorkStopped(String scope, boolean wholeProduction, String calledBy, LocalDateTime since,
      String reason) {}

  /**
   * An open safety concern: where it comes from, its title, and a line of detail, in English; {@code titleWords} and
   * {@code detailWords} say them in bundle words where SetSafe wrote them ({@code null}: read as written).
   */
  public record Concern(String source, String title, String detail, @JsonIgnore Said titleWords,
      @JsonIgnore Said detailWords) {

    public Concern(String source, String title, String detail) {
      this(source, title, detail, null, null);
    }
  }

  public boolean workIsStopped() {
    return !workStopped.isEmpty();
  }

  public boolean hasHospital() {
    return hospital != null;
  }

  public boolean briefingsRecorded() {
    return acknowledgments != null;
  }

  public boolean hasComplianceContact() {
    return safetyContacts.stream().anyMatch(c -> c.role().equals(SafetyContactKind.COMPLIANCE_CONTACT.label()));
  }
}
