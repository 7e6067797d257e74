package com.wekruit.valet.hetzner.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** What servers and images share: id, creation time, name and labels, which lists select and sort by. Mutable. */
abstract class FakeResource {
  private final long id;
  private final Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  String name;
  Map<String, String> labels;

  FakeResource(long id, String name, Map<String, String> labels) {
    this.id = id;
    this.name = name;
    this.labels = Map.copyOf(labels);
  }

  final long id() {
    return id;
  }

  final String name() {
    return name;
  }

  final Instant created() {
    return created;
  }

  final Map<String, String> labels() {
    return labels;
  }

  /** The resource as the API shows it. */
  abstract String json();
}
