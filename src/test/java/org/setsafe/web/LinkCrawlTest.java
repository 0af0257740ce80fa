package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The crawl itself: against a small site with broken links of every kind, it finds each and nothing else. */
class LinkCrawlTest {

  private HttpServer site;

  @BeforeEach
  void start() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext("/", this::answer);
    site.start();
  }

  @AfterEach
  void stop() {
    site.stop(0);
  }

  @Test
  void everyKindOfBrokenLinkIsFoundAndOnlyThose() {
    LinkCrawl crawl = LinkCrawl.as(site.getAddress().getPort(), "rosa", "secret", 100);

    assertThat(crawl.problems()).containsExactlyInAnyOrder(
        "404 /missing (shown as 'Gone' on /home)",
        "403 /not-yours (shown as 'Not yours' on /home)",
        "500 /boom (shown as 'Boom' on /home)",
        "401 /api/thing (shown as 'Proof (JSON)' on /home)",
        "404 /img/missing.png (shown as '(loaded by the page)' on /home)",
        "sent to sign in again: /session-lost (shown as 'Session lost' on /home)");
  }

  @Test
  void itFollowsOnlyThisSitesLinksNeverSignsOutAndReadsOnlyWholePages() {
    LinkCrawl crawl = LinkCrawl.as(site.getAddress().getPort(), "rosa", "secret", 100);
    List<String> followed = crawl.visits().stream().map(LinkCrawl.Visit::path).toList();

    assertThat(followed).contains("/", "/home", "/ok", "/tags.pdf", "/part?day=1&x=2", "/a%20b")
        .doesNotContain("/logout").noneMatch(p -> p.contains("elsewhere"));
    assertThat(crawl.visits()).filteredOn(v -> v.path().equals("/tags.pdf")).singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(200));
    // A page the crawl reached only through a part loaded into a page is still followed...
    assertThat(followed).contains("/from-part");
    // ...but the part is not a page of its own, nor is the download.
    assertThat(crawl.pages()).contains("/home", "/ok").doesNotContain("/part?day=1&x=2", "/tags.pdf");
  }

  @Test
  void aFewPagesOfEachShapeAreFollowedAndThePageLimitHolds() {
    LinkCrawl crawl = LinkCrawl.as(site.getAddress().getPort(), "rosa", "secret", 100);
    assertThat(crawl.visits()).filteredOn(v -> v.path().startsWith("/items/")).hasSize(3);
    assertThat(crawl.pages()).filteredOn(p -> p.startsWith("/items/")).hasSize(1);

    assertThat(LinkCrawl.as(site.getAddress().getPort(), "rosa", "secret", 4).visits()).hasSize(4);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    boolean signedIn = String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")).contains("session=rosa");
    switch (path) {
      case "/login" -> {
        if (exchange.getRequestMethod().equals("POST")) {
          String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          boolean right = form.contains("username=rosa") && form.contains("password=secret") && form.contains("_csrf=t0k3n");
          exchange.getResponseHeaders().add("Set-Cookie", "session=rosa; Path=/");
          redirect(exchange, right ? "/" : "/login?error");
        } else {
          page(exchange, 200, "<form method=post><input type=hidden name=\"_csrf\" value=\"t0k3n\"></form>");
        }
      }
      case "/" -> redirect(exchange, signedIn ? "/home" : "/login");
      case "/home" -> page(exchange, 200, """
          <img src="/img/missing.png" alt="">
          <a href="/ok">Fine</a> <a href="/missing">Gone</a> <a href="/not-yours">Not yours</a>
          <a href="/boom">Boom</a> <a href="/api/thing">Proof <span>(JSON)</span></a> <a href="/session-lost">Session lost</a>
          <a href="/tags.pdf">Tags</a> <a href="/logout">Sign out</a> <a href="https://elsewhere.example/x">Away</a>
          <a href="mailto:rosa@example.com">Mail</a> <a href="#top">Top</a> <a href="a b">Spaced</a>
          <div hx-get="/part?day=1&amp;x=2" hx-trigger="load"></div>
          <a href="/items/1">1</a><a href="/items/2">2</a><a href="/items/3">3</a><a href="/items/4">4</a>
          <a href="/items/5">5</a>""");
      case "/part" -> fragment(exchange, "<a href=\"/from-part\">More</a>");
      case "/tags.pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.7");
      case "/missing", "/img/missing.png" -> page(exchange, 404, "Not found");
      case "/not-yours" -> page(exchange, 403, "Not allowed");
      case "/boom" -> page(exchange, 500, "Error");
      case "/api/thing" -> send(exchange, 401, "application/problem+json", "{}");
      case "/session-lost" -> redirect(exchange, "/login?expired");
      case "/logout" -> throw new AssertionError("the crawl must never sign out");
      default -> page(exchange, 200, "<a href=\"/home\">Home</a>" + (query == null ? "" : query));
    }
  }

  private static void page(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "text/html;charset=UTF-8", "<!DOCTYPE html><html lang=en><body>" + body + "</body></html>");
  }

  private static void fragment(HttpExchange exchange, String body) throws IOException {
    send(exchange, 200, "text/html;charset=UTF-8", body);
  }

  private static void redirect(HttpExchange exchange, String to) throws IOException {
    exchange.getResponseHeaders().add("Location", to);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
