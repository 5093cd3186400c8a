package org.rasid.app.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;

/**
 * The JSON conventions of the API, shared by every response: snake_case field names (as in {@code
 * analysis.schema.json}), dates as {@code YYYY-MM-DD} strings, nulls written out so that clients
 * see every field. Analyses themselves are written by {@code AnalysisJson}, not by this mapper.
 */
final class ApiJson {

  private ApiJson() {}

  static ObjectMapper mapper() {
    SimpleModule dates = new SimpleModule("rasid-dates");
    dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(dates)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
