package com.wekruit.valet.json;

import static org.junit.jupiter.api.Assertions.*;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValetJsonTest {
  enum Color { RED, @com.squareup.moshi.Json(name = "dark-blue") DARK_BLUE, UNKNOWN }

  record Item(long itemId, String displayName, OpenEnum<Color> color, BigDecimal price, Instant createdAt,
      List<String> tags, Map<String, String> labels, int count) {}

  record Update(Patch<String> name, Patch<String> description, Patch<Integer> size) {}

  /** A fresh cache each time, so the adapters are built by this test and not taken from an earlier one. */
  private final Moshi moshi = ValetJson.moshi().newBuilder().build();
  private final JsonAdapter<Item> items = moshi.adapter(Item.class);
  private final JsonAdapter<Update> updates = moshi.adapter(Update.class);

  @Test
  void records_useSnakeCase_skipUnknownFields_andDefaultAbsentCollections() throws IOException {
    Item i = items.fromJson("""
        {"item_id":9007199254740991,"display_name":"a","color":"dark-blue","price":"1.1900",
         "created_at":"2026-11-26T03:00:00+01:00","mystery":{"deep":[1,2]},"count":3}""");
    assertEquals(9007199254740991L, i.itemId());
    assertEquals(Color.DARK_BLUE, i.color().value());
    assertEquals(new BigDecimal("1.1900"), i.price());
    assertEquals(Instant.parse("2026-11-26T02:00:00Z"), i.createdAt());
    assertEquals(List.of(), i.tags());
    assertEquals(Map.of(), i.labels());
    String out = items.toJson(i);
    assertTrue(out.contains("\"display_name\":\"a\"") && out.contains("\"price\":\"1.1900\""), out);
    assertTrue(out.contains("\"color\":\"dark-blue\""), out);
  }

  @Test
  void unknownEnum_keepsRawString() throws IOException {
    Item i = items.fromJson("{\"item_id\":1,\"color\":\"ultraviolet\",\"count\":0}");
    assertTrue(i.color().isUnknown());
    assertEquals("ultraviolet", i.color().raw());
    assertTrue(items.toJson(i).contains("\"color\":\"ultraviolet\""));
  }

  @Test
  void wrongTypes_andNullPrimitives_areDataErrors() {
    assertThrows(JsonDataException.class, () -> items.fromJson("{\"item_id\":\"x\"}"));
    assertThrows(JsonDataException.class, () -> items.fromJson("{\"item_id\":null}"));
    assertThrows(JsonDataException.class, () -> items.fromJson("{\"item_id\":1,\"price\":\"abc\"}"));
  }

  @Test
  void patch_distinguishesLeaveSetAndClear() throws IOException {
    String json = updates.toJson(new Update(Patch.set("n"), Patch.clear(), Patch.unset()));
    assertEquals("{\"name\":\"n\",\"description\":null}", json);
    Update back = updates.fromJson("{\"name\":\"n\",\"description\":null}");
    assertEquals(Patch.set("n"), back.name());
    assertEquals(Patch.clear(), back.description());
    assertEquals(Patch.unset(), back.size());
    assertThrows(NullPointerException.class, () -> Patch.set(null));
  }

  @Test
  void instantsAndDecimals_failAsDataErrors_namingThePath() throws IOException {
    JsonAdapter<Item> fresh = moshi.adapter(Item.class);
    assertEquals("not an ISO-8601 timestamp at $.created_at: yesterday", assertThrows(JsonDataException.class,
        () -> fresh.fromJson("{\"item_id\":1,\"created_at\":\"yesterday\"}")).getMessage());
    assertEquals("not a decimal at $.price: 1,5", assertThrows(JsonDataException.class,
        () -> fresh.fromJson("{\"item_id\":1,\"price\":\"1,5\"}")).getMessage());
    Item i = fresh.fromJson("{\"item_id\":1,\"price\":1E+3,\"created_at\":\"2026-11-26T03:00:00Z\"}");
    assertEquals(new BigDecimal("1E+3"), i.price());
    String out = fresh.toJson(i);
    assertTrue(out.contains("\"price\":\"1000\"") && out.contains("\"created_at\":\"2026-11-26T03:00:00Z\""), out);
  }
}
