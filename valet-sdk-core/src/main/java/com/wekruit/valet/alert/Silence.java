package com.wekruit.valet.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Mutes notifications of alerts whose labels equal all {@code matchers} between {@code startsAt} and
 * {@code endsAt} (wall clock: silences are written by people). Author, comment and an end are required, and at
 * least one matcher must have a non-empty value (as in Alertmanager: otherwise the silence mutes every alert).
 * Immutable; thread-safe.
 */
public record Silence(String id, Map<String, String> matchers, String author, String comment, Instant startsAt,
    Instant endsAt) {

  public Silence {
    Objects.requireNonNull(id, "id");
    matchers = Map.copyOf(Objects.requireNonNull(matchers, "matchers"));
    if (matchers.isEmpty()) throw new IllegalArgumentException("a silence needs at least one matcher");
    if (matchers.values().stream().allMatch(String::isEmpty)) {
      // Alertmanager: at least one matcher must not match the empty string, or the silence mutes every alert
      throw new IllegalArgumentException("a silence needs a matcher with a non-empty value; " + matchers.keySet()
          + " = \"\" would match every alert without that label");
    }
    if (author == null || author.isBlank()) throw new IllegalArgumentException("a silence needs an author");
    if (comment == null || comment.isBlank()) throw new IllegalArgumentException("a silence needs a comment");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    if (!endsAt.isAfter(startsAt)) throw new IllegalArgumentException("a silence must end after it starts");
  }

  /** A silence from {@code startsAt} to {@code endsAt} with a new id. */
  public static Silence of(Map<String, String> matchers, String author, String comment, Instant startsAt,
      Instant endsAt) {
    return new Silence(UUID.randomUUID().toString(), matchers, author, comment, startsAt, endsAt);
  }

  /** Whether it mutes {@code rule} at {@code now}. */
  public boolean mutes(Rule rule, Instant now) {
    if (now.isBefore(startsAt) || !now.isBefore(endsAt)) return false;
    Map<String, String> labels = rule.labels();
    for (Map.Entry<String, String> m : matchers.entrySet()) {
      if (!m.getValue().equals(labels.getOrDefault(m.getKey(), ""))) return false;
    }
    return true;
  }
}
