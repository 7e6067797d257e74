package com.wekruit.valet.internal;

import static org.junit.jupiter.api.Assertions.*;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The record adapter lives in {@code json}; providers keep their envelopes package-private in their own packages, so
 * it must reach a record it has no access to. This record is package-private outside {@code json}.
 */
class ForeignRecordJsonTest {
  record Envelope(List<Item> items, String nextPage) {}

  record Item(long id, String name) {}

  @Test
  void aPackagePrivateRecordOfAnotherPackage_decodesAndEncodes() throws IOException {
    JsonAdapter<Envelope> a = ValetJson.moshi().newBuilder().build().adapter(Envelope.class);
    Envelope e = a.fromJson("{\"items\":[{\"id\":1,\"name\":\"a\"}],\"next_page\":\"2\"}");
    assertEquals(new Envelope(List.of(new Item(1, "a")), "2"), e);
    assertEquals("{\"items\":[{\"id\":1,\"name\":\"a\"}],\"next_page\":\"2\"}", a.toJson(e));
  }
}
