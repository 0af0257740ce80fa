package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every POST of the API, read from its own OpenAPI document so that a new one is tried too: it documents the
 * {@code Idempotency-Key}, and sent twice with one key, the second answer is the first (status, body,
 * {@code Location}) and nothing new is written anywhere. Bodies are filled from the schemas with sample values and
 * real ids of the demo western, so most requests create something; those the sample does not satisfy must still
 * answer the same twice.
 */
@SetSafeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPostTakesAnIdempotencyKeyTest {

  /** The POSTs whose request or answer holds a secret, so nothing of them may be kept. */
  private static final Set<String> NOT_KEPT = Set.of("/api/admin/users", "/api/admin/users/{userId}/password-reset",
      "/api/productions/{productionId}/incidents/{incidentId}/investigators",
      "/api/productions/{productionId}/invitations", "/api/productions/{productionId}/invitations/{invitationId}/resend",
      "/api/me/calendar");
  /**
   * Tables that change on their own, whatever is asked: the scheduler's timers, what the escalation clock writes
   * when a level falls due (its steps, the notices it sends and their ledger entries), and the event publications
   * (completed ones are cleared away; unfinished ones are awaited). A duplicate creation still shows in its own
   * table (the report, the custody event, ...).
   */
  private static final Set<String> MOVING = Set.of("scheduled_tasks", "flyway_schema_history", "escalation_step",
      "delivery", "inbox_item", "ledger_entry", "ledger_subject", "ledger_checkpoint", "event_publication",
      "event_publication_archive");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;

  private final Map<String, String> bearers = new HashMap<>();
  private final List<String> replayed = new ArrayList<>();
  private final List<String> ranAgain = new ArrayList<>();

  record Post(String template, String url, String user, String json, boolean documentsTheKey) {
    @Override public String toString() {
      return "POST " + template;
    }
  }

  Stream<Post> posts() throws Exception {
    JsonNode api = JSON.readTree(mvc.perform(get("/api/openapi").header("Authorization", bearer("grace.producer")))
        .andReturn().getResponse().getContentAsString());
    JsonNode schemas = api.path("components").path("schemas");
    Map<String, String> ids = new OpenApiRoutes(mvc, crew, this::bearer).realIds(api);
    ids.put("token", JSON.readTree(mvc.perform(get("/api/productions/" + crew.production(Crew.WESTERN).id()
        + "/reports/public-link").header("Authorization", bearer("dana.ad"))).andReturn().getResponse()
        .getContentAsString()).path("token").asString());
    List<Post> posts = new ArrayList<>();
    Map<String, JsonNode> paths = new TreeMap<>();
    api.path("paths").properties().forEach(path -> paths.put(path.getKey(), path.getValue()));
    for (Map.Entry<String, JsonNode> path : paths.entrySet()) {
      JsonNode op = path.getValue().path("post");
      if (op.isMissingNode()) {
        continue;
      }
      Map<String, String> pathValues = new LinkedHashMap<>();
      boolean documented = false;
      for (JsonNode parameter : op.path("parameters")) {
        String name = parameter.path("name").asString();
        if (parameter.path("in").asString().equals("path")) {
          pathValues.put(name, OpenApiRoutes.sample(name, OpenApiRoutes.resolve(parameter.path("schema"), schemas), ids));
        }
        documented |= parameter.path("in").asString().equals("header") && name.equals(IdempotencyKeys.HEADER);
      }
      JsonNode body = OpenApiRoutes.resolve(op.path("requestBody").path("content").path("application/json")
          .path("schema"), schemas);
      String json = body.isMissingNode() ? null : JSON.writeValueAsString(sample(null, body, schemas, ids, 0));
      String user = path.getKey().startsWith("/api/admin") ? "demo.admin" : "grace.producer";
      posts.add(new Post(path.getKey(), OpenApiRoutes.expand(path.getKey(), pathValues, null, null), user, json,
          documented));
    }
    assertThat(posts).as("POST routes found").hasSizeGreaterThan(60);
    return posts.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void aSecondPostWithTheSameKeyCreatesNothingAndGetsTheFirstAnswer(Post post) throws Exception {
    if (NOT_KEPT.contains(post.template())) {
      assertThat(post.documentsTheKey()).as("a route that keeps nothing does not offer the key").isFalse();
      assertThat(send(post, UUID.randomUUID().toString()).getStatus()).isEqualTo(400);
      return;
    }
    assertThat(post.documentsTheKey()).as(post + " documents " + IdempotencyKeys.HEADER).isTrue();
    String key = UUID.randomUUID().toString();
    MockHttpServletResponse first = send(post, key);
    assertThat(first.getStatus()).as(post + " answered " + first.getContentAsString()).isLessThan(500);
    awaitListeners();
    Map<String, Long> before = rowCounts();

    MockHttpServletResponse retry = send(post, key);

    assertThat(retry.getStatus()).as(post + " status").isEqualTo(first.getStatus());
    assertThat(retry.getHeader("Location")).as(post + " Location").isEqualTo(first.getHeader("Location"));
    if (retry.getHeader(IdempotencyKeys.REPLAYED) != null) {
      assertThat(retry.getContentAsString()).as(post + " body").isEqualTo(first.getContentAsString());
      replayed.add(post.template());
      awaitListeners();
      assertThat(rowCounts()).as(post + " wrote nothing more").isEqualTo(before);
    } else {
      // Only an answer that changed nothing is not kept: the retry ran again and was answered the same.
      ranAgain.add(first.getStatus() + " " + post.template());
      // (refused again alike: the same problem, though a validator may list several broken fields in another order)
      assertThat(problemOf(retry)).as(post + " problem").isEqualTo(problemOf(first));
      assertThat(first.getStatus()).as(post + " was not replayed").isGreaterThanOrEqualTo(400);
    }
  }

  /**
   * The demo western is shared with the tests after this one: work stopped by the samples is resumed, and a
   * stand-down they caused (a discharge, a second misfire) is lifted, as the safety advisor and a producer would.
   */
  @AfterAll
  void leaveTheWesternWorking() throws Exception {
    String western = "/api/productions/" + crew.production(Crew.WESTERN).id();
    for (JsonNode call : JSON.readTree(mvc.perform(get(western + "/reports/stop-work")
        .header("Authorization", bearer("sam.safety"))).andReturn().getResponse().getContentAsString())) {
      if (call.path("resumedAt").isNull() || call.path("resumedAt").isMissingNode()) {
        mvc.perform(post(western + "/reports/stop-work/" + call.path("id").asString() + "/resume")
            .header("Authorization", bearer("sam.safety")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"whySafe\":\"Test over: the samples' stop-work reviewed\"}"));
      }
    }
    JsonNode board = JSON.readTree(mvc.perform(get(western + "/custody/board")
        .header("Authorization", bearer("sam.safety"))).andReturn().getResponse().getContentAsString());
    for (JsonNode hold : board.path("firearmsHold").path("openFinds")) {
      for (String who : List.of("sam.safety", "grace.producer")) {
        mvc.perform(post(western + "/custody/holds/" + hold.path("liveRoundFoundId").asString() + "/clearances")
            .header("Authorization", bearer(who)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"finding\":\"Test over: the weapons were reviewed and the stand-down lifted\"}"));
      }
    }
  }

  @AfterAll
  void mostPostsCreatedSomethingThatWasReplayed() {
    System.out.printf("EveryPostTakesAnIdempotencyKeyTest: %d POSTs answered from the kept answer: %s%n",
        replayed.size(), replayed);
    System.out.printf("EveryPostTakesAnIdempotencyKeyTest: %d refused alike both times: %s%n", ranAgain.size(), ranAgain);
    assertThat(replayed).as("POSTs whose sample request succeeded and was replayed").hasSizeGreaterThan(MIN_REPLAYED);
  }

  /** 11 run alone, 33 after other tests registered a weapon (the samples satisfy few routes on their own). */
  private static final int MIN_REPLAYED = 10;

  private MockHttpServletResponse send(Post post, String key) throws Exception {
    MockHttpServletRequestBuilder request = post(post.url()).header(IdempotencyKeys.HEADER, key);
    if (!post.template().startsWith("/api/public")) {
      request.header("Authorization", bearer(post.user()));
    }
    if (post.json() != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(post.json());
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** The problem's type and the fields it names, in no particular order. */
  private static List<String> problemOf(MockHttpServletResponse response) throws Exception {
    String body = response.getContentAsString();
    if (!body.startsWith("{")) {
      return List.of(body);
    }
    JsonNode problem = JSON.readTree(body);
    List<String> named = new ArrayList<>();
    problem.path("errors").forEach(error -> named.add(error.path("field").asString() + " " + error.path("rule").asString()));
    named.sort(null);
    named.add(0, problem.path("type").asString());
    return named;
  }

  private void awaitListeners() {
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA "
        + "AND table_type = 'BASE TABLE'").query(String.class).list()) {
      if (!MOVING.contains(table.toLowerCase())) {
        counts.put(table.toLowerCase(), jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
      }
    }
    return counts;
  }

  /** A value for the schema: every field set, with a real id where the field names one. */
  private static JsonNode sample(String name, JsonNode schema, JsonNode schemas, Map<String, String> ids, int depth) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    String type = schema.path("type").asString("");
    String format = schema.path("format").asString("");
    if (schema.has("enum")) {
      return nodes.stringNode(schema.path("enum").path(0).asString());
    }
    if (type.equals("object") || schema.has("properties")) {
      ObjectNode object = nodes.objectNode();
      if (depth < 4) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
          JsonNode value = sample(property.getKey(), OpenApiRoutes.resolve(property.getValue(), schemas), schemas, ids,
              depth + 1);
          if (value != null) {
            object.set(property.getKey(), value);
          }
        }
      }
      return object;
    }
    if (type.equals("array")) {
      ArrayNode array = nodes.arrayNode();
      JsonNode item = sample(singular(name), OpenApiRoutes.resolve(schema.path("items"), schemas), schemas, ids,
          depth + 1);
      if (item != null) {
        array.add(item);
      }
      return array;
    }
    if (type.equals("integer") || type.equals("number")) {
      return nodes.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
    }
    if (type.equals("boolean")) {
      return nodes.booleanNode(false);
    }
    if (format.equals("byte") || format.equals("binary")) {
      return null;
    }
    if (format.equals("uuid")) {
      return nodes.stringNode(ids.getOrDefault(name, ids.getOrDefault(name + "Id", UUID.randomUUID().toString())));
    }
    if (format.equals("date")) {
      return nodes.stringNode(LocalDate.now().toString());
    }
    if (format.equals("date-time")) {
      return nodes.stringNode(java.time.Instant.now().toString());
    }
    if (name != null && name.toLowerCase().contains("email")) {
      return nodes.stringNode("crew" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
    }
    return nodes.stringNode("Sample " + UUID.randomUUID().toString().substring(0, 8));
  }

  private static String singular(String name) {
    return name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  private String bearer(String user) {
    return bearers.computeIfAbsent(user, crew::bearer);
  }
}
