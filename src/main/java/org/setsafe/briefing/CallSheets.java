package org.setsafe.briefing;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.briefing.AgendaSource.Lines;
import org.setsafe.briefing.CallSheet.Concern;
import org.setsafe.briefing.CallSheet.ContactLine;
import org.setsafe.briefing.CallSheet.SceneHazards;
import org.setsafe.briefing.CallSheet.WorkStopped;
import org.setsafe.custody.StoppedWork;
import org.setsafe.production.ConcernsAtAGlance;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.reporting.ReportView;
import org.setsafe.reporting.ReportViews;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Gathers the call sheet's safety section for a shooting day from the schedule, every {@link AgendaSource}, the
 * locations' hospitals, the safety and support contacts, the open hazard reports, and the day's meetings and
 * bulletin acknowledgments. Everyone on the production may read it: it goes to the whole crew.
 */
@Service
public class CallSheets {

  private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

  private final LocationEditors editors;
  private final Schedule schedule;
  private final Locations locations;
  private final SafetyContacts contacts;
  private final ReportViews reports;
  private final ObjectProvider<ConcernsAtAGlance> concernsAtAGlance;
  private final ObjectProvider<AgendaSource> agendaSources;
  private final ObjectProvider<CallSheetBriefings> briefings;
  private final ObjectProvider<StoppedWork> stoppedWork;
  private final Clock clock;

  CallSheets(LocationEditors editors, Schedule schedule, Locations locations, SafetyContacts contacts, ReportViews reports,
      ObjectProvider<AgendaSource> agendaSources, ObjectProvider<CallSheetBriefings> briefings, Clock clock,
      ObjectProvider<ConcernsAtAGlance> concerns, ObjectProvider<StoppedWork> stoppedWork) {
    this.stoppedWork = stoppedWork;
    this.concernsAtAGlance = concerns;
    this.editors = editors;
    this.schedule = schedule;
    this.locations = locations;
    this.contacts = contacts;
    this.reports = reports;
    this.agendaSources = agendaSources;
    this.briefings = briefings;
    this.clock = clock;
  }

