package com.wekruit.valet.json;

import static org.junit.jupiter.api.Assertions.*;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each test asks a fresh Moshi (same factories, empty adapter cache), so every adapter is built by the test. */
class RecordAdapterFactoryTest {
  private final Moshi moshi = ValetJson.moshi().newBuilder().build();

  record Primitives(boolean flag, int count, long id, double ratio, float share, short small, byte tiny,
      List<String> tags, Map<String, Integer> labels, Patch<String> note, String name) {}

  record Named(@Json(name = "ID") long id, String rootPassword) {}

  record Pair<A, B>(A first, B second) {}

  record Envelope<T>(T result, List<T> more, Map<String, ? extends T> byName, List<? extends List<T>> nested) {}

  record Strict(@Required String name, String comment) {}

  record Positive(int value) {
    Positive {
      if (value < 0) throw new IllegalArgumentException("value must not be negative");
    }
  }

  record Update(Patch<String> name, String comment) {}

  record Labelled(Patch<String> name, Map<String, String> labels) {}

  @JsonQualifier
  @Retention(RetentionPolicy.RUNTIME)
  @interface Special {}

  private <T> T decode(Type type, String json) throws IOException {
    return moshi.<T>adapter(type).fromJson(json);
  }

  @Test
  void absentFields_takeTheirTypesDefault() throws IOException {
    Primitives p = decode(Primitives.class, "{}");
    assertEquals(new Primitives(false, 0, 0L, 0d, 0f, (short) 0, (byte) 0, List.of(), Map.of(), Patch.unset(), null), p);
  }

  @Test
  void presentFields_areDecoded_andCollectionsAreReadOnly() throws IOException {
    Primitives p = decode(Primitives.class, """
        {"flag":true,"count":2,"id":3,"ratio":0.5,"share":1.5,"small":7,"tiny":8,"tags":["a"],"labels":{"k":1},
         "note":"n","name":"x"}""");
    assertEquals(new Primitives(true, 2, 3L, 0.5, 1.5f, (short) 7, (byte) 8, List.of("a"), Map.of("k", 1),
        Patch.set("n"), "x"), p);
    assertThrows(UnsupportedOperationException.class, () -> p.tags().add("b"));
    assertThrows(UnsupportedOperationException.class, () -> p.labels().put("j", 2));
  }

  @Test
  void nullForAnyPrimitive_isADataError_namingTheField() {
    for (String field : List.of("flag", "count", "id", "ratio", "share", "small", "tiny")) {
      JsonDataException e = assertThrows(JsonDataException.class,
          () -> decode(Primitives.class, "{\"" + field + "\":null}"), field);
      assertTrue(e.getMessage().endsWith("at path $." + field), e.getMessage());
    }
  }

  @Test
  void nullForObjectsAndCollections_isLikeAbsent() throws IOException {
    Primitives p = decode(Primitives.class, "{\"tags\":null,\"labels\":null,\"name\":null}");
    assertEquals(List.of(), p.tags());
    assertEquals(Map.of(), p.labels());
    assertNull(p.name());
  }

  @Test
  void names_areSnakeCase_unlessJsonNameSaysOtherwise() throws IOException {
    JsonAdapter<Named> a = moshi.adapter(Named.class);
    assertEquals(new Named(5, "pw"), a.fromJson("{\"ID\":5,\"root_password\":\"pw\",\"id\":9,\"rootPassword\":\"no\"}"));
    assertEquals("{\"ID\":5,\"root_password\":\"pw\"}", a.toJson(new Named(5, "pw")));
  }

  @Test
  void typeVariables_areResolvedFromTheRequestedType() throws IOException {
    Pair<String, Long> pair = decode(Types.newParameterizedTypeWithOwner(RecordAdapterFactoryTest.class, Pair.class, String.class, Long.class),
        "{\"first\":\"a\",\"second\":2}");
    assertEquals(new Pair<>("a", 2L), pair);
    Pair<Object, Object> raw = decode(Pair.class, "{\"first\":\"a\",\"second\":2}");
    assertEquals(new Pair<Object, Object>("a", 2.0), raw, "unresolved variables decode as Object");

    Envelope<Named> e = decode(Types.newParameterizedTypeWithOwner(RecordAdapterFactoryTest.class, Envelope.class, Named.class), """
        {"result":{"ID":1},"more":[{"ID":2}],"by_name":{"x":{"ID":3}},"nested":[[{"ID":4}]]}""");
    assertEquals(new Named(1, null), e.result());
    assertEquals(List.of(new Named(2, null)), e.more());
    assertEquals(Map.of("x", new Named(3, null)), e.byName());
    assertEquals(List.of(List.of(new Named(4, null))), e.nested());
  }

  @Test
  void requiredFields_mustBePresentAndNotNull() throws IOException {
    assertEquals(new Strict("n", null), decode(Strict.class, "{\"name\":\"n\"}"));
    assertEquals("Strict.name is required but missing or null at $",
        assertThrows(JsonDataException.class, () -> decode(Strict.class, "{\"comment\":\"c\"}")).getMessage());
    assertThrows(JsonDataException.class, () -> decode(Strict.class, "{\"name\":null}"));
  }

  @Test
  void aRecordRejectingItsFields_isADataError() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> decode(Positive.class, "{\"value\":-1}"));
    assertEquals("Positive rejected its fields at $: value must not be negative", e.getMessage());
  }

  @Test
  void encoding_skipsNullsAndUnsetPatches_butSendsAClearedPatchAsNull() {
    JsonAdapter<Update> a = moshi.adapter(Update.class);
    assertEquals("{\"name\":null}", a.toJson(new Update(Patch.clear(), null)));
    assertEquals("{\"comment\":\"c\"}", a.toJson(new Update(Patch.unset(), "c")));
    assertEquals("{\"comment\":\"c\"}", a.toJson(new Update(null, "c")));
    assertEquals("{\"name\":\"n\",\"comment\":\"c\"}", a.toJson(new Update(Patch.set("n"), "c")));
    assertEquals("null", a.toJson(null));
  }

  @Test
  void sendingAClearedPatch_doesNotMakeLaterFieldsWriteNulls() {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    labels.put("gone", null);
    labels.put("kept", "v");
    assertEquals("{\"name\":null,\"labels\":{\"kept\":\"v\"}}",
        moshi.adapter(Labelled.class).toJson(new Labelled(Patch.clear(), labels)));
  }

  @Test
  void qualifiedTypesAndNonRecords_areLeftToOtherAdapters() throws IOException {
    assertThrows(IllegalArgumentException.class, () -> moshi.adapter(Named.class, Special.class));
    assertEquals(List.of("a"), moshi.adapter(List.class).fromJson("[\"a\"]"));
    assertEquals("JsonAdapter(Named).nullSafe()", moshi.adapter(Named.class).toString());
  }
}
