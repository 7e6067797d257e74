package com.wekruit.valet.betterstack.logs;

import java.util.Arrays;
import java.util.Map;

/** A map field's entries as they were when its line was built (string keys, immutable values). Immutable. */
record MapSnapshot(Object[] entries) {
  /** {@code null} for a map that cannot be iterated (its line is then encoded at once, which says so). */
  static MapSnapshot of(Map<?, ?> m) {
    try {
      Object[] kv = new Object[m.size() * 2];
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (i == kv.length) kv = Arrays.copyOf(kv, kv.length * 2 + 2);
        kv[i++] = e.getKey();
        kv[i++] = e.getValue();
      }
      return new MapSnapshot(i == kv.length ? kv : Arrays.copyOf(kv, i));
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  void writeTo(LogJson j) {
    j.raw('{');
    for (int i = 0; i < entries.length; i += 2) {
      if (i > 0) j.raw(',');
      j.string((String) entries[i]).raw(':');
      JsonValues.write(j, entries[i + 1]);
    }
    j.raw('}');
  }
}
