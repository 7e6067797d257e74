package com.wekruit.valet.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Decodes {@link OpenEnum} values: known wire names map to constants, anything else to {@code UNKNOWN}. */
final class OpenEnumAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != OpenEnum.class) return null;
    if (!(type instanceof ParameterizedType p)) {
      throw new IllegalArgumentException("OpenEnum needs a type argument: " + type);
    }
    return adapter(Types.getRawType(p.getActualTypeArguments()[0]).asSubclass(Enum.class)).nullSafe();
  }

  private static <E extends Enum<E>> JsonAdapter<OpenEnum<E>> adapter(Class<E> enumType) {
    Map<String, OpenEnum<E>> known = new HashMap<>();
    E unknown = null;
    for (E constant : enumType.getEnumConstants()) {
      if (constant.name().equals("UNKNOWN")) unknown = constant;
      else known.put(WireNames.of(constant), OpenEnum.of(constant));
    }
    if (unknown == null) throw new IllegalArgumentException(enumType.getName() + " must declare UNKNOWN");
    E fallback = unknown;
    return new JsonAdapter<>() {
      @Override
      public OpenEnum<E> fromJson(JsonReader reader) throws IOException {
        String raw = reader.nextString();
        OpenEnum<E> value = known.get(raw);
        return value != null ? value : new OpenEnum<>(fallback, raw);
      }

      @Override
      public void toJson(JsonWriter writer, OpenEnum<E> value) throws IOException {
        writer.value(value.raw());
      }
    };
  }
}
