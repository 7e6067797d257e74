package com.wekruit.valet.spi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okio.BufferedSource;

/**
 * Turns a successful response body into a value. The transport hands over a source that stops at the client's size
 * limit; a {@link JsonDataException} or an {@link java.io.EOFException} becomes a typed undecodable-body error.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseCodec<T> {
  /** Decodes the body; {@code empty} tells a 204 / zero-length body. */
  T decode(BufferedSource body, boolean empty) throws IOException;

  /** Whether the caller expects no body at all (any body is drained and ignored). */
  default boolean ignoresBody() {
    return false;
  }

  /** JSON with the SDK's rules; an empty body, JSON {@code null} or data after the document is undecodable. */
  static <T> ResponseCodec<T> json(Type type) {
    return JsonAdapters.codec(type);
  }

  /** Builds the JSON codec for {@link JsonAdapters}' cache. */
  static <T> ResponseCodec<T> jsonUncached(Type type) {
    JsonAdapter<T> adapter = JsonAdapters.of(type);
    return (body, empty) -> {
      if (empty) throw new JsonDataException("empty body where JSON was documented");
      JsonReader reader = JsonReader.of(body);
      T value = adapter.fromJson(reader);
      if (value == null) throw new JsonDataException("JSON null where an object was documented");
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("data after the JSON document at " + reader.getPath());
      }
      return value;
    };
  }

  /** The body as UTF-8 text ({@code "OK"}, text/plain endpoints). */
  static ResponseCodec<String> text() {
    return (body, empty) -> empty ? "" : body.readString(StandardCharsets.UTF_8);
  }

  static ResponseCodec<byte[]> bytes() {
    return (body, empty) -> empty ? new byte[0] : body.readByteArray();
  }

  /** No body expected; decodes to {@code null}. */
  static <T> ResponseCodec<T> none() {
    return new ResponseCodec<>() {
      @Override
      public T decode(BufferedSource body, boolean empty) {
        return null;
      }

      @Override
      public boolean ignoresBody() {
        return true;
      }
    };
  }
}
