package org.rasid.store.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.store.story.Fixtures.AUG_10;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesCodecTest {

  private static List<ArticleFeatures> articles() {
    ArticleFeatures withEntities = new ArticleFeatures("moscow", AUG_10, null, null,
        Fixtures.features("m", "الجبير في موسكو", AUG_10, Fixtures.JUBEIR_MOSCOW).terms(),
        Map.of("Q1", "عادل الجبير", "Q2", "موسكو"),
        Fixtures.features("m", "", AUG_10, Fixtures.JUBEIR_MOSCOW).minHash(), 42L);
    return List.of(
        Fixtures.features("was", "وزير الخارجية يؤكد حرص المملكة على تطوير علاقاتها مع إيران", AUG_10, Fixtures.JUBEIR_BERLIN_WAS),
        Fixtures.features("site", "الجبير: المملكة حريصة على تطوير علاقاتها مع ايران", AUG_10, Fixtures.JUBEIR_BERLIN_SITE),
        Fixtures.features("heat", "وفاة 21 مصريا بسبب موجة الحر", null, Fixtures.EGYPT_HEAT),
        Fixtures.features("empty", "عاجل", AUG_10, ""), // an empty title is stored as none, as before
        withEntities);
  }

  private static byte[] written(List<ArticleFeatures> fs) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    FeaturesCodec.Writer w = new FeaturesCodec.Writer(out);
    for (ArticleFeatures f : fs) {
      w.write(f);
    }
    out.flush();
    return bytes.toByteArray();
  }

  @Test
  void whatIsWrittenIsReadBack() throws IOException {
    List<ArticleFeatures> fs = articles();
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(written(fs)));
    FeaturesCodec.Reader r = new FeaturesCodec.Reader(in, MinHash.Scheme.DEFAULT);
    for (ArticleFeatures f : fs) {
      assertEquals(f, r.read(), f.id());
    }
    assertEquals(-1, in.read(), "nothing left over");
  }

  @Test
  void aRepeatedTermIsWrittenOnce() throws IOException {
    ArticleFeatures was = articles().get(0);
    int once = written(List.of(was)).length;
    int twice = written(List.of(was, was)).length;
    // the second copy repeats no term text: about one byte per term number instead
    assertTrue(twice - once < once - 4 * was.terms().size(), once + " then " + twice);
  }

  @Test
  void aTermNumberFromTheFutureIsRejected() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF("x");
    out.writeLong(0);
    out.writeUTF("");
    out.writeUTF("");
    out.writeByte(1); // one term
    out.writeByte(5); // numbered 5 when none was seen
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    assertThrows(IOException.class, () -> new FeaturesCodec.Reader(in, MinHash.Scheme.DEFAULT).read());
  }
}
