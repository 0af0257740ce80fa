package org.setsafe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP cable between SetSafe and its database, in this JVM, that a test can cut and mend: cut, every open
 * connection is reset at once and new ones are refused, as when the database server goes down or the network
 * between them fails; mended, new connections go through again. Listens on a free port of the loopback address.
 */
public final class DatabaseCable implements AutoCloseable {

  private final String host;
  private final int port;
  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;
  private volatile boolean closed;

  public DatabaseCable(String host, int port) throws IOException {
    this.host = host;
    this.port = port;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(this::accept, "database-cable");
    accepting.setDaemon(true);
    accepting.start();
  }

  /** The port SetSafe should connect to instead of the database's. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Resets every open connection and refuses new ones until {@link #mend()}. */
  public void cut() {
    cut = true;
    for (Socket socket : open) {
      reset(socket);
    }
  }

  public void mend() {
    cut = false;
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      if (cut) {
        reset(client);
        continue;
      }
      try {
        Socket server = new Socket(host, port);
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        reset(client);
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (cut) {
            break;
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // the other side went away, or the cable was cut
      } finally {
        reset(from);
        reset(to);
      }
    }, "database-cable-pump");
    thread.setDaemon(true);
    thread.start();
  }

  /** Closes with a reset (no orderly goodbye), as a dead server or a broken network looks to the client. */
  private void reset(Socket socket) {
    open.remove(socket);
    try {
      socket.setSoLinger(true, 0);
    } catch (SocketException e) {
      // already closed
    }
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    listener.close();
    cut();
  }
}
