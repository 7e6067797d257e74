package com.wekruit.valet.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Makes text that came from a server or a user safe to show: every known secret (and its URL-encoded and Base64 forms)
 * becomes {@code ****}, control and non-ASCII-printable characters become {@code ?}, and the result is cut to a
 * length. Redaction happens before cutting, so a secret is never half shown. Immutable. Not API.
 */
public final class Redactor {
  /** A redactor that knows no secrets (still cleans and bounds text). */
  public static final Redactor NONE = new Redactor(List.of());
  private final List<String> secrets;

  public Redactor(List<String> secrets) {
    List<String> all = new ArrayList<>();
    for (String s : secrets) {
      if (s == null || s.length() < 4) continue;
      all.add(s);
      String encoded = java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
      if (!encoded.equals(s)) all.add(encoded);
      all.add(Base64.getEncoder().encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    all.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(all);
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
    if (text == null || secrets.isEmpty()) return text;
    String out = text;
    for (String s : secrets) {
      if (out.contains(s)) out = out.replace(s, "****");
    }
    return out;
  }

  /** Redacts, replaces unprintable characters and cuts to {@code max} characters (marking the cut). */
  public String clean(String text, int max) {
    if (text == null) return null;
    String r = redact(text);
    StringBuilder b = new StringBuilder(Math.min(r.length(), max + 16));
    for (int i = 0; i < r.length() && b.length() < max; i++) {
      char c = r.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : c == '\n' || c == '\t' ? ' ' : '?');
    }
    if (r.length() > max) b.append("…(").append(r.length() - max).append(" more chars)");
    return b.toString();
  }

  /** Whether the text contains a known secret. */
  public boolean leaks(String text) {
    if (text == null) return false;
    for (String s : secrets) if (text.contains(s)) return true;
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Redactor r && r.secrets.equals(secrets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(secrets.size());
  }

  @Override
  public String toString() {
    return "Redactor[" + secrets.size() + " secrets]";
  }
}
