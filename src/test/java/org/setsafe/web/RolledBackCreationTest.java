package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The answer and the creation share one transaction: when keeping the answer fails (the database goes away just
 * before the commit), the report is not filed either, no answer is kept, and the phone hears "not recorded, try
 * again" (503), so its retry with the same key files it, once.
 */
@SetSafeTest
class RolledBackCreationTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean AnsweredRequests answers;

  @Test
  void aCreationRolledBackWithItsAnswerKeepsNeitherAndTheRetryFilesOnce() throws Exception {
    String title = "Misfire on the second take " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    doThrow(new DataAccessResourceFailureException("connection lost before the commit"))
        .when(answers).keep(any(), any(), any(), any());

    MockHttpServletResponse lost = file(title, key);
    assertThat(lost.getStatus()).as("the phone is told it was not recorded").isEqualTo(503);
    assertThat(lost.getContentAsString()).contains("urn:setsafe:problem:records-unavailable");
    assertThat(reportsTitled(title)).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotent_answer WHERE idempotency_key = ?").param(key)
        .query(Long.class).single()).isZero();

    doCallRealMethod().when(answers).keep(any(), any(), any(), any());
    MockHttpServletResponse retry = file(title, key);

    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getHeader("Idempotent-Replayed")).isNull();
    assertThat(reportsTitled(title)).isEqualTo(1);
  }

  private MockHttpServletResponse file(String title, String key) throws Exception {
    return mvc.perform(post("/api/productions/" + crew.production(Crew.WESTERN).id() + "/reports")
        .header("Authorization", crew.bearer("eli.actor")).header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"category":"FIREARMS","severity":"HIGH","title":"%s","description":"Click, no bang"}""".formatted(title)))
        .andReturn().getResponse();
  }

  private long reportsTitled(String title) {
    return jdbc.sql("SELECT COUNT(*) FROM hazard_report WHERE title = ?").param(title).query(Long.class).single();
  }
}
