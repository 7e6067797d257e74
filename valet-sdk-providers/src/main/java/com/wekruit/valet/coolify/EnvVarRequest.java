package com.wekruit.valet.coolify;

import java.util.Objects;

/**
 * A variable to create or update, matched by key. Only the fields Coolify accepts are sent (it answers 422 "This
 * field is not allowed." to any other). {@link #toString()} never shows the value. Immutable.
 */
public final class EnvVarRequest {
  /** The JSON body; unset flags are not sent. */
  record Body(String key, String value, Boolean isPreview, Boolean isLiteral, Boolean isMultiline,
      Boolean isShownOnce) {}

  private final Body body;

  private EnvVarRequest(Body body) {
    this.body = body;
  }

  /** A variable {@code key=value}; see the builder for flags. */
  public static Builder builder(String key, String value) {
    if (Objects.requireNonNull(key, "key").isBlank()) throw new IllegalArgumentException("key is blank");
    return new Builder(key, Objects.requireNonNull(value, "value"));
  }

  /** {@code key=value} without flags. */
  public static EnvVarRequest of(String key, String value) {
    return builder(key, value).build();
  }

  public String key() {
    return body.key();
  }

  String value() {
    return body.value();
  }

  Body body() {
    return body;
  }

  @Override
  public String toString() {
    return "EnvVarRequest[" + body.key() + "=****]";
  }

  /** Flags of an {@link EnvVarRequest}; unset ones are left to Coolify. Not thread-safe. */
  public static final class Builder {
    private final String key;
    private final String value;
    private Boolean preview;
    private Boolean literal;
    private Boolean multiline;
    private Boolean shownOnce;

    private Builder(String key, String value) {
      this.key = key;
      this.value = value;
    }

    /** The variable of preview (pull-request) deployments instead of the main one. */
    public Builder preview(boolean preview) {
      this.preview = preview;
      return this;
    }

    /** Use the value as is, without resolving {@code {{...}}} references. */
    public Builder literal(boolean literal) {
      this.literal = literal;
      return this;
    }

    public Builder multiline(boolean multiline) {
      this.multiline = multiline;
      return this;
    }

    /** Show the value only once in the UI. */
    public Builder shownOnce(boolean shownOnce) {
      this.shownOnce = shownOnce;
      return this;
    }

    public EnvVarRequest build() {
      return new EnvVarRequest(new Body(key, value, preview, literal, multiline, shownOnce));
    }
  }
}
