package org.setsafe.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An investigator's script downloads the evidence bundle with an API token over a real connection: the body must
 * arrive whole and the response end cleanly, or curl reports a cut transfer and the copy cannot be trusted.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class EvidenceBundleOverHttpTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired TestClock clock;
  @TempDir Path dir;

  @Test
  void theBundleDownloadedWithATokenArrivesWholeAndTheResponseEndsCleanly(CapturedOutput output) throws Exception {
    Production western = crew.production(Crew.WESTERN);
    ledger.record(Noted.on(western.id(), crew.id("rosa.armorer"), clock.instant(), "round count before export"));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/productions/" + western.id() + "/ledger/bundle"))
        .header("Authorization", crew.bearer("sam.safety")).timeout(Duration.ofSeconds(60)).GET().build();

    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (InputStream in = response.body()) {
      // A connection cut before the last chunk makes this read throw instead of reaching the end.
      in.transferTo(body);
    }

    assertThat(response.statusCode()).isEqualTo(200);
    Path file = dir.resolve("bundle.jsonl");
    Files.write(file, body.toByteArray());
    BundleVerdict verdict = EvidenceBundles.verify(file, java.util.List.of());
    assertThat(verdict.problems()).isEmpty();
    assertThat(body.toString(StandardCharsets.UTF_8)).endsWith("\n");
    assertThat(output).doesNotContain("AuthorizationDeniedException").doesNotContain("Access Denied");
  }
}
