package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every refused access stays in the security audit log, at a level that says what it is: someone not signed in,
 * sent to sign in, is the start of an ordinary visit (INFO); someone signed in and refused is a WARN.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class QuietRefusalLogTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;

  @Test
  void aVisitorNotSignedInIsSentToSignInAndLoggedAtInfoNotWarn(CapturedOutput output) throws Exception {
    String page = "/productions/" + crew.production(Crew.WESTERN).id();
    mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));

    assertThat(auditLines(output, "user=anonymous request=GET " + page + " reason=not signed in")).singleElement()
        .satisfies(line -> assertThat(line).contains("INFO").doesNotContain("WARN"));
  }

  @Test
  void aPageAskedForWithAnEndedSessionIsAnOrdinarySignInLoggedAtInfo(CapturedOutput output) throws Exception {
    String page = "/productions/" + crew.production(Crew.WESTERN).id() + "?visit=" + UUID.randomUUID();
    mvc.perform(get(page).with(request -> {
      request.setRequestedSessionId("ended-" + UUID.randomUUID());
      request.setRequestedSessionIdValid(false);
      return request;
    })).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?expired"));

    assertThat(auditLines(output, "user=anonymous request=GET /productions/")).singleElement()
        .satisfies(line -> assertThat(line).contains("session expired or missing").contains("INFO")
            .doesNotContain("WARN"));
  }

  @Test
  void someoneSignedInAndRefusedIsStillAWarn(CapturedOutput output) throws Exception {
    mvc.perform(get("/admin/users").with(crew.signedIn("eli.actor"))).andExpect(status().isForbidden());

    assertThat(auditLines(output, "user=eli.actor request=GET /admin/users")).singleElement()
        .satisfies(line -> assertThat(line).contains("WARN"));
  }

  private static List<String> auditLines(CapturedOutput output, String text) {
    return output.getAll().lines().filter(line -> line.contains("access refused: " + text)).toList();
  }
}
