package com.wekruit.valet.internal;

import java.util.List;

/** Replaces every known secret in a string with {@code ****}. Not API. */
public final class Redactor {
  private final List<String> secrets;

  public Redactor(List<String> secrets) {
    this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
  }

  public String redact(String text) {
    if (text == null || secrets.isEmpty()) return text;
    String out = text;
    for (String s : secrets) {
      if (out.contains(s)) out = out.replace(s, "****");
    }
    return out;
  }
}
