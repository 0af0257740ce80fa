package org.setsafe.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.Crew;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Walking the application's own OpenAPI document: real ids for its addresses, sample values, schemas. */
final class OpenApiRoutes {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MockMvc mvc;
  private final Crew crew;
  private final Function<String, String> bearer;

  OpenApiRoutes(MockMvc mvc, Crew crew, Function<String, String> bearer) {
    this.mvc = mvc;
    this.crew = crew;
    this.bearer = bearer;
  }

  /**
   * Ids of real objects on the demo western, by the name a path gives them: every {@code somethingId} in the answers
   * of the western's list routes, and the {@code id} of each item of a list at {@code …/things} as
   * {@code thingId}.
   */
  Map<String, String> realIds(JsonNode api) throws Exception {
    Map<String, String> ids = new HashMap<>();
    String western = crew.production(Crew.WESTERN).id().toString();
    ids.put("productionId", western);
    Set<String> wanted = new LinkedHashSet<>();
    Matcher variable = Pattern.compile("\\{(\\w+Id)}").matcher(String.join(" ", api.path("paths").propertyNames()));
    while (variable.find()) {
      wanted.add(variable.group(1));
    }
    for (String path : api.path("paths").propertyNames()) {
      JsonNode get = api.path("paths").path(path).path("get");
      String url = path.replace("{productionId}", western);
      String plural = url.substring(url.lastIndexOf('/') + 1);
      // Only the lists that name a kind of object some address needs: the board, /weapons, /reports, ...
      boolean lists = plural.endsWith("s") && wanted.contains(plural.substring(0, plural.length() - 1) + "Id");
      if (get.isMissingNode() || url.contains("{") || !(lists || plural.equals("board"))) {
        continue;
      }
      MockHttpServletResponse response = mvc.perform(get(url).header("Authorization", bearer.apply("grace.producer")))
          .andReturn().getResponse();
      if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).contains("json")) {
        continue;
      }
      JsonNode answer = JSON.readTree(response.getContentAsString());
      harvest(answer, ids);
      String last = url.substring(url.lastIndexOf('/') + 1);
      if (answer.isArray() && answer.size() > 0 && answer.get(0).path("id").isString() && last.endsWith("s")) {
        ids.putIfAbsent(last.substring(0, last.length() - 1) + "Id", answer.get(0).path("id").asString());
      }
    }
    return ids;
  }

  private static void harvest(JsonNode node, Map<String, String> ids) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        if (property.getKey().endsWith("Id") && property.getValue().isString()) {
          ids.putIfAbsent(property.getKey(), property.getValue().asString());
        }
        harvest(property.getValue(), ids);
      }
    } else if (node.isArray()) {
      node.forEach(item -> harvest(item, ids));
    }
  }

  static String sample(String name, JsonNode schema, Map<String, String> ids) {
    String format = schema.path("format").asString("");
    if (format.equals("uuid")) {
      return ids.getOrDefault(name, UUID.randomUUID().toString());
    }
    if (format.equals("date")) {
      return LocalDate.now().toString();
    }
    if (schema.path("type").asString("").equals("integer")) {
      return "1";
    }
    if (schema.has("enum")) {
      return schema.path("enum").path(0).asString();
    }
    return ids.getOrDefault(name, "sample");
  }

  static String expand(String template, Map<String, String> values, String badName, String badValue) {
    String url = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      String text = value.getKey().equals(badName) ? badValue : value.getValue();
      url = url.replace("{" + value.getKey() + "}", UriUtils.encodePathSegment(text, java.nio.charset.StandardCharsets.UTF_8));
    }
    return url;
  }

  static JsonNode resolve(JsonNode schema, JsonNode schemas) {
    JsonNode resolved = schema;
    for (int i = 0; i < 5 && resolved.has("$ref"); i++) {
      String ref = resolved.path("$ref").asString();
      resolved = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (resolved.has("allOf") && resolved.path("allOf").size() == 1) {
      return resolve(resolved.path("allOf").path(0), schemas);
    }
    return resolved;
  }
}
