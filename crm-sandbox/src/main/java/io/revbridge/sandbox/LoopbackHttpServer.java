package io.revbridge.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Creates the sandboxes' JDK HTTP servers on 127.0.0.1. The JDK server leaves Nagle's algorithm on unless told
 * otherwise, and with the client's delayed ACK that adds ~40 ms to every call, which the real CRMs do not; the
 * property is read once, when the first server of the JVM starts, so it is set here before any is created.
 */
final class LoopbackHttpServer {
  static final String NODELAY = "sun.net.httpserver.nodelay";

  private LoopbackHttpServer() {}

  static HttpServer create(int port, int backlog) throws IOException {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    return HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), backlog);
  }
}
