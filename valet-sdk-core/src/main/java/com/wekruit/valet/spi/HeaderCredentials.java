package com.wekruit.valet.spi;

import java.util.List;
import java.util.Objects;
import okhttp3.Request;

/** Fixed secret headers. {@link #toString()} never shows a value. */
final class HeaderCredentials implements Credentials {
  private final List<String> pairs;
  private final List<String> secrets;
  private final String kind;

  HeaderCredentials(List<String> pairs, List<String> secrets, String kind) {
    this.pairs = List.copyOf(pairs);
    this.secrets = List.copyOf(secrets);
    this.kind = kind;
  }

  /** Non-blank, printable ASCII without spaces; the message never echoes the value. */
  static String checked(String name, String value) {
    if (Objects.requireNonNull(value, name).isBlank()) throw new IllegalArgumentException(name + " is blank");
    if (value.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
      throw new IllegalArgumentException(name + " contains whitespace or non-ASCII characters");
    }
    return value;
  }

  @Override
  public void apply(Request.Builder request) {
    for (int i = 0; i < pairs.size(); i += 2) request.header(pairs.get(i), pairs.get(i + 1));
  }

  @Override
  public List<String> secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "Credentials[" + kind + " ****]";
  }
}
