package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerWords;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Actions a phone kept while it had no signal, sent when signal returned: with the key and the time the phone made,
 * over HTTP on H2 and PostgreSQL. The server records the phone's time beside its own, exactly once however often
 * the phone sends; judges every time-limited step by its own clock (a show-clear that lapsed on the way is refused,
 * whatever the phone's clock said); refuses a time that is not one; keeps a wrong (future) phone clock as told and
 * says so; and of two phones catching up on the same weapon, the one that saw an older history loses, with why.
 */
@SetSafeTest
class StepsKeptWithoutSignalApiTest {

  private static final String ROSA = "rosa.armorer";
  private static final String[] WITNESSES = {"eli.actor", "dana.ad", "marcus.camera"};
  private static final String PHONE_TIME = "SetSafe-Phone-Time";
  private static final String SEEN = "SetSafe-Seen-Version";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired LedgerWords words;

  private Instant morning;
  private OwnProduction set;
  private ArmorersPhone phone;
  private String revolver;

  @BeforeEach
  void revolverInspected() throws Exception {
    morning = clock.instant();
    set = OwnProduction.create(crew, productions, accounts, schedule, "Dead Spot Canyon");
    phone = new ArmorersPhone(mvc, crew, ledger, set);
    revolver = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + revolver + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes\"}")
        .andExpect(status().isOk());
  }

  @AfterEach
  void clockBack() {
    clock.set(morning);
  }

  @Test
  void aReportKeptOnThePhoneIsFiledOnceAndTheLedgerShowsThePhonesTimeBesideTheServers() throws Exception {
    String title = "Loose dummies in a coffee can " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    Instant onThePhone = clock.instant().minus(Duration.ofMinutes(14)).truncatedTo(ChronoUnit.SECONDS);

    MockHttpServletResponse first = report("tess.grip", title, key, onThePhone.toString()).andReturn().getResponse();
    MockHttpServletResponse again = report("tess.grip", title, key, onThePhone.toString()).andReturn().getResponse();

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard_report WHERE title = ?").param(title).query(Long.class).single())
        .isEqualTo(1);
    List<String> sent = sentAfterNoSignal("tess.grip", onThePhone, 1);
    assertThat(sent.get(0)).contains("filed a hazard report").contains(onThePhone.toString())
        .contains("14 min before the server received it");
  }

  @Test
  void aPhoneTimeThatIsNoTimeIsRefusedNamingTheHeaderAndFilesNothing() throws Exception {
    String title = "Cable across the doorway " + UUID.randomUUID();

    report("tess.grip", title, UUID.randomUUID().toString(), "half past the misfire")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(PHONE_TIME))
        .andExpect(jsonPath("$.errors[0].rule").value("Instant"));
    mvc.perform(MockMvcRequestBuilders.post("/api/productions/" + crew.production(Crew.WESTERN).id() + "/reports")
            .header("Authorization", crew.bearer("tess.grip")).header(PHONE_TIME, clock.instant().toString())
            .contentType(MediaType.APPLICATION_JSON).content(reportJson(title)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].rule").value("NeedsIdempotencyKey"));

    assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard_report WHERE title = ?").param(title).query(Long.class).single())
        .isZero();
  }

  @Test
  void aPhoneClockAheadOfTheServersIsKeptAsToldAndSaidToBeWrongAndTheServersTimeCounts() throws Exception {
    String title = "Rattlesnake by the honeywagon " + UUID.randomUUID();
    Instant wrong = clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);

    report("tess.grip", title, UUID.randomUUID().toString(), wrong.toString()).andExpect(status().isCreated());

    assertThat(sentAfterNoSignal("tess.grip", wrong, 1).get(0)).contains("the phone's clock is wrong")
        .contains("the server's time is the one that counts");
  }

  @Test
  void anIssueKeptWithinTheShowClearWindowButArrivingAfterItIsRefusedByTheServersClockOnceAndTheArmorerAndAdAreTold()
      throws Exception {
    showClearAndConfirm();
    String issue = phone.issue(revolver, "eli.actor", set.sceneId());
    Instant tappedOnThePhone = clock.instant().plus(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(25));
    String key = UUID.randomUUID().toString();

    String body = kept(ROSA, "issue", issue, key, tappedOnThePhone, null).andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("custody.show-clear-before-issue"))
        .andReturn().getResponse().getContentAsString();
    String again = kept(ROSA, "issue", issue, key, tappedOnThePhone, null).andExpect(status().isConflict())
        .andReturn().getResponse().getContentAsString();

    String refusalId = JsonPath.read(body, "$.refusalId");
    assertThat(JsonPath.<String>read(again, "$.refusalId")).as("the replay answers the same refusal").isEqualTo(refusalId);
    assertThat(phone.inLedger(refusalId).kind()).isEqualTo("custody.refused");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'custody.refused' AND leaf LIKE ?")
        .param("%" + revolver + "%show-clear-before-issue%").query(Long.class).single()).isEqualTo(1);
    phone.get(ROSA, "weapons/" + revolver).andExpect(jsonPath("$.state").value(org.hamcrest.Matchers.not("ISSUED")));
    List<String> told = jdbc.sql("SELECT u.username FROM inbox_item i JOIN app_user u ON u.id = i.user_id "
            + "WHERE i.notice_key = ? ORDER BY u.username")
        .param("custody-refused-after-no-signal/" + refusalId).query(String.class).list();
    assertThat(told).containsExactlyInAnyOrder(set.user("rosa.armorer"), set.user("dana.ad"));
    Map<String, Object> notice = jdbc.sql("SELECT i.subject, i.body FROM inbox_item i JOIN app_user u ON u.id = "
            + "i.user_id WHERE i.notice_key = ? AND u.username = ?")
        .param("custody-refused-after-no-signal/" + refusalId).param(set.user("dana.ad")).query().singleRow();
    assertThat(notice.get("subject")).isEqualTo("[SetSafe] Refused when signal returned: issue");
    assertThat((String) notice.get("body")).contains("'s phone kept a custody step (issue) while it had no signal. "
        + "When it was sent, SetSafe refused it: ").endsWith(" (custody.show-clear-before-issue). It is NOT recorded. "
        + "Whoever acted on it must stop and check the weapon with the armorer now.");
  }

  @Test
  void aRefusalOfAStepKeptOnThePhoneIsRecordedOnceWithThePhonesTimeBesideTheServersAndTheLedgerSaysBoth()
      throws Exception {
    showClearAndConfirm();
    String issue = phone.issue(revolver, "eli.actor", set.sceneId());
    Instant tappedOnThePhone = clock.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
    clock.advance(Duration.ofMinutes(25));
    Instant refusedByTheServer = clock.instant();
    String key = UUID.randomUUID().toString();

    String body = kept(ROSA, "issue", issue, key, tappedOnThePhone, null).andExpect(status().isConflict())
        .andReturn().getResponse().getContentAsString();
    kept(ROSA, "issue", issue, key, tappedOnThePhone, null).andExpect(status().isConflict());

    String refusalId = JsonPath.read(body, "$.refusalId");
    phone.inLedger(refusalId);
    List<String> leaves = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
            "SELECT leaf FROM ledger_entry WHERE kind = 'offline.refused-after-no-signal' AND leaf LIKE ?")
        .param("%" + refusalId + "%").query(String.class).list(), l -> !l.isEmpty());
    assertThat(leaves).as("once, however often the phone sends it").hasSize(1);
    String leaf = leaves.get(0);
    assertThat(Instant.parse(JsonPath.<String>read(leaf, "$.fact.phoneTime"))).isEqualTo(tappedOnThePhone);
    assertThat(Instant.parse(JsonPath.<String>read(leaf, "$.occurredAt"))).isEqualTo(refusedByTheServer);
    assertThat(JsonPath.<String>read(leaf, "$.fact.rule")).isEqualTo("custody.show-clear-before-issue");
    assertThat(JsonPath.<String>read(leaf, "$.fact.refusedKind")).isEqualTo("custody.refused");
    assertThat(JsonPath.<String>read(leaf, "$.fact.weaponId")).isEqualTo(revolver);
    assertThat(JsonPath.<String>read(leaf, "$.actorId")).isEqualTo(crew.id(set.user(ROSA)).toString());
    String factId = JsonPath.read(leaf, "$.factId");
    assertThat(words.sentence(set.id(), phone.inLedger(factId)))
        .contains("without signal").contains("refused (custody.show-clear-before-issue)")
        .contains("done on the phone 24 min before the server received it");
  }

  @Test
  void ofTwoPhonesCatchingUpOnTheSameWeaponTheOneThatSawAnOlderHistoryLosesWithWhyAndNothingOfItIsRecorded()
      throws Exception {
    int seen = version();
    Instant before = clock.instant().minus(Duration.ofMinutes(6));
    String lockUp = "{\"location\":\"Armory truck, safe 2\"}";
    String firstKey = UUID.randomUUID().toString();
    String secondKey = UUID.randomUUID().toString();

    kept(ROSA, "lock-up", lockUp, firstKey, before, seen).andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.weapon-locked-up"));
    String lost = kept(ROSA, "show-clear", phone.witnesses(WITNESSES), secondKey, before.plusSeconds(30), seen)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("custody.changed-since-seen"))
        .andReturn().getResponse().getContentAsString();
    kept(ROSA, "show-clear", phone.witnesses(WITNESSES), secondKey, before.plusSeconds(30), seen)
        .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("custody.changed-since-seen"));

    assertThat(JsonPath.<String>read(lost, "$.reason")).contains("changed since this phone last saw it")
        .contains("another phone recorded a step first").contains("not recorded");
    assertThat(version()).isEqualTo(seen + 1);
    phone.get(ROSA, "weapons/" + revolver).andExpect(jsonPath("$.showClear").doesNotExist());
    // Taken again on the weapon as it is now, the step goes ahead.
    kept(ROSA, "unlock", "", UUID.randomUUID().toString(), clock.instant(), seen + 1).andExpect(status().isOk());
  }

  // ---- helpers ----

  private void showClearAndConfirm() throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/show-clear", phone.witnesses(WITNESSES)).andExpect(status().isOk());
    for (String witness : WITNESSES) {
      phone.post(witness, "weapons/" + revolver + "/show-clear/confirm", "").andExpect(status().isOk());
    }
  }

  private int version() throws Exception {
    return JsonPath.read(phone.get(ROSA, "weapons/" + revolver).andReturn().getResponse().getContentAsString(),
        "$.streamVersion");
  }

  private ResultActions kept(String who, String step, String json, String key, Instant onThePhone, Integer seen)
      throws Exception {
    var request = MockMvcRequestBuilders.post("/api/productions/" + set.id() + "/custody/weapons/" + revolver + "/"
            + step)
        .header("Authorization", crew.bearer(set.user(who))).header("Idempotency-Key", key)
        .header(PHONE_TIME, onThePhone.toString()).contentType(MediaType.APPLICATION_JSON).content(json);
    if (seen != null) {
      request.header(SEEN, seen.toString());
    }
    return mvc.perform(request);
  }

  private ResultActions report(String who, String title, String key, String phoneTime) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post("/api/productions/" + crew.production(Crew.WESTERN).id()
            + "/reports")
        .header("Authorization", crew.bearer(who)).header("Idempotency-Key", key).header(PHONE_TIME, phoneTime)
        .contentType(MediaType.APPLICATION_JSON).content(reportJson(title)));
  }

  private static String reportJson(String title) {
    return """
        {"category":"FIREARMS","severity":"HIGH","title":"%s","description":"Found behind the church set"}"""
        .formatted(title);
  }

  /** The ledger's entries of actions this person's phone kept, with this phone time, once they have landed. */
  private List<String> sentAfterNoSignal(String who, Instant phoneTime, int expected) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
            "SELECT leaf FROM ledger_entry WHERE kind = 'offline.sent-after-no-signal' AND actor_id = ? AND leaf LIKE ?")
        .param(crew.id(who)).param("%" + phoneTime + "%").query(String.class).list(), l -> l.size() >= expected);
  }
}
