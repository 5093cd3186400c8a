package org.rasid.store.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids. Rules: a file's id is its name without extension; an item with a URL gets {@code u}
 * plus 16 hex digits of the URL's SHA-1 (stable across runs, safe in URLs and file names).
 */
public final class Ids {

  private Ids() {}

  public static String ofFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public static String ofUrl(String url) {
    return "u" + sha1Hex(url).substring(0, 16);
  }

  static String sha1Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 missing from the JDK", e);
    }
  }
}
