package org.rasid.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold document of the time evaluation, read from the gold JSONL format that
 * {@code shared/tools/score_gold.py} reads ({"doc", "file", "dct", "times": [{"text", "type",
 * "value"}], …}) plus the optional Rasid field {@code dct_in_text}: true when the publication date
 * is written in the text (dateline, dated first sentence), which is where the dct detector is scored.
 */
public record TimeGold(String doc, String file, LocalDate dct, boolean dctInText, List<Time> times) {

  /** A gold time expression. */
  public record Time(String text, String type, String value) {}

  public TimeGold {
    times = List.copyOf(times);
  }

  /** Reads every non-blank line of a gold JSONL file. */
  public static List<TimeGold> read(Path jsonl) {
    ObjectMapper json = new ObjectMapper();
    List<TimeGold> out = new ArrayList<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        if (!n.hasNonNull("doc") || !n.hasNonNull("file")) {
          throw new IllegalArgumentException(jsonl + ":" + lineNo + ": gold line needs \"doc\" and \"file\"");
        }
        List<Time> times = new ArrayList<>();
        for (JsonNode t : n.path("times")) {
          times.add(new Time(t.path("text").asText(), t.path("type").asText(), t.hasNonNull("value") ? t.get("value").asText() : null));
        }
        LocalDate dct = n.hasNonNull("dct") ? LocalDate.parse(n.get("dct").asText()) : null;
        out.add(new TimeGold(n.get("doc").asText(), n.get("file").asText(), dct, n.path("dct_in_text").asBoolean(false), times));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
