package org.rasid.core.glued;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CutModelTest {

  @Test
  void bundledWeightsLoadAndRoundTrip() throws IOException {
    CutModel m = CutModel.bundled();
    StringWriter w = new StringWriter();
    m.writeTo(w);
    CutModel back = CutModel.load(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(m, back);
    // a large character-model gain means a lost space, all else equal
    double[] f = new double[CutModel.FEATURES.size()];
    f[0] = 1;
    double low = m.logit(f);
    f[CutModel.FEATURES.indexOf("charGain")] = 10;
    f[CutModel.FEATURES.indexOf("charGainPos")] = 10;
    assertTrue(m.logit(f) > low);
  }

  @Test
  void missingWeightIsAnError() {
    assertThrows(IOException.class,
        () -> CutModel.load(new ByteArrayInputStream("bias\t1\n".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void trainerSeparatesGluedPairsFromWords() {
    // with a word lexicon and character model over the same tiny text, glued pairs get cut candidates
    String text = "قال الوزير إن الولايات المتحدة تدعم الأمم المتحدة في الحرب على الإرهاب";
    org.rasid.core.lexicon.CharNgramBuilder cb = new org.rasid.core.lexicon.CharNgramBuilder(5, 1);
    cb.add(text);
    org.rasid.core.lexicon.WordLexicon lex = new org.rasid.core.lexicon.LexiconBuilder(1, 1, 100,
        org.rasid.core.lexicon.LexiconBuilder.Progress.NONE).build(List.of((CharSequence) text).iterator(), List.of());
    GluedWordSplitter s = new GluedWordSplitter(lex, cb.build(List.of()), null, GluedWordSplitter.Params.DEFAULT);
    CutModelTrainer t = new CutModelTrainer(s, 0.5, 3);
    for (int i = 0; i < 20; i++) {
      t.add(text);
    }
    assertTrue(t.positives() > 0 && t.examples() > t.positives());
    CutModel m = t.fit(1.0, 20, List.of("# test"));
    assertEquals(CutModel.FEATURES.size(), m.weights().length);
  }
}
