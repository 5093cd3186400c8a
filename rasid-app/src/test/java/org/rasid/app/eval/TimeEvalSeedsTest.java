package org.rasid.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the time evaluation on the bundled seed gold (eval/gold/seeds-times.jsonl over samples/) and
 * holds the tagger to the figures measured when it was written (docs/MEASURED-time.md): 59 of 59
 * gold times found, 58 with the right value, 59 of 60 system times hits, dct 2/2.
 */
class TimeEvalSeedsTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void seedScoresDoNotDropBelowMeasuredFloor() {
    Path gold = ROOT.resolve("eval/gold/seeds-times.jsonl");
    assertTrue(Files.isRegularFile(gold), "bundled gold missing: " + gold.toAbsolutePath());
    List<TimeGold> docs = TimeGold.read(gold);
    assertEquals(5, docs.size());
    TimeEval.Result r = TimeEval.create().run(docs, ROOT.resolve("samples"));
    TimeEval.Counts t = r.total();
    assertEquals(59, t.gold());
    assertTrue(t.found() >= 59, () -> "found " + t.found());
    assertTrue(t.valueOk() >= 58, () -> "right values " + t.valueOk());
    assertTrue(t.precision() >= 59.0 / 60 - 1e-9, () -> "precision " + t.precision());
    assertTrue(t.f1() >= 2 * (59.0 / 60) / (59.0 / 60 + 1) - 1e-9, () -> "F " + t.f1());
    assertTrue(t.valueAccuracy() >= 58.0 / 59 - 1e-9, () -> "value accuracy " + t.valueAccuracy());
    assertEquals(2, r.dctDocs());
    assertEquals(2, r.dctCorrect());
    assertEquals(0, r.dctGuessesElsewhere());
  }
}
