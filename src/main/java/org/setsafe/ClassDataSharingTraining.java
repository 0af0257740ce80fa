package org.setsafe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training start {@code bin/setsafe} makes its class-data-sharing archive with: once SetSafe is ready it asks
 * for the sign-in page and the readiness probe, as the first visitor and the load balancer would, and exits. The
 * archive then holds the classes of the whole start (the web server started, the demo seeded when it is on, a page
 * rendered), not only those of setting the application up. Only with {@code setsafe.cds-training=true}, on a
 * throwaway database.
 */
@Component
@ConditionalOnProperty(name = "setsafe.cds-training", havingValue = "true")
class ClassDataSharingTraining implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(ClassDataSharingTraining.class);

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
    if (port != null) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      for (String path : new String[] {"/login", "/actuator/health/readiness"}) {
        try {
          client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
          // Training only: an archive without these few classes is still an archive.
          log.warn("training request to {} failed: {}", path, e.toString());
        }
      }
    }
    // The archive is written as the JVM exits; a stop in another thread lets this event's publisher return first.
    Thread exit = new Thread(() -> System.exit(SpringApplication.exit(event.getApplicationContext())),
        "cds-training-exit");
    exit.start();
  }
}
