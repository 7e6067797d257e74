package com.wekruit.valet.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes text that came from a server or a user safe to show: every known secret becomes {@code ****}, in any case and
 * in the forms a server echoes it (URL-encoded either way, Base64 standard or URL-safe, padded or not, at any
 * alignment inside a longer encoded value such as {@code Basic} credentials), control and non-ASCII characters become
 * {@code ?}, and the result is cut to a length. Redaction happens before cutting, so a secret is never half shown.
 * Immutable and thread-safe. Not API.
 */
public final class Redactor {
  /** A redactor that knows no secrets (still cleans and bounds text). */
  public static final Redactor NONE = new Redactor(List.of());
  private static final int MIN_FORM = 4;
  private final List<String> secrets;
  private final List<String> forms;

  public Redactor(List<String> secrets) {
    List<String> s = new ArrayList<>();
    for (String x : secrets) if (x != null && x.length() >= MIN_FORM) s.add(x);
    this.secrets = List.copyOf(s);
    Set<String> all = new LinkedHashSet<>();
    for (String x : this.secrets) forms(x, all);
    List<String> sorted = new ArrayList<>();
    for (String f : all) if (f.length() >= MIN_FORM) sorted.add(f.toLowerCase(Locale.ROOT));
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.forms = List.copyOf(new LinkedHashSet<>(sorted));
  }

  private static void forms(String secret, Set<String> out) {
    out.add(secret);
    out.add(java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8));
    out.add(PercentEncoding.encodeAll(secret));
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    for (int shift = 0; shift < 3; shift++) {
      byte[] shifted = new byte[bytes.length + shift];
      System.arraycopy(bytes, 0, shifted, shift, bytes.length);
      String std = Base64.getEncoder().withoutPadding().encodeToString(shifted);
      // drop the characters that depend on the unknown bytes before and after the secret
      int from = shift == 0 ? 0 : shift + 1;
      int to = std.length() - (shifted.length % 3 == 0 ? 0 : 1);
      if (to - from < MIN_FORM) continue;
      String core = std.substring(from, to);
      out.add(core);
      out.add(core.replace('+', '-').replace('/', '_'));
    }
  }

  /** A redactor that also knows {@code more} secrets. */
  public Redactor with(List<String> more) {
    if (more.isEmpty()) return this;
    List<String> all = new ArrayList<>(secrets);
    all.addAll(more);
    return new Redactor(all);
  }

  /** Replaces secrets only; {@code null} stays {@code null}. */
  public String redact(String text) {
    if (text == null || forms.isEmpty()) return text;
    String lower = text.toLowerCase(Locale.ROOT);
    if (!leaksLower(lower)) return text;
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      String hit = null;
      for (String f : forms) {
        if (lower.startsWith(f, i)) {
          hit = f;
          break;
        }
      }
      if (hit != null) {
        out.append("****");
        i += hit.length();
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Redacts, replaces unprintable characters and cuts to {@code max} characters (marking the cut). */
  public String clean(String text, int max) {
    if (text == null) return null;
    String r = redact(text);
    StringBuilder b = new StringBuilder(Math.min(r.length(), max + 24));
    for (int i = 0; i < r.length() && b.length() < max; i++) {
      char c = r.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : c == '\n' || c == '\t' ? ' ' : '?');
    }
    if (r.length() > max) b.append("...(").append(r.length() - max).append(" more chars)");
    return b.toString();
  }

  /** Whether the text contains a known secret in any form. */
  public boolean leaks(String text) {
    return text != null && !forms.isEmpty() && leaksLower(text.toLowerCase(Locale.ROOT));
  }

  private boolean leaksLower(String lower) {
    for (String f : forms) if (lower.contains(f)) return true;
    return false;
  }

  @Override
  public String toString() {
    return "Redactor[" + secrets.size() + " secrets]";
  }
}
