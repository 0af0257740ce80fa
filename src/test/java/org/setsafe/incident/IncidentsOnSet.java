package org.setsafe.incident;


import com.jayway.jsonpath.JsonPath;
import java.time.LocalTime;
import java.util.LinkedHashMap;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A production of its own for an incident test, since an incident's hold stands down every firearm of its
 * production: its crew are new accounts in the demo crew's roles, reached by the demo usernames
 * ({@code user("rosa.armorer")} is this production's armorer), and each call goes over HTTP with that person's token.
 */
final class IncidentsOnSet {

  private record Role(String demoName, String displayName, CrewRole role, String department) {}

  private static final Role[] CREW = {
      new Role("grace.producer", "Grace Mbeki", CrewRole.PRODUCER, null),
      new Role("leo.upm", "Leo Park", CrewRole.UPM, null),
      new Role("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null),
      new Role("rosa.armorer", "Rosa Delgado", CrewRole.ARMORER, "Armory"),
      new Role("dana.ad", "Dana Whitcombe", CrewRole.FIRST_AD, "Assistant directors"),
      new Role("eli.actor", "Eli Navarro", CrewRole.PERFORMER, "Cast"),
      new Role("marcus.camera", "Marcus Oyelaran", CrewRole.CAMERA, "Camera"),
      new Role("tess.grip", "Tess Lindqvist", CrewRole.CREW, "Grip")};

  final Production production;
  final UUID sceneId;
  private final Map<String, String> users;
  private final Crew crew;
  private final MockMvc mvc;

  private IncidentsOnSet(Production production, UUID sceneId, Map<String, String> users, Crew crew, MockMvc mvc) {
    this.production = production;
    this.sceneId = sceneId;
    this.users = users;
    this.crew = crew;
    this.mvc = mvc;
  }

  static IncidentsOnSet create(Crew crew, MockMvc mvc, Productions productions, Accounts accounts, Schedule schedule,
      String title) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    IncidentsOnSet set = SystemActor.call(() -> {
      Production production = productions.create(title + " " + suffix, "America/Denver");
      Map<String, String> users = new LinkedHashMap<>();
      for (Role member : CREW) {
        String username = member.demoName() + "." + suffix;
        accounts.createWithOneTimePassword(SystemActor.ID, username, member.displayName(), null, null);
        productions.addMember(production.id(), username, Set.of(member.role()), member.department());
        users.put(member.demoName(), username);
      }
      ShootingDay day = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 30),
          "Cerro Pelon Ranch");
      UUID scene = schedule.addScene(production.id(), "42A", "The showdown at the well", day.id()).id();
      return new IncidentsOnSet(production, scene, Map.copyOf(users), crew, mvc);
    });
    crew.holdsArmorerPermit(set.user("rosa.armorer"));
    return set;
  }

  UUID id() {
    return production.id();
  }

  /** This production's account in the role the demo user of that name holds on the western. */
  String user(String demoName) {
    String username = users.get(demoName);
    if (username == null) {
      throw new IllegalArgumentException("no one in " + demoName + "'s role on this production");
    }
    return username;
  }

  UUID userId(String demoName) {
    return crew.id(user(demoName));
  }

  String api(String path) {
    return "/api/productions/" + id() + "/" + path;
  }

  /** Posts JSON as this person ({@code who} a demo name on this production, or any other username). */
  ResultActions post(String who, String path, String json) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(api(path))
        .header("Authorization", crew.bearer(username(who))).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions get(String who, String path) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(api(path))
        .header("Authorization", crew.bearer(username(who))));
  }

  /** As {@link #get(String, String)}, from a browser asking for {@code language}. */
  ResultActions get(String who, String path, String language) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(api(path))
        .header("Authorization", crew.bearer(username(who))).header("Accept-Language", language));
  }

  private String username(String who) {
    return users.getOrDefault(who, who);
  }

  /** A revolver the armorer registered and received, in the armory. */
  String receivedRevolver() throws Exception {
    return receivedRevolver(() -> {});
  }

  /** As {@link #receivedRevolver()}, with {@code between} run between registering and receiving (a clock moved on). */
  String receivedRevolver(Runnable between) throws Exception {
    String weapon = json(post("rosa.armorer", "custody/weapons", """
        {"kind":"FIREARM","serial":"R%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6))), "$.weapon.id");
    between.run();
    post("rosa.armorer", "custody/weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    return weapon;
  }

  static String json(ResultActions call, String path) throws Exception {
    return JsonPath.read(call.andReturn().getResponse().getContentAsString(), path).toString();
  }
}
