package com.wekruit.valet.upstash;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.wekruit.valet.spi.ResponseCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okio.BufferedSource;

/**
 * Decodes the REST API's answers: {@code {"result": ...}} or {@code {"error": "..."}} for one command, an array of
 * those for a pipeline or transaction (a discarded transaction answers one error object). With base64 responses every
 * string is base64 except the literal {@code OK}. Integers are read exactly, not through a double.
 */
final class RedisReplyCodec implements ResponseCodec<RedisReply> {
  private final boolean batch;
  private final boolean base64;

  RedisReplyCodec(boolean batch, boolean base64) {
    this.batch = batch;
    this.base64 = base64;
  }

  @Override
  public RedisReply decode(BufferedSource body, boolean empty) throws IOException {
    if (empty) throw new JsonDataException("empty body where a Redis reply was expected");
    JsonReader r = JsonReader.of(body);
    if (batch && r.peek() == JsonReader.Token.BEGIN_ARRAY) {
      List<RedisReply> items = new ArrayList<>();
      r.beginArray();
      while (r.hasNext()) items.add(entry(r));
      r.endArray();
      return RedisReply.array(items);
    }
    return entry(r);
  }

  /** One {@code {"result": ...}} or {@code {"error": "..."}} object. */
  private RedisReply entry(JsonReader r) throws IOException {
    if (r.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException("expected {\"result\"} or {\"error\"} at " + r.getPath() + ", got " + r.peek());
    }
    RedisReply out = null;
    r.beginObject();
    while (r.hasNext()) {
      String name = r.nextName();
      if (name.equals("result")) {
        out = value(r);
      } else if (name.equals("error") && r.peek() == JsonReader.Token.STRING) {
        out = RedisReply.error(r.nextString());
      } else {
        r.skipValue();
      }
    }
    r.endObject();
    if (out == null) throw new JsonDataException("neither result nor error at " + r.getPath());
    return out;
  }

  private RedisReply value(JsonReader r) throws IOException {
    switch (r.peek()) {
      case NULL -> {
        r.nextNull();
        return RedisReply.nil();
      }
      case NUMBER -> {
        String n = r.nextString();
        try {
          return RedisReply.integer(Long.parseLong(n));
        } catch (NumberFormatException e) {
          return RedisReply.string(n.getBytes(StandardCharsets.UTF_8));
        }
      }
      case STRING -> {
        String s = r.nextString();
        return RedisReply.string(base64 && !s.equals("OK") ? decodeBase64(s, r) : s.getBytes(StandardCharsets.UTF_8));
      }
      case BEGIN_ARRAY -> {
        List<RedisReply> items = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) items.add(value(r));
        r.endArray();
        return RedisReply.array(items);
      }
      default -> throw new JsonDataException("unexpected " + r.peek() + " in a Redis reply at " + r.getPath());
    }
  }

  private static byte[] decodeBase64(String s, JsonReader r) {
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException("not base64 although base64 responses were asked for, at " + r.getPath());
    }
  }
}
