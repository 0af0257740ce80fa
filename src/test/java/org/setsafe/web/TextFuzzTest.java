package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.shared.TextRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every text field of every route, fed a NUL, another control character and half a character: the routes come
 * from the application's own OpenAPI document (JSON bodies, query and path parameters) and from the forms its
 * pages render (crawled from the dashboard as the armorer, the safety advisor, the producer and the
 * administrator). Each attempt must be refused with a 400 naming the field and the rule, never a 5xx, never
 * written; and afterwards no event publication is left unfinished.
 */
@SetSafeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextFuzzTest {

  /** One kind of character per rule: NUL, another control character, half a character. */
  private static final Map<String, String> BAD = Map.of(
      "NUL", "cart\u0000by the church",
      "ESC", "cart\u001bby the church",
      "lone surrogate", "cart\ud800by the church");

  private static final Set<String> PAGE_USERS = Set.of("rosa.armorer", "sam.safety", "grace.producer", "demo.admin");
  private static final int MAX_PAGES = 300;
  private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  private final Map<String, String> bearers = new HashMap<>();
  private Instant started;
  /** The routes whose OpenAPI description offers the Idempotency-Key header ("POST /api/…"). */
  private final Set<String> keyedRoutes = new HashSet<>();

  /** One request: where, how, and which field holds the bad text. */
  record Attempt(String label, String method, String path, String field, String user, Kind kind,
      Map<String, String> form, String json) {
    @Override public String toString() {
      return label;
    }
  }

  enum Kind { JSON, QUERY, PATH, FORM, MULTIPART }

  @BeforeAll
  void start() {
    // Publications are dated by the test clock, which need not be near the real time.
    started = clock.instant().minusSeconds(1);
  }

  Stream<Arguments> attempts() throws Exception {
    long start = System.nanoTime();
    List<Attempt> api = apiAttempts();
    long apiDone = System.nanoTime();
    List<Attempt> forms = formAttempts();
    System.out.printf("TextFuzzTest: routes read in %d ms, forms crawled in %d ms%n", (apiDone - start) / 1_000_000,
        (System.nanoTime() - apiDone) / 1_000_000);
    assertThat(api).as("API fields found to try").hasSizeGreaterThan(300);
    assertThat(forms).as("form fields found to try").hasSizeGreaterThan(60);
    System.out.printf("TextFuzzTest: %d API attempts, %d form attempts%n", api.size(), forms.size());
    return Stream.concat(api.stream(), forms.stream()).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void badTextIsRefusedAtTheDoorNamingTheField(Attempt attempt) throws Exception {
    MockHttpServletResponse response = mvc.perform(build(attempt)).andReturn().getResponse();
    String body = response.getContentAsString();
    assertThat(response.getStatus()).as(attempt + " answered " + body).isEqualTo(400);
    if (attempt.kind() == Kind.FORM || attempt.kind() == Kind.MULTIPART) {
      assertThat(HtmlUtils.htmlUnescape(body)).as(attempt + " page").contains(attempt.field() + " contains");
    } else if (attempt.kind() == Kind.PATH && body.isEmpty()) {
      // The security firewall turns an encoded NUL in the address away before any handler: a 400 all the same.
      assertThat(attempt.label()).contains("NUL");
    } else {
      JsonNode problem = JSON.readTree(body);
      assertThat(problem.path("errors").path(0).path("field").asString()).as(attempt + " field in " + body)
          .isEqualTo(attempt.field());
      assertThat(problem.path("errors").path(0).path("rule").asString()).as(attempt + " rule in " + body)
          .isIn(TextRule.NO_CONTROL_CHARACTERS, TextRule.NO_UNPAIRED_SURROGATES, "Type");
    }
  }

  @AfterAll
  void noEventPublicationIsLeftUnfinished() {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
            "SELECT listener_id FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?")
        .param(Timestamp.from(started)).query(String.class).list()).isEmpty());
  }

  // ---- the API, from its OpenAPI document ----

  private List<Attempt> apiAttempts() throws Exception {
    JsonNode api = JSON.readTree(mvc.perform(get("/api/openapi").header("Authorization", bearer("grace.producer")))
        .andReturn().getResponse().getContentAsString());
    JsonNode schemas = api.path("components").path("schemas");
    Map<String, String> ids = routes().realIds(api);
    List<Attempt> attempts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String method = operation.getKey().toUpperCase();
        JsonNode op = operation.getValue();
        String user = path.getKey().startsWith("/api/admin") ? "demo.admin" : "grace.producer";
        // The studio's view is for studio safety: anyone else is turned away (403) before the text is read.
        user = path.getKey().startsWith("/api/studio") ? "demo.studio" : user;
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        path.getValue().path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
          if (parameter.path("in").asString().equals("path")) {
            pathValues.put(parameter.path("name").asString(), OpenApiRoutes.sample(parameter.path("name").asString(),
                OpenApiRoutes.resolve(parameter.path("schema"), schemas), ids));
          }
        }
        for (JsonNode parameter : parameters) {
          String name = parameter.path("name").asString();
          JsonNode schema = OpenApiRoutes.resolve(parameter.path("schema"), schemas);
          if (!isText(schema)) {
            continue;
          }
          String in = parameter.path("in").asString();
          for (Map.Entry<String, String> bad : BAD.entrySet()) {
            String label = method + " " + path.getKey() + " " + in + " " + name + " " + bad.getKey();
            if (in.equals("query")) {
              attempts.add(new Attempt(label, method, OpenApiRoutes.expand(path.getKey(), pathValues, null, null), name, user,
                  Kind.QUERY, Map.of(name, bad.getValue()), null));
            } else if (in.equals("path") && !bad.getKey().equals("lone surrogate")) {
              // (an address cannot carry half a character: UTF-8 has no bytes for it)
              attempts.add(new Attempt(label, method, OpenApiRoutes.expand(path.getKey(), pathValues, name, bad.getValue()), name,
                  user, Kind.PATH, Map.of(), null));
            }
          }
        }
        JsonNode content = op.path("requestBody").path("content");
        String url = OpenApiRoutes.expand(path.getKey(), pathValues, null, null);
        // Sent with a key where the route takes one, so the bad text also passes through the kept answer.
        if (parameters.stream().anyMatch(p -> p.path("in").asString().equals("header")
            && p.path("name").asString().equalsIgnoreCase("Idempotency-Key"))) {
          keyedRoutes.add(method + " " + url);
        }
        if (content.has("application/json")) {
          JsonNode schema = OpenApiRoutes.resolve(content.path("application/json").path("schema"), schemas);
          for (Map.Entry<String, JsonNode> field : textFields(schema, schemas, "", 0).entrySet()) {
            for (Map.Entry<String, String> bad : BAD.entrySet()) {
              attempts.add(new Attempt(method + " " + path.getKey() + " body " + field.getKey() + " " + bad.getKey(),
                  method, url, field.getKey(), user, Kind.JSON, Map.of(), body(field.getKey(), bad.getValue())));
            }
          }
        }
        if (content.has("multipart/form-data")) {
          JsonNode schema = OpenApiRoutes.resolve(content.path("multipart/form-data").path("schema"), schemas);
          for (Map.Entry<String, JsonNode> part : schema.path("properties").properties()) {
            if (isText(OpenApiRoutes.resolve(part.getValue(), schemas))) {
              for (Map.Entry<String, String> bad : BAD.entrySet()) {
                attempts.add(new Attempt(method + " " + path.getKey() + " part " + part.getKey() + " " + bad.getKey(),
                    method, url, part.getKey(), user, Kind.QUERY, Map.of(part.getKey(), bad.getValue()), null));
              }
            }
          }
        }
      }
    }
    return attempts;
  }

  private static boolean isText(JsonNode schema) {
    return schema.path("type").asString("").equals("string") && !schema.has("enum")
        && !Set.of("uuid", "date", "date-time", "binary", "byte").contains(schema.path("format").asString(""));
  }

  /** The JSON path of every free-text field of the body, as the problem detail names it. */
  private static Map<String, JsonNode> textFields(JsonNode schema, JsonNode schemas, String prefix, int depth) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    if (depth > 3) {
      return fields;
    }
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      JsonNode type = OpenApiRoutes.resolve(property.getValue(), schemas);
      String name = prefix + property.getKey();
      if (isText(type)) {
        fields.put(name, type);
      } else if (type.path("type").asString("").equals("array")) {
        JsonNode items = OpenApiRoutes.resolve(type.path("items"), schemas);
        if (isText(items)) {
          fields.put(name + "[0]", items);
        } else if (items.has("properties")) {
          fields.putAll(textFields(items, schemas, name + "[0].", depth + 1));
        }
      } else if (type.has("properties")) {
        fields.putAll(textFields(type, schemas, name + ".", depth + 1));
      } else if (isText(OpenApiRoutes.resolve(type.path("additionalProperties"), schemas))) {
        fields.put(name + ".note", type.path("additionalProperties"));
      }
    }
    return fields;
  }

  /** A body with only the field under test set: the door refuses it while reading, before any other check. */
  private static String body(String field, String bad) {
    return skeleton(field).replace("\"@BAD@\"", escaped(bad));
  }

  /** The bad text as a JSON string literal, escaped as a client would send it (raw control characters are not JSON). */
  private static String escaped(String bad) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : bad.toCharArray()) {
      literal.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return literal.append('"').toString();
  }

  private static String skeleton(String field) {
    String bad = "@BAD@";
    ObjectNode root = JSON.createObjectNode();
    ObjectNode node = root;
    String[] steps = field.split("\\.");
    for (int i = 0; i < steps.length; i++) {
      String step = steps[i];
      boolean last = i == steps.length - 1;
      if (step.endsWith("[0]")) {
        ArrayNode array = node.putArray(step.substring(0, step.length() - 3));
        if (last) {
          array.add(bad);
        } else {
          node = array.addObject();
        }
      } else if (last) {
        node.put(step, bad);
      } else {
        node = node.putObject(step);
      }
    }
    return JSON.writeValueAsString(root);
  }

  // ---- the pages' forms ----

  private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

  private List<Attempt> formAttempts() throws Exception {
    List<Attempt> attempts = new ArrayList<>();
    Set<String> seenForms = new LinkedHashSet<>();
    for (String user : PAGE_USERS) {
      Set<String> visited = new LinkedHashSet<>();
      Set<String> shapes = new LinkedHashSet<>();
      List<String> queue = new ArrayList<>(List.of("/", "/productions/" + crew.production(Crew.WESTERN).id(),
          "/account", "/admin"));
      while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
        String page = queue.remove(0);
        // One page of each shape (the second weapon's page has the same forms as the first).
        if (!visited.add(page) || !shapes.add(page.replaceAll(ID, "{id}").replaceAll(DATE, "{date}"))) {
          continue;
        }
        MockHttpServletResponse response = mvc.perform(get(page).with(crew.signedIn(user))).andReturn().getResponse();
        if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).contains("html")) {
          continue;
        }
        String html = response.getContentAsString();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
          String href = HtmlUtils.htmlUnescape(link.group(1));
          if (crawlable(href) && !visited.contains(href)) {
            queue.add(href);
          }
        }
        Matcher form = FORM.matcher(html);
        while (form.find()) {
          attempts.addAll(formAttempts(page, user, form.group(1), form.group(2), seenForms));
        }
      }
    }
    return attempts;
  }

  private static boolean crawlable(String href) {
    return !href.startsWith("/logout") && !href.startsWith("/api") && !href.startsWith("/webjars")
        && !href.startsWith("/css") && !href.startsWith("/js") && !href.startsWith("/img")
        && !href.contains("/photo") && !href.endsWith(".pdf") && !href.contains("/tags") && !href.contains("/export")
        && !href.contains(".csv") && !href.contains("/bundle");
  }

  private List<Attempt> formAttempts(String page, String user, String attributes, String inner, Set<String> seen) {
    String method = attribute(attributes, "method");
    String action = attribute(attributes, "action");
    if (action == null) {
      action = attribute(attributes, "hx-post");
    }
    if (action == null || action.isEmpty()) {
      action = page;
    }
    action = HtmlUtils.htmlUnescape(action);
    boolean post = "post".equalsIgnoreCase(method) || attributes.contains("hx-post");
    if (!post || !action.startsWith("/") || action.startsWith("/logout") || action.startsWith("/login")) {
      return List.of();
    }
    boolean multipart = String.valueOf(attribute(attributes, "enctype")).contains("multipart");
    Map<String, String> defaults = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    Matcher field = FIELD.matcher(inner);
    while (field.find()) {
      String name = attribute(field.group(2), "name");
      if (name == null || name.equals("_csrf") || name.equals(IdempotencyKeys.FORM_FIELD)) {
        continue;
      }
      String type = String.valueOf(attribute(field.group(2), "type")).toLowerCase();
      String value = attribute(field.group(2), "value");
      if (Set.of("checkbox", "radio").contains(type) && !field.group(2).contains("checked")) {
        continue;
      }
      if (Set.of("file", "submit", "button").contains(type)) {
        continue;
      }
      defaults.putIfAbsent(name, value == null ? "" : HtmlUtils.htmlUnescape(value));
      boolean text = field.group(1).equalsIgnoreCase("textarea") || (field.group(1).equalsIgnoreCase("input")
          && Set.of("null", "text", "search", "email", "tel", "url", "password", "hidden").contains(type));
      if (text && !texts.contains(name)) {
        texts.add(name);
      }
    }
    String shape = action.replaceAll(ID, "{id}") + " " + texts;
    if (texts.isEmpty() || !seen.add(shape)) {
      return List.of();
    }
    List<Attempt> attempts = new ArrayList<>();
    for (String name : texts) {
      for (Map.Entry<String, String> bad : BAD.entrySet()) {
        Map<String, String> form = new LinkedHashMap<>(defaults);
        form.put(name, bad.getValue());
        attempts.add(new Attempt("POST " + action + " form " + name + " " + bad.getKey() + " as " + user, "POST",
            action, name, user, multipart ? Kind.MULTIPART : Kind.FORM, form, null));
      }
    }
    return attempts;
  }

  private static String attribute(String attributes, String name) {
    Matcher matcher = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
    return matcher.find() ? matcher.group(1) : null;
  }

  // ---- sending ----

  private RequestBuilder build(Attempt attempt) {
    URI uri = URI.create(attempt.path());
    switch (attempt.kind()) {
      case JSON:
        MockHttpServletRequestBuilder json = request(HttpMethod.valueOf(attempt.method()), uri)
            .header("Authorization", bearer(attempt.user()));
        if (keyedRoutes.contains(attempt.method() + " " + attempt.path())) {
          json.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return json.contentType(MediaType.APPLICATION_JSON).content(attempt.json());
      case QUERY:
      case PATH: {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(attempt.method()), uri)
            .header("Authorization", bearer(attempt.user()));
        attempt.form().forEach(request::param);
        return request;
      }
      case MULTIPART: {
        MockMultipartHttpServletRequestBuilder request = multipart(uri);
        attempt.form().forEach(request::param);
        return request.with(crew.signedIn(attempt.user())).with(csrf());
      }
      default: {
        MockHttpServletRequestBuilder request = request(HttpMethod.POST, uri)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        attempt.form().forEach(request::param);
        return request.with(crew.signedIn(attempt.user())).with(csrf());
      }
    }
  }

  private OpenApiRoutes routes() {
    return new OpenApiRoutes(mvc, crew, this::bearer);
  }

  private String bearer(String user) {
    return bearers.computeIfAbsent(user, crew::bearer);
  }
}
