package org.rasid.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasid.app.http.RasidServer;
import org.rasid.app.http.ServerConfig;
import org.rasid.extract.Analyzer;
import org.rasid.store.RasidStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid serve}: opens the embedded index and serves the REST API and the Arabic web page
 * until interrupted (Ctrl-C stops the server and closes the index cleanly).
 *
 * <p>Binds 127.0.0.1 unless {@code --host} says otherwise, so the index is not exposed to the
 * network by accident.
 */
@Command(
    name = "serve",
    description = "Serve the REST API and the Arabic web page over the index in --data.",
    mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Options options = new Options();

  @Override
  public Integer call() {
    ServerConfig config = options.config();
    Analyzer analyzer = Analyzer.create();
    try (RasidStore store = options.openStore(analyzer)) {
      serveUntilStopped(store, analyzer, config, spec.commandLine().getOut());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  /**
   * Starts the server, prints its URL and blocks until the JVM is asked to stop; the store stays
   * owned by the caller.
   */
  static void serveUntilStopped(RasidStore store, Analyzer analyzer, ServerConfig config, PrintWriter out) {
    RasidServer server = new RasidServer(store, analyzer, config);
    try {
      server.start();
    } catch (RuntimeException e) {
      // Port taken, host not local: the user's input, not a crash.
      throw new UserInputException("cannot listen on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.stop();
              stopped.countDown();
            },
            "rasid-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Rasid يعمل على " + server.uri() + "  (" + articles(store.articleCount()) + " في الفهرس؛ Ctrl-C للإيقاف)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop();
    }
  }

  /** "N مقالة" with Arabic number agreement: مقالة واحدة، مقالتان، 3–10 مقالات، 11+ مقالة. */
  static String articles(int n) {
    if (n == 1) {
      return "مقالة واحدة";
    }
    if (n == 2) {
      return "مقالتان";
    }
    int m = n % 100;
    return n + (m >= 3 && m <= 10 ? " مقالات" : " مقالة");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Options shared by {@code serve} and {@code demo}. */
  public static final class Options {

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = ServerConfig.LOOPBACK;

    @Option(names = "--data", paramLabel = "DIR", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("rasid-data");

    @Option(names = "--max-body-mb", paramLabel = "MB", description = "Largest accepted request body in MB (default: ${DEFAULT-VALUE}).")
    int maxBodyMb = (int) (ServerConfig.DEFAULT_MAX_BODY_BYTES / (1024 * 1024));

    ServerConfig config() {
      if (port < 0 || port > 65535) {
        throw new UserInputException("--port must be in 0..65535, got " + port);
      }
      if (maxBodyMb < 1) {
        throw new UserInputException("--max-body-mb must be >= 1, got " + maxBodyMb);
      }
      if (host == null || host.isBlank()) {
        throw new UserInputException("--host must not be empty");
      }
      return new ServerConfig(host, port, maxBodyMb * 1024L * 1024L);
    }

    RasidStore openStore(Analyzer analyzer) throws IOException {
      try {
        return RasidStore.open(data, analyzer);
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        throw new UserInputException("the index in " + data.toAbsolutePath()
            + " is in use by another Rasid process; stop it or choose another --data");
      }
    }
  }
}
