package org.rasid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rasid.core.model.Analysis;
import org.rasid.store.json.AnalysisJson;

/**
 * The analysis as stored in the index: schema JSON without the text and the tokens. The text is
 * already stored once as the body (the analysis' original text, unchanged), so it is put back
 * when reading; storing it twice would double the bytes every hit and highlight decompresses.
 */
final class StoredAnalysis {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StoredAnalysis() {}

  static String encode(AnalysisJson json, Analysis a) {
    return json.toJson(a, false, false);
  }

  static Analysis decode(AnalysisJson json, String stored, String body) {
    try {
      ObjectNode node = (ObjectNode) MAPPER.readTree(stored);
      node.put("text", body == null ? "" : body);
      return json.fromJson(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("stored analysis is not a JSON object: " + e.getMessage(), e);
    }
  }
}
