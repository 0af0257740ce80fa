package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The accessibility check itself: on pages made to break the rules it finds each problem, on a sound page none. */
@Tag("browser")
class AccessibilityCheckBrowserTest {

  private static final Map<String, String> PAGES = Map.of(
      "/grey", "<main><h1>Weapons out</h1><p style=\"color:#aaa;background:#fff\">Revolver #3 is hot</p></main>",
      "/unnamed", "<main><h1>Hand off</h1><button><svg width=\"20\" height=\"20\"></svg></button>"
          + "<input type=\"text\"><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main>",
      "/sound", "<main><h1>Hand off</h1><p>Revolver #3 is cold.</p><label for=\"n\">Note</label>"
          + "<input id=\"n\" type=\"text\"><button>Hand off</button></main>");

  private HttpServer site;

  @BeforeEach
  void start() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext("/", exchange -> {
      byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body>"
          + PAGES.getOrDefault(exchange.getRequestURI().getPath(), "") + "</body></html>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    site.start();
  }

  @AfterEach
  void stop() {
    site.stop(0);
  }

  @Test
  void lowContrastTextIsFound() throws Exception {
    try (Phone phone = new Phone(site.getAddress().getPort())) {
      phone.open("/grey");
      assertThat(phone.accessibilityViolations()).singleElement().asString()
          .startsWith("color-contrast (serious)").contains("Revolver #3 is hot").contains("#aaaaaa");
    }
  }

  @Test
  void aButtonWithoutANameAFieldWithoutALabelAndAPictureWithoutWordsAreFound() throws Exception {
    try (Phone phone = new Phone(site.getAddress().getPort())) {
      phone.open("/unnamed");
      assertThat(phone.accessibilityViolations()).anyMatch(v -> v.startsWith("button-name (critical)"))
          .anyMatch(v -> v.startsWith("label (critical)")).anyMatch(v -> v.startsWith("image-alt (critical)"));
    }
  }

  @Test
  void aSoundPageHasNone() throws Exception {
    try (Phone phone = new Phone(site.getAddress().getPort())) {
      phone.open("/sound");
      assertThat(phone.accessibilityViolations()).isEmpty();
    }
  }
}
