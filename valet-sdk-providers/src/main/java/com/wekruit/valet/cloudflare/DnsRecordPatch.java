package com.wekruit.valet.cloudflare;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Patch;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a DNS record: fields not set are left alone by the API. {@link Builder#clearComment()} and
 * {@link Builder#clearTags()} remove them. The 2024 OpenAPI document requires {@code type}, {@code name} and
 * {@code content} in every PATCH body; the live API does not (see the reference). Use {@link #from(DnsRecord)} to
 * start from a record and send all three. Immutable.
 */
public final class DnsRecordPatch {
  private final Body body;

  private DnsRecordPatch(Body body) {
    this.body = body;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A patch that repeats the record's type, name and content, ready for further changes. */
  public static Builder from(DnsRecord record) {
    Builder b = new Builder();
    b.type = Patch.set(record.type());
    b.name = Patch.set(record.name());
    if (record.content() != null) b.content = Patch.set(record.content());
    return b;
  }

  Body body() {
    return body;
  }

  @Override
  public String toString() {
    return "DnsRecordPatch" + body;
  }

  /** The JSON body: unset fields are not sent, cleared ones as {@code null}. */
  record Body(Patch<OpenEnum<DnsRecordType>> type, Patch<String> name, Patch<String> content, Patch<Integer> ttl,
      Patch<Boolean> proxied, Patch<String> comment, Patch<List<String>> tags) {}

  static int checkTtl(int seconds) {
    if (seconds != 1 && (seconds < 30 || seconds > 86_400)) {
      throw new IllegalArgumentException("ttl must be 1 (automatic) or 30..86400 seconds, was " + seconds);
    }
    return seconds;
  }

  /** Builds a {@link DnsRecordPatch}. Not thread-safe. */
  public static final class Builder {
    private Patch<OpenEnum<DnsRecordType>> type = Patch.unset();
    private Patch<String> name = Patch.unset();
    private Patch<String> content = Patch.unset();
    private Patch<Integer> ttl = Patch.unset();
    private Patch<Boolean> proxied = Patch.unset();
    private Patch<String> comment = Patch.unset();
    private Patch<List<String>> tags = Patch.unset();

    private Builder() {}

    public Builder type(DnsRecordType type) {
      if (type == DnsRecordType.UNKNOWN) throw new IllegalArgumentException("type: UNKNOWN is not a record type");
      this.type = Patch.set(OpenEnum.of(type));
      return this;
    }

    public Builder name(String name) {
      this.name = Patch.set(name);
      return this;
    }

    public Builder content(String content) {
      this.content = Patch.set(content);
      return this;
    }

    public Builder ttl(int seconds) {
      this.ttl = Patch.set(checkTtl(seconds));
      return this;
    }

    public Builder proxied(boolean proxied) {
      this.proxied = Patch.set(proxied);
      return this;
    }

    public Builder comment(String comment) {
      this.comment = Patch.set(Objects.requireNonNull(comment, "comment (use clearComment())"));
      return this;
    }

    public Builder clearComment() {
      this.comment = Patch.clear();
      return this;
    }

    public Builder tags(List<String> tags) {
      this.tags = Patch.set(List.copyOf(tags));
      return this;
    }

    public Builder clearTags() {
      this.tags = Patch.clear();
      return this;
    }

    public DnsRecordPatch build() {
      return new DnsRecordPatch(new Body(type, name, content, ttl, proxied, comment, tags));
    }
  }
}
