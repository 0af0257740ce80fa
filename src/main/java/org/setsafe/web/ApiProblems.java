package org.setsafe.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.DatabaseUnavailable;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.RefusedInputException;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.shared.TextRule;
import org.springframework.core.Ordered;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.JsonNodeException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal on the API into an RFC 9457 problem document that names the field and the
 * rule, so a phone app or an integration can tell the user what to fix. Nothing reaches the client
 * as a 500 that the client could have avoided.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

  static final String TYPE_BASE = "urn:setsafe:problem:";

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(ApiProblems::fieldError).toList();
    return invalid(errors);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ProblemDetail invalidParameters(HandlerMethodValidationException e) {
    List<Map<String, String>> errors = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
            "field", result.getMethodParameter().getParameterName() == null ? "?" : result.getMethodParameter().getParameterName(),
            "rule", error.getCodes() == null || error.getCodes().length == 0 ? "Invalid" : last(error.getCodes()[0]),
            "message", String.valueOf(error.getDefaultMessage()))))
        .toList();
    return invalid(errors);
  }

  /**
   * A constraint checked outside Spring MVC's own parameter validation (a {@code @Validated} proxy): still the
   * caller's mistake, named by the last step of its path ({@code entries.limit} names {@code limit}).
   */
  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail invalidConstraint(ConstraintViolationException e) {
    List<Map<String, String>> errors = e.getConstraintViolations().stream()
        .map(violation -> {
          String field = "?";
          for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
              field = node.getName();
            }
          }
          return Map.of("field", field,
              "rule", violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              "message", String.valueOf(violation.getMessage()));
        })
        .toList();
    return invalid(errors);
  }

  /** A safety rule said no: the body names the rule and the reason, and the recorded refusal. */
  @ExceptionHandler(RuleRefusedException.class)
  ProblemDetail ruleRefused(RuleRefusedException e, HttpServletRequest request) {
    request.setAttribute(IdempotencyKeys.RECORDED_REFUSAL, Boolean.TRUE);
    ProblemDetail problem = withField(HttpStatus.CONFLICT, "refused", "Refused by a safety rule", e);
    problem.setProperty("rule", e.rule());
    problem.setProperty("reason", e.getMessage());
    if (e.refusalId() != null) {
      problem.setProperty("refusalId", e.refusalId());
    }
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return withField(HttpStatus.CONFLICT, "conflict", "Conflict", e);
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
    ProblemDetail problem = withField(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e);
    if (e instanceof RefusedInputException refused) {
      request.setAttribute(IdempotencyKeys.RECORDED_REFUSAL, Boolean.TRUE);
      problem.setProperty("refusalId", refused.refusalId());
    }
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noRoute(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "no API route " + e.getResourcePath());
  }

  @ExceptionHandler(AccessRefusedException.class)
  ProblemDetail refused(AccessRefusedException e) {
    return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    String field = fieldOf(e);
    TextRule.Violation refusedText = refusedText(e);
    if (field != null && refusedText != null) {
      ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
          refusedText.message(field));
      problem.setProperty("errors", List.of(Map.of("field", field, "rule", refusedText.rule(), "message",
          problem.getDetail())));
      return problem;
    }
    if (field == null) {
      return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
          "the request body is not valid JSON of the expected shape");
    }
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
        field + " has the wrong type or format");
    problem.setProperty("errors", List.of(Map.of("field", field, "rule", "Type", "message", problem.getDetail())));
    return problem;
  }

  /** What {@link TextAtTheDoor} found in a string of the body, if that is why it could not be read. */
  private static TextRule.Violation refusedText(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TextAtTheDoor.RefusedText refused) {
        return refused.violation();
      }
    }
    return null;
  }

  /**
   * A controller that reads the body as a tree asked a value for a kind it is not (an object where a name belongs):
   * the body's fault, not the server's. Such controllers name the field themselves where they check the kind.
   */
  @ExceptionHandler(JsonNodeException.class)
  ProblemDetail wrongNodeType(JsonNodeException e) {
    return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
        "a value in the request body has the wrong type");
  }

  /** The JSON property the parser choked on, e.g. {@code date} or {@code roles[0]}, if it got that far. */
  private static String fieldOf(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
          if (reference.getPropertyName() != null) {
            path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
          } else if (reference.getIndex() >= 0) {
            path.append('[').append(reference.getIndex()).append(']');
          }
        }
        return path.length() == 0 ? null : path.toString();
      }
    }
    return null;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
        e.getName() + " is not a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName()));
    problem.setProperty("errors", List.of(Map.of("field", e.getName(), "rule", "Type", "message", problem.getDetail())));
    return problem;
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
        e.getParameterName() + " is required");
    problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "rule", "Required", "message", problem.getDetail())));
    return problem;
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
        e.getMethod() + " is not supported here");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail wrongMediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
        "send application/json");
  }

  /** A race lost to a concurrent writer (two adds of the same member at once): the loser is told, nothing half-written. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
        "the change conflicts with data recorded at the same moment; reload and try again");
  }

  /**
   * The database could not be reached: nothing was written, and the client should try again shortly rather than
   * take the silence or a 500 for a refusal. Failures of the same kind raised before a controller (the security
   * filters) are answered alike by {@link DatabaseAwayResponses}.
   */
  @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
      RecoverableDataAccessException.class, CannotCreateTransactionException.class})
  ResponseEntity<ProblemDetail> databaseAway(Exception e) {
    return databaseAway();
  }

  static ResponseEntity<ProblemDetail> databaseAway() {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, RECORDS_UNAVAILABLE, "Records unavailable",
            DatabaseUnavailable.NOT_RECORDED));
  }

  static final String RECORDS_UNAVAILABLE = "records-unavailable";

  private static ProblemDetail invalid(List<Map<String, String>> errors) {
    String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
        .reduce((a, b) -> a + "; " + b).orElse("invalid input");
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail withField(HttpStatus status, String type, String title, InvalidInputException e) {
    ProblemDetail problem = problem(status, type, title, e.getMessage());
    problem.setProperty("errors", List.of(Map.of("field", e.field(), "rule", e.rule(), "message", e.getMessage())));
    return problem;
  }

  private static Map<String, String> fieldError(FieldError error) {
    return Map.of(
        "field", error.getField(),
        "rule", error.getCode() == null ? "Invalid" : error.getCode(),
        "message", String.valueOf(error.getDefaultMessage()));
  }

  private static String last(String code) {
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }
}
