package org.rasid.app.cli;

/**
 * Bad input from the user (unreadable file, invalid UTF-8, over the size limit): reported as one
 * line on stderr with exit code 2, never a stack trace.
 */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }
}
