package org.setsafe.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestDatabase;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.reporting.ManagementReviews;
import org.setsafe.reporting.domain.ManagementReview;
import org.setsafe.reporting.domain.ManagementReview.Parts;
import org.setsafe.reporting.domain.ManagementReview.Trigger;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * A management review's reason is kept in parts beside its English (V50), on H2 and on PostgreSQL: what is written is
 * read back whole, a safety budget cut's words included; a review kept before the parts were (its English only) reads
 * as stored on every page; and the migration's own statements give an older review its parts only where saying them
 * again gives its English exactly.
 */
@SetSafeTest
class ManagementReviewPartsTest {

  private static final String MIGRATION = "/db/migration/common/V50__management_review_parts.sql";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired ReportStore store;
  @Autowired ManagementReviews reviews;
  @Autowired JdbcClient jdbc;

  @Test
  void aReviewsPartsAreReadBackAsTheyWereKeptWhateverOpenedIt() throws Exception {
    Set_ set = new Set_("Parts Kept");
    for (int n = 1; n <= 3; n++) {
      set.report("Cable across the door (" + n + ")", "Grip", false);
    }
    UUID resignation = set.report("I quit: {0} nobody checks the guns", null, true);
    Said cut = Said.of("reason.budget.cut.below-need", Said.of("budget.line.ARMORER_DAYS"), "1",
        Said.of("budget.unit.day.one"), "3", "3");
    UUID cutReview = reviews.openForSafetyBudgetCut(set.id(), set.producer, "Armorer days cut to 1 day, below the 3 "
        + "the schedule needs (was 3)", cut, "Props' crew covers {0} the armory");

    Map<Trigger, ManagementReview> read = store.reviews(set.id()).stream()
        .collect(Collectors.toMap(ManagementReview::trigger, Function.identity()));
    assertThat(read.get(Trigger.REPEATED_REPORTS).parts()).isEqualTo(Parts.repeatedReports(3, 14));
    assertThat(read.get(Trigger.RESIGNATION).parts())
        .isEqualTo(Parts.resignation("I quit: {0} nobody checks the guns"));
    assertThat(read.get(Trigger.RESIGNATION).reportId()).isEqualTo(resignation);
    ManagementReview budget = read.get(Trigger.SAFETY_BUDGET_CUT);
    assertThat(budget.id()).isEqualTo(cutReview);
    assertThat(budget.parts()).isEqualTo(Parts.safetyBudgetCut(cut, "Props' crew covers {0} the armory"));
    assertThat(budget.why()).isEqualTo("Armorer days cut to 1 day, below the 3 the schedule needs (was 3). Reason "
        + "given: Props' crew covers {0} the armory");

    String page = set.read("/reports/reviews", "es");
    assertThat(page).contains("Grip ha presentado 3 reportes de seguridad en los últimos 14 días")
        .contains("Una renuncia por motivos de seguridad: I quit: {0} nobody checks the guns")
        .contains("Días de armero: recorte a 1 día, por debajo de los 3 que necesita el plan de rodaje (antes: 3). "
            + "Motivo: Props' crew covers {0} the armory")
        .doesNotContain("has filed").doesNotContain("Reason given");
    assertThat(set.read("/reports/reviews", "en")).contains("Grip has filed 3 safety reports in the last 14 days")
        .contains("A resignation citing safety: I quit: {0} nobody checks the guns")
        .contains(budget.why());
  }

  @Test
  void aReviewKeptBeforeItsPartsReadsAsStoredUntilTheMigrationCanSayItAgainExactly() throws Exception {
    Set_ set = new Set_("Kept Before");
    UUID[] reports = new UUID[4];
    for (int n = 0; n < reports.length; n++) {
      reports[n] = set.report("An older report (" + n + ")", null, false);
    }
    UUID repeated = set.keptBefore(Trigger.REPEATED_REPORTS, "Grip", reports[0],
        "Grip has filed 4 safety reports in the last 14 days");
    UUID renamed = set.keptBefore(Trigger.REPEATED_REPORTS, "Grip", reports[1],
        "Set dressing has filed 3 safety reports in the last 14 days");
    UUID resigned = set.keptBefore(Trigger.RESIGNATION, "Camera", reports[2],
        "A resignation citing safety in Camera: An older report (2)");
    String cutEnglish = "Set medic days cut by 50%, more than the 20% allowed without a review. Reason given: money";
    UUID cut = set.keptBefore(Trigger.SAFETY_BUDGET_CUT, "Safety budget", null, cutEnglish);

    assertThat(store.reviews(set.id())).as("nothing is read back from the English").hasSize(4)
        .allSatisfy(review -> assertThat(review.parts()).isNull())
        .allSatisfy(review -> assertThat(review.whySaid()).isNull());
    String before = set.read("/reports/reviews", "es");
    assertThat(before).contains("Grip has filed 4 safety reports in the last 14 days").contains(cutEnglish)
        .contains("A resignation citing safety in Camera: An older report (2)");
    assertThat(list(set.read("", "es"))).contains("Una revisión de la gerencia espera tu respuesta por escrito: "
        + "Grip has filed 4 safety reports in the last 14 days.")
        .contains("Una revisión de la gerencia espera tu respuesta por escrito: " + cutEnglish + ".");

    migrationInserts().forEach(insert -> jdbc.sql(insert).update());

    Map<UUID, ManagementReview> after = store.reviews(set.id()).stream()
        .collect(Collectors.toMap(ManagementReview::id, Function.identity()));
    assertThat(after.get(repeated).parts()).isEqualTo(Parts.repeatedReports(4, 14));
    assertThat(after.get(resigned).parts()).isEqualTo(Parts.resignation("An older report (2)"));
    assertThat(after.get(renamed).parts()).as("its English names another department").isNull();
    assertThat(after.get(cut).parts()).as("a cut's words were never kept").isNull();
    after.values().forEach(review -> assertThat(review.why()).as("the English stays as stored")
        .isIn("Grip has filed 4 safety reports in the last 14 days",
            "Set dressing has filed 3 safety reports in the last 14 days",
            "A resignation citing safety in Camera: An older report (2)", cutEnglish));

    String page = set.read("/reports/reviews", "es");
    assertThat(page).contains("Grip ha presentado 4 reportes de seguridad en los últimos 14 días")
        .contains("Una renuncia por motivos de seguridad en Camera: An older report (2)")
        .contains("Set dressing has filed 3 safety reports in the last 14 days").contains(cutEnglish)
        .doesNotContain("Grip has filed");
    assertThat(list(set.read("", "es"))).contains("Una revisión de la gerencia espera tu respuesta por escrito: "
        + "Grip ha presentado 4 reportes de seguridad en los últimos 14 días.");
    assertThat(list(set.read("", "en"))).contains("A management review waits for your written answer: "
        + "Grip has filed 4 safety reports in the last 14 days.")
        .contains("A management review waits for your written answer: " + cutEnglish + ".");
  }

