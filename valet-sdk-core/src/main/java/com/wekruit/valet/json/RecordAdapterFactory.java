package com.wekruit.valet.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adapts Java records to JSON objects with snake_case names ({@code @Json(name)} overrides). Unknown fields are skipped;
 * absent lists and maps decode as empty, absent {@link Patch} fields as unset; nulls are not written.
 */
final class RecordAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) return null;
    Class<?> raw = Types.getRawType(type);
    if (!raw.isRecord()) return null;
    java.lang.reflect.TypeVariable<?>[] vars = raw.getTypeParameters();
    Type[] args = type instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
    RecordComponent[] components = raw.getRecordComponents();
    int n = components.length;
    String[] names = new String[n];
    JsonAdapter<?>[] adapters = new JsonAdapter<?>[n];
    Object[] absent = new Object[n];
    boolean[] patch = new boolean[n];
    boolean[] required = new boolean[n];
    MethodHandle[] accessors = new MethodHandle[n];
    Class<?>[] types = new Class<?>[n];
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      for (int i = 0; i < n; i++) {
        RecordComponent c = components[i];
        Json json = c.getAnnotation(Json.class);
        names[i] = json != null ? json.name() : WireNames.snakeCase(c.getName());
        Type valueType = resolve(c.getGenericType(), vars, args);
        required[i] = c.isAnnotationPresent(Required.class);
        types[i] = c.getType();
        patch[i] = c.getType() == Patch.class;
        if (patch[i]) valueType = ((ParameterizedType) valueType).getActualTypeArguments()[0];
        adapters[i] = moshi.adapter(valueType);
        absent[i] = absentValue(c.getType());
        var accessor = c.getAccessor();
        accessor.setAccessible(true);
        accessors[i] = lookup.unreflect(accessor);
      }
      var ctor = raw.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      MethodHandle constructor = lookup.unreflectConstructor(ctor).asSpreader(Object[].class, n);
      return new RecordAdapter(raw.getSimpleName(), names, adapters, absent, patch, required, accessors, constructor)
          .nullSafe();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot adapt record " + raw.getName(), e);
    }
  }

  /** Replaces the record's type variables by the arguments of {@code Envelope<Server>} and the like. */
  private static Type resolve(Type t, java.lang.reflect.TypeVariable<?>[] vars, Type[] args) {
    if (t instanceof java.lang.reflect.TypeVariable<?> v) {
      for (int i = 0; i < vars.length && i < args.length; i++) if (vars[i].getName().equals(v.getName())) return args[i];
      return Object.class;
    }
    if (t instanceof ParameterizedType p) {
      Type[] a = p.getActualTypeArguments().clone();
      for (int i = 0; i < a.length; i++) a[i] = resolve(a[i], vars, args);
      return Types.newParameterizedTypeWithOwner(p.getOwnerType(), p.getRawType(), a);
    }
    if (t instanceof java.lang.reflect.WildcardType w && w.getUpperBounds().length == 1) {
      return resolve(w.getUpperBounds()[0], vars, args);
    }
    return t;
  }

  private static Object absentValue(Class<?> t) {
    if (t == boolean.class) return false;
    if (t == int.class) return 0;
    if (t == long.class) return 0L;
    if (t == double.class) return 0d;
    if (t == float.class) return 0f;
    if (t == short.class) return (short) 0;
    if (t == byte.class) return (byte) 0;
    if (t == List.class) return List.of();
    if (t == Map.class) return Map.of();
    if (t == Patch.class) return Patch.unset();
    return null;
  }

  private static final class RecordAdapter extends JsonAdapter<Object> {
    private final String typeName;
    private final String[] names;
    private final JsonReader.Options options;
    private final JsonAdapter<?>[] adapters;
    private final Object[] absent;
    private final boolean[] patch;
    private final boolean[] required;
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;

    RecordAdapter(String typeName, String[] names, JsonAdapter<?>[] adapters, Object[] absent, boolean[] patch,
        boolean[] required, MethodHandle[] accessors, MethodHandle constructor) {
      this.typeName = typeName;
      this.names = names;
      this.options = JsonReader.Options.of(names);
      this.adapters = adapters;
      this.absent = absent;
      this.patch = patch;
      this.required = required;
      this.accessors = accessors;
      this.constructor = constructor;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      Object[] args = absent.clone();
      boolean[] present = new boolean[names.length];
      reader.beginObject();
      while (reader.hasNext()) {
        int i = reader.selectName(options);
        if (i < 0) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        Object v = adapters[i].fromJson(reader);
        present[i] = v != null;
        if (patch[i]) {
          args[i] = v == null ? Patch.clear() : Patch.set(v);
        } else if (v instanceof List<?> list) {
          if (list.contains(null)) throw new JsonDataException("null element in " + typeName + "." + names[i]);
          args[i] = java.util.Collections.unmodifiableList(list);
        } else if (v instanceof Map<?, ?> map) {
          if (map.containsValue(null)) throw new JsonDataException("null value in " + typeName + "." + names[i]);
          args[i] = java.util.Collections.unmodifiableMap(map);
        } else if (v != null) {
          args[i] = v;
        } else if (absent[i] instanceof Number || absent[i] instanceof Boolean) {
          throw new JsonDataException("null for " + typeName + "." + names[i] + " at " + reader.getPath());
        }
      }
      reader.endObject();
      for (int i = 0; i < names.length; i++) {
        if (required[i] && !present[i]) {
          throw new JsonDataException(typeName + "." + names[i] + " is required but missing or null at "
              + reader.getPath());
        }
      }
      try {
        return constructor.invoke(args);
      } catch (RuntimeException e) {
        throw new JsonDataException(typeName + " rejected its fields at " + reader.getPath() + ": " + e.getMessage());
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      writer.beginObject();
      for (int i = 0; i < names.length; i++) {
        Object v = invoke(accessors[i], value);
        if (patch[i]) {
          Patch<?> p = (Patch<?>) v;
          if (p == null || !p.isPresent()) continue;
          v = p.value();
          if (v == null) {
            boolean serializeNulls = writer.getSerializeNulls();
            writer.setSerializeNulls(true);
            writer.name(names[i]).nullValue();
            writer.setSerializeNulls(serializeNulls);
            continue;
          }
        }
        if (v == null) continue;
        writer.name(names[i]);
        write(adapters[i], writer, v);
      }
      writer.endObject();
    }

    @SuppressWarnings("unchecked")
    private static <T> void write(JsonAdapter<T> adapter, JsonWriter writer, Object v) throws IOException {
      adapter.toJson(writer, (T) v);
    }

    private static Object invoke(MethodHandle accessor, Object target) {
      try {
        return accessor.invoke(target);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + typeName + ")";
    }
  }
}
