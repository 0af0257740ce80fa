package org.setsafe.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A line between a phone and SetSafe that passes every request through, except the one a test asks it to hold:
 * so that a test can put two answers in the order a slow network might, and know it did, without waiting for time.
 */
final class HeldLine implements AutoCloseable {

  /** Headers the line sets itself, on either side. */
  private static final Set<String> OWN_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade",
      "transfer-encoding", "keep-alive");

  private final String setSafe;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Hold> holds = new CopyOnWriteArrayList<>();

  HeldLine(int setSafePort) throws IOException {
    this.setSafe = "http://127.0.0.1:" + setSafePort;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::pass);
    server.setExecutor(threads);
    server.start();
  }

  /** The port a phone opens SetSafe on, through this line. */
  int port() {
    return server.getAddress().getPort();
  }

  /**
   * One request, held. {@code askedFirst}: SetSafe is asked at once and its answer held back from the phone (the
   * server did the work, the phone has not heard); otherwise the request itself waits, and SetSafe answers it as
   * things stand when it is let go.
   */
  final class Hold {
    private final String method;
    private final String path;
    private final boolean askedFirst;
    private final CompletableFuture<Void> arrived = new CompletableFuture<>();
    private final CountDownLatch letGo = new CountDownLatch(1);

    private Hold(String method, String path, boolean askedFirst) {
      this.method = method;
      this.path = path;
      this.askedFirst = askedFirst;
    }

    /** Waits until the phone has sent the held request (and, if asked first, SetSafe has answered it). */
    Hold arrived() throws Exception {
      try {
        arrived.get(20, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("the phone never sent " + method + " " + path, e);
      }
      return this;
    }

    void letGo() {
      letGo.countDown();
    }
  }

  /** Holds the next request with this method and path (whatever its query). */
  Hold holdNext(String method, String path, boolean askedFirst) {
    Hold hold = new Hold(method, path, askedFirst);
    holds.add(hold);
    return hold;
  }

  private Hold claim(String method, String path) {
    synchronized (holds) {
      for (Hold hold : holds) {
        if (hold.method.equals(method) && (path.equals(hold.path) || path.startsWith(hold.path + "?"))) {
          holds.remove(hold);
          return hold;
        }
      }
      return null;
    }
  }

  private void pass(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      byte[] body = exchange.getRequestBody().readAllBytes();
      Hold hold = claim(method, path);
      if (hold != null && !hold.askedFirst) {
        hold.arrived.complete(null);
        awaitLetGo(hold);
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(setSafe + path)).timeout(Duration.ofSeconds(60))
          .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!OWN_HEADERS.contains(name.toLowerCase())) {
          values.forEach(value -> request.header(name, value));
        }
      });
      HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (hold != null && hold.askedFirst) {
        hold.arrived.complete(null);
        awaitLetGo(hold);
      }
      answer.headers().map().forEach((name, values) -> {
        if (name.equalsIgnoreCase("location")) {
          // SetSafe names its own address in a redirect; the phone must stay on the line.
          exchange.getResponseHeaders().put(name, values.stream().map(to -> to.startsWith(setSafe)
              ? to.substring(setSafe.length()) : to).toList());
        } else if (!OWN_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
      exchange.getResponseBody().write(answer.body());
    } catch (IOException e) {
      // The phone stopped listening (it went to another page): nothing to hand over.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitLetGo(Hold hold) throws InterruptedException {
    if (!hold.letGo.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("a held request was never let go: " + hold.method + " " + hold.path);
    }
  }

  @Override
  public void close() {
    holds.forEach(Hold::letGo);
    server.stop(0);
    threads.shutdownNow();
  }
}
