package com.wekruit.valet.spi;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Moshi caches adapters too, but its lookup allocates a key on every call; this cache does not. */
final class JsonAdapters {
  private static final Map<Type, JsonAdapter<?>> CACHE = new ConcurrentHashMap<>();
  private static final Map<Type, ResponseCodec<?>> CODECS = new ConcurrentHashMap<>();

  private JsonAdapters() {}

  /** The JSON response codec for a type, built once. */
  @SuppressWarnings("unchecked")
  static <T> ResponseCodec<T> codec(Type type) {
    ResponseCodec<?> c = CODECS.get(type);
    if (c == null) CODECS.put(type, c = ResponseCodec.jsonUncached(type));
    return (ResponseCodec<T>) c;
  }

  @SuppressWarnings("unchecked")
  static <T> JsonAdapter<T> of(Type type) {
    JsonAdapter<?> a = CACHE.get(type);
    if (a == null) CACHE.put(type, a = ValetJson.moshi().adapter(type));
    return (JsonAdapter<T>) a;
  }
}
