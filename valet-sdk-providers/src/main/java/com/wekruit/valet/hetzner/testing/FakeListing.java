package com.wekruit.valet.hetzner.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Label selectors, sorting and page-number paging as the API applies them to lists. */
final class FakeListing {
  private FakeListing() {}

  /**
   * Whether labels match a selector: comma-separated {@code k=v}, {@code k==v}, {@code k!=v}, {@code k}, {@code !k},
   * {@code k in (a,b)}, {@code k notin (a,b)}.
   */
  static boolean matches(Map<String, String> labels, String selector) {
    if (selector == null || selector.isBlank()) return true;
    for (String term : terms(selector)) {
      String t = term.trim();
      String[] set = t.split("\\s+(?=(?:in|notin)\\s*\\()", 2);
      if (set.length == 2) {
        boolean in = set[1].startsWith("in");
        String values = set[1].substring(set[1].indexOf('(') + 1, set[1].lastIndexOf(')'));
        boolean member = labels.containsKey(set[0]) && Set.of(values.split("\\s*,\\s*")).contains(labels.get(set[0]));
        if (member != in) return false;
      } else if (t.contains("!=")) {
        String[] kv = t.split("!=", 2);
        if (kv[1].trim().equals(labels.get(kv[0].trim()))) return false;
      } else if (t.contains("=")) {
        String[] kv = t.split("==?", 2);
        if (!kv[1].trim().equals(labels.get(kv[0].trim()))) return false;
      } else if (t.startsWith("!") ? labels.containsKey(t.substring(1)) : !labels.containsKey(t)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> terms(String selector) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == ',' && depth == 0) {
        out.add(selector.substring(start, i));
        start = i + 1;
      }
    }
    out.add(selector.substring(start));
    return out;
  }

  /** Sorts by {@code id}, {@code name} or {@code created}, each optionally {@code :asc}/{@code :desc}; then by id. */
  static <T extends FakeResource> List<T> sorted(List<T> items, List<String> sort) {
    Comparator<T> order = null;
    for (String s : sort) {
      String[] f = s.split(":", 2);
      Comparator<T> c = switch (f[0]) {
        case "name" -> Comparator.comparing(FakeResource::name, Comparator.nullsFirst(Comparator.naturalOrder()));
        case "created" -> Comparator.comparing(FakeResource::created);
        default -> Comparator.comparingLong(FakeResource::id);
      };
      if (f.length == 2 && f[1].equals("desc")) c = c.reversed();
      order = order == null ? c : order.thenComparing(c);
    }
    Comparator<T> byId = Comparator.comparingLong(FakeResource::id);
    List<T> out = new ArrayList<>(items);
    out.sort(order == null ? byId : order.thenComparing(byId));
    return out;
  }

  /** One page as {@code {"<key>":[...],"meta":{...}}}; {@code per_page} defaults to 25, at most 50. */
  static <T> String page(String key, List<T> items, FakeRequest req, Function<T, String> json) {
    long page = Math.max(1, parse(req.first("page"), 1));
    long perPage = Math.min(50, Math.max(1, parse(req.first("per_page"), 25)));
    long last = Math.max(1, (items.size() + perPage - 1) / perPage);
    List<String> out = new ArrayList<>();
    for (long i = (page - 1) * perPage; i < Math.min(items.size(), page * perPage); i++) {
      out.add(json.apply(items.get((int) i)));
    }
    return "{\"" + key + "\":[" + String.join(",", out) + "],\"meta\":"
        + HetznerPayloads.meta(page, perPage, page < last ? page + 1 : null, last, (long) items.size()) + "}";
  }

  private static long parse(String v, long fallback) {
    try {
      return v == null ? fallback : Long.parseLong(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
