import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A running SetSafe's JSON API, called as the demo crew with personal API tokens, over the JDK's own client. */
final class SetSafeApi {

  private final String url;
  private final String schema;
  private final String tokenName;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  SetSafeApi(String url, String schema, String tokenName) {
    this.url = url;
    this.schema = schema;
    this.tokenName = tokenName;
  }

  /** Gives this demo user a token of their own; returns their id. */
  UUID signIn(String username) throws Exception {
    tokens.put(username, tokenFor(username));
    try (Connection db = Harness.connect(schema);
        PreparedStatement select = db.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
      select.setString(1, username);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getObject(1, UUID.class);
      }
    }
  }

  String post(String user, String path, String json, int expected) throws Exception {
    return send(request(user, path).POST(HttpRequest.BodyPublishers.ofString(json)).build(), expected);
  }

  String get(String user, String path) throws Exception {
    return send(request(user, path).GET().build(), 200);
  }

  String send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
          + ", expected " + expected + ": " + response.body());
    }
    return response.body();
  }

  /** A JSON request as this user; {@code user} null for an anonymous one. */
  HttpRequest.Builder request(String user, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
    return user == null ? request : request.header("Authorization", "Bearer " + tokens.get(user));
  }

  static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + regex + " in " + text);
    }
    return m.group(1);
  }

  /**
   * A personal API token for a demo user, written straight into the token table as SetSafe would (only its
   * SHA-256 is stored), as LedgerSurvivesKillTest does: issuing one through SetSafe needs a browser session.
   */
  private String tokenFor(String username) throws Exception {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String token = "sst_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try (Connection db = Harness.connect(schema);
        PreparedStatement insert = db.prepareStatement("INSERT INTO api_token "
            + "(id, user_id, name, token_hash, token_prefix, created_at) "
            + "SELECT ?, id, ?, ?, ?, ? FROM app_user WHERE username = ?")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, tokenName);
      insert.setString(3, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8))));
      insert.setString(4, token.substring(0, 10));
      insert.setObject(5, OffsetDateTime.now());
      insert.setString(6, username);
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("no demo user " + username);
      }
    }
    return token;
  }
}
