package org.rasid.app.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Maps exceptions to one-line messages and exit codes (2 bad input, 1 anything else). */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    if (ex instanceof UserInputException) {
      cmd.getErr().println("rasid: " + ex.getMessage());
      return 2;
    }
    if (ex instanceof UncheckedIOException u) {
      cmd.getErr().println("rasid: " + u.getCause().getMessage());
      return 1;
    }
    cmd.getErr().println("rasid: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
    if (System.getenv("RASID_DEBUG") != null) {
      ex.printStackTrace(cmd.getErr());
    }
    return 1;
  }
}
