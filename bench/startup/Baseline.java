import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;

/**
 * The baseline for SetSafe's start-up benchmark: the JDK's own HTTP server answering one health
 * route. Whatever SetSafe costs beyond this is the price of the application, not of the JVM.
 */
public class Baseline {
  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
    server.createContext("/actuator/health/readiness", exchange -> {
      byte[] body = "{\"status\":\"UP\"}".getBytes();
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }
}
