package org.rasid.core.io;

/** Input that is not what it claims to be (invalid UTF-8, binary data, over a size limit). */
public final class InputFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputFormatException(String message) {
    super(message);
  }
}
