package com.wekruit.valet.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The SDK's Moshi setup: records with snake_case names, {@link OpenEnum}, {@link Patch}, ISO instants, decimal money. */
public final class ValetJson {
  private static final Moshi MOSHI = new Moshi.Builder()
      .add(Instant.class, new InstantAdapter().nullSafe())
      .add(BigDecimal.class, new DecimalAdapter().nullSafe())
      .add(new OpenEnumAdapterFactory())
      .add(new RecordAdapterFactory())
      .build();

  private ValetJson() {}

  /** The shared, thread-safe Moshi instance. Adapters are cached. */
  public static Moshi moshi() {
    return MOSHI;
  }

  private static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      String s = reader.nextString();
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        throw new com.squareup.moshi.JsonDataException("not an ISO-8601 timestamp at " + reader.getPath() + ": " + s);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** Money and other decimals arrive as strings ({@code "1.1900"}) or numbers; never through a double. */
  private static final class DecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      String s = reader.nextString();
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        throw new com.squareup.moshi.JsonDataException("not a decimal at " + reader.getPath() + ": " + s);
      }
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value.toPlainString());
    }
  }
}
