package org.rasid.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How {@code rasid eval time} and {@code rasid eval gold} report: a picocli mixin. */
public final class TimeReportOptions {

  @Option(names = "--json", description = "Print the time and dct scores as one JSON object")
  boolean json;

  @Option(names = "--errors", description = "Also list missed/wrongly valued gold times and spurious system times")
  boolean errors;

  @Option(names = "--write-sys", description = "Write <doc>.json system outputs (times) here for score_gold.py")
  Path writeSys;
}
