package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The custody API as the crew's phones call it, for the tests of rounds and wrap: each person with their own
 * token, JSON bodies as a phone sends them, and a refusal checked down to its entry in the ledger.
 */
final class ArmorersPhone {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);

  private final MockMvc mvc;
  private final Crew crew;
  private final Ledger ledger;
  final String base;
  private final Map<String, String> tokens = new HashMap<>();
  private final OwnProduction own;
  private final UUID productionId;

  /** The phones of the demo western's crew. */
  ArmorersPhone(MockMvc mvc, Crew crew, Ledger ledger, UUID productionId) {
    this(mvc, crew, ledger, productionId, null);
  }

  /** The phones of a production's own crew, called by the demo usernames of their roles. */
  ArmorersPhone(MockMvc mvc, Crew crew, Ledger ledger, OwnProduction own) {
    this(mvc, crew, ledger, own.id(), own);
  }

  private ArmorersPhone(MockMvc mvc, Crew crew, Ledger ledger, UUID productionId, OwnProduction own) {
    this.mvc = mvc;
    this.crew = crew;
    this.ledger = ledger;
    this.own = own;
    this.productionId = productionId;
    this.base = "/api/productions/" + productionId + "/custody";
  }

  /** The username of whoever holds this demo user's role here. */
  String user(String demoName) {
    return own == null ? demoName : own.user(demoName);
  }

  /** A POST by this person to a custody route ("weapons/…/load"), relative to the production's custody. */
  ResultActions post(String who, String route, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(base + "/" + route)
        .header("Authorization", token(who)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions post(String who, String route, String json, String idempotencyKey) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(base + "/" + route)
        .header("Authorization", token(who)).header("Idempotency-Key", idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions get(String who, String route) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(base + "/" + route)
        .header("Authorization", token(who)));
  }

  /** Asserts a 409 naming the rule, finds the recorded refusal in the ledger, and returns the reason. */
  String refused(ResultActions call, String rule) throws Exception {
    String body = call.andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:setsafe:problem:refused"))
        .andExpect(jsonPath("$.rule").value(rule))
        .andExpect(jsonPath("$.errors[0].rule").value(rule))
        .andReturn().getResponse().getContentAsString();
    LedgerEntry entry = inLedger(JsonPath.read(body, "$.refusalId"));
    assertThat(entry.kind()).isEqualTo("custody.refused");
    assertThat(entry.leaf()).contains(rule);
    return JsonPath.read(body, "$.reason");
  }

  /** The ledger entry of a fact, once the ledger has appended it. */
  LedgerEntry inLedger(String factId) {
    UUID id = UUID.fromString(factId);
    return await().atMost(LANDS_WITHIN).until(() -> ledger.byFactId(id).orElse(null), entry -> entry != null);
  }

  static String json(ResultActions call, String path) throws Exception {
    return JsonPath.read(call.andReturn().getResponse().getContentAsString(), path).toString();
  }

  // ---- the register ----

  String registerRevolver(String who) throws Exception {
    return json(post(who, "weapons", """
        {"kind":"FIREARM","serial":"R%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()), "$.weapon.id");
  }

  String registerLot(String who, String roundClass, int count, String origin) throws Exception {
    return json(post(who, "lots", """
        {"roundClass":"%s","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s","count":%d,
         "origin":"%s"}""".formatted(roundClass, LocalDate.now(), count, origin))
        .andExpect(status().isCreated()), "$.id");
  }

  String verifiedDummies(String who, int count) throws Exception {
    String lot = registerLot(who, "DUMMY", count, "NEW_FROM_SUPPLIER");
    post(who, "lots/" + lot + "/dummies-verified",
        "{\"method\":\"PRIMER_DRILLED_OR_ABSENT\",\"roundsVerified\":" + count + "}").andExpect(status().isOk());
    return lot;
  }

  // ---- bodies ----

  static String manifest(String lot, int rounds) {
    StringBuilder json = new StringBuilder("{\"manifest\":{");
    for (int chamber = 1; chamber <= rounds; chamber++) {
      json.append(chamber == 1 ? "" : ",").append("\"chamber ").append(chamber).append("\":\"").append(lot).append('"');
    }
    return json.append("}}").toString();
  }

  String witnesses(String... usernames) {
    return "{\"witnesses\":[" + String.join(",", Arrays.stream(usernames)
        .map(name -> "\"" + crew.id(user(name)) + "\"").toList()) + "]}";
  }

  /** The issue's body, once the scene is through every scene-safety gate for this weapon and performer. */
  String issue(String weapon, String performer, UUID sceneId) {
    crew.readyToShoot(productionId, sceneId, UUID.fromString(weapon), crew.id(user(performer)));
    return "{\"performerId\":\"" + crew.id(user(performer)) + "\",\"sceneId\":\"" + sceneId + "\"}";
  }

  /**
   * The scene's weapon plan fires: quarter-load blanks from this weapon in the performer's hands, toward the altar,
   * the camera operator behind a shield. A new version, signed when the issue readies the scene; a scene whose plan
   * fires nothing takes no blanks.
   */
  void planDischarge(UUID sceneId, String weapon, String performer) throws Exception {
    mvc.perform(MockMvcRequestBuilders.post("/api/productions/" + productionId + "/protocol/scenes/" + sceneId
            + "/weapon-plan/versions")
        .header("Authorization", token("rosa.armorer")).contentType(MediaType.APPLICATION_JSON).content("""
            {"discharge":true,"load":"quarter-load blank","directionOfFire":"toward the altar, away from camera and crew",
             "lines":[{"weaponId":"%s","performerId":"%s","pointed":false}],
             "lineOfFire":[{"personId":"%s","protection":"SHIELD","distanceFeet":25}],
             "changeNote":"The take fires blanks"}""".formatted(weapon, crew.id(user(performer)),
            crew.id(user("marcus.camera")))))
        .andExpect(status().isCreated());
  }

  static String counts(Map<String, Integer> counts) {
    StringBuilder json = new StringBuilder("{\"counts\":{");
    counts.forEach((lot, count) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
        .append('"').append(lot).append("\":").append(count));
    return json.append("}}").toString();
  }

  private String token(String who) {
    return tokens.computeIfAbsent(user(who), crew::bearer);
  }
}
