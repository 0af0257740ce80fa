package org.setsafe.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.AnonymousCallers;
import org.setsafe.shared.AnswerNotKept;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RecordedRefusalAnswer;
import org.setsafe.shared.TextRule;
import org.setsafe.web.AnsweredRequests.KeptAnswer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every POST safe to retry, whichever module answers it: a phone on a bad connection that sends the same
 * request again with the same {@code Idempotency-Key} gets the first answer back (status, body, {@code Location}),
 * marked {@code Idempotent-Replayed}, and nothing is created twice. The request runs inside one transaction that
 * the services' own {@code @Transactional} join, and its answer is stored in that same transaction, so either
 * both are kept or neither: a crash after the commit is answered from the store, one before it runs the request
 * anew. Modulith's after-commit events fire once, on that commit.
 *
 * <p>A refusal a safety rule already recorded as evidence (in its own transaction) is kept too, so a retried
 * refused step is answered with the same refusal instead of being recorded again. Any other failure is rolled back
 * and kept nowhere: the retry runs again. The same key with a different request (method, address, body) is
 * refused with a problem naming the header.
 *
 * <p>Keys are per person. On the anonymous reporter's routes ({@link AnonymousCallers}) they are per nobody: no
 * person's id is stored, the key itself is not stored, and the answer (with its receipt code) is sealed with a key
 * derived from the Idempotency-Key ({@link AnonymousSeal}); such a key must be long enough to protect it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class IdempotencyKeys extends OncePerRequestFilter implements Ordered {

  static final String HEADER = "Idempotency-Key";
  /**
   * The same key from a page's form, which cannot set a header: a new one is rendered with each form, so a double
   * tap on a phone sends it twice and files once.
   */
  static final String FORM_FIELD = "_idempotencyKey";
  static final String REPLAYED = "Idempotent-Replayed";
  static final int MAX_KEY = 200;
  /** An anonymous reporter's key seals the receipt code: a short one could be guessed by whoever reads the table. */
  static final int MIN_ANONYMOUS_KEY = 16;
  /** Set by the problem handlers and pages when the answer is a refusal already recorded as evidence: kept too. */
  static final String RECORDED_REFUSAL = RecordedRefusalAnswer.ATTRIBUTE;

  private static final String ANONYMOUS = "anonymous";
  private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

  private final AnsweredRequests answers;
  private final TransactionTemplate transaction;
  private final RequestMappingHandlerMapping routes;
  private final HandlerExceptionResolver problems;
  private final JsonMapper json;
  private final Clock clock;
  private final Duration retention;

  IdempotencyKeys(AnsweredRequests answers, PlatformTransactionManager transactions,
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, JsonMapper json, Clock clock,
      @Value("${setsafe.idempotency.retention:${SETSAFE_IDEMPOTENCY_RETENTION:24h}}") Duration retention) {
    this.answers = answers;
    this.transaction = new TransactionTemplate(transactions);
    this.routes = routes;
    this.problems = problems;
    this.json = json;
    this.clock = clock;
    this.retention = retention;
  }

  /** After Spring Security, which says who is asking. */
  @Override
  public int getOrder() {
    return 0;
  }

  /**
   * Forgets answers older than the retention (a day by default): a phone retries within minutes, and keeping
   * every answer forever would grow the table by one row a request. After that, a key may be used again.
   */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  int forgetOldAnswers() {
    Integer forgotten = transaction.execute(tx -> answers.forgetBefore(clock.instant().minus(retention)));
    return forgotten == null ? 0 : forgotten;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = "POST".equals(request.getMethod()) ? keyOf(request) : null;
    Optional<HandlerMethod> route = key != null ? routeOf(request) : Optional.empty();
    if (route.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    HandlerMethod handler = route.get();
    AnswerNotKept notKept = annotation(handler, AnswerNotKept.class);
    if (notKept != null) {
      refuse(request, response, handler, notAccepted(notKept.value()));
      return;
    }
    boolean anonymous = annotation(handler, AnonymousCallers.class) != null;
    Optional<SignedInUser> user = SignedInUser.current();
    if (!anonymous && user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String idempotencyKey = key.strip();
    int shortest = anonymous ? MIN_ANONYMOUS_KEY : 1;
    if (idempotencyKey.length() < shortest || idempotencyKey.length() > MAX_KEY) {
      refuse(request, response, handler, wrongLength(shortest));
      return;
    }
    TextRule.Violation violation = TextRule.violation(idempotencyKey);
    if (violation != null) {
      refuse(request, response, handler, violation.problem(HEADER));
      return;
    }
    RequestRead read = RequestRead.of(request);
    Keying keying = anonymous ? new Sealed(new AnonymousSeal(idempotencyKey), read.digest())
        : new Plain(user.orElseThrow().id().toString(), idempotencyKey, read.digest());
    answerOnce(keying, read.request(), response, chain, handler);
  }

  /**
   * Looks for an earlier answer and, finding none, runs the request, in one transaction: a retry costs the database
   * no more than the first try.
   */
  private void answerOnce(Keying keying, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      HandlerMethod handler) throws ServletException, IOException {
    BufferedResponse answer = new BufferedResponse(response);
    KeptAnswer[] earlier = new KeptAnswer[1];
    Outcome outcome;
    try {
      outcome = transaction.execute(tx -> {
        Optional<KeptAnswer> kept = answers.find(keying.scope(), keying.id());
        if (kept.isPresent()) {
          earlier[0] = kept.get();
          return Outcome.ANSWERED_BEFORE;
        }
        try {
          chain.doFilter(request, answer);
        } catch (ServletException | IOException e) {
          throw new Failed(e);
        }
        if (answer.passedThrough()) {
          tx.setRollbackOnly();
          return Outcome.FAILED;
        }
        // A service that failed marks the transaction rollback-only even when the route answers anyway (a page
        // showing the form again with the problem): nothing of such a request may be kept.
        if (answer.getStatus() < 400 && !tx.isRollbackOnly()) {
          answers.keep(keying.scope(), keying.id(), keying.keep(answer.getStatus(), headersOf(answer),
              answer.text()), keptAt(keying));
          return Outcome.KEPT;
        }
        tx.setRollbackOnly();
        // Kept only as a refusal answered in full: a page that redirects with the refusal in a flash would be replayed
        // as the bare redirect, its refusal gone, and read as done.
        return request.getAttribute(RECORDED_REFUSAL) != null && answer.getStatus() >= 400 ? Outcome.RECORDED_REFUSAL
            : Outcome.FAILED;
      });
    } catch (Failed failed) {
      if (failed.getCause() instanceof ServletException e) {
        throw e;
      }
      throw (IOException) failed.getCause();
    } catch (RuntimeException lostARace) {
      // Another retry with this key kept its answer first (the insert failed on the key): answer as it did.
      Optional<KeptAnswer> first = answers.find(keying.scope(), keying.id());
      if (first.isEmpty()) {
        throw lostARace;
      }
      response.reset();
      replay(first.get(), keying, request, response, handler);
      return;
    }
    if (outcome == Outcome.ANSWERED_BEFORE) {
      replay(earlier[0], keying, request, response, handler);
      return;
    }
    if (outcome == Outcome.RECORDED_REFUSAL) {
      try {
        transaction.executeWithoutResult(tx -> answers.keep(keying.scope(), keying.id(),
            keying.keep(answer.getStatus(), headersOf(answer), answer.text()), keptAt(keying)));
      } catch (RuntimeException racedByAnotherRetry) {
        // Another retry kept its answer first; this one's refusal stands as it is.
      }
    } else if (outcome == Outcome.FAILED && !answer.passedThrough()) {
      // The step may have failed because a retry with the same key won the race (a version, a unique row).
      Optional<KeptAnswer> first = answers.find(keying.scope(), keying.id());
      if (first.isPresent()) {
        response.reset();
        replay(first.get(), keying, request, response, handler);
        return;
      }
    }
    answer.send();
  }

  /** An anonymous reporter's answer is kept with an hour's precision, like the report's own times. */
  private Instant keptAt(Keying keying) {
    Instant now = clock.instant();
    return keying instanceof Sealed ? now.truncatedTo(ChronoUnit.HOURS) : now;
  }

  private void replay(KeptAnswer kept, Keying keying, HttpServletRequest request, HttpServletResponse response,
      HandlerMethod handler) throws IOException {
    if (!kept.fingerprint().equals(keying.fingerprint())) {
      refuse(request, response, handler, reused());
      return;
    }
    Map<String, String> headers = json.readValue(keying.open(kept.headers()), HEADERS);
    response.setStatus(kept.status());
    headers.forEach(response::setHeader);
    response.setHeader(REPLAYED, "true");
    String contentType = headers.get("Content-Type");
    Charset charset = contentType == null ? StandardCharsets.UTF_8
        : Optional.ofNullable(MediaType.parseMediaType(contentType).getCharset()).orElse(StandardCharsets.UTF_8);
    response.getOutputStream().write(keying.open(kept.body()).getBytes(charset));
  }

  /** What a retry needs to look the same: where it points, what it is, and what htmx should do with it. */
  private static Map<String, String> headersOf(BufferedResponse answer) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (answer.getContentType() != null) {
      headers.put("Content-Type", answer.getContentType());
    }
    for (String name : answer.getHeaderNames()) {
      if (name.equalsIgnoreCase("Location") || name.regionMatches(true, 0, "HX-", 0, 3)) {
        headers.put(name, answer.getHeader(name));
      }
    }
    return headers;
  }

  /** Answers the refusal as the route's own problem handlers would, so it reads like any other. */
  /** A key sent where answers are not kept; {@code why} as the route's {@link AnswerNotKept} says it. */
  static InvalidInputException notAccepted(String why) {
    return new InvalidInputException(HEADER, "NotAccepted", "Idempotency-Key is not accepted here: " + why)
        .saying("input.web.idempotency-key.not-accepted", why);
  }

  static InvalidInputException wrongLength(int shortest) {
    return new InvalidInputException(HEADER, "Size",
        "Idempotency-Key must be " + shortest + " to " + MAX_KEY + " characters")
        .saying("input.web.idempotency-key.size", String.valueOf(shortest), String.valueOf(MAX_KEY));
  }

  /** A key used before for a request that differs: the answer kept is not this request's. */
  static InvalidInputException reused() {
    return new InvalidInputException(HEADER, "Reused",
        "this Idempotency-Key was already used for a different request; use a new key for each request")
        .saying("input.web.idempotency-key.reused");
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, HandlerMethod handler,
      InvalidInputException refusal) throws IOException {
    ModelAndView page = problems.resolveException(request, response, handler, refusal);
    if (page == null || !page.isEmpty()) {
      // A page route would render an error page, which only the dispatcher can: say it plainly instead.
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, refusal.getMessage());
    }
  }

  private static String keyOf(HttpServletRequest request) {
    String header = request.getHeader(HEADER);
    if (header != null) {
      return header;
    }
    String contentType = String.valueOf(request.getContentType()).toLowerCase();
    boolean form = contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        || contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    return form ? request.getParameter(FORM_FIELD) : null;
  }

  private Optional<HandlerMethod> routeOf(HttpServletRequest request) {
    Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
    ServletRequestPathUtils.parseAndCache(request);
    try {
      HandlerExecutionChain found = routes.getHandler(request);
      return found != null && found.getHandler() instanceof HandlerMethod method ? Optional.of(method)
          : Optional.empty();
    } catch (Exception noSuchRoute) {
      return Optional.empty();
    } finally {
      if (parsed == null) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      } else {
        request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
      }
    }
  }

  /** The annotation on the route's method, or else on its controller. */
  static <A extends java.lang.annotation.Annotation> A annotation(HandlerMethod handler, Class<A> type) {
    A onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), type);
    return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), type);
  }

  private enum Outcome { ANSWERED_BEFORE, KEPT, RECORDED_REFUSAL, FAILED }

  /** Carries a servlet failure out of the transaction, which it rolls back. */
  private static final class Failed extends RuntimeException {
    Failed(Exception cause) {
      super(cause);
    }
  }

  /** How a key, its request and its answer are stored for one kind of caller. */
  private interface Keying {
    String scope();

    String id();

    String fingerprint();

    KeptAnswer keep(int status, Map<String, String> headers, String body);

    String open(String stored);
  }

  /** A signed-in person's key: scoped by their id, stored as sent, the answer as given. */
  private final class Plain implements Keying {
    private final String scope;
    private final String key;
    private final String fingerprint;

    Plain(String scope, String key, byte[] requestDigest) {
      this.scope = scope;
      this.key = key;
      this.fingerprint = HexFormat.of().formatHex(requestDigest);
    }

    @Override public String scope() { return scope; }

    @Override public String id() { return key; }

    @Override public String fingerprint() { return fingerprint; }

    @Override public KeptAnswer keep(int status, Map<String, String> headers, String body) {
      return new KeptAnswer(fingerprint, false, status, json.writeValueAsString(headers), body);
    }

    @Override public String open(String stored) { return stored; }
  }

  /** An anonymous reporter's key: scoped by nobody, stored only as derived from the key, the answer sealed. */
  private final class Sealed implements Keying {
    private final AnonymousSeal seal;
    private final String fingerprint;

    Sealed(AnonymousSeal seal, byte[] requestDigest) {
      this.seal = seal;
      this.fingerprint = seal.fingerprint(requestDigest);
    }

    @Override public String scope() { return ANONYMOUS; }

    @Override public String id() { return seal.id(); }

    @Override public String fingerprint() { return fingerprint; }

    @Override public KeptAnswer keep(int status, Map<String, String> headers, String body) {
      return new KeptAnswer(fingerprint, true, status, seal.seal(json.writeValueAsString(headers)), seal.seal(body));
    }

    @Override public String open(String stored) { return seal.open(stored); }
  }
}
