package org.rasid.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestStrictUtf8 {

  @Test
  void decodesArabic() {
    String s = "قال فاليرو للصحفيين";
    assertEquals(s, StrictUtf8.decode(s.getBytes(StandardCharsets.UTF_8), "x"));
  }

  @Test
  void emptyInputIsEmptyText() {
    assertEquals("", StrictUtf8.decode(new byte[0], "x"));
  }

  @Test
  void dropsByteOrderMark() {
    byte[] body = "دمشق".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals("دمشق", StrictUtf8.decode(withBom, "x"));
  }

  @Test
  void keepsCrlf() {
    assertEquals("سطر\r\nآخر", StrictUtf8.decode("سطر\r\nآخر".getBytes(StandardCharsets.UTF_8), "x"));
  }

  @Test
  void invalidUtf8NamesFileAndByteOffset() {
    byte[] good = "حلب ".getBytes(StandardCharsets.UTF_8); // 7 bytes
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3; // truncated two-byte sequence
    bad[good.length + 1] = (byte) 0x28;
    InputFormatException e = assertThrows(InputFormatException.class, () -> StrictUtf8.decode(bad, "a.txt"));
    assertTrue(e.getMessage().startsWith("a.txt: invalid UTF-8 at byte offset 7"), e.getMessage());
  }

  @Test
  void nulByteIsBinary() {
    byte[] b = {'a', 'b', 0, 'c'};
    InputFormatException e = assertThrows(InputFormatException.class, () -> StrictUtf8.decode(b, "f.bin"));
    assertTrue(e.getMessage().contains("binary data") && e.getMessage().contains("offset 2"), e.getMessage());
  }

  @Test
  void manyControlBytesAreBinary() {
    byte[] b = new byte[100];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThrows(InputFormatException.class, () -> StrictUtf8.decode(b, "f"));
  }
}
