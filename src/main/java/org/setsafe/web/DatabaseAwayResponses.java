package org.setsafe.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.setsafe.shared.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After}, never 500, when a request fails because SetSafe cannot reach its database
 * anywhere the controller advice does not see: in the security filters (the session's password-change check, the
 * API token's look-up, the sign-in's account look-up) or deeper in a wrapped failure. The API gets the same problem
 * detail as {@link ApiProblems}, an htmx request the notice alone, a page "Not recorded, try again". Runs before
 * Spring Security, whose filters are the ones that read the database first.
 */
@Component
@Order(-150)
class DatabaseAwayResponses extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseAwayResponses.class);

  static boolean fromHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("{} {} not served: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
          e.toString());
      answer(request, response);
    }
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"" + ApiProblems.TYPE_BASE + ApiProblems.RECORDS_UNAVAILABLE
          + "\",\"title\":\"Records unavailable\",\"status\":503,\"detail\":\"" + DatabaseUnavailable.NOT_RECORDED
          + "\",\"instance\":\"" + json(path) + "\"}");
    } else {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(fromHtmx(request) ? NOTICE : page(request.getContextPath()));
    }
  }

  /**
   * As {@code templates/database-away.html} says it, written out here: the templates' page layout and the error
   * page read the inbox and the event backlog for a signed-in person, which would only fail again.
   */
  private static final String NOTICE = "<div class=\"alert\" role=\"alert\" data-testid=\"database-away\"><p><strong>"
      + DatabaseUnavailable.NOT_RECORDED + "</strong></p>"
      + "<p>Nothing you sent was saved. Write it down, and send it again in a few seconds.</p></div>";

  private static String page(String contextPath) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Not recorded, try again — SetSafe</title>"
        + "<link rel=\"stylesheet\" href=\"" + contextPath + "/css/setsafe.css\"></head><body>"
        + "<header class=\"bar\"><a class=\"brand\" href=\"" + contextPath + "/\">SetSafe</a></header>"
        + "<main id=\"main\"><h1>Not recorded, try again</h1>" + NOTICE
        + "<p><a class=\"button secondary\" href=\"" + contextPath + "/\">Back to my productions</a></p></main>"
        + "</body></html>";
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
