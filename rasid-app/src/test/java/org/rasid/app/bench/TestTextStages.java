package org.rasid.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.app.samples.SampleArticles;
import org.rasid.core.TextLayer;
import org.rasid.core.lexicon.WordLexicon;
import org.rasid.core.model.Document;

/** The stage breakdown must measure the same work as the text layer: same output, every stage timed. */
class TestTextStages {

  private static final WordLexicon LEXICON = WordLexicon.bundled();

  @Test
  void stagesGiveExactlyTheTextLayerOutputOnTheBundledSamples() {
    TextLayer layer = TextLayer.create(LEXICON);
    TextStages stages = new TextStages(org.rasid.core.glued.GluedWordSplitter.bundled(LEXICON));
    for (Document d : SampleArticles.load()) {
      long[] wall = new long[TextStages.Stage.values().length];
      long[] cpu = new long[wall.length];
      assertEquals(layer.process(d.text()), stages.process(d.text(), wall, cpu), d.id());
      for (long w : wall) {
        assertTrue(w >= 0, d.id());
      }
    }
  }

  @Test
  void repeatedAndGluedWordsMatchTheTextLayer() {
    String text = "زار سفيرا فرنساوالولاياتالمتحدة دمشق. وقال سفيرا فرنساوالولاياتالمتحدة إن دمشق ردت.";
    long[] wall = new long[TextStages.Stage.values().length];
    assertEquals(TextLayer.create(LEXICON).process(text), new TextStages(org.rasid.core.glued.GluedWordSplitter.bundled(LEXICON)).process(text, wall, wall.clone()));
  }

  @Test
  void emptyText() {
    long[] wall = new long[TextStages.Stage.values().length];
    assertTrue(new TextStages(org.rasid.core.glued.GluedWordSplitter.bundled(LEXICON)).process("", wall, wall.clone()).tokens().isEmpty());
  }
}
