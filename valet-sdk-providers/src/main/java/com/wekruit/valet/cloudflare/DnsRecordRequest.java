package com.wekruit.valet.cloudflare;

import com.wekruit.valet.json.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * A whole DNS record for create and overwrite: type, name and content, and optionally TTL, proxying, comment and
 * tags. On overwrite, what is left out returns to its default (TTL automatic, not proxied, no comment). Immutable.
 */
public final class DnsRecordRequest {
  private final DnsRecordType type;
  private final String name;
  private final String content;
  private final Integer ttl;
  private final Boolean proxied;
  private final String comment;
  private final List<String> tags;

  private DnsRecordRequest(Builder b) {
    this.type = b.type;
    this.name = b.name;
    this.content = b.content;
    this.ttl = b.ttl;
    this.proxied = b.proxied;
    this.comment = b.comment;
    this.tags = b.tags;
  }

  /** @param name the full name ({@code app.example.com}) or {@code @} for the apex */
  public static Builder builder(DnsRecordType type, String name, String content) {
    return new Builder(type, name, content);
  }

  public DnsRecordType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String content() {
    return content;
  }

  /** TTL in seconds ({@code 1} = automatic), or {@code null} for the API's default. */
  public Integer ttl() {
    return ttl;
  }

  public Boolean proxied() {
    return proxied;
  }

  public String comment() {
    return comment;
  }

  /** {@code null} when not given. */
  public List<String> tags() {
    return tags;
  }

  /** The JSON body; {@code null} fields are not sent. */
  record Body(OpenEnum<DnsRecordType> type, String name, String content, Integer ttl, Boolean proxied, String comment,
      List<String> tags) {}

  Body body() {
    return new Body(OpenEnum.of(type), name, content, ttl, proxied, comment, tags);
  }

  @Override
  public String toString() {
    return "DnsRecordRequest[" + type + " " + name + " -> " + content + (ttl == null ? "" : " ttl " + ttl)
        + (proxied == null ? "" : " proxied " + proxied) + "]";
  }

  /** Builds a {@link DnsRecordRequest}. Not thread-safe. */
  public static final class Builder {
    private final DnsRecordType type;
    private final String name;
    private final String content;
    private Integer ttl;
    private Boolean proxied;
    private String comment;
    private List<String> tags;

    private Builder(DnsRecordType type, String name, String content) {
      this.type = Objects.requireNonNull(type, "type");
      if (type == DnsRecordType.UNKNOWN) throw new IllegalArgumentException("type: UNKNOWN is not a record type");
      this.name = requireText("name", name);
      this.content = requireText("content", content);
      if (name.length() > 255) throw new IllegalArgumentException("name is longer than 255 characters");
    }

    /** Seconds: {@code 1} (automatic) or 30..86400 (below 60 only on Enterprise zones). */
    public Builder ttl(int seconds) {
      this.ttl = DnsRecordPatch.checkTtl(seconds);
      return this;
    }

    /** Traffic through Cloudflare's proxy (A, AAAA, CNAME only). */
    public Builder proxied(boolean proxied) {
      this.proxied = proxied;
      return this;
    }

    public Builder comment(String comment) {
      this.comment = Objects.requireNonNull(comment, "comment");
      return this;
    }

    /** Tags in {@code name:value} form. */
    public Builder tags(List<String> tags) {
      this.tags = List.copyOf(tags);
      return this;
    }

    public DnsRecordRequest build() {
      return new DnsRecordRequest(this);
    }

    private static String requireText(String what, String value) {
      if (Objects.requireNonNull(value, what).isBlank()) throw new IllegalArgumentException(what + " is blank");
      return value;
    }
  }
}
