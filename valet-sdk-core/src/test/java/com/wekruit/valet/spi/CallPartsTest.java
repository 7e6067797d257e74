package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.squareup.moshi.JsonDataException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The pieces a call is made of: paths, bodies, codecs and the call value itself. */
class CallPartsTest {

  @Test
  void paths_encodeEachSegment_soAnIdCannotChangeTheShape() {
    assertEquals("/servers/42/actions", Paths.of("servers", 42, "actions"));
    assertEquals("/a%20b%2Fc/..%2F/x.y", Paths.of("a b/c", "../", "x.y"));
    assertEquals("", Paths.of());
    assertEquals("...", Paths.segment("..."));
    for (String bad : List.of("", ".", "..")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Paths.of("servers", bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void requestContent_json_text_andBytes() throws Exception {
    RequestContent json = RequestContent.json(new TestApi.Thing(3, "three", null, null), TestApi.Thing.class);
    assertEquals("{\"id\":3,\"display_name\":\"three\"}", bodyText(json));
    assertEquals(json.length(), bodyText(json).length());
    assertEquals("application/json; charset=utf-8", json.body().contentType().toString());
    assertNull(json.encoding());
    assertEquals("RequestContent[application/json; charset=utf-8, " + json.length() + " bytes]", json.toString());

    RequestContent text = RequestContent.text("é!", "text/plain");
    assertEquals(3, text.length(), "UTF-8 bytes, not chars");
    assertEquals("é!", bodyText(text));
    assertEquals("text/plain", text.body().contentType().toString());

    byte[] raw = {1, 2, 3};
    RequestContent bytes = RequestContent.bytes(raw, "application/octet-stream", "gzip");
    raw[0] = 9;
    assertEquals("gzip", bytes.encoding());
    Buffer b = new Buffer();
    bytes.body().writeTo(b);
    assertArrayEquals(new byte[] {1, 2, 3}, b.readByteArray(), "the caller's array is copied");
  }

  private static String bodyText(RequestContent c) throws Exception {
    Buffer b = new Buffer();
    c.body().writeTo(b);
    return b.readString(StandardCharsets.UTF_8);
  }

  @Test
  void codecs_textBytesAndNone() throws Exception {
    assertEquals("", ResponseCodec.text().decode(new Buffer(), true));
    assertEquals("hi", ResponseCodec.text().decode(new Buffer().writeUtf8("hi"), false));
    assertArrayEquals(new byte[0], ResponseCodec.bytes().decode(new Buffer(), true));
    assertArrayEquals(new byte[] {7, 8}, ResponseCodec.bytes().decode(new Buffer().write(new byte[] {7, 8}), false));
    ResponseCodec<String> none = ResponseCodec.none();
    assertTrue(none.ignoresBody());
    assertNull(none.decode(new Buffer().writeUtf8("{}"), false));
    assertFalse(ResponseCodec.text().ignoresBody());
  }

  @Test
  void jsonCodec_refusesEmptyNullAndTrailingData() throws Exception {
    ResponseCodec<TestApi.Thing> c = ResponseCodec.json(TestApi.Thing.class);
    assertEquals(5, c.decode(new Buffer().writeUtf8("{\"id\":5}"), false).id());
    assertThrows(JsonDataException.class, () -> c.decode(new Buffer(), true));
    assertThrows(JsonDataException.class, () -> c.decode(new Buffer().writeUtf8("null"), false));
    Exception trailing = assertThrows(Exception.class,
        () -> c.decode(new Buffer().writeUtf8("{\"id\":5} {\"id\":6}"), false));
    assertTrue(trailing instanceof JsonDataException || trailing instanceof com.squareup.moshi.JsonEncodingException,
        trailing.toString());
  }

  @Test
  void methods_defaultIdempotency_andTheOverride() {
    TestApi.Thing body = new TestApi.Thing(1, null, null, null);
    ApiCall<TestApi.Thing> put = ApiCall.put("/t", body, TestApi.Thing.class);
    ApiCall<TestApi.Thing> patch = ApiCall.patch("/t", body, TestApi.Thing.class);
    ApiCall<Void> delete = ApiCall.delete("/t", Void.class);
    ApiCall<TestApi.Thing> post = ApiCall.post("/t", body, TestApi.Thing.class);
    assertEquals(List.of("PUT", "PATCH", "DELETE", "POST"), List.of(put.method(), patch.method(), delete.method(),
        post.method()));
    assertEquals(List.of(true, false, true, false), List.of(put.idempotent(), patch.idempotent(), delete.idempotent(),
        post.idempotent()));
    assertNotNull(put.content());
    assertNotNull(patch.content());
    assertTrue(delete.codec().ignoresBody(), "Void decodes nothing");
    assertFalse(delete.goneIsSuccess());
    assertTrue(post.toBuilder().idempotent(true).build().idempotent());
    assertFalse(put.toBuilder().idempotent(false).build().idempotent());
    assertNull(ApiCall.<String>builder("POST", "/t", ResponseCodec.text()).json(null).build().content());
    assertThrows(IllegalArgumentException.class, () -> ApiCall.get("t", String.class));
    assertThrows(IllegalArgumentException.class, () -> ApiCall.link("ftp://x/y", ResponseCodec.text()));
  }

  @Test
  void queryParameters_skipNulls_andRepeat() {
    ApiCall<String> base = ApiCall.<String>builder("GET", "/t", ResponseCodec.text()).query("skip", null).build();
    assertSame(base, base.query("n", null));
    assertSame(base, base.queryAll("n", null));
    ApiCall<String> q = base.query("a", 1).queryAll("b", Arrays.asList("x", null, "y"));
    assertEquals(List.of("a", "1", "b", "x", "b", "y"), q.queryPairs());
    assertEquals(List.of(), base.queryPairs());
  }

  @Test
  void toBuilder_keepsEverything_andToStringHidesSecrets() {
    ApiCall<String> c = ApiCall.<String>builder("DELETE", "/hooks/tok-123456", ResponseCodec.text())
        .query("a", "b").header("X-H", "v").content(RequestContent.text("x", "text/plain"))
        .goneIsSuccess("gone").secret("tok-123456").timeout(Duration.ofSeconds(3)).build();
    ApiCall<String> copy = c.toBuilder().build();
    assertEquals(c.method(), copy.method());
    assertEquals(c.path(), copy.path());
    assertEquals(List.of("a", "b"), copy.queryPairs());
    assertEquals(List.of("X-H", "v"), copy.headers());
    assertSame(c.content(), copy.content());
    assertTrue(copy.goneIsSuccess());
    assertEquals("gone", copy.goneValue());
    assertEquals(List.of("tok-123456"), copy.secrets());
    assertEquals(Duration.ofSeconds(3), copy.timeout());
    assertTrue(copy.idempotent());
    assertTrue(c.toString().startsWith("DELETE /hooks/"), c.toString());
    assertFalse(c.toString().contains("tok-123456"), c.toString());
    ApiCall<String> link = ApiCall.link("https://api.example.invalid/v1/things?page=2", ResponseCodec.text()).build();
    assertEquals("/v1/things", link.displayPath());
    assertNull(link.path());
    assertEquals("GET /v1/things", link.toString());
  }
}
