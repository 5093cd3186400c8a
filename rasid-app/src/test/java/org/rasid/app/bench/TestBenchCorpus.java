package org.rasid.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestBenchCorpus {

  @Test
  void optionWinsOverEnvironment() {
    assertEquals(Path.of("/data/snn"), BenchCorpus.locate(Path.of("/data/snn"), "/shared"));
  }

  @Test
  void environmentNamesTheSharedRoot() {
    assertEquals(Path.of("/shared/corpora/saudinewsnet"), BenchCorpus.locate(null, "/shared"));
  }

  @Test
  void defaultIsSharedNextToTheWorkingDirectory() {
    assertEquals(Path.of("../shared/corpora/saudinewsnet"), BenchCorpus.locate(null, null));
  }

  @Test
  void missingDirectoryIsNotFound() {
    assertTrue(BenchCorpus.open(Path.of("/nonexistent/saudinewsnet")).isEmpty());
  }

  @Test
  void directoryWithoutZipsIsNotFound(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("README.txt"), "no zips here");
    assertTrue(BenchCorpus.open(dir).isEmpty());
  }
}
