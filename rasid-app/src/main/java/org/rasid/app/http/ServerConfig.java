package org.rasid.app.http;

/**
 * How the HTTP server listens.
 *
 * <p>Rules: the host defaults to the loopback address, so a journalist's laptop does not expose its
 * index to the network unless asked; port 0 picks a free port (tests); request bodies larger than
 * {@code maxBodyBytes} are answered with 413 before they are parsed.
 *
 * @param host address to bind, e.g. {@code 127.0.0.1}
 * @param port TCP port, 0 for any free port
 * @param maxBodyBytes largest accepted request body in bytes
 */
public record ServerConfig(String host, int port, long maxBodyBytes) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 7000;
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1, got " + maxBodyBytes);
    }
  }

  /** Loopback, port 7000, 5 MB bodies. */
  public static ServerConfig defaults() {
    return new ServerConfig(LOOPBACK, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, maxBodyBytes);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, maxBodyBytes);
  }

  public ServerConfig withMaxBodyBytes(long limit) {
    return new ServerConfig(host, port, limit);
  }
}
