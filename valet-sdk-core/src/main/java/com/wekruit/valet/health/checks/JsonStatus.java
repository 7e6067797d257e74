package com.wekruit.valet.health.checks;

import com.squareup.moshi.JsonReader;
import java.io.IOException;

/** Reads the top-level {@code status} string of a JSON object, skipping everything else. */
final class JsonStatus {
  private static final JsonReader.Options STATUS = JsonReader.Options.of("status");

  private JsonStatus() {}

  static String read(JsonReader reader) throws IOException {
    try {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) return null;
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.selectName(STATUS) == 0 && reader.peek() == JsonReader.Token.STRING) return reader.nextString();
        if (reader.peek() == JsonReader.Token.NAME) reader.skipName();
        reader.skipValue();
      }
      return null;
    } catch (com.squareup.moshi.JsonEncodingException e) {
      return null;
    }
  }
}
