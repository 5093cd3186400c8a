package org.rasid.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rasid.core.io.InputFormatException;
import org.rasid.core.io.StrictUtf8;

/**
 * Reads one text input (a file or standard input, named "-") for the CLI, enforcing a size limit
 * and strict UTF-8. Errors become {@link UserInputException}s with one-line messages.
 */
final class InputFiles {

  /** Default input limit: 5 MB. */
  static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private InputFiles() {}

  /** The document id for an input: file name without extension, or "stdin". */
  static String idOf(String input) {
    if ("-".equals(input)) {
      return "stdin";
    }
    String name = Path.of(input).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String read(String input, InputStream stdin, long maxBytes) {
    byte[] bytes = "-".equals(input) ? readStdin(stdin, maxBytes) : readFile(Path.of(input), maxBytes);
    try {
      return StrictUtf8.decode(bytes, input);
    } catch (InputFormatException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  private static byte[] readFile(Path p, long maxBytes) {
    try {
      if (Files.isDirectory(p)) {
        throw new UserInputException(p + ": is a directory (give files, or use `rasid ingest` for directories)");
      }
      long size = Files.size(p);
      if (size > maxBytes) {
        throw new UserInputException(p + ": " + size + " bytes exceeds the limit of " + maxBytes + " bytes (--max-bytes)");
      }
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new UserInputException(p + ": no such file");
    } catch (IOException e) {
      throw new UserInputException(p + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private static byte[] readStdin(InputStream in, long maxBytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new UserInputException("stdin: input exceeds the limit of " + maxBytes + " bytes (--max-bytes)");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UserInputException("stdin: cannot read (" + e.getMessage() + ")");
    }
  }
}
