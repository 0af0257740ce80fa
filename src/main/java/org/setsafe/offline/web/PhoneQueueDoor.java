package org.setsafe.offline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.identity.SignedInUser;
import org.setsafe.offline.PhoneLead;
import org.setsafe.offline.SentAfterNoSignal;
import org.setsafe.shared.PhoneTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's door for actions a phone kept without signal. Such a request carries {@value #HEADER} (the phone's
 * time when the person acted, ISO-8601) beside its {@code Idempotency-Key}. The door:
 * <ul>
 *   <li>refuses a time that is not one (400 naming the header), or one sent without a key: a kept action is always
 *       sent again, and only a key makes that safe;</li>
 *   <li>lets the action be judged as any other, by the server's clock and rules ({@link PhoneTime} tells the modules
 *       it came from a phone's queue, for their alerts, not for their rules);</li>
 *   <li>records, in the action's own transaction, the phone's time beside the server's ({@link SentAfterNoSignal}),
 *       unless the action was refused (its refusal is recorded by its module) or the caller is anonymous (nothing of an
 *       anonymous reporter, their phone's clock included, is kept).</li>
 * </ul>
 * It runs inside the idempotency filter's transaction (ordered after it), so a retry answered from the stored answer
 * never reaches it, and the phone's time is recorded exactly once.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PhoneQueueDoor extends OncePerRequestFilter implements Ordered {

  static final String HEADER = "SetSafe-Phone-Time";
  /** For a custody step: how many steps of the weapon's history the phone had seen when the person took it. */
  static final String SEEN_VERSION = "SetSafe-Seen-Version";

  private static final Pattern PRODUCTION = Pattern.compile("^/(?:api/)?productions/([0-9a-fA-F-]{36})(?:/|$)");

  /** The actions a phone keeps, in words for the ledger; matched on the route's pattern, its end. */
  private static final Map<String, String> ACTIONS = actions();

  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;

  PhoneQueueDoor(Clock clock, ApplicationEventPublisher events, JsonMapper json) {
    this.clock = clock;
    this.events = events;
    this.json = json;
  }

  /** After the idempotency filter (0): inside its transaction, and never reached by a replayed answer. */
  @Override
  public int getOrder() {
    return 1;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String told = request.getHeader(HEADER);
    if (told == null || !"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Instant> phoneTime = parse(told.strip());
    if (phoneTime.isEmpty()) {
      refuse(response, HEADER, "Instant", HEADER + " must be an ISO-8601 instant such as 2026-12-06T14:05:00Z");
      return;
    }
    if (request.getHeader("Idempotency-Key") == null) {
      refuse(response, HEADER, "NeedsIdempotencyKey", HEADER + " is sent only with an Idempotency-Key: an action a phone "
          + "kept is sent again until it is answered, and only the key makes that safe");
      return;
    }
    Integer seen = null;
    String seenTold = request.getHeader(SEEN_VERSION);
    if (seenTold != null) {
      try {
        seen = Integer.valueOf(seenTold.strip());
      } catch (NumberFormatException e) {
        seen = -1;
      }
      if (seen < 0) {
        refuse(response, SEEN_VERSION, "Min", SEEN_VERSION + " must be a whole number, 0 or more");
        return;
      }
    }
    Instant received = clock.instant();
    try (PhoneTime.Scope fromTheQueue = PhoneTime.during(phoneTime.get(), seen)) {
      chain.doFilter(request, response);
    }
    Optional<SignedInUser> user = SignedInUser.current();
    if (response.getStatus() >= 400 || user.isEmpty() || refused(request)
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return;
    }
    Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    events.publishEvent(new SentAfterNoSignal(UUID.randomUUID(), productionOf(request.getRequestURI()),
        user.get().id(), received, phoneTime.get(), action(request), uuid(variables, "weaponId"),
        PhoneLead.words(phoneTime.get(), received)));
  }

  static Optional<Instant> parse(String told) {
    if (told.isEmpty() || told.length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(told).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A page's step refused by a rule answers with a redirect carrying the refusal; the refusal is its own fact. */
  private static boolean refused(HttpServletRequest request) {
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    return flash != null && (flash.containsKey("refusal") || flash.containsKey("problem"));
  }

  private static UUID productionOf(String uri) {
    Matcher m = PRODUCTION.matcher(uri);
    if (!m.find()) {
      return null;
    }
    try {
      return UUID.fromString(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static UUID uuid(Map<?, ?> variables, String name) {
    Object value = variables == null ? null : variables.get(name);
    try {
      return value == null ? null : UUID.fromString(value.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String action(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String route = pattern == null ? request.getRequestURI() : pattern.toString();
    return ACTIONS.entrySet().stream().filter(e -> route.endsWith(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElse("sent " + route.replaceAll("\\{[^}]*}", "…"));
  }

  private void refuse(HttpServletResponse response, String field, String rule, String message) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:setsafe:problem:invalid-input");
    problem.put("title", "Invalid input");
    problem.put("status", 400);
    problem.put("detail", message);
    problem.put("errors", List.of(Map.of("field", field, "rule", rule, "message", message)));
    response.setStatus(400);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }

  private static Map<String, String> actions() {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("/reports", "filed a hazard report");
    words.put("/stop-work", "called stop-work");
    words.put("/meetings/{meetingId}/acknowledge", "acknowledged a safety meeting");
    words.put("/meetings/{meetingId}/acknowledgments", "acknowledged a safety meeting");
    words.put("/bulletins/{bulletinId}/acknowledgment", "acknowledged a safety bulletin");
    words.put("/bulletins/{bulletinId}/acknowledgments", "acknowledged a safety bulletin");
    words.put("/show-clear/confirm", "confirmed seeing a weapon shown clear");
    words.put("/show-load/confirm", "confirmed seeing a weapon's load");
    words.put("/show-clear/refuse", "did not confirm a show-clear");
    words.put("/receive", "received a weapon");
    words.put("/inspect", "inspected a weapon");
    words.put("/show-clear", "showed a weapon clear");
    words.put("/show-load", "showed a weapon's load");
    words.put("/issue", "issued a weapon");
    words.put("/return", "collected a weapon");
    words.put("/lock-up", "locked up a weapon");
    words.put("/unlock", "took a weapon out of lock-up");
    return java.util.Collections.unmodifiableMap(words);
  }
}
