package org.rasid.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rasid} command line. Subcommands are registered here, in one place.
 *
 * <p>Exit codes: 0 success, 1 failure during the work, 2 bad input or bad usage.
 */
@Command(
    name = "rasid",
    mixinStandardHelpOptions = true,
    versionProvider = RasidCommand.Version.class,
    description = "Rasid (راصد): Arabic news intelligence — text layer, dates, search, stories, web page.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AnalyzeCommand.class,
      DemoCommand.class,
      LexiconCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      StoriesCommand.class,
      ServeCommand.class,
      BenchCommand.class,
    })
public final class RasidCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Builds the command line with Rasid's error handling. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new RasidCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    // Arabic output must be UTF-8 whatever the platform's default charset is.
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RasidCommand.class.getPackage().getImplementationVersion();
      return new String[] {"rasid " + (v == null ? "dev" : v)};
    }
  }
}
