package org.setsafe.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A crew of 150 aboard in an afternoon. The UPM of a new production uploads the office's crew list; three rows are
 * wrong (a role SetSafe does not know, a date no one can read, an address typed twice) and the preview names them
 * all at once while nothing is written; she fixes them and imports: 150 invitations go out by email in that one
 * step. A grip follows his, chooses a password, signs in and lands on the production; his link does not work twice.
 * Next week the office's updated list changes one department, one role and adds one day player: only those change,
 * one more invitation goes out, and the list exported from SetSafe imports again without changing anything.
 */
@SetSafeTest
class CrewOnBoardInAnAfternoonTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");
  private static final String HEADINGS = "Full Name,E-mail Address,Cell,Dept,Job Title,SetSafe Role,Start,Finish";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Ledger ledger;
  @Autowired JdbcClient jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aUpmBringsACrewOf150AboardFromTheOfficesList() throws Exception {
    String upm = "upm-" + run;
    UUID p = SystemActor.call(() -> {
      UUID id = productions.create("Red Mesa " + run, "America/Denver").id();
      accounts.createWithPassword(SystemActor.ID, upm, "Uma Price", upm + "@office.example", null, Crew.PASSWORD);
      productions.addMember(id, upm, Set.of(CrewRole.UPM), null);
      return id;
    });
    String bearer = crew.bearer(upm);

    // The office's list, with three mistakes: row 12's role, row 41's start date, and row 88 typing row 87's address.
    List<String> rows = crewList();
    rows.set(10, person(11, "Gaffer Supreme", "2027-03-01"));
    rows.set(39, person(40, "Crew", "31/31/2027"));
    rows.set(86, rows.get(86).replace(email(87), email(86)));
    String bad = csv(rows);

    String preview = mvc.perform(post("/api/productions/{p}/crew-import/preview", p).header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content(body(bad)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.importable").value(false))
        .andExpect(jsonPath("$.rows.length()").value(150))
        .andExpect(jsonPath("$.mapping.email").value("E-mail Address"))
        .andExpect(jsonPath("$.mapping.role").value("SetSafe Role"))
        .andReturn().getResponse().getContentAsString();
    assertThat(JSON.readTree(preview).get("rows").valueStream().filter(r -> !r.get("problems").isEmpty())
        .map(r -> r.get("line").asInt() + " " + r.get("problems").get(0).get("column").asString()))
        .containsExactly("12 Role", "41 Start date", "87 Email", "88 Email");

    // Importing it anyway writes nothing, and says every row to fix.
    mvc.perform(post("/api/productions/{p}/crew-import", p).header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content(body(bad)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.allOf(Matchers.containsString("RowProblems"),
            Matchers.containsString("row 12 Role"), Matchers.containsString("row 41 Start date"),
            Matchers.containsString("row 88 Email"))));
    assertThat(invitations(p)).isZero();

    // Fixed and imported: 150 invitations in one step, each by email.
    String fixed = csv(crewList());
    mvc.perform(post("/api/productions/{p}/crew-import/preview", p).header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content(body(fixed)))
        .andExpect(jsonPath("$.importable").value(true)).andExpect(jsonPath("$.invite").value(150));
    mvc.perform(post("/api/productions/{p}/crew-import", p).header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content(body(fixed)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.invited").value(150)).andExpect(jsonPath("$.emailed").value(150));
    assertThat(invitations(p)).isEqualTo(150);
    await().atMost(Duration.ofSeconds(120)).until(() -> mailsOfThisRun().size() == 150);

    // Gus, a grip, follows his invitation, chooses a password, and signs in on the production.
    String gus = email(7);
    String token = tokenIn(mailsOfThisRun().stream().filter(m -> to(m).equals(gus)).findFirst().orElseThrow());
    MockHttpSession visit = new MockHttpSession();
    mvc.perform(get("/invitations/{t}", token).session(visit))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.allOf(Matchers.containsString("Join Red Mesa " + run),
            Matchers.containsString("Person 7"))));
    mvc.perform(post("/invitations/{t}", token).session(visit).with(csrf()).param("username", "gus-" + run)
            .param("password", "short").param("repeatPassword", "short"))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("at least 12 characters")));
    mvc.perform(post("/invitations/{t}", token).session(visit).with(csrf()).param("username", "gus-" + run)
            .param("password", "sawdust and gaffer tape").param("repeatPassword", "sawdust and gaffer tape"))
        .andExpect(redirectedUrl("/productions/" + p));
    MockHttpSession signedIn = (MockHttpSession) mvc.perform(formLogin("/login").user("gus-" + run)
            .password("sawdust and gaffer tape"))
        .andExpect(authenticated().withUsername("gus-" + run)).andReturn().getRequest().getSession();
    mvc.perform(get("/productions/{p}", p).session(signedIn))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Red Mesa " + run)));
    Member joined = SystemActor.call(() -> productions.members(p)).stream()
        .filter(m -> m.username().equals("gus-" + run)).findFirst().orElseThrow();
    assertThat(joined.roles()).containsExactly(CrewRole.CREW);
    assertThat(joined.department()).isEqualTo("Grip");
    // The link worked once.
    mvc.perform(post("/invitations/{t}", token).session(new MockHttpSession()).with(csrf())
            .param("username", "gus2-" + run).param("password", "another long password")
            .param("repeatPassword", "another long password"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("already used")));
    assertThat(accounts.findByUsername("gus2-" + run)).isEmpty();

    // Next week's list: Gus moves to Electric, Person 20 becomes a stunt coordinator, a day player is added.
    List<String> updated = crewList();
    updated.set(6, updated.get(6).replace(",Grip,", ",Electric,"));
    updated.set(19, updated.get(19).replace(",Crew,", ",Stunt coordinator,"));
    updated.add(person(151, "Performer", "2027-04-02"));
    String next = csv(updated);
    mvc.perform(post("/api/productions/{p}/crew-import/preview", p).header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content(body(next)))
        .andExpect(jsonPath("$.invite").value(1)).andExpect(jsonPath("$.change").value(2))
        .andExpect(jsonPath("$.unchanged").value(148));
    mvc.perform(post("/api/productions/{p}/crew-import", p).header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content(body(next)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.invited").value(1)).andExpect(jsonPath("$.changed").value(2))
        .andExpect(jsonPath("$.unchanged").value(148));
    await().atMost(Duration.ofSeconds(60)).until(() -> mailsOfThisRun().size() == 151);
    assertThat(invitations(p)).isEqualTo(151);
    assertThat(SystemActor.call(() -> productions.members(p)).stream()
        .filter(m -> m.username().equals("gus-" + run)).findFirst().orElseThrow().department()).isEqualTo("Electric");

    // The crew list out of SetSafe, in the same columns, imports again without changing anyone; phone numbers
    // that start with "+" came out guarded against spreadsheets running them as formulas.
    String exported = mvc.perform(get("/api/productions/{p}/crew.csv", p).header("Authorization", bearer))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(exported).startsWith("Name,Email,Phone,Department,Position,Role,Start date,End date")
        .contains("'+1 505 555 0107");
    mvc.perform(post("/api/productions/{p}/crew-import", p).header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON).content(bodyWithOwnHeadings(exported)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.invited").value(0)).andExpect(jsonPath("$.changed").value(0));
    assertThat(mailsOfThisRun()).hasSize(151);

    // All of it is on the ledger, as crew changes are.
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(SystemActor.call(() ->
        ledger.history(p, "production:" + p)).stream().map(LedgerEntry::kind))
        .contains("onboarding.crew-list-imported"));
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(SystemActor.call(() ->
        ledger.history(p, "user:" + joined.userId())).stream().map(LedgerEntry::kind))
        .contains("onboarding.invitation-accepted", "production.member-added", "production.member-changed"));
  }

  private List<String> crewList() {
    List<String> rows = new ArrayList<>();
    for (int n = 1; n <= 150; n++) {
      rows.add(n == 7 ? person(7, "Crew", "2027-03-01").replace(",Camera,", ",Grip,") : person(n, "Crew", "2027-03-01"));
    }
    return rows;
  }

  /** A row as the office keeps it: US dates, a phone with its country code, a job title beside the SetSafe role. */
  private String person(int n, String role, String start) {
    return "Person " + n + "," + email(n) + ",+1 505 555 0" + String.format("%03d", n) + ",Camera,"
        + (n % 2 == 0 ? "\"Operator, B camera\"" : "Loader") + "," + role + "," + start + ",6/30/2027";
  }

  private String email(int n) {
    return "person" + n + "." + run + "@crew.example";
  }

  private static String csv(List<String> rows) {
    return HEADINGS + "\r\n" + String.join("\r\n", rows) + "\r\n";
  }

  private static String body(String csv) {
    ObjectNode body = JSON.createObjectNode();
    body.put("csv", csv);
    return body.toString();
  }

  /** The export's own headings: mapped by name, since the production remembers the office's headings. */
  private static String bodyWithOwnHeadings(String csv) {
    ObjectNode body = JSON.createObjectNode();
    body.put("csv", csv);
    ObjectNode mapping = body.putObject("mapping");
    mapping.put("name", "Name").put("email", "Email").put("phone", "Phone").put("department", "Department")
        .put("position", "Position").put("role", "Role").put("startDate", "Start date").put("endDate", "End date");
    return body.toString();
  }

  private int invitations(UUID p) {
    return jdbc.sql("SELECT COUNT(*) FROM invitation WHERE production_id = ?").param(p).query(Integer.class).single();
  }

  private List<MimeMessage> mailsOfThisRun() {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).endsWith("." + run + "@crew.example")).toList();
  }

  private static String to(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String tokenIn(MimeMessage message) throws Exception {
    Matcher link = LINK.matcher(String.valueOf(message.getContent()));
    assertThat(link.find()).as("the email holds the invitation's link").isTrue();
    return link.group(1);
  }
}
