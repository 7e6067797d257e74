package com.wekruit.valet.spi;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;

/** A request body: JSON (SDK rules), text or bytes, with its media type and optional content encoding. Immutable. */
public final class RequestContent {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private final byte[] bytes;
  private final MediaType type;
  private final String encoding;

  private RequestContent(byte[] bytes, MediaType type, String encoding) {
    this.bytes = bytes;
    this.type = type;
    this.encoding = encoding;
  }

  /** {@code value} encoded as JSON with the SDK's rules (records snake_case, {@code Patch}, no nulls). */
  public static RequestContent json(Object value, Type type) {
    Buffer buffer = new Buffer();
    try {
      JsonAdapters.<Object>of(type).toJson(buffer, value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode request body", e);
    }
    return new RequestContent(buffer.readByteArray(), JSON, null);
  }

  public static RequestContent text(String text, String mediaType) {
    return new RequestContent(text.getBytes(StandardCharsets.UTF_8), MediaType.get(mediaType), null);
  }

  /** Raw bytes, e.g. a gzip batch with {@code encoding} {@code gzip}. */
  public static RequestContent bytes(byte[] bytes, String mediaType, String encoding) {
    return new RequestContent(bytes.clone(), MediaType.get(mediaType), encoding);
  }

  /** The {@code Content-Encoding} to send, or {@code null}. */
  public String encoding() {
    return encoding;
  }

  public int length() {
    return bytes.length;
  }

  RequestBody body() {
    return RequestBody.create(bytes, type);
  }

  @Override
  public String toString() {
    return "RequestContent[" + Objects.toString(type) + ", " + bytes.length + " bytes]";
  }
}
