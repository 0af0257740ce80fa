package org.setsafe.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.training.CertificateRecording;
import org.setsafe.training.CertificationCommands.AddQualificationType;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.PersonId;
import org.setsafe.training.QualificationTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A grip on a new production subscribes to her calendar: her shooting days at their call times, the safety
 * meeting at each call and her certificate's expiry date come back from the feed as a parser reads them; a new
 * day reaches it, an unchanged schedule is answered "not modified", and a revoked address answers nothing. Its
 * events are in the language she chose, whatever language her phone's calendar asks for.
 */
@SetSafeTest
class PersonalCalendarFeedTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final String LOCATION = "Vasquez Rocks, north lot; gate B";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired CertificateRecording qualifications;
  @Autowired QualificationTypes qualificationTypes;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  private String suffix;
  private String username;
  private String productionName;
  private UUID productionId;
  private ShootingDay first;
  private LocalDate expiresOn;

  @BeforeEach
  void aGripOnANewProduction() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    username = "cal." + suffix;
    productionName = "Θάλασσα " + suffix;
    LocalDate today = LocalDate.now(clock.withZone(DENVER));
    SystemActor.call(() -> {
      productionId = productions.create(productionName, DENVER.getId()).id();
      accounts.createWithPassword(SystemActor.ID, username, "Zoë Ångström", null, null, Crew.PASSWORD);
      productions.addMember(productionId, username, Set.of(CrewRole.CREW), "Grip");
      first = schedule.scheduleDay(productionId, today.plusDays(3), LocalTime.of(6, 30), LOCATION, null,
          LocalTime.of(18, 30));
      return null;
    });
    expiresOn = today.plusDays(60);
    crew.as(username, () -> qualifications.record(new RecordCertification(new PersonId(crew.id(username)), null,
        new NewCertification("FIREARMS_SAFETY", "Set Safe Academy", null, expiresOn.minusYears(2), expiresOn),
        null)));
  }

  @Test
  void herShootingDaysMeetingsAndExpiryComeBackFromTheFeed() throws Exception {
    String path = subscribe();

    // She chose no language: English, even for a calendar app that asks for Spanish.
    MockHttpServletResponse answer = mvc.perform(get(path).header("Accept-Language", "es")).andReturn().getResponse();
    assertThat(answer.getStatus()).isEqualTo(200);
    assertThat(answer.getContentType()).startsWith("text/calendar");
    assertThat(answer.getHeader("Cache-Control")).contains("no-cache").doesNotContain("no-store");
    ICalendar calendar = parse(answer.getContentAsString());
    assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("SetSafe: Zoë Ångström");
    Map<String, VEvent> events = byUid(calendar);

    VEvent day = events.get("day-" + first.id() + "@setsafe");
    assertThat(day.getSummary().getValue()).isEqualTo(productionName + ": shooting day, call 06:30 MST");
    assertThat(day.getDescription().getValue()).isEqualTo(inEnglish(first.date()) + ": call 06:30 MST at " + LOCATION
        + ", wrap 18:30 MST.");
    assertThat(day.getLocation().getValue()).isEqualTo(LOCATION);
    assertThat(day.getDateStart().getValue().toInstant()).isEqualTo(first.date().atTime(6, 30).atZone(DENVER)
        .toInstant());
    assertThat(day.getDateEnd().getValue().toInstant()).isEqualTo(first.date().atTime(18, 30).atZone(DENVER)
        .toInstant());
    VEvent meeting = events.get("safety-meeting-" + first.id() + "@setsafe");
    assertThat(meeting.getSummary().getValue()).isEqualTo(productionName + ": safety meeting at call");
    assertThat(meeting.getDescription().getValue()).isEqualTo("The day's safety meeting, at call (06:30 MST) at "
        + LOCATION + ". Acknowledge it in SetSafe on your phone.");
    assertThat(meeting.getDateStart().getValue().toInstant()).isEqualTo(day.getDateStart().getValue().toInstant());

    VEvent expiry = events.values().stream().filter(e -> e.getUid().getValue().startsWith("expiry-")).findFirst()
        .orElseThrow();
    assertThat(expiry.getSummary().getValue()).isEqualTo("Your Firearms safety training expires");
    assertThat(expiry.getDescription().getValue()).isEqualTo("Last day your Firearms safety training counts on set: "
        + inEnglish(expiresOn) + ". Renew it and add the new certificate under My qualifications in SetSafe.");
    assertThat(expiry.getDateStart().getValue().hasTime()).isFalse();
    assertThat(answer.getContentAsString()).contains("DTSTART;VALUE=DATE:" + expiresOn.toString().replace("-", ""));
  }

  @Test
  void aGripWhoChoseSpanishReadsHerFeedInSpanishWhateverHerCalendarAsksFor() throws Exception {
    String pyro = "PYRO_" + suffix.toUpperCase(Locale.ROOT);
    crew.as("demo.admin", () -> qualificationTypes.add(new AddQualificationType(pyro, "Pyro licence (Cal Fire)")));
    LocalDate pyroExpiresOn = expiresOn.plusDays(10);
    crew.as(username, () -> qualifications.record(new RecordCertification(new PersonId(crew.id(username)), null,
        new NewCertification(pyro, "Cal Fire", "PYR-1", pyroExpiresOn.minusYears(1), pyroExpiresOn), null)));
    accounts.chooseLanguage(crew.id(username), "es");
    ShootingDay unwrapped = SystemActor.call(() -> schedule.scheduleDay(productionId, first.date().plusDays(1),
        LocalTime.of(5, 0), "Paramount Ranch, western town"));
    String path = subscribe();

    MockHttpServletResponse answer = mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse();
    assertThat(answer.getStatus()).isEqualTo(200);
    ICalendar feed = parse(answer.getContentAsString());
    // Her phone lists the calendar by a name in her words too.
    assertThat(feed.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("SetSafe: calendario de Zoë Ångström");
    Map<String, VEvent> events = byUid(feed);

    VEvent day = events.get("day-" + first.id() + "@setsafe");
    assertThat(day.getSummary().getValue()).isEqualTo(productionName + ": día de rodaje, hora de llamado 06:30 MST");
    assertThat(day.getDescription().getValue()).isEqualTo(inSpanish(first.date()) + ": hora de llamado 06:30 MST en "
        + LOCATION + ", fin del día 18:30 MST.");
    assertThat(events.get("day-" + unwrapped.id() + "@setsafe").getDescription().getValue())
        .isEqualTo(inSpanish(unwrapped.date()) + ": hora de llamado 05:00 MST en Paramount Ranch, western town, fin"
            + " del día todavía sin fijar.");
    VEvent meeting = events.get("safety-meeting-" + first.id() + "@setsafe");
    assertThat(meeting.getSummary().getValue()).isEqualTo(productionName + ": junta de seguridad a la hora de llamado");
    assertThat(meeting.getDescription().getValue()).isEqualTo("La junta de seguridad del día, a la hora de llamado"
        + " (06:30 MST) en " + LOCATION + ". Confírmala en SetSafe desde tu teléfono.");

    // A built-in certification in her words; one an administrator added, as they typed it.
    Map<String, String> expiries = events.values().stream().filter(e -> e.getUid().getValue().startsWith("expiry-"))
        .collect(Collectors.toMap(e -> e.getSummary().getValue(), e -> e.getDescription().getValue()));
    assertThat(expiries).containsOnly(
        Map.entry("Vence tu certificación: Capacitación en seguridad con armas de fuego", "Último día en que tu"
            + " certificación Capacitación en seguridad con armas de fuego cuenta en el set: " + inSpanish(expiresOn)
            + ". Renuévala y agrega el certificado nuevo en Mis certificaciones en SetSafe."),
        Map.entry("Vence tu certificación: Pyro licence (Cal Fire)", "Último día en que tu certificación Pyro licence"
            + " (Cal Fire) cuenta en el set: " + inSpanish(pyroExpiresOn) + ". Renuévala y agrega el certificado"
            + " nuevo en Mis certificaciones en SetSafe."));
  }

  @Test
  void anUnchangedScheduleIsNotModifiedAndANewDayReachesTheFeed() throws Exception {
    String path = subscribe();
    MockHttpServletResponse firstRead = mvc.perform(get(path)).andReturn().getResponse();
    String etag = firstRead.getHeader("ETag");
    assertThat(etag).startsWith("\"");
    assertThat(firstRead.getHeader("Last-Modified")).isNotBlank();

    assertThat(mvc.perform(get(path).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
        .isEqualTo(304);
    assertThat(mvc.perform(get(path).header("If-Modified-Since", firstRead.getHeader("Last-Modified")))
        .andReturn().getResponse().getStatus()).isEqualTo(304);

    ShootingDay second = SystemActor.call(() -> schedule.scheduleDay(productionId, first.date().plusDays(1),
        LocalTime.of(5, 0), "Paramount Ranch, western town"));
    MockHttpServletResponse moved = mvc.perform(get(path).header("If-None-Match", etag)).andReturn().getResponse();
    assertThat(moved.getStatus()).isEqualTo(200);
    assertThat(moved.getHeader("ETag")).isNotEqualTo(etag);
    VEvent added = byUid(parse(moved.getContentAsString())).get("day-" + second.id() + "@setsafe");
    assertThat(added.getDateStart().getValue().toInstant()).isEqualTo(second.date().atTime(5, 0).atZone(DENVER)
        .toInstant());
    assertThat(added.getDescription().getValue()).contains("wrap not planned yet");
    assertThat(added.getDateEnd()).isNull();
  }

  @Test
  void aNewAddressEndsTheOldOneAndARevokedAddressAnswersNothing() throws Exception {
    String old = subscribe();
    String current = subscribe();
    assertThat(current).isNotEqualTo(old);
    assertThat(mvc.perform(get(old)).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get(current)).andReturn().getResponse().getStatus()).isEqualTo(200);

    String status = mvc.perform(get("/api/me/calendar").header("Authorization", crew.bearer(username)))
        .andReturn().getResponse().getContentAsString();
    assertThat((Boolean) JsonPath.read(status, "$.live")).isTrue();
    assertThat((String) JsonPath.read(status, "$.lastReadAt")).isNotBlank();
    assertThat(status).doesNotContain(current.substring(current.lastIndexOf('/') + 1));

    assertThat(mvc.perform(delete("/api/me/calendar").header("Authorization", crew.bearer(username)))
        .andReturn().getResponse().getStatus()).isEqualTo(204);
    MockHttpServletResponse revoked = mvc.perform(get(current)).andReturn().getResponse();
    assertThat(revoked.getStatus()).isEqualTo(404);
    assertThat(revoked.getContentAsString()).doesNotContain("BEGIN:VCALENDAR");
    assertThat((Boolean) JsonPath.read(mvc.perform(get("/api/me/calendar")
        .header("Authorization", crew.bearer(username))).andReturn().getResponse().getContentAsString(), "$.live"))
        .isFalse();
  }

  @Test
  void aGuessedAddressIsNotFound() throws Exception {
    assertThat(mvc.perform(get("/public/calendar/scal_" + "A".repeat(43) + ".ics")).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get("/public/calendar/nothing.ics")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(mvc.perform(post("/public/calendar/nothing.ics")).andReturn().getResponse().getStatus())
        .isGreaterThanOrEqualTo(400).isLessThan(500);
  }

  @Test
  void anAddressThatAnswersNothingSaysSoInTheLanguageTheRequestAsksFor() throws Exception {
    String revoked = subscribe();
    subscribe();
    MockHttpServletResponse spanish = mvc.perform(get(revoked).header("Accept-Language", "es-MX,es;q=0.9"))
        .andReturn().getResponse();
    assertThat(spanish.getStatus()).isEqualTo(404);
    assertThat(spanish.getContentType()).contains("charset=UTF-8");
    assertThat(spanish.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("No hay ningún calendario en esta dirección: se revocó o nunca existió.\n");
    MockHttpServletResponse english = mvc.perform(get(revoked).header("Accept-Language", "en-US")).andReturn()
        .getResponse();
    assertThat(english.getStatus()).isEqualTo(404);
    assertThat(english.getContentAsString()).isEqualTo("No calendar at this address: it was revoked, or never existed.\n");
  }

  @Test
  void herAccountPageMakesTheAddressShowsItOnceAndRevokesIt() throws Exception {
    String made = mvc.perform(post("/account/calendar").with(crew.signedIn(username)).with(csrf()))
        .andReturn().getResponse().getContentAsString();
    assertThat(made).contains("Your calendar address").contains("webcal://").contains("/public/calendar/scal_");
    String page = mvc.perform(get("/account/calendar").with(crew.signedIn(username))).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("Revoke my calendar address").doesNotContain("/public/calendar/scal_");

    MockHttpServletResponse revoked = mvc.perform(post("/account/calendar/revoke").with(crew.signedIn(username))
        .with(csrf())).andReturn().getResponse();
    assertThat(revoked.getStatus()).isEqualTo(302);
    assertThat(mvc.perform(get("/account/calendar").with(crew.signedIn(username))).andReturn().getResponse()
        .getContentAsString()).contains("You have no calendar address");
  }

  @Test
  void anAddressReadFarMoreOftenThanACalendarRefreshesWaitsWithRetryAfter() throws Exception {
    String path = subscribe();
    // From many addresses, as a leaked address scraped through a pool of machines would be.
    for (int i = 0; i < 60; i++) {
      assertThat(readFrom(path, "198.51.100." + (i % 30)).getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse tooMany = readFrom(path, "198.51.100.200");
    assertThat(tooMany.getStatus()).isEqualTo(429);
    // The test clock stands still, so the first read leaves the hour's window in an hour.
    assertThat(Long.parseLong(tooMany.getHeader("Retry-After"))).isBetween(3590L, 3600L);
    assertThat(tooMany.getContentAsString()).isEqualTo("This calendar address was read too often. Try again in 60 "
        + "minute(s).\n");
    MockHttpServletResponse inSpanish = mvc.perform(get(path).header("Accept-Language", "es").with(request -> {
      request.setRemoteAddr("198.51.100.201");
      return request;
    })).andReturn().getResponse();
    assertThat(inSpanish.getStatus()).isEqualTo(429);
    assertThat(inSpanish.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("Esta dirección de calendario se leyó "
        + "demasiadas veces. Vuelve a intentarlo en 60 minuto(s).\n");
    assertThat(readFrom(subscribe(), "198.51.100.200").getStatus()).as("her new address is read").isEqualTo(200);
  }

  @Test
  void oneMachineGuessingAddressesIsStoppedEvenAtARealOne() throws Exception {
    String path = subscribe();
    String guesser = "203.0.113." + (1 + new java.util.Random().nextInt(250));
    for (int i = 0; i < 600; i++) {
      assertThat(readFrom("/public/calendar/scal_guess" + i + ".ics", guesser).getStatus()).isEqualTo(404);
    }
    MockHttpServletResponse stopped = readFrom(path, guesser);
    assertThat(stopped.getStatus()).isEqualTo(429);
    assertThat(stopped.getHeader("Retry-After")).isNotBlank();
    assertThat(readFrom(path, "192.0.2.10").getStatus()).as("another machine reads it").isEqualTo(200);
  }

  @Test
  void makingAndRevokingAnAddressIsOnTheLedgerWithoutItsSecret() throws Exception {
    String first = subscribe();
    String second = subscribe();
    mvc.perform(post("/account/calendar/revoke").with(crew.signedIn(username)).with(csrf()));
    UUID userId = crew.id(username);
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
        ledger("calendar.feed-issued", userId).size() == 2 && ledger("calendar.feed-revoked", userId).size() == 1);
    List<String> leaves = new java.util.ArrayList<>(ledger("calendar.feed-issued", userId));
    leaves.addAll(ledger("calendar.feed-revoked", userId));
    for (String path : List.of(first, second)) {
      String secret = path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
      assertThat(leaves).noneMatch(leaf -> leaf.contains(secret));
    }
  }

  private List<String> ledger(String kind, UUID actor) {
    return jdbc.sql("SELECT leaf FROM ledger_entry WHERE kind = ? AND actor_id = ?").params(kind, actor)
        .query(String.class).list();
  }

  private MockHttpServletResponse readFrom(String path, String address) throws Exception {
    return mvc.perform(get(path).with(request -> {
      request.setRemoteAddr(address);
      return request;
    })).andReturn().getResponse();
  }

  /** Makes a new address through the API; returns its path. */
  private String subscribe() throws Exception {
    MockHttpServletResponse made = mvc.perform(post("/api/me/calendar").header("Authorization", crew.bearer(username)))
        .andReturn().getResponse();
    assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
    String url = JsonPath.read(made.getContentAsString(), "$.url");
    return url.substring(url.indexOf("/public/calendar/"));
  }

  private static String inEnglish(LocalDate day) {
    return DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH).format(day);
  }

  private static String inSpanish(LocalDate day) {
    return DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.forLanguageTag("es")).format(day);
  }

  private static ICalendar parse(String text) {
    List<ICalendar> all = Biweekly.parse(text).all();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static Map<String, VEvent> byUid(ICalendar calendar) {
    return calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
  }
}
