package org.setsafe.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.Filter;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where SetSafe cannot reach its database, in a controller or in a filter before it (the security filters read the
 * database first): the API answers a 503 problem detail with Retry-After, a page "Not recorded, try again", an htmx
 * request the notice alone. Never a 500. (The outage test cuts a real database; this one needs none.)
 */
class DatabaseAwayResponsesTest {

  private static final String NOT_RECORDED = "Not recorded — SetSafe cannot reach its database. Try again.";

  @RestController
  static class WeaponsApi {
    @GetMapping("/api/weapons")
    String weapons() {
      throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolGaveUp());
    }
  }

  @Controller
  static class WeaponsPage {
    @GetMapping("/weapons")
    String weapons() {
      throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolGaveUp());
    }
  }

  /** As the session's check or the API token's look-up fails when the account cannot be read. */
  private static final Filter SECURITY_READING_THE_DATABASE = (request, response, chain) -> {
    if (((jakarta.servlet.http.HttpServletRequest) request).getHeader("X-Session") != null) {
      throw new InternalAuthenticationServiceException("Failed to obtain JDBC Connection",
          new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolGaveUp()));
    }
    chain.doFilter(request, response);
  };

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new WeaponsApi(), new WeaponsPage())
      .setControllerAdvice(new ApiProblems(), new PageErrors(operationsBundle()))
      .addFilters(new DatabaseAwayResponses(), SECURITY_READING_THE_DATABASE)
      .build();

  /** The words of the problem pages, as the application reads them. */
  private static org.springframework.context.MessageSource operationsBundle() {
    var messages = new org.springframework.context.support.ResourceBundleMessageSource();
    messages.setBasename("i18n/operations");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Test
  void theApiAnswersAProblemDetailToTryAgain() throws Exception {
    for (String session : new String[] {null, "signed-in"}) {
      var request = get("/api/weapons");
      if (session != null) {
        request.header("X-Session", session);
      }
      mvc.perform(request)
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "5"))
          .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
          .andExpect(jsonPath("$.type").value("urn:setsafe:problem:records-unavailable"))
          .andExpect(jsonPath("$.title").value("Records unavailable"))
          .andExpect(jsonPath("$.status").value(503))
          .andExpect(jsonPath("$.detail").value(NOT_RECORDED));
    }
  }

  @Test
  void aPageSaysNotRecordedTryAgainAndAnHtmxRequestGetsTheNoticeAlone() throws Exception {
    mvc.perform(get("/weapons"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "5"))
        .andExpect(view().name("database-away"));
    mvc.perform(get("/weapons").header("HX-Request", "true"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(view().name("database-away :: notice"));
  }

  @Test
  void aFilterThatCannotReadTheDatabaseGetsThePageOrTheNoticeWrittenOut() throws Exception {
    mvc.perform(get("/weapons").header("X-Session", "signed-in"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "5"))
        .andExpect(content().contentTypeCompatibleWith("text/html"))
        .andExpect(content().string(containsString("<html")))
        .andExpect(content().string(containsString(NOT_RECORDED)));
    mvc.perform(get("/weapons").header("X-Session", "signed-in").header("HX-Request", "true"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString(NOT_RECORDED)));
  }

  private static SQLTransientConnectionException poolGaveUp() {
    return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out");
  }
}
