package com.wekruit.valet.json;

import com.squareup.moshi.Json;
import java.util.Locale;

/** Wire names: snake_case for record components, lower case (or {@code @Json(name)}) for enum constants. */
public final class WireNames {
  private WireNames() {}

  /** {@code rootPassword} becomes {@code root_password}. */
  public static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) b.append('_');
        b.append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The wire name of an enum constant. */
  public static String of(Enum<?> constant) {
    try {
      Json json = constant.getDeclaringClass().getField(constant.name()).getAnnotation(Json.class);
      return json != null ? json.name() : constant.name().toLowerCase(Locale.ROOT);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
