package org.rasid.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the rasid command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code rasid args…} with its output and errors captured. */
  public static CliRun run(String... args) {
    CommandLine cl = RasidCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
