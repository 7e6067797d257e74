package com.wekruit.valet.hetzner.testing;

import java.util.Map;

/** An image of the fake project: a system image, or a snapshot or backup taken from a server. Mutable. */
final class FakeImage extends FakeResource {
  private final String createdFrom;
  private final String osFlavor;
  private final String osVersion;
  String type;
  String status;
  String description;
  Double imageSize;
  Long boundTo;

  private FakeImage(long id, String type, String status, String name, String description, String createdFrom,
      Long boundTo, String osFlavor, String osVersion, Map<String, String> labels) {
    super(id, name, labels);
    this.type = type;
    this.status = status;
    this.description = description;
    this.createdFrom = createdFrom;
    this.boundTo = boundTo;
    this.osFlavor = osFlavor;
    this.osVersion = osVersion;
  }

  static FakeImage system(long id, String name, String description, String osFlavor, String osVersion) {
    return new FakeImage(id, "system", "available", name, description, null, null, osFlavor, osVersion, Map.of());
  }

  /** A snapshot or backup of {@code server}, {@code creating} until its action succeeds. */
  static FakeImage of(long id, FakeServer server, String type, String description, Map<String, String> labels) {
    String from = "{\"id\":" + server.id() + ",\"name\":" + HetznerPayloads.quote(server.name()) + "}";
    return new FakeImage(id, type, "creating", null, description == null ? "" : description, from,
        type.equals("backup") ? server.id() : null, "unknown", null, labels);
  }

  @Override
  String json() {
    return HetznerPayloads.image(id(), type, status, name, description, imageSize, created(), createdFrom, boundTo,
        osFlavor, osVersion, labels);
  }
}