  @Test
  void postgresRefusesToChangeAReviewsParts() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "the database refuses it on PostgreSQL");
    Set_ set = new Set_("Parts Fixed");
    UUID review = reviews.openForSafetyBudgetCut(set.id(), set.producer, "Fire safety cut by 40%",
        Said.of("budget.line.FIRE_SAFETY"), "money");
    assertThatThrownBy(() -> jdbc.sql("UPDATE management_review_parts SET typed = 'nothing' WHERE review_id = ?")
        .param(review).update()).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM management_review_parts WHERE review_id = ?").param(review)
        .update()).rootCause().hasMessageContaining("append-only");
  }

  /** The migration's statements that give older reviews their parts; each gives a review its parts only once. */
  private static List<String> migrationInserts() throws IOException {
    try (InputStream in = ManagementReviewPartsTest.class.getResourceAsStream(MIGRATION)) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
      List<String> inserts = Arrays.stream(sql.split(";")).map(String::strip)
          .filter(statement -> statement.startsWith("INSERT")).toList();
      assertThat(inserts).as("a resignation's and repeated reports'").hasSize(2);
      return inserts;
    }
  }

  /** The "needs you now" list alone, as the dashboard has it. */
  private static String list(String page) {
    int start = page.indexOf("needs-you-list");
    assertThat(start).as("a list of what waits").isNotNegative();
    return page.substring(start, page.indexOf("</ol>", start));
  }

  /** A production of its own with a producer and a grip who reports. */
  private final class Set_ {
    final Production production;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String producerName = "grace.producer." + suffix;
    final String gripName = "gus.grip." + suffix;
    final UUID producer;

    Set_(String title) {
      production = SystemActor.call(() -> productions.create(title + " " + suffix, "UTC"));
      member(producerName, CrewRole.PRODUCER);
      member(gripName, CrewRole.PERFORMER);
      producer = crew.id(producerName);
    }

    private void member(String username, CrewRole role) {
      SystemActor.run(() -> accounts.createWithPassword(SystemActor.ID, username, username, null, null,
          Crew.PASSWORD));
      SystemActor.run(() -> productions.addMember(production.id(), username, EnumSet.of(role), null));
    }

    UUID id() {
      return production.id();
    }

    UUID report(String title, String department, boolean resignation) throws Exception {
      String body = mvc.perform(post("/api/productions/{p}/reports", id())
              .header("Authorization", crew.bearer(gripName)).contentType(MediaType.APPLICATION_JSON)
              .content("""
                  {"category":"OTHER","severity":"MEDIUM","title":"%s","description":"Taped down badly",
                   "department":%s,"resignation":%s}"""
                  .formatted(title, department == null ? "null" : "\"" + department + "\"", resignation)))
          .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
      return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    /** A review as one was kept before its parts were: the English alone. */
    UUID keptBefore(Trigger trigger, String department, UUID reportId, String why) {
      UUID id = UUID.randomUUID();
      jdbc.sql("INSERT INTO management_review (id, production_id, trigger_kind, department, report_id, why, opened_at) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(id, id(), trigger.name(), department, reportId, why,
              OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC))
          .update();
      return id;
    }

    /** A page of this production as its producer reads it, escaped characters read back as the text they show. */
    String read(String path, String language) throws Exception {
      return HtmlUtils.htmlUnescape(mvc.perform(get("/productions/" + id() + path).with(crew.signedIn(producerName))
              .header("Accept-Language", language)).andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString());
    }
  }
}
