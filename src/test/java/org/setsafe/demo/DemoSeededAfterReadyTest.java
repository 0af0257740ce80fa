package org.setsafe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.escalation.SetSafeInstances;
import org.setsafe.identity.Accounts;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as a person starts it: SetSafe is ready (serving, its readiness probe UP) without waiting for the demo's
 * seeding, which runs just after; while it does, the sign-in page says the demo crew's sign-ins are not there yet,
 * and once it is done the crew and the western are there and the note is gone.
 */
@Tag("database")
class DemoSeededAfterReadyTest {

  private static final String NOTE = "still being set up";

  @Test
  void theDemoIsSeededAfterSetSafeIsReadyAndTheSignInPageSaysSoMeanwhile(@TempDir Path dataDir) throws Exception {
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_demo_after_ready", dataDir);
    try (ConfigurableApplicationContext app = instances.start("demo-after-ready",
        Map.of("setsafe.demo.background", "true"))) {
      assertThat(app.getBean(ApplicationAvailability.class).getReadinessState())
          .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
      assertThat(readiness(app)).isEqualTo(200);

      DemoSeeding seeding = app.getBean(DemoSeeding.class);
      Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> !seeding.underWay());
      assertThat(app.getBean(Accounts.class).findByUsername("rosa.armorer")).isPresent();
      assertThat(SetSafeInstances.western(app)).isNotNull();
      assertThat(signInPage(app)).doesNotContain(NOTE);

      // While a seeding is under way (held here, since the real one may be over before a request gets in).
      seeding.begin();
      try {
        assertThat(signInPage(app)).contains(NOTE);
        assertThat(readiness(app)).isEqualTo(200);
      } finally {
        seeding.end();
      }
      assertThat(signInPage(app)).doesNotContain(NOTE);
    }
  }

  private static String signInPage(ConfigurableApplicationContext app) throws Exception {
    return HttpClient.newHttpClient().send(request(app, "/login"), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static int readiness(ConfigurableApplicationContext app) throws Exception {
    return HttpClient.newHttpClient().send(request(app, "/actuator/health/readiness"),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static HttpRequest request(ConfigurableApplicationContext app, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
        + path)).timeout(Duration.ofSeconds(30)).build();
  }
}