  public CallSheet forDay(UUID productionId, UUID dayId) {
    Production production = editors.viewer(productionId);
    ShootingDay day = schedule.day(productionId, dayId);
    List<Scene> scenes = schedule.scenesOn(productionId, dayId).stream()
        .sorted(Comparator.comparing(Scene::number, CallSheets::sceneOrder)).toList();
    Set<UUID> sceneIds = scenes.stream().map(Scene::id).collect(Collectors.toSet());

    List<AgendaItem> items = new ArrayList<>();
    agendaSources.orderedStream().forEach(source -> items.addAll(source.agendaFor(productionId, day.date())));
    Map<UUID, List<AgendaItem>> byScene = new LinkedHashMap<>();
    List<AgendaItem> dayItems = new ArrayList<>();
    for (AgendaItem item : items) {
      if (item.sceneId() != null && sceneIds.contains(item.sceneId())) {
        byScene.computeIfAbsent(item.sceneId(), k -> new ArrayList<>()).add(item);
      } else {
        dayItems.add(item);
      }
    }
    List<SceneHazards> sceneHazards = scenes.stream().map(s -> new SceneHazards(s.id(), s.number(), s.description(),
        s.hazards().stream().map(Hazard::label).toList(), s.hasFirearms(),
        List.copyOf(byScene.getOrDefault(s.id(), List.of())))).toList();

    List<String> required = scenes.stream().filter(Scene::hasFirearms)
        .map(s -> "Sc. " + s.number() + ": " + CallSheet.FIREARMS_MEETING).collect(Collectors.toCollection(ArrayList::new));

    List<ContactLine> safety = new ArrayList<>();
    contacts.safetyAdvisors(productionId).forEach(m -> safety.add(new ContactLine("Safety advisor", m.displayName(),
        null, "On set; may halt production")));
    List<ContactLine> support = new ArrayList<>();
    for (SafetyContact contact : contacts.contacts(productionId)) {
      ContactLine line = new ContactLine(contact.kind().label(), contact.name(), contact.phone(),
          join(contact.hours(), contact.notes()));
      (contact.kind().support() ? support : safety).add(line);
    }

    List<Concern> concerns = new ArrayList<>();
    // Work stopped now heads the concerns: it binds every firearm of the scene, or of the production, until resumed.
    ConcernsAtAGlance stops = concernsAtAGlance.getIfAvailable();
    for (ConcernsAtAGlance.StoppedScene stop : stops == null ? List.<ConcernsAtAGlance.StoppedScene>of()
        : stops.of(productionId).stopped()) {
      String since = stop.since().atZone(production.timeZone()).toLocalDateTime().toString().replace('T', ' ')
          .substring(0, 16);
      concerns.add(new Concern("Work stopped", stop.scene(), stop.reason() + "; since " + since
          + ". No firearm is issued, loaded or shown clear " + (stop.sceneId() == null ? "" : "for it ")
          + "until the safety advisor resumes work.", null, Said.of(stop.sceneId() == null
              ? "agenda.concern.stopped" : "agenda.concern.stopped.scene", stop.reason(), since)));
    }
    for (ReportView report : reports.openReports(productionId)) {
      LocalDate reported = report.reportedAt().atZone(production.timeZone()).toLocalDate();
      concerns.add(new Concern("Hazard report", report.title(), report.severity().label() + ", "
          + report.category().label() + (report.scene() == null ? "" : ", " + report.scene())
          + ", reported " + reported, null, Said.of(report.scene() == null ? "agenda.concern.report"
              : "agenda.concern.report.scene", Said.of("reporting.severity." + report.severity().name()),
              Said.of("hazard." + report.category().name()), report.scene() == null ? "" : report.scene(),
              reported)));
    }
    items.stream().filter(AgendaItem::concern).forEach(item -> concerns.add(new Concern(item.source(), item.title(),
        String.join(" ", item.lines()), item.titleWords(), item.lineWords().isEmpty() ? null
            : wordsOf(Lines.joined("agenda.join.space", linesInWords(item))))));

    // Work stopped heads the sheet: who called it, on what, since when and why, in words the crew uses.
    StoppedWork holds = stoppedWork.getIfAvailable();
    List<WorkStopped> workStopped = (holds == null ? List.<org.setsafe.custody.domain.WorkStop>of()
        : holds.inForce(productionId)).stream().map(stop -> new WorkStopped(stop.scene(), stop.wholeProduction(),
            stop.calledBy(), stop.calledAt().atZone(production.timeZone()).toLocalDateTime(), stop.reason()))
        .toList();

    CallSheetBriefings meetingsAndBulletins = briefings.getIfAvailable();
    LocalDate date = day.date();
    return new CallSheet(productionId, production.name(), dayId, date, day.callTime(), day.location(),
        day.mealBreak(), day.wrap(), sceneHazards, List.copyOf(dayItems), List.copyOf(required), List.copyOf(safety),
        locations.hospitalFor(productionId, day.location()).orElse(null), List.copyOf(concerns), List.copyOf(support),
        meetingsAndBulletins == null ? null : meetingsAndBulletins.meetingsOn(productionId, date),
        meetingsAndBulletins == null ? null : meetingsAndBulletins.acknowledgments(productionId, date),
        clock.instant(), production.timeZone().getId(), workStopped);
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + "; " + b;
  }

  /** Scene numbers as the script orders them: 7, 12, 12A, 19, R2, R10 (runs of digits compared as numbers). */
  static int sceneOrder(String a, String b) {
    Matcher ma = CHUNK.matcher(a);
    Matcher mb = CHUNK.matcher(b);
    while (ma.find() && mb.find()) {
      String ca = ma.group();
      String cb = mb.group();
      boolean digits = Character.isDigit(ca.charAt(0)) && Character.isDigit(cb.charAt(0));
      int order = digits ? new BigInteger(ca).compareTo(new BigInteger(cb))
          : ca.compareToIgnoreCase(cb);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.length(), b.length()) != 0 ? Integer.compare(a.length(), b.length())
        : a.compareTo(b);
  }


  /** Each line's words, or the line itself where it has none (what someone typed). */
  private static List<Object> linesInWords(AgendaItem item) {
    List<Object> parts = new ArrayList<>();
    for (int i = 0; i < item.lines().size(); i++) {
      Said words = item.lineWords().get(i);
      parts.add(words == null ? item.lines().get(i) : words);
    }
    return parts;
  }

  /** Joined words, or {@code null} when the detail is one line someone typed: it is read as written. */
  private static Said wordsOf(Object joined) {
    return joined instanceof Said said ? said : null;
  }
}
