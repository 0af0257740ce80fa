package org.setsafe.incident;

import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.staffing.DayDuty;
import org.setsafe.staffing.Roster;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A production of its own for the tests of what follows an incident: a crew with email addresses (so GreenMail
 * receives what they are sent), a shooting day today with some of them on its roster (that day's crew) and one who
 * is on the production but not on that day, and a counselling contact who holds no management role.
 */
final class AftermathOnSet {

  private record Role(String name, String displayName, CrewRole role, boolean onTheDay) {}

  private static final Role[] CREW = {
      new Role("grace.producer", "Grace Mbeki", CrewRole.PRODUCER, false),
      new Role("leo.upm", "Leo Park", CrewRole.UPM, false),
      new Role("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, true),
      new Role("tess.grip", "Tess Lindqvist", CrewRole.CREW, true),
      new Role("marcus.camera", "Marcus Oyelaran", CrewRole.CAMERA, true),
      new Role("nina.counsel", "Nina Albrecht", CrewRole.CREW, true),
      new Role("otto.dayoff", "Otto Brandt", CrewRole.CREW, false)};

  final Production production;
  final String suffix;
  private final Map<String, String> users;
  private final Crew crew;
  private final MockMvc mvc;

  private AftermathOnSet(Production production, String suffix, Map<String, String> users, Crew crew, MockMvc mvc) {
    this.production = production;
    this.suffix = suffix;
    this.users = users;
    this.crew = crew;
    this.mvc = mvc;
  }

  static AftermathOnSet create(Crew crew, MockMvc mvc, Productions productions, Accounts accounts,
      Schedule schedule, Roster roster, String title, String zone) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return SystemActor.call(() -> {
      Production production = productions.create(title + " " + suffix, zone);
      Map<String, String> users = new LinkedHashMap<>();
      for (Role member : CREW) {
        String username = member.name() + "." + suffix;
        accounts.createWithOneTimePassword(SystemActor.ID, username, member.displayName(), email(username), null);
        productions.addMember(production.id(), username, Set.of(member.role()), department(member.role()));
        users.put(member.name(), username);
      }
      ShootingDay day = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 30),
          "Lone Pine");
      AftermathOnSet set = new AftermathOnSet(production, suffix, Map.copyOf(users), crew, mvc);
      for (Role member : CREW) {
        if (member.onTheDay()) {
          roster.schedule(production.id(), new DayDuty(day.id(), set.userId(member.name()), member.role()));
        }
      }
      return set;
    });
  }

  private static String department(CrewRole role) {
    return switch (role) {
      case CAMERA -> "Camera";
      case CREW -> "Grip";
      default -> null;
    };
  }

  static String email(String username) {
    return username + "@care.invalid";
  }

  UUID id() {
    return production.id();
  }

  String user(String name) {
    return users.getOrDefault(name, name);
  }

  UUID userId(String name) {
    return crew.id(user(name));
  }

  String api(String path) {
    return "/api/productions/" + id() + "/" + path;
  }

  ResultActions post(String who, String path, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(api(path)).header("Authorization", crew.bearer(user(who)))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions put(String who, String path, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.put(api(path)).header("Authorization", crew.bearer(user(who)))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions get(String who, String path) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(api(path)).header("Authorization", crew.bearer(user(who))));
  }

  /** An incident opened by hand: {@code injured} a name on this crew, or null. */
  String open(String who, String kind, String severity, String injured) throws Exception {
    String people = injured == null ? "[]"
        : "[{\"userId\":\"" + userId(injured) + "\",\"involvement\":\"INJURED\"}]";
    return json(post(who, "incidents", """
        {"kind":"%s","severity":"%s","where":"Alabama Hills, the stagecoach road",
         "whatHappened":"The stagecoach overturned on the turn","people":%s}""".formatted(kind, severity, people)),
        "$.id");
  }

  List<String> inboxSubjects(JdbcClient jdbc, String name) {
    return jdbc.sql("SELECT subject FROM inbox_item WHERE user_id = ?").param(userId(name)).query(String.class)
        .list();
  }

  /** Waits until every job of these tasks for these ids, due by the clock, has run; and every due delivery. */
  static void settle(JdbcClient jdbc, Clock clock, String task, String idPrefix) {
    await("due jobs of " + idPrefix).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
        .until(() -> jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ? AND "
                + "((task_name = ? AND task_instance LIKE ?) OR task_name = 'notify-delivery')")
            .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), task, idPrefix + "%")
            .query(Integer.class).single() == 0);
  }

  static String json(ResultActions call, String path) throws Exception {
    return JsonPath.read(call.andReturn().getResponse().getContentAsString(), path).toString();
  }
}
